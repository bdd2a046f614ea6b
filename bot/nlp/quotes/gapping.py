"""Gapping: two speakers share one speech verb. "Die Staatsanwaltschaft hatte sechs Jahre Haft
gefordert, die Verteidigung eine Strafe von höchstens drei Jahren" says that the defence
demanded three years: the verb of the second conjunct is left out because it is the first
one's. Court and strike reports use the shape all the time ("Die Anklage forderte vier Jahre,
die Verteidigung einen Freispruch"; "Die Gewerkschaft verlangt acht Prozent, die Arbeitgeber
drei"). Without this reading the first speaker's content ran on over the comma (or, with a
verb-final cue, was only the second conjunct) and the second speaker said nothing.

A gapped conjunct is recognised by its words alone: after the comma a subject that can open a
sentence, then an object, and no verb, Konjunktiv, clause opener or quotation of its own. An
apposition to the object ("einen Rücktritt, die einzig richtige Konsequenz") has one noun
phrase only, or goes on with a preposition or a genitive, and is left alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from bot.nlp.lemma_lookup import table_lemmatize
from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.colon_reports import CueAttribution
from bot.nlp.quotes.grammar import BOUNDARY, DETS_LOWER, PREPOSITIONS, QUOTE_CHARS, SUBORDINATORS
from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution

SENTENCE_END = frozenset({".", "!", "?"})

# articles and possessives that open a nominative subject ("die Verteidigung", "seine
# Anwältin"); "den", "dem", "des" open objects and genitives only
SUBJECT_OPENERS = frozenset(
    {"der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre", "beide", "alle"}
)
# words after the subject that join it to more of itself, never start the gapped object
SUBJECT_GOES_ON = frozenset({"und", "oder", "sowie", "des", "der", "eines", "einer", "als"})
# finite auxiliaries and modals (closed class): a conjunct holding one has a verb of its own
FINITE_AUXILIARIES = frozenset(
    {"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "wird", "werden"}
    | {"wurde", "wurden", "werde", "würde", "hat", "haben", "habe", "hatte", "hatten"}
    | {"will", "wolle", "wollen", "soll", "solle", "sollen", "kann", "könne", "können"}
    | {"muss", "müsse", "müssen", "darf", "dürfe", "dürfen", "möchte", "möchten"}
)
# the shortest object after the subject: one word ("einen Freispruch" is two)
MIN_OBJECT = 1
# a gapped conjunct is short; a long tail after a comma is a clause the chunker cannot read
MAX_CONJUNCT = 14


def gapped_conjunct(
    texts: Sequence[str],
    b: int,
    end: int,
    np_at: Callable[[int, int], NP | None],
    is_verb: Callable[[str], bool],
) -> tuple[NP, int] | None:
    """The subject of a gapped conjunct after the comma at `b` and where its object starts,
    or None when the words after the comma are no such conjunct. `np_at(i, end)` reads a
    speaker noun phrase, `is_verb(word)` tells a lower-case verb form."""
    if not (b + 1 + 1 + MIN_OBJECT <= end <= b + 1 + MAX_CONJUNCT and texts[b] == ","):
        return None
    rest = texts[b + 1 : end]
    if any(t in BOUNDARY or t in QUOTE_CHARS or t.lower() in SUBORDINATORS for t in rest):
        return None
    if any(t[:1].islower() and t not in DETS_LOWER and is_verb(t) for t in rest):
        return None
    first = texts[b + 1]
    if not (first.lower() in SUBJECT_OPENERS or (first[:1].isupper() and first[1:].islower())):
        return None
    np = np_at(b + 1, end)
    if np is None or np.kind == "pronoun" or np.start != b + 1 or np.end >= end:
        return None
    k = np.end
    if texts[k].lower() in SUBJECT_GOES_ON or texts[k].lower() in PREPOSITIONS:
        return None
    if not any(t[:1].isupper() or t[:1].isdigit() for t in texts[k:end]):
        return None  # "die Verteidigung ebenfalls": no object to report
    return np, k


def verb_test(
    lemmatize: Callable[[str], str | None],
    verbs: frozenset[str],
    konj1: Callable[[str], bool],
) -> Callable[[str], bool]:
    """Whether a lower-case word is a verb form: a finite auxiliary or modal, a Konjunktiv I
    form, or a word whose lemma (or itself) is an infinitive of the lemma tables."""

    def is_verb(word: str) -> bool:
        low = word.lower()
        if low in FINITE_AUXILIARIES or konj1(word):
            return True
        lemma = lemmatize(word)
        return low in verbs or (lemma is not None and lemma in verbs)

    return is_verb


class Gapping(RulesBase):
    """The gapped conjunct of a cue's clause, read with the rules' noun phrases and verb
    tables: the cue's content stops at its comma (quotes/content.py) and the conjunct's
    subject says the conjunct's object with the same cue (`gapped_partners`)."""

    @cached_property
    def _is_verb(self) -> Callable[[str], bool]:
        return verb_test(table_lemmatize(), self.verbs, self.is_konj1)

    def gapped(self, texts: list[str], b: int, end: int) -> tuple[NP, int] | None:
        """The subject and object start of a gapped conjunct after the comma at `b`."""
        return gapped_conjunct(
            texts, b, end, lambda i, e: self._np(texts, i, e, allow_apposition=False), self._is_verb
        )

    def gapped_partners(
        self, found: list[CueAttribution], texts: list[str]
    ) -> list[CueAttribution]:
        """The found cue attributions and, after each whose clause a gapped conjunct ends,
        the conjunct's subject saying its object with the same cue and act."""
        end = len(texts)
        while end > 0 and texts[end - 1] in SENTENCE_END:
            end -= 1
        out: list[CueAttribution] = []
        for c, at in found:
            out.append((c, at))
            if at.marker or at.focus or at.backref or at.np is None:
                continue
            b = max(at.content[1], c + 1)
            if b < end and texts[b] != "," and at.particle_at == b:
                b += 1  # "kündigte Hilfen an, die Opposition Widerstand"
            gap = self.gapped(texts, b, end) if b < end else None
            if gap is not None:
                partner = Attribution(gap[0], at.cue, (gap[1], end), act=at.act)
                partner.cue_at, partner.particle_at = at.cue_at, at.particle_at
                out.append((c, partner))
        return out
