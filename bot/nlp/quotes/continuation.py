"""Stage 6: statements without a cue of their own: Konjunktiv continuations of
the running speaker, "Das sagte X" back references, colon quotes, open quotation heads.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Quote
from bot.nlp.attribution.continuation import (
    ReportKind,
    Step,
    closes_konj1_clause,
    compared,
    conditional_k2,
    draws_consequence,
    fronted_condition_k2,
    in_appended_clause_only,
    in_complement_only,
    is_hearsay,
    is_past_hearsay,
    konj2_at,
    main_verb_slots,
    may_continue,
    modal_at,
    named_again,
    names_again,
    past_at,
    perfect_infinitive,
    put_question,
    reaction_source_at,
    so_source_at,
    under_konj1_auxiliary,
    under_sein_auxiliary,
)
from bot.nlp.attribution.sources import back_reference, inner_back_reference
from bot.nlp.lexicons import words as lexicon_words
from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.colon_heads import statement_head
from bot.nlp.quotes.cue_finder import CueFinder
from bot.nlp.quotes.entities import Entities
from bot.nlp.quotes.grammar import IMPERSONAL, QUOTE_CHARS
from bot.nlp.quotes.model import DocState
from bot.nlp.quotes.records import QuoteRecords
from bot.nlp.quotes.reported_cues import in_reported_complement, under_reported_perfect
from bot.nlp.speakers import is_role
from bot.nlp.stage_records import Attribution, SentenceInput, Word

# punctuation that may stand outside the quotation marks of a sentence that is all quotation
QUOTED_PUNCT = frozenset({".", "!", "?", ":", ",", ";"})
# the subject pronouns of a speaker who reports on a talk of their own
PERSONAL = frozenset({"er", "sie"})
# "Kritik kam von der Opposition": nouns of a reaction whose source the sentence names
REACTION_NOUNS = lexicon_words("quote_reaction_nouns.txt")


def first_person(texts: Sequence[str], k: int) -> bool:
    """Whether the -e form at k has "ich" right before or after it ("Ich lehne das ab",
    "Heute habe ich …", "um es zu sage"): the indicative of the first person (or an
    infinitive's typo), which no indicative form of a reported third person shares."""
    before = texts[k - 1].lower() if k > 0 else ""
    after = texts[k + 1].lower() if k + 1 < len(texts) else ""
    return before in ("ich", "zu") or after == "ich"


def _verb_konj1(rules: RulesBase, texts: Sequence[str], k: int) -> bool:
    """A Konjunktiv I form used as a verb: not an -e form right before a noun, which is an
    attributive adjective or participle ("eine veröffentliche Nachricht", a typo's "-te"),
    nor a first person's indicative (`first_person`)."""
    t = texts[k]
    if not rules.is_konj1(t) or first_person(texts, k):
        return False
    nxt = texts[k + 1] if k + 1 < len(texts) else ""
    return t in rules.konj2.auxiliaries or not nxt[:1].isupper()


def _names_known(words: Sequence[Word], state: DocState, known: int) -> bool:
    """Whether a sentence also names a person met before ("Auch lehnte Angela Merkel den
    Vorschlag des Umweltministers Sigmar Gabriel ab"): the new person is then not
    necessarily the one the story turns to."""
    texts = {w.text for w in words}
    return any(name.split()[-1] in texts for name, _, _ in state.persons[:known])


def _so_names(words: Sequence[Word], speaker: str) -> bool:
    """Whether a sentence's "…, so X" (if any, outside quotation marks) names the running
    speaker ("…, so Elshorst weiter: …"): the marker stage may miss such a tail, and any
    other source there is the sentence's own."""
    texts = [w.text for w in words if not w.inq]
    k = so_source_at(texts)
    return k is None or (bool(speaker) and speaker.split()[-1] in texts[k + 1 : k + 6])


def _all_quoted(words: Sequence[Word]) -> bool:
    """Whether a sentence is a quotation from end to end (its words inside quotation marks
    but for the marks and punctuation): right after a sentence that introduced a person it
    is that person's direct quote ("Die Überlebende Maria Lopez schilderte den Hergang.
    „Das Boot kippte zur Seite.“"). Not a sentence that only opens with a quoted title
    ("„Tranquility“ ist ein Projekt der ESA"): its own words follow outside the marks."""
    return any(w.inq for w in words) and all(
        w.inq or w.text in QUOTE_CHARS or w.text in QUOTED_PUNCT for w in words
    )


def _ends_open(words: Sequence[Word]) -> bool:
    """Whether a sentence ends inside a quotation that goes on in the next one."""
    return words[-1].inq or (len(words) > 1 and words[-2].inq and words[-1].text in ".!?")


def _ends_sentence(texts: Sequence[str], i: int) -> bool:
    """Whether the word at i is the sentence's last but its final punctuation: a cue there
    has no reported clause after it."""
    return i + 2 >= len(texts) and (i + 1 == len(texts) or texts[i + 1] in (".", "!", "?"))


def _asked(words: Sequence[Word]) -> bool:
    """Whether a sentence is a question the reporter put to the speaker (`put_question`)."""
    return put_question([w.text for w in words], [w.inq for w in words])


def _free_for(quotes: Sequence[Quote], nxt: Quote) -> bool:
    """Whether a sentence inside a quotation may take the speaker of the quotation's
    attributed sentence: it has no quote yet, or only quotes the running speaker gave it
    (no cue of their own) that name someone else."""
    return all(q.cue is None and q.kind == "direct" and q.speaker != nxt.speaker for q in quotes)


def _refers_back(words: Sequence[Word], state: DocState) -> bool:
    """Whether a sentence without a statement, right after the running statement (or after
    another such sentence), is about the running speaker (`names_again`)."""
    if state.chain is None:
        return False
    speaker = state.chain[0]
    gender = next((g for n, _, g in reversed(state.persons) if n == speaker and g), None)
    return names_again([w.text for w in words if not w.inq], speaker, gender)


def _carry(state: DocState, si: int) -> None:
    """The running statement, or the person a sentence introduced, carried on to sentence
    `si`: the next sentence counts its distance from here."""
    if state.chain is not None and si - state.chain[2] == 1:
        state.chain = (state.chain[0], state.chain[1], si)
    if state.introduced is not None and si - state.introduced[2] == 1:
        state.introduced = (state.introduced[0], state.introduced[1], si)


def enter_section(state: DocState, section: str, previous: str | None) -> None:
    """Before a sentence of `section` after one of `previous`: a statement never runs on into
    another section of the article, nor does a person a sentence there named without a
    statement become the speaker of the next one. A background box or commentary between
    report paragraphs is written apart from the report ("Weber ist seit 2019 im Amt." in a
    box does not carry Weber's statement into the report after it), and a report sentence in
    Konjunktiv after the box belongs to the report, not to whoever the box named."""
    if previous is not None and section != previous:
        state.chain = None
        state.introduced = None


class Continuations(Entities, CueFinder, QuoteRecords):
    """Stage 6: statements without a cue of their own: Konjunktiv continuations of
    the running speaker, "Das sagte X" back references, colon quotes, open quotation heads."""

    def _continuation(self, words: list[Word], state: DocState, si: int, text: str) -> Quote | None:
        """A sentence without attribution continues the running speaker when it is quoted or
        reports in Konjunktiv, as far as `may_continue` allows for its distance from the
        statement; a Konjunktiv I main clause right after a sentence that introduced a
        person (a new one, or one known but not the running speaker, named again) reports
        that person instead."""
        if _asked(words):
            return None  # "Ob er sich ungerecht behandelt fühle?": the reporter asks
        if state.chain is None or state.introduced is not None:
            return self._introduced_speaker(words, state, si, text)
        sp, role, last = state.chain
        step = Step(
            si - last,
            state.paragraph != state.chain_paragraph,
            state.chain_reportative,
            state.chain_quoted,
        )
        kind = self._report_kind(words)
        if kind is None or not may_continue(kind, step):
            return None
        if kind != "quoted" and self._own_source(words):
            return None  # "Ein Reporter berichtete, dass …": its own source, even unparsed
        if kind != "quoted" and not _so_names(words, sp):
            return None  # "…, so die Ergebnisse eines Richters, seien …": a source of its own
        return self._make(words, (0, len(words)), sp, role, None, si, text)

    def _report_kind(self, words: Sequence[Word]) -> ReportKind | None:
        """How a sentence without a cue shows that it reports (None: it does not)."""
        n = len(words)
        if words[0].inq or (words[0].text in QUOTE_CHARS and words[min(1, n - 1)].inq):
            return "quoted"
        texts = [w.text for w in words]
        quoted = [w.inq for w in words]
        k1 = self._konj1_at(words)
        if k1 and in_appended_clause_only(texts, k1, IMPERSONAL, self.konj2):
            return None
        if k1 and not in_complement_only(texts, k1, IMPERSONAL):
            return "k1-aux" if any(texts[k] in self.konj2.auxiliaries for k in k1) else "k1"
        finite = konj2_at(texts, quoted, self.konj2)
        consequences = self.konj2.consequences
        if finite is not None:
            if draws_consequence(texts, finite, consequences):
                return None  # "Das würde bedeuten, dass …": the author explains
            return "hearsay" if is_hearsay(texts, finite) else "k2"
        modal = modal_at(texts, quoted, self.konj2)
        if modal is not None:
            if draws_consequence(texts, modal, consequences):
                return None  # "Das könnte heißen, …"
            return "hearsay" if is_past_hearsay(texts, modal) else "modal"
        if conditional_k2(texts, quoted, self.konj2):
            return "conditional"
        if fronted_condition_k2(texts, quoted, self.konj2, self.is_konj1):
            return "fronted"  # "Sollte der Regen anhalten, könnten …": the speaker's forecast
        return "k2-past" if past_at(texts, quoted, self.konj2) is not None else None

    def _konj1_forms(self, words: Sequence[Word]) -> list[str]:
        """The Konjunktiv I forms of a sentence outside quotation marks ("ich habe", "habe
        ich", "zu gebe" excluded: `first_person`)."""
        return [words[k].text for k in self._konj1_at(words)]

    def _konj1_at(self, words: Sequence[Word]) -> list[int]:
        """Word indices of the Konjunktiv I forms of `_konj1_forms`."""
        texts = [w.text for w in words]
        return [
            k
            for k, w in enumerate(words)
            if not w.inq and self.is_konj1(w.text) and not first_person(texts, k)
        ]

    def _introduced_speaker(
        self, words: Sequence[Word], state: DocState, si: int, text: str
    ) -> Quote | None:
        """ "Auch die Fraktionschefin Renate Künast äußerte sich kritisch. Sie rate zum Kauf
        …": a main clause in Konjunktiv I, or a sentence that is a quotation from end to end
        (`_all_quoted`), right after a sentence that named a person without a statement of
        its own reports that person."""
        intro = state.introduced
        if intro is None or si - intro[2] != 1 or self._own_source(words):
            return None
        texts = [w.text for w in words]
        if not _all_quoted(words) and not any(
            not words[k].inq and _verb_konj1(self, texts, k) for k in main_verb_slots(texts)
        ):
            return None
        return self._make(words, (0, len(words)), intro[0], intro[1], None, si, text)

    def _note_statement(
        self, words: Sequence[Word], state: DocState, si: int, known: int, made: bool
    ) -> None:
        """After a sentence: where the running statement stands (its paragraph, whether it
        is in Konjunktiv; a sentence about its speaker carries it one sentence further) and
        which person a sentence without a statement introduced (a new one, or with no
        statement running the one known person it names again, `named_again`)."""
        if not made and _asked(words):
            _carry(state, si)  # the answer to the question is the speaker's again
            return
        state.introduced = None
        reacted = None if made else self._reaction_source(words, state)
        if state.chain is not None and state.chain[2] == si:
            state.chain_paragraph = state.paragraph
            state.chain_reportative = self._reportative(words)
            state.chain_quoted = any(w.inq for w in words)
        elif reacted is not None:
            # "Kritik kam von der Opposition.": the running statement ends, the next
            # Konjunktiv sentence is the opposition's
            state.chain = None
            state.introduced = (*reacted, si)
        elif state.chain is not None and not made and _refers_back(words, state):
            # the statement goes on behind a sentence about its speaker: the next sentence
            # counts from here, the statement's mood stays what it was
            state.chain = (state.chain[0], state.chain[1], si)
            state.chain_paragraph = state.paragraph
        elif not made and len(state.persons) > known and not _names_known(words, state, known):
            name, role, _ = state.persons[known]
            state.introduced = (name, role, si)
        elif not made:
            again = named_again([w.text for w in words if not w.inq], state.persons)
            running = state.chain[0] if state.chain is not None else None
            state.introduced = None if again is None or again[0] == running else (*again, si)

    def _reaction_source(
        self, words: Sequence[Word], state: DocState
    ) -> tuple[str, str | None] | None:
        """The source a reaction sentence names ("Widerspruch kommt vom Bund der
        Steuerzahler", `reaction_source_at`) as speaker and role, if it is somebody."""
        texts = [w.text if not w.inq else "" for w in words]
        k = reaction_source_at(texts, REACTION_NOUNS)
        np = None if k is None else self._np(texts, k, len(texts))
        if np is None or np.kind == "pronoun":
            return None
        speaker, role = self._resolve(Attribution(np, "", (0, 0)), state, words)
        return None if speaker is None else (speaker, role)

    def _about_themselves(self, texts: Sequence[str], i: int) -> bool:
        """Whether the speech verb at i is a participle that closes the sentence behind a
        Konjunktiv I auxiliary, with "er"/"sie" before it ("Sie habe darüber mit dem Kanzler
        gesprochen."): the running speaker reports a talk of their own, with no clause of
        its own to quote. A noun subject ("Gerüchte seien bekannt geworden") is left alone."""
        return (
            _ends_sentence(texts, i)
            and closes_konj1_clause(texts, i, self.konj2.auxiliaries)
            and any(t.lower() in PERSONAL for t in texts[:i])
        )

    def _reportative(self, words: Sequence[Word]) -> bool:
        """Whether a statement is worded in Konjunktiv (I or II, outside quotation marks)."""
        k2 = self.konj2
        return bool(self._konj1_forms(words)) or any(
            not w.inq and (w.text in k2.forms or w.text in k2.modal) for w in words
        )

    def _reported_cues_only(self, attrs: Sequence[Attribution], words: Sequence[Word]) -> bool:
        """Whether every attribution of a sentence is a cue inside the reported speech that
        reports nothing of its own, so the sentence is left to the running speaker as one
        without any cue would be: a cue in Konjunktiv I ("Er sei jedoch zuversichtlich, da
        …") or an infinitive or participle under a Konjunktiv II auxiliary ("Viele Frauen
        würden die Angriffe nicht melden", "Die Minister hätten sich für nicht zuständig
        erklärt"), or a participle under a Konjunktiv I auxiliary ("Sie habe darüber mit
        dem Kanzler gesprochen", `under_konj1_auxiliary`), or a participle of a passive or
        a perfect of "sein" in Konjunktiv ("Lindholm sei gefürchtet gewesen",
        `under_sein_auxiliary`), whose subject is no speaker."""
        under = self._konj2_finite(words)
        texts = [w.text if not w.inq else "" for w in words]
        aux = self.konj2.auxiliaries
        return all(
            not at.marker
            and at.content[1] <= at.content[0]
            and (
                self.is_konj1(at.cue.split()[0])
                or under not in (None, at.cue.split()[0])
                or (
                    (at.np is None or at.np.kind == "pronoun")
                    and under_konj1_auxiliary(texts, at.cue.split()[0], aux)
                )
                or (at.cue_at is not None and under_sein_auxiliary(texts, at.cue_at))
            )
            for at in attrs
        )

    def _konj2_finite(self, words: Sequence[Word]) -> str | None:
        """The Konjunktiv II finite verb of a sentence's main clause ("würden", "hätten"),
        if it reports (`konj2_at`); not "soll", whose infinitive may be a speech act of its
        own ("Es soll vor Böen warnen")."""
        texts = [w.text for w in words]
        finite = konj2_at(texts, [w.inq for w in words], self.konj2)
        if finite is None or texts[finite] not in self.konj2.forms:
            return None
        return texts[finite]

    def _own_source(self, words: Sequence[Word]) -> bool:
        """Whether a sentence has a speech verb with a speaker of its own. Impersonal cues
        ("wird vermutet", "man betont", "es werde geschätzt") name nobody: the running
        speaker may continue through them, and so may a cue in Konjunktiv I ("ein Gutachten,
        das bestätige, dass …"): it is part of the reported speech. A speech verb's participle
        before the infinitive "haben"/"sein" ("Er soll Meldungen geschrieben haben") is no
        finite verb at all: hearsay about what someone did, not a new source; nor is a
        participle of comparison ("teurer als erwartet", `compared`)."""
        under = self._konj2_finite(words)
        texts = [w.text for w in words]
        for i, _, _ in self.find_cues(words):
            near = {w.text.lower() for w in words[max(0, i - 1) : i + 2]}
            if perfect_infinitive(texts, i):
                continue  # "soll … geschrieben haben": a participle in hearsay, not finite
            if compared(texts, i):
                continue  # "aufwendiger als erwartet": a comparison, nobody's statement
            if self._about_themselves(texts, i):
                continue  # "Sie habe mit dem Kanzler gesprochen": in Konjunktiv, says nothing
            if under is not None and words[i].text != under:
                continue  # "würden die Angriffe nicht melden": not finite, part of the report
            if under_reported_perfect(texts, i):
                continue  # "Ein Zeuge habe ausgesagt, …": the running speaker reports it
            if under_sein_auxiliary(texts, i):
                continue  # "Sie sei gefürchtet gewesen": a passive or perfect, no speaker
            if in_reported_complement(texts, i, self._konj1_at(words)):
                continue  # "Man werde prüfen, ob … eingestuft war": part of the report
            if not near & IMPERSONAL and not self.is_konj1(words[i].text):
                return True
        return False

    def _back_reference(
        self, words: list[Word], quotes: list[Quote], state: DocState, si: int, text: str
    ) -> Quote | None:
        """ "Demnach muss …", "Danach soll …": the statement belongs to the source of the
        previous statement, even when the sentence has a subject of its own (nested report:
        the cited source, not the reported actor)."""
        texts = [w.text for w in words]
        document = state.document == si - 1 and state.chain is not None
        back = back_reference(texts, self.according, after_document=document)
        inner = back is None
        if inner:
            back = inner_back_reference(texts, self.according)
        if back is None or any(w.inq for w in words):
            return None
        if any(lemma != "wollen" for _, lemma, _ in self.find_cues(words)):
            return None  # "Danach erklärte der Minister, …": its own speech verb
        last = quotes[-1] if quotes else None
        if document and state.chain is not None:
            speaker, role = state.chain[0], state.chain[1]  # "X legte einen Bericht vor."
        elif last is not None and last.speaker and si - last.sentence_index <= 2:
            speaker, role = last.speaker, last.speaker_role
        elif state.chain is not None and si - state.chain[2] <= 2 and state.chain[0]:
            speaker, role = state.chain[0], state.chain[1]
        else:
            return None
        start = 0 if inner else back.end  # "Die Zahl stieg demnach …": the whole sentence
        return self._make(
            words, (start, len(words)), speaker, role, back.marker, si, text, marker=True
        )

    def _with_open_quote_heads(
        self, sentences: list[SentenceInput], quotes: list[Quote], text: str
    ) -> list[Quote]:
        """„A. B.“, sagte X: the sentences of a quotation before the one that names the
        speaker get the speaker of the quotation's attributed sentence, also when the running
        speaker of the statement before the quotation had taken them ("…, sagte Berg. „A.
        B.“, sagte Roth": A is Roth's), and when "so X" closes it (an according-to quote).
        Returns all quotes, the superseded ones left out."""
        by_sentence: dict[int, Quote] = {}
        at: dict[int, list[Quote]] = {}
        for q in quotes:
            at.setdefault(q.sentence_index, []).append(q)
            if q.kind in ("direct", "mixed", "according_to") and q.speaker:
                by_sentence.setdefault(q.sentence_index, q)
        heads: dict[int, Quote] = {}
        nxt: Quote | None = None
        for si in range(len(sentences) - 1, -1, -1):
            words = sentences[si].words
            if not words:
                nxt = None
                continue
            if (
                nxt is not None
                and _ends_open(words)
                and sentences[si].section == "report"
                and _free_for(at.get(si, []), nxt)
            ):
                head = self._make(
                    words, (0, len(words)), nxt.speaker or "", nxt.speaker_role, None, si, text
                )
                if head is not None:
                    heads[si] = head
            nxt = (heads.get(si) or by_sentence.get(si)) if words[0].inq else None
        return [q for q in quotes if q.sentence_index not in heads] + list(heads.values())

    def _colon_quote(
        self, words: Sequence[Word], state: DocState, si: int, text: str
    ) -> Quote | None:
        """ "Punkrockerin Nina Hagen zur neuen Heimat: „…“": a direct quote after a colon whose
        clause opens with a person or organisation, even without a speech verb."""
        texts = [w.text for w in words]
        n = len(texts)
        colon = next((k for k in range(1, n - 2) if texts[k] == ":" and not words[k].inq), None)
        if colon is None:
            return None
        s = 0
        while s < colon and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        if statement_head(texts, s, colon):  # "Sein Fazit: …", "Die Antwort lautete: …"
            return self._headed_colon_quote(words, state, si, text, colon)
        if not (texts[colon + 1] in QUOTE_CHARS and words[colon + 2].inq):
            return None
        if state.chain is not None and self._reported_head(words[:colon]):
            return None  # "Sachsen sei Polen dankbar: „…“": the running speaker's report
        np = self._np(texts, s, colon)
        if (
            np is None
            and texts[s] in ("Zitat", "Zitate")
            and s + 2 < colon
            and texts[s + 1] in ("von", "des")
        ):
            np = self._np(texts, s + 2, colon)
        if np is None or (np.kind == "description" and not (np.org or is_role(np.name.split()[0]))):
            return None
        if np.kind == "pronoun" and not state.persons:
            return None
        speaker, role = self._resolve(Attribution(np, ":", (0, 0)), state, words)
        if speaker is None:
            return None
        return self._make(words, (colon + 1, n), speaker, role, None, si, text, mention=np.mention)

    def _reported_head(self, head: Sequence[Word]) -> bool:
        """Whether the clause before a colon is itself reported speech: the finite verb of
        its main clause is a Konjunktiv I form outside quotation marks ("Sachsen sei Polen
        dankbar: „…“", "Die Stadt habe viel gelernt: „…“"). Its subject is what the running
        speaker talks about, not who speaks the quotation after the colon, so the sentence
        is left to the continuation of the running statement. Not a Konjunktiv I in a
        clause of its own ("…, wandte sich gegen die Behauptung, die Sorte werde …: „…“")."""
        texts = [w.text for w in head]
        return any(not head[k].inq and _verb_konj1(self, texts, k) for k in main_verb_slots(texts))

    def _headed_colon_quote(
        self, words: Sequence[Word], state: DocState, si: int, text: str, colon: int
    ) -> Quote | None:
        """The quote after a statement head ("Ihre Botschaft: …"): the running speaker's
        when the statement ran in this or the previous sentence of the paragraph, else that
        of a person the sentence before introduced; None with neither (no one to point to),
        and None after a question ("Die Antwort lautete: …" is the asked one's, not the
        asker's)."""
        chain, intro = state.chain, state.introduced
        if state.quotes and state.quotes[-1].act == "question":
            return None
        if chain is not None and si - chain[2] <= 1 and state.paragraph == state.chain_paragraph:
            speaker, role = chain[0], chain[1]
        elif intro is not None and si - intro[2] == 1:
            speaker, role = intro[0], intro[1]
        else:
            return None
        return self._make(words, (colon + 1, len(words)), speaker, role, None, si, text)
