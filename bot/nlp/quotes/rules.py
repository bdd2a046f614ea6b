"""All quote rules; one instance per pipeline (holds the lexicon and the lemma set).
Each stage is a class of its own module; this one runs them sentence by sentence.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence

from bot.models import Quote
from bot.nlp.quotes.clauses import Clauses
from bot.nlp.quotes.colon_reports import split_at_colon
from bot.nlp.quotes.continuation import Continuations
from bot.nlp.quotes.markers import Markers, without_wie_aus_verbs
from bot.nlp.quotes.model import Attribution, DocState, SentenceInput, Word
from bot.nlp.quotes.quoted_names import merge_quoted_names
from bot.nlp.quotes.records import (
    _canonicalise,
    _non_speaker,
    _not_self_accused,
    complete_elliptic,
    without_short_parentheses,
)
from bot.nlp.speakers import NP

CHAIN_GAP = 1


def _surnames(persons: Sequence[tuple[str, str | None, str | None]]) -> frozenset[str]:
    """The last words of the full names introduced so far ("Juan Williams" -> "Williams"):
    a later bare "Williams" is that person even though the lemma table knows it as a noun."""
    return frozenset(name.split()[-1] for name, _, _ in persons if " " in name)


def _new_person(state: DocState, known: int) -> bool:
    """Whether the sentence just read named a person other than the running speaker: after
    "Auch die Fraktionschefin Renate Künast äußerte sich kritisch." a Konjunktiv sentence is
    hers, not the previous speaker's."""
    running = state.chain[0] if state.chain else ""
    return any(
        name != running and name.split()[-1] not in running for name, _, _ in state.persons[known:]
    )


def _one_report(attrs: list[Attribution], unnamed: Callable[[NP], bool]) -> list[Attribution]:
    """A nested report is one statement: "Der Sender berichtet unter Berufung auf einen
    Wärter, dass …" is the named medium's quote when the cited source is unnamed (a named
    cited source keeps its own quote; alone, an unnamed one still makes one)."""
    if not any(not at.marker and not at.focus for at in attrs):
        return attrs
    return [at for at in attrs if not _unnamed_citation(at, unnamed)]


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


class QuoteRules(Clauses, Markers, Continuations):
    """All quote rules; one instance per pipeline (holds the lexicon and the lemma set).
    Each stage is a class of its own module; this one runs them sentence by sentence."""

    # ---- the whole document -----------------------------------------------------------
    def run(self, sentences: list[SentenceInput], text: str) -> list[Quote]:
        """All quotes of a document, read by a copy of the rules of its own: the copy learns
        the document's surnames (`surnames`), the shared instance stays unchanged."""
        return copy.copy(self)._run(sentences, text)

    def _run(self, sentences: list[SentenceInput], text: str) -> list[Quote]:
        """All quotes of a document, sentence by sentence, with the running speaker
        (Konjunktiv continuation) and the persons mentioned so far carried in `state`."""
        quotes: list[Quote] = []
        state = DocState(quotes=quotes)
        prev_words: list[Word] | None = None
        for si, sent in enumerate(sentences):
            words = merge_quoted_names(without_short_parentheses(sent.words), self.name_head)
            if not words:
                continue
            if len(words) <= 8 and words[-1].text not in (".", "!", "?", ":", "“", '"', "«", "»"):
                state.chain = None  # a sub-heading ends any running statement
            else:
                state.paragraph = sent.paragraph
                explicit_only = sent.section in ("commentary", "background", "teaser")
                self.surnames = _surnames(state.persons)
                self.full_names = frozenset(name for name, _, _ in state.persons)
                self._sentence(words, prev_words, si, explicit_only, state, quotes, text)
            prev_words = words
        quotes = self._with_open_quote_heads(sentences, quotes, text)
        quotes.sort(key=lambda q: (q.sentence_index, q.start_char))
        quotes = [complete_elliptic(q) for q in quotes]
        kept = [q for q in quotes if not _non_speaker(q.speaker, self.vocab.non_speakers)]
        return _canonicalise([q for q in kept if self.check.is_somebody(q.speaker)])

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
        words: list[Word],
        prev_words: list[Word] | None,
        si: int,
        explicit_only: bool,
        state: DocState,
        quotes: list[Quote],
        text: str,
    ) -> None:
        """The quotes of one sentence (appended to `quotes`); updates the running speaker."""
        back = self._back_reference(words, quotes, state, si, text)
        if back is not None:
            quotes.append(back)
            state.chain = (back.speaker or "", back.speaker_role, si)
            self.mentions(words, state)
            self._note_statement(words, state, si, len(state.persons), True)
            return
        attrs = self._attributions(words)
        if attrs and all(at.passive and at.act != "accusation" for at in attrs):
            # "Außerdem wird kritisiert, dass … sei": an agentless report continues a running
            # speaker; only without one is its source unnamed
            cont = None if explicit_only else self._continuation(words, state, si, text)
            attrs = [] if cont is not None else attrs
        made, focus = self._quotes_of(attrs, words, prev_words, si, explicit_only, state, text)
        if not made and not explicit_only:
            colon = self._colon_quote(words, state, si, text)
            if colon is not None:
                made.append(colon)
        if not made and not attrs and not explicit_only:
            cont = self._continuation(words, state, si, text)
            if cont is not None:
                made.append(cont)
        known = len(state.persons)
        self.mentions(words, state)
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

    def _attributions(self, words: list[Word]) -> list[Attribution]:
        """Speech-verb attributions (cue by cue, a coordinated cue sharing the subject) and
        according-to markers of one sentence."""
        found: list[tuple[int, Attribution]] = []
        cues = self.find_cues(words)
        prev_np: NP | None = None
        cue_set = frozenset(c for c, _, _ in cues)
        spoken: list[int] = []  # cues that point back ("Das berichten Medien …")
        for c, lemma, cue in cues:
            at = self.attribute(words, c, lemma, cue, prev_np, cue_set)
            if at is not None:
                found.append((c, at))
                prev_np = at.np
                if at.backref:
                    spoken.append(c)
        attrs = [at for _, at in split_at_colon(found, words, self.vocab.spokespersons)]
        attrs.extend(m for m in self.markers(words) if not _cites_for(m, spoken))
        return _one_report(without_wie_aus_verbs(attrs), self._anonymous)

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
        for at in attrs:
            speaker, role = self._resolve(at, state, words)
            self._note_subject(at, speaker, role, state, si)
            if speaker is None or (explicit_only and (at.np is None or at.np.kind == "pronoun")):
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
            return self._make(
                prev_words, rng, speaker, role, at.cue, si - 1, text, force_quoted=True,
                mention=mention,
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
