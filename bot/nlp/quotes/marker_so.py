"""The "so" marker after a statement: "…, so Rodrigo Rato.", "…, so die Studie", "…, so
urteilte der Politologe X.": the source must close the clause (adjuncts aside), else "so"
opens a clause of its own.
"""

from __future__ import annotations

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.grammar import PREPOSITIONS, RELATIVE
from bot.nlp.quotes.marker_sources import SourcePhrases
from bot.nlp.quotes.model import MarkerHit
from bot.nlp.speakers import DETS, INDEF, POSSESSIVE

# the closed words an adjunct after "so X" may hold ("so der Minister gegenüber der Zeitung
# am Montag in Berlin"); its adverbs are data (MarkerWords.adjuncts)
ADJUNCT_GRAMMAR = PREPOSITIONS | DETS | INDEF | POSSESSIVE | frozenset({"des", "der", "vom", "und"})
MAX_ADJUNCT = 12
ABOUT_SOURCE = RELATIVE | frozenset({"als", "nachdem", "bevor", "während", "wo"})


def adjunct_tail(texts: list[str], a: int, end: int, adverbs: frozenset[str]) -> int | None:
    """Where the adjuncts after the source of "…, so X" end (the sentence end or a comma;
    `a` itself when none follow), when everything between is prepositional or nominal: then
    X closes the clause and the adjuncts belong to the marker, not to the statement. None
    when a word may be a verb."""
    k = a
    while k < end and texts[k] != ",":
        t = texts[k]
        low = t.lower()
        plain = t[:1].isupper() or not t[:1].isalpha() or low in ADJUNCT_GRAMMAR or low in adverbs
        if k - a >= MAX_ADJUNCT or not (plain or _adjective_like(t)):
            return None
        k += 1
    return k


def about_source(texts: list[str], k: int, end: int) -> bool:
    """Whether the clause after the comma at k tells about the source or the moment of
    speaking ("…, so X, der …", "…, so X, als …") rather than continuing the statement."""
    return k + 1 < end and texts[k] == "," and texts[k + 1].lower() in ABOUT_SOURCE


def so_verb(texts: list[str], k: int, end: int, verbs: frozenset[tuple[str, ...]]) -> int:
    """How many words from k form a verb of "…, so urteilte X" / "so sieht es X" (0: none)."""
    for n in (2, 1):
        if k + n < end and tuple(t.lower() for t in texts[k : k + n]) in verbs:
            return n
    return 0


class SoMarkers(SourcePhrases):
    """ "…, so X" and "…, so VERB [es] X"."""

    def _so(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "…, so Rodrigo Rato.", ", so die Studie", ", so das Ergebnis einer Studie der X"."""
        verb = so_verb(texts, i + 1, end, self.according.words.so_verbs)
        if verb:
            return self._so_verb_source(texts, i, i + 1 + verb, end)
        cand = self._np(texts, i + 1, end)
        if cand is None or (cand.kind == "description" and not cand.org):
            cand = (
                self._document_source(texts, i + 1, end)
                or self._document_itself(texts, i + 1, end)
                or cand
            )
        if cand is None or cand.kind == "pronoun":
            return None
        tail = adjunct_tail(texts, cand.end, end, self.according.words.adjuncts)
        if tail is not None and about_source(texts, tail, end):
            return cand, (i, end), "so"  # "…, so X, der den Plan lange fordert": about X
        if tail is not None and tail > cand.end:
            return cand, (i, tail), "so"  # "…, so X gegenüber der Zeitung Y am Montag."
        close = (
            cand.end >= end
            or any(t in (",", ".") for t in texts[cand.end : cand.end + 5])
            or (all(t not in (",",) for t in texts[cand.end : end]) and end - cand.end <= 8)
        )
        return (cand, (i, cand.end), "so") if close else None

    def _so_verb_source(self, texts: list[str], i: int, k: int, end: int) -> MarkerHit | None:
        """ "…, so urteilte der Politologe X.", "…, so formulierte es der Kanzler am Montag.":
        the source after the verb must close the sentence (adjuncts aside), else "so" opens
        a clause of its own ("…, so urteilte das Gericht über den Fall"). A focus particle
        may stand before the source ("so sieht es auch die Regierung")."""
        cue = " ".join(texts[i:k])
        if k < end and texts[k].lower() in self.according.words.focus:
            k += 1
        cand = self._np(texts, k, end)
        if cand is None or cand.kind == "pronoun" or cand.start != k:
            return None
        tail = adjunct_tail(texts, cand.end, end, self.according.words.adjuncts)
        if tail is None or tail < end:
            return None
        return cand, (i, end), cue
