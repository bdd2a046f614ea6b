"""All quote rules; one instance per pipeline (holds the lexicon and the lemma set), read by
the three quote stages of the pipeline, each a pass over the whole document:

- `read_mentions` (component `lagebild_mentions`): each sentence's words ready for the rules
  and the persons, groups and organisations its mention scan finds -> `SentenceMentions`;
- `attribute_sentences` (`lagebild_attribution`): each sentence's speech-verb cues with their
  clauses and its according-to markers -> `SentenceAttributions`;
- `quotes_of_stages` (`lagebild_quotes`): speaker resolution against the entity registry,
  continuation of the running speaker, acts and targets -> Quote records.

Why the last stage still reads sentence by sentence: resolving a speaker adds to the entity
registry ("sagte Peter Müller" names a person no mention rule saw), and the next sentences'
noun phrases read that registry (a bare "Müller" is a name, not a noun); the running speaker
depends on the quotes made so far. So the first two stages read each sentence with the names
the mention scan found so far, recording what they asked (`AskedNames`), and the quotes stage
takes their result wherever its own registry answers alike, reading a sentence again only
where it does not (`Replays` counts how often): the output is what one sentence-by-sentence
pass would give.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.models import Quote
from bot.nlp.quotes.clauses import Clauses
from bot.nlp.quotes.colon_reports import split_at_colon
from bot.nlp.quotes.continuation import Continuations, enter_section
from bot.nlp.quotes.contrastive import contrastive
from bot.nlp.quotes.coordinated_cues import clipped_at_coordinated_cue
from bot.nlp.quotes.crossed import without_crossed
from bot.nlp.quotes.document_owners import owned_by_introduced, with_document_owners
from bot.nlp.quotes.inner_quotes import inner_reports
from bot.nlp.quotes.interview_answers import answer_at, answer_goes_on
from bot.nlp.quotes.marker_acts import reported_act
from bot.nlp.quotes.marker_documents import document_intro, into_document
from bot.nlp.quotes.markers import Markers, without_wie_aus_verbs
from bot.nlp.quotes.model import DocState, Subject
from bot.nlp.quotes.nested_cues import (
    clipped_at_main_clause,
    clipped_at_next_speaker,
    without_cue_led_content,
    without_fronted_wie_report,
    without_nested_cues,
)
from bot.nlp.quotes.nested_reports import channel_markers_dropped, cited_source_speaks
from bot.nlp.quotes.plans import bare_plan, with_plans
from bot.nlp.quotes.questions import in_question
from bot.nlp.quotes.quoted_names import merge_quoted_names
from bot.nlp.quotes.records import (
    _canonicalise,
    _non_speaker,
    _not_self_accused,
    complete_elliptic,
    without_dateline,
    without_short_parentheses,
)
from bot.nlp.quotes.report_nouns import ReportNounFrames
from bot.nlp.quotes.reported_cues import reported_cue, reported_perfect
from bot.nlp.quotes.resumed_quotes import resumed_part
from bot.nlp.speakers import NP
from bot.nlp.stage_records import (
    AskedNames,
    Attribution,
    Person,
    SentenceAttributions,
    SentenceInput,
    SentenceMentions,
    Word,
)

CHAIN_GAP = 1
# a short line not ending like a sentence is a sub-heading: it ends any running statement;
# an ellipsis ends a sentence too ("„Ich habe … Hunderte Briefe bekommen“": the segmenter
# splits there, and the short part before it is no sub-heading that ends the quotation)
SENTENCE_ENDS = (".", "!", "?", ":", "“", '"', "«", "»", "…", "...")


def _surnames(persons: Sequence[Person]) -> frozenset[str]:
    """The last words of the full names introduced so far ("Juan Williams" -> "Williams"):
    a later bare "Williams" is that person even though the lemma table knows it as a noun."""
    return frozenset(name.split()[-1] for name, _, _ in persons if " " in name)


@dataclass(slots=True)
class KnownNames:
    """The surnames and full names of a growing person list, updated with the persons added
    since the last look (the list only grows), instead of rebuilt for every sentence."""

    surnames: frozenset[str] = frozenset()
    full_names: frozenset[str] = frozenset()
    seen: int = 0

    def update(self, persons: Sequence[Person]) -> None:
        if len(persons) > self.seen:
            new = persons[self.seen :]
            self.surnames |= _surnames(new)
            self.full_names |= frozenset(name for name, _, _ in new)
            self.seen = len(persons)


@dataclass(slots=True)
class Replays:
    """How often the quotes stage read a sentence again because its registry answered a
    question of an earlier stage differently (see the module docstring)."""

    sentences: int = 0
    mentions: int = 0
    attributions: int = 0

    def add(self, other: Replays) -> None:
        self.sentences += other.sentences
        self.mentions += other.mentions
        self.attributions += other.attributions


def _particle_at(words: Sequence[Word], c: int, cue: str) -> int | None:
    """Where the second word of a two-word cue stands: a separable verb's particle closing
    its clause ("gab … an", "wies … daraufhin"), or the closing word before a verb-final
    idiom ("damit rechnet"); None for a one-word cue."""
    parts = cue.split()
    if len(parts) != 2:
        return None
    if parts[1] == words[c].text:
        return c - 1 if c > 0 and words[c - 1].text == parts[0] else None
    wanted = (parts[1], "daraufhin") if parts[1] == "hin" else (parts[1],)
    return next((k for k in range(c + 1, len(words)) if words[k].text in wanted), None)


def _heading(words: Sequence[Word]) -> bool:
    return len(words) <= 8 and words[-1].text not in SENTENCE_ENDS


def _new_person(state: DocState, known: int) -> bool:
    """Whether the sentence just read named a person other than the running speaker: after
    "Auch die Fraktionschefin Renate Künast äußerte sich kritisch." a Konjunktiv sentence is
    hers, not the previous speaker's."""
    running = state.chain[0] if state.chain else ""
    return any(
        name != running and name.split()[-1] not in running for name, _, _ in state.persons[known:]
    )


def _one_report(
    attrs: list[Attribution],
    unnamed: Callable[[NP], bool],
    reports: frozenset[str],
    texts: Sequence[str],
) -> list[Attribution]:
    """A nested report is one statement: "Der Sender berichtet unter Berufung auf einen
    Wärter, dass …" is the named medium's quote when the cited source is unnamed; a named
    cited source says it (`nested_reports`); alone, an unnamed one still makes one. A
    report noun inside a speaker's statement only hedges it (`_hedge_inside`)."""
    spoken = [at for at in attrs if not at.marker and not at.focus]
    if not spoken:
        return attrs
    attrs = [
        at
        for at in attrs
        if not _unnamed_citation(at, unnamed) and not _hedge_inside(at, spoken, reports)
    ]
    return channel_markers_dropped(cited_source_speaks(attrs), texts)


def _hedge_inside(at: Attribution, spoken: list[Attribution], reports: frozenset[str]) -> bool:
    """ "Gefahr bestehe nach bisherigen Erkenntnissen nicht, sagte er": an according-to marker
    whose source is only a report noun ("nach ersten Erkenntnissen", "Berichten zufolge";
    lexicons/quote_unnamed_reports.txt), standing inside what a speaker says, hedges
    that speaker's statement; it is no second source. An unnamed person ("nach Aussagen
    eines Gutachters") is one and keeps its quote."""
    if not at.marker or at.np is None or at.np.kind != "anonymous":
        return False
    if at.np.mention.split()[-1].lower() not in reports:
        return False
    return any(sp.np is not None and sp.content[0] <= at.np.start < sp.content[1] for sp in spoken)


def _cites_for(marker: Attribution, spoken: list[int]) -> bool:
    """ "Das berichten Medien unter Berufung auf Regierungskreise": the citation belongs to
    the report of the previous sentence; its own "content" would be that verb's clause
    ("Die Zeitung berichtet unter Berufung auf X von …" keeps X's quote)."""
    lo, hi = marker.content
    return marker.cue == "unter Berufung auf" and any(lo <= c < hi for c in spoken)


def _unnamed_citation(at: Attribution, unnamed: Callable[[NP], bool]) -> bool:
    """ "unter Berufung auf einen Wärter / auf Polizeikreise": a cited source without a name
    (an anonymous phrase, or a circle the entity registry reads as anonymous)."""
    return (
        at.marker
        and at.cue == "unter Berufung auf"
        and at.np is not None
        and (at.np.kind == "anonymous" or unnamed(at.np))
    )


def _denial_of_previous(
    quotes: list[Quote],
    at: Attribution,
    speaker: str,
    role: str | None,
    words: list[Word],
    si: int,
    text: str,
) -> Quote | None:
    """ "Verdi wirft dem Konzern vor, … Der Konzern bestreitet das.": a denial whose object
    is a pronoun denies the previous sentence's claim, accusation or estimate, so that
    statement is its text; without one the pronoun says nothing and no quote is made."""
    denied = next(
        (
            q
            for q in reversed(quotes)
            if q.sentence_index == si - 1 and q.act in ("claim", "accusation", "estimate")
        ),
        None,
    )
    if denied is None:
        return None
    return dataclasses.replace(
        denied,
        speaker=speaker,
        speaker_role=role,
        speaker_mention=at.np.mention if at.np else None,
        kind="indirect",
        cue=at.cue,
        act="denial",
        target=None,
        sentence=text[words[0].start : words[-1].end],
        sentence_index=si,
    )


class QuoteRules(Clauses, Markers, Continuations, ReportNounFrames):
    """All quote rules; one instance per pipeline (holds the lexicon and the lemma set).
    Each rule family is a class of its own module; this one runs the three quote stages'
    passes (see the module docstring)."""

    # ---- stage lagebild_mentions ------------------------------------------------------
    def read_mentions(self, sentences: list[SentenceInput]) -> list[SentenceMentions]:
        """Each sentence's words ready for the rules and what its mention scan finds, read
        with the names the scan found in the sentences before (on a copy of the rules: the
        copy learns the document's names, the shared instance stays unchanged)."""
        return copy.copy(self)._read_mentions(sentences)

    def _read_mentions(self, sentences: list[SentenceInput]) -> list[SentenceMentions]:
        out: list[SentenceMentions] = []
        found = DocState()
        known = KnownNames()
        paragraph = -1
        for sent in sentences:
            opens = sent.paragraph != paragraph
            paragraph = sent.paragraph
            words = without_dateline(sent.words, opens)
            words = merge_quoted_names(without_short_parentheses(words), self.name_head)
            known.update(found.persons)
            self.surnames = AskedNames(known.surnames)
            self.full_names = AskedNames(known.full_names)
            record = SentenceMentions(
                sent, words, bool(words) and _heading(words), self.surnames, self.full_names
            )
            out.append(record)
            if not words or record.heading:
                continue
            mark = (len(found.persons), len(found.groups), len(found.orgs))
            self.scan_mentions(words, found)
            record.persons = found.persons[mark[0] :]
            record.groups = found.groups[mark[1] :]
            record.orgs = found.orgs[mark[2] :]
        return out

    # ---- stage lagebild_attribution ---------------------------------------------------
    def attribute_sentences(
        self, mentions: list[SentenceMentions]
    ) -> list[SentenceAttributions | None]:
        """Each sentence's attributions (None for a sub-heading or an empty sentence), read
        with the names the mention scan found before it."""
        return copy.copy(self)._attribute_sentences(mentions)

    def _attribute_sentences(
        self, mentions: list[SentenceMentions]
    ) -> list[SentenceAttributions | None]:
        out: list[SentenceAttributions | None] = []
        for record in mentions:
            if not record.words:
                out.append(None)
                continue
            self.surnames = surnames = AskedNames(record.surnames)
            self.full_names = full_names = AskedNames(record.full_names)
            attrs, plans = self._attributions_and_plans(record.words)
            if record.heading and not attrs:
                out.append(None)  # a sub-heading that reports nothing
                continue
            # a headline-shaped line that is a statement ("Kreml weist Berichte über
            # Truppenabzug zurück") has its own act; the article's title never gets here
            out.append(SentenceAttributions(attrs, surnames, full_names, plans=plans))
        return out

    # ---- stage lagebild_quotes --------------------------------------------------------
    def run(self, sentences: list[SentenceInput], text: str) -> list[Quote]:
        """All quotes of a document: the three stages in a row (what the pipeline's
        components do, for callers holding plain sentences)."""
        mentions = self.read_mentions(sentences)
        return self.quotes_of_stages(mentions, self.attribute_sentences(mentions), text)[0]

    def quotes_of_stages(
        self,
        mentions: list[SentenceMentions],
        attributions: list[SentenceAttributions | None],
        text: str,
    ) -> tuple[list[Quote], list[Quote], Replays]:
        """All quotes of a document from the earlier stages' records, its plans (records
        shaped like quotes, no quotes: quotes/plans.py) and how many sentences had to be
        read again; read by a copy of the rules of its own (see `read_mentions`)."""
        replays = Replays()
        quotes, plans = copy.copy(self)._run(mentions, attributions, text, replays)
        return quotes, plans, replays

    def _run(
        self,
        mentions: list[SentenceMentions],
        attributions: list[SentenceAttributions | None],
        text: str,
        replays: Replays,
    ) -> tuple[list[Quote], list[Quote]]:
        """All quotes and plans of a document, sentence by sentence, with the running speaker
        (Konjunktiv continuation) and the persons mentioned so far carried in `state`."""
        quotes: list[Quote] = []
        inner: list[Quote] = []  # quotes inside quotations, apart from the running report
        state = DocState(quotes=quotes, text=text)
        prev_words: list[Word] | None = None
        prev_section: str | None = None
        known = KnownNames()
        for si, (record, found) in enumerate(zip(mentions, attributions, strict=True)):
            words = record.words
            if not words:
                continue
            if record.heading:
                state.chain = None  # a sub-heading ends any running statement
            if found is not None:
                state.opens_paragraph = record.sentence.paragraph != state.paragraph
                state.paragraph = record.sentence.paragraph
                enter_section(state, record.sentence.section, prev_section)
                prev_section = record.sentence.section
                explicit_only = record.sentence.section in ("commentary", "background", "teaser")
                known.update(state.persons)
                self.surnames, self.full_names = known.surnames, known.full_names
                replays.sentences += 1
                read = _Read(record, found, replays)
                self._sentence(read, prev_words, si, explicit_only, state, quotes, text)
                inner.extend(self._inner_quotes(words, state, si, text))
            prev_words = words
        sentences = [record.sentence for record in mentions]
        quotes = self._with_open_quote_heads(sentences, quotes, text) + inner
        quotes.sort(key=lambda q: (q.sentence_index, q.start_char))
        quotes = without_crossed([complete_elliptic(q) for q in quotes], self.is_konj1)
        quotes = with_document_owners(quotes, self.vocab.documents)
        return self._of_somebody(quotes), self._of_somebody(state.plans)

    def _of_somebody(self, quotes: list[Quote]) -> list[Quote]:
        """The quotes whose speaker is somebody, each person under one name."""
        kept = [q for q in quotes if not _non_speaker(q.speaker, self.vocab.non_speakers)]
        return _canonicalise([q for q in kept if self.check.is_somebody(q.speaker)])

    def _answers_alike(self, surnames: AskedNames, full_names: AskedNames) -> bool:
        """Whether this sentence's registry answers what an earlier stage asked alike."""
        return surnames.answers_alike(self.surnames) and full_names.answers_alike(self.full_names)

    def _known_mentions(self, read: _Read, state: DocState) -> None:
        """The sentence's mentions into the registry: the mentions stage's scan where this
        registry answers alike, else the scan again (`mentions` in one pass)."""
        record = read.mentions
        self._sentence_subject(record.words, state)
        if self._answers_alike(record.surnames, record.full_names):
            state.persons.extend(record.persons)
            state.groups.extend(record.groups)
            state.orgs.extend(record.orgs)
        else:
            read.replays.mentions += 1
            self.scan_mentions(record.words, state)

    def _known_attributions(self, read: _Read) -> tuple[list[Attribution], list[Attribution]]:
        """The attribution stage's result for the sentence (its attributions and its plans)
        where this registry answers alike, else the sentence read again."""
        found = read.attributions
        if found is not None and self._answers_alike(found.surnames, found.full_names):
            return found.attributions, found.plans
        read.replays.attributions += 1
        return self._attributions_and_plans(read.mentions.words)

    def _coordinated_quotes(
        self, q: Quote, at: Attribution, state: DocState, words: Sequence[Word]
    ) -> list[Quote]:
        """One quote per coordinated speaker, each with its own name and role."""
        out: list[Quote] = []
        for np in at.also:
            speaker, role = self._resolve(Attribution(np, at.cue, at.content), state, words)
            if speaker is not None and speaker != q.speaker:
                out.append(
                    dataclasses.replace(
                        q, speaker=speaker, speaker_role=role, speaker_mention=np.mention
                    )
                )
        return out

    def _sentence(
        self,
        read: _Read,
        prev_words: list[Word] | None,
        si: int,
        explicit_only: bool,
        state: DocState,
        quotes: list[Quote],
        text: str,
    ) -> None:
        """The quotes of one sentence (appended to `quotes`); updates the running speaker."""
        words = read.mentions.words
        back = self._back_reference(words, quotes, state, si, text)
        if back is None and not explicit_only and not read.mentions.heading:
            back = self._interview_answer(words, state, si, text)
        if back is not None:
            quotes.append(back)
            state.chain = (back.speaker or "", back.speaker_role, si)
            self._known_mentions(read, state)
            self._note_statement(words, state, si, len(state.persons), True)
            return
        attrs, plans = self._known_attributions(read)
        if attrs and all(self._reported(at, words, state) for at in attrs):
            # "Außerdem wird kritisiert, dass … sei": an agentless report continues a running
            # speaker; only without one is its source unnamed
            cont = None if explicit_only else self._continuation(words, state, si, text)
            attrs = [] if cont is not None else attrs
        # a person a plan's subject names is introduced, as one named without a cue is
        planned = len(state.persons) if plans else None
        made, focus = self._quotes_of(
            with_plans(attrs, plans), words, prev_words, si, explicit_only, state, text
        )
        if made and state.document == si - 1 and state.chain is not None:
            inside = self.according.words.inside  # "Darin heißt es, …"
            made = into_document(made, words[0].text, inside, state.chain[:2])
        made = self._with_resumed_parts(made, words, si, text)
        if made and state.introduced is not None and state.introduced[2] == si - 1:
            owner = state.introduced[:2]  # "Kritik kommt von X. …, heißt es in einer Mitteilung"
            made = owned_by_introduced(made, owner, self.vocab.documents)
        if any(document_intro(at) for at in attrs):
            state.document = si
        if not made and not explicit_only:
            colon = self._colon_quote(words, state, si, text)
            if colon is not None:
                made.append(colon)
        if not made and (not attrs or self._reported_cues_only(attrs, words)) and not explicit_only:
            cont = self._continuation(words, state, si, text)
            if cont is not None:
                made.append(cont)
        known = len(state.persons) if planned is None else planned
        self._known_mentions(read, state)
        if made:
            quotes.extend(made)
            # the chain continues with the main (non-marker) speaker of this sentence; a
            # report inside a clause ("Gerüchte, wonach …") starts no running statement
            main = [q for q in made if q.cue != "wonach"]
            state.chain = (main[-1].speaker or "", main[-1].speaker_role, si) if main else None
        elif focus is not None:
            state.chain = focus
        elif state.chain is not None and (
            si - state.chain[2] > CHAIN_GAP or _new_person(state, known)
        ):
            state.chain = None  # a gap too long, or another person enters the story
        self._note_statement(words, state, si, known, bool(made))

    def _with_resumed_parts(
        self, made: list[Quote], words: Sequence[Word], si: int, text: str
    ) -> list[Quote]:
        """The sentence's quotes and, after a direct quote its cue interrupts („Wir werden“,
        sagte sie, „nicht nachgeben.“), the resumed part as a quote of its own."""
        q = made[0] if len(made) == 1 else None
        if q is None or q.kind != "direct" or q.speaker is None:
            return made
        if q.start_char > words[0].end + 1:
            return made  # the first part opens the sentence
        rng = resumed_part(words, q.end_char)
        if rng is None:
            return made
        rest = self._make(words, rng, q.speaker, q.speaker_role, q.cue, si, text)
        if rest is None or rest.kind != "direct":
            return made
        return [q, dataclasses.replace(rest, speaker_mention=q.speaker_mention, act=q.act)]

    def _interview_answer(
        self, words: Sequence[Word], state: DocState, si: int, text: str
    ) -> Quote | None:
        """A sentence of a printed interview's answer ("Ecker: Wir fahren …" and the rest of
        that paragraph): a direct quote of the labelled person (interview_answers)."""
        opened = answer_at([w.text for w in words], state) if state.opens_paragraph else None
        if opened is not None:
            (name, role, _), lo = opened
            state.answer = (name, role, state.paragraph)
        else:
            goes_on = answer_goes_on(state)
            if goes_on is None:
                return None
            (name, role), lo = goes_on, 0
        q = self._make(words, (lo, len(words)), name, role, None, si, text)
        return None if q is None else dataclasses.replace(q, kind="direct")

    def _reported(self, at: Attribution, words: Sequence[Word], state: DocState) -> bool:
        """Whether an attribution names no source of its own but is part of the running
        report: an agentless passive, a cue in Konjunktiv I, or a perfect whose auxiliary
        reports ("Mehrere Zeugen hätten ausgesagt, …"); the last only inside the running
        statement's paragraph, where that statement is surely what goes on."""
        if (at.passive and at.act != "accusation") or reported_cue(at, self.is_konj1):
            return True
        texts = [w.text for w in words]
        return state.chain_paragraph == state.paragraph and reported_perfect(texts, at)

    def _attributions(self, words: list[Word]) -> list[Attribution]:
        """Speech-verb attributions (cue by cue, a coordinated cue sharing the subject) and
        according-to markers of one sentence."""
        return self._attributions_and_plans(words)[0]

    def _attributions_and_plans(
        self, words: list[Word]
    ) -> tuple[list[Attribution], list[Attribution]]:
        """The sentence's attributions (`_attributions`) and, apart, its plans: cues of an
        indicative "wollen" that report what a subject intends (quotes/plans.py)."""
        found: list[tuple[int, Attribution]] = []
        cues = self.find_cues(words)
        prev_np: NP | None = None
        cue_set = frozenset(c for c, _, _ in cues)
        spoken: list[int] = []  # cues that point back ("Das berichten Medien …")
        plans: list[Attribution] = []  # kept for a marker's act, never a quote of their own
        texts = [w.text for w in words]
        for c, lemma, cue in cues:
            if contrastive(texts, c, self.vocab.contrast_openers):
                continue  # "Anders als die Regierung behauptet, …": her words are denied
            if in_question(texts, c, self.vocab.question_frames):
                continue  # "Auf die Frage, ob er fürchte, …": the asker's words
            at = self.attribute(words, c, lemma, cue, prev_np, cue_set)
            if at is not None:
                at.cue_at, at.particle_at = c, _particle_at(words, c, cue)
                found.append((c, at))
                if (
                    not at.backref
                    and at.act == "announcement"
                    and bare_plan(texts, c, self.acts.intended(lemma, texts, c), at.content)
                ):
                    plans.append(at)  # "Die Stadt will die Brücke sanieren": no statement
                prev_np = at.np
                if at.backref:
                    spoken.append(c)
        if found:  # most sentences have no cue: these passes over the cues read nothing then
            found = split_at_colon(found, words, self.vocab.spokespersons)
            found = without_nested_cues(
                found, words, lambda lo, hi: self._reported_mood(words, lo, hi)
            )
            found = clipped_at_next_speaker(without_cue_led_content(found, texts), texts)
            found = self.gapped_partners(clipped_at_coordinated_cue(found, texts), texts)
            opinions = frozenset(c for c, lemma, _ in cues if lemma in self.lex.weak_opinion)
            found = without_fronted_wie_report(
                clipped_at_main_clause(found, texts), texts, opinions
            )
        attrs = [at for _, at in found]
        for m in self.markers(words):
            if not _cites_for(m, spoken):
                reported = reported_act(m, attrs, texts)  # "Laut Polizei warnten die Beamten vor …"
                if reported is not None:
                    m.act, m.target = reported.act, reported.target
                attrs.append(m)
        attrs.extend(self.report_noun_frames(words, attrs))  # "die Forderung der X, … zu …"
        said = [at for at in attrs if not any(at is p for p in plans)]
        kept = [at for at in attrs if any(at is p for p in plans)]  # as the passes left them
        said = _one_report(
            without_wie_aus_verbs(said), self._anonymous, self.vocab.unnamed_reports, texts
        )
        for at in kept:
            at.plan = True
        return said, kept

    def _inner_quotes(
        self, words: Sequence[Word], state: DocState, si: int, text: str
    ) -> list[Quote]:
        """The quotes inside the sentence's quotation ("… sagte: ‚…‘"), each its own
        speaker's; added after the sentence's own quotes, so the outer quote and the
        running speaker stay as they were (inner_quotes); `_run` adds them at the end."""
        out: list[Quote] = []
        for at in inner_reports(words, self.lex.forms, self._inner_np):
            speaker, role = self._resolve(at, state, words)
            if speaker is None or at.np is None:
                continue
            mention = at.np.mention
            q = self._make(words, at.content, speaker, role, at.cue, si, text, mention=mention)
            if q is not None and q.kind == "direct":
                out.append(q)
        return out

    def _inner_np(self, texts: list[str], lo: int, hi: int) -> NP | None:
        """The speaker phrase of a cue inside a quotation, without apposition."""
        return self._np(texts, lo, hi, allow_apposition=False)

    def _reported_mood(self, words: Sequence[Word], lo: int, hi: int) -> bool:
        """Whether words[lo:hi] hold a Konjunktiv I or II form: the mood of reported speech."""
        forms = self.konj2.forms
        return self.has_konj(words, lo, hi) or any(w.text in forms for w in words[lo:hi])

    def _anonymous(self, np: NP) -> bool:
        """Whether the entity registry reads a mention as an unnamed source."""
        unnamed = self._unnamed(np)
        return unnamed is not None and unnamed[0] == "anonymous"

    def _quotes_of(
        self,
        attrs: list[Attribution],
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        explicit_only: bool,
        state: DocState,
        text: str,
    ) -> tuple[list[Quote], tuple[str, str | None, int] | None]:
        """Quotes of a sentence's attributions, and the speaker a speakerless next sentence
        continues (an introduced speaker who says nothing quotable yet)."""
        made: list[Quote] = []
        focus: tuple[str, str | None, int] | None = None
        state.sentence = si
        state.prev_words = prev_words
        # a plan's subject is what a possessive in its sentence means, not beyond
        restore: tuple[Subject, Subject] | None = None
        for at in attrs:
            speaker, role = self._resolve(at, state, words)
            before = state.subject
            self._note_subject(at, speaker, role, state, si)
            if at.plan:
                restore = (state.subject, before)
            if speaker is None or (explicit_only and (at.np is None or at.np.kind == "pronoun")):
                continue
            if at.plan:  # the subject is known and named, but a plan says nothing
                plan = self._quote_of(at, speaker, role, words, prev_words, si, state, text)
                state.plans.extend([plan] if plan is not None else [])
                continue
            if at.focus:
                focus = (speaker, role, si)
                continue
            q = _not_self_accused(
                self._quote_of(at, speaker, role, words, prev_words, si, state, text)
            )
            if q is not None:
                made.append(q)
                made.extend(self._coordinated_quotes(q, at, state, words))
        if restore is not None and state.subject is restore[0]:
            state.subject = restore[1]
        return made, focus

    def _quote_of(
        self,
        at: Attribution,
        speaker: str,
        role: str | None,
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        state: DocState,
        text: str,
    ) -> Quote | None:
        mention = at.np.mention if at.np else None
        if at.backref and at.act == "denial":
            denial = _denial_of_previous(state.quotes, at, speaker, role, words, si, text)
            if denial is not None or at.content[1] > at.content[0]:
                return denial  # "bestreitet das" with nothing before it says nothing
        if at.backref:
            # "Dies sagte X": the statement is the previous sentence
            if prev_words is None:
                return None
            rng = (0, len(prev_words))
            # its act too: "Das bestritt der Minister" denies the sentence, it does not claim it
            return self._make(
                prev_words, rng, speaker, role, at.cue, si - 1, text, force_quoted=True,
                mention=mention, act=at.act, marker=at.marker,
            )  # fmt: skip
        return self._make(
            words,
            at.content,
            speaker,
            role,
            at.cue,
            si,
            text,
            marker=at.marker,
            mention=mention,
            act=at.act,
            target=self._target_name(at.target, state, words, speaker),
            gap=at.gap,
        )


@dataclass(slots=True)
class _Read:
    """One sentence as the quotes stage reads it: the earlier stages' records of it and the
    document's replay counts."""

    mentions: SentenceMentions
    attributions: SentenceAttributions | None
    replays: Replays
