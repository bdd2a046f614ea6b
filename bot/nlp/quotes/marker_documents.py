"""Documents that speak: a sentence that introduces a document or data of an owner.

"Das geht aus Zahlen des Bundesamts hervor", "Das ergab eine Umfrage des Instituts", "Zu
diesem Ergebnis kommt eine Analyse der Bank": the document shows what the previous sentence
said, so that sentence is the owner's statement (an according-to quote). "Die Behörde legte
neue Zahlen vor", "Das Ministerium hat einen Bericht vorgelegt": the owner says nothing yet,
but a following "Demnach …" / "Danach …" reports from the document. Either way the owner is
the source the next back-pointing marker names (rules.py keeps it as the running speaker).

The verbs and openings are word classes of lexicons/according_words.tsv (`presenting`,
`pointer`, `shows`); the document nouns are the marker rules' (`_source_doc`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import lru_cache

from bot.models import Quote
from bot.nlp.lexicons import negation_words
from bot.nlp.quotes.grammar import BOUNDARY
from bot.nlp.quotes.marker_shapes import compound_report
from bot.nlp.quotes.marker_sources import SourcePhrases
from bot.nlp.speakers import DETS, INDEF, NP
from bot.nlp.stage_records import Attribution

# how many words (adverbs, a time phrase) may stand between the verb and the document
_REACH = 4
_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätten"})


def document_intro(at: Attribution) -> bool:
    """Whether an attribution is a document introduced by its owner (this module's)."""
    return at.marker and (at.focus or at.backref)


def _entry_at(
    texts: list[str], k: int, end: int, entries: frozenset[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The lexicon entry whose first word stands at k and whose particle (if any) closes the
    clause at `end`: "legte … vor", "geht … hervor"."""
    low = texts[k].lower()
    for entry in entries:
        if entry[0] != low:
            continue
        if len(entry) == 1 or (end > k + 1 and texts[end - 1].lower() == entry[-1]):
            return entry
    return None


def _pointer_end(texts: list[str], pointers: frozenset[tuple[str, ...]]) -> int:
    """The index after an opening that points back ("Das", "Dies", "Zu diesem Ergebnis"),
    or 0 when the sentence opens otherwise. The opening is lower-cased once, as far as the
    longest entry reaches, not once per entry (this runs on every sentence)."""
    if not texts:
        return 0  # nothing opens an empty sentence (an empty entry also gives 0)
    by_first = _by_first_word(pointers)
    if by_first is None:
        return _pointer_end_in(tuple(t.lower() for t in texts[: _longest(pointers)]), pointers)
    entries = by_first.get(texts[0].lower())
    if entries is None:
        return 0  # most sentences: no entry opens with their first word
    return _pointer_end_in(tuple(t.lower() for t in texts[: _longest(pointers)]), entries)


def _pointer_end_in(opening: tuple[str, ...], entries: Iterable[tuple[str, ...]]) -> int:
    for entry in entries:
        n = len(entry)
        if opening[:n] == entry:
            return n
    return 0


@lru_cache(maxsize=8)
def _by_first_word(
    entries: frozenset[tuple[str, ...]],
) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """The entries by their first word, each word's in the set's own order (so the first
    entry that matches is the one a scan of the whole set finds first); None when an empty
    entry, which matches any opening, makes the whole set the one to scan."""
    if () in entries:
        return None
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        out.setdefault(entry[0], []).append(entry)
    return {word: tuple(found) for word, found in out.items()}


@lru_cache(maxsize=8)
def _longest(entries: frozenset[tuple[str, ...]]) -> int:
    return max(map(len, entries), default=0)


@lru_cache(maxsize=8)
def _first_words(entries: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The first words of a lexicon class's entries (read once per class, not per sentence)."""
    return frozenset(e[0] for e in entries)


class DocumentMarkers(SourcePhrases):
    """A sentence introducing a document and its owner (see the module doc)."""

    def _document_intro(self, texts: list[str], end: int) -> Attribution | None:
        found = self._document_shows(texts, end) or self._document_presented(texts, end)
        if found is not None or _pointer_end(texts, self.according.words.pointers) == 0:
            return found
        # "Das geht aus der Statistik des Ministeriums hervor, die am Dienstag vorgestellt
        # wurde": a relative clause after the particle closes the main clause at its comma
        comma = next((k for k in range(2, end) if texts[k] == ","), end)
        return self._document_shows(texts, comma) if comma < end else None

    def _document_shows(self, texts: list[str], end: int) -> Attribution | None:
        """ "Das geht aus Zahlen des Bundesamts hervor", "Dies ergab eine Umfrage des
        Ifo-Instituts": the previous sentence is the statement of the document's owner. Not
        "Das ergab sich aus der Lage" (reflexive) nor a document without an owner."""
        words = self.according.words
        v = _pointer_end(texts, words.pointers)
        if v == 0 or v >= end - 2:
            return None
        entry = _entry_at(texts, v, end, words.shows)
        if entry is None:
            return None
        stop = end - 1 if len(entry) > 1 else end
        m = v + 1
        if texts[m].lower() == "sich":
            return None
        while m < min(stop, v + _REACH) and texts[m][:1].islower():
            if texts[m] == "aus" or texts[m].lower() in DETS | INDEF:
                break
            m += 1  # "Das ergab am Dienstag …", "Das geht auch aus …"
        if m < stop and texts[m] == "aus":
            m += 1
        if any(
            t in BOUNDARY or t.lower() in negation_words("adverb", "determiner", "conjunction")
            for t in texts[v:stop]
        ):
            return None  # "Das geht aus dem Bericht nicht hervor"
        owner = self._document_source(texts, m, stop)
        if not _named_owner(owner):
            return None
        cue = texts[v] + (" aus …" if texts[v + 1 : stop].count("aus") else "")
        cue += f" {entry[-1]}" if len(entry) > 1 else ""
        return Attribution(owner, cue, (0, 0), marker=True, backref=True)

    def _document_presented(self, texts: list[str], end: int) -> Attribution | None:
        """ "Die Bundesagentur legte am Freitag neue Zahlen vor", "Am Montag hat das
        Ministerium einen Bericht vorgelegt": the subject presents a document (an object
        whose noun is a document's); it is the source a following "Demnach" points to. Not
        "Die Polizei legte die Waffen nieder" (no presenting verb, no document)."""
        presenting = self.according.words.presenting
        firsts = _first_words(presenting)
        v = next((k for k in range(1, end) if texts[k].lower() in firsts), None)
        entry = _entry_at(texts, v, end, presenting) if v is not None else None
        if v is None or entry is None:
            return None
        finite = v
        if tuple(t.lower() for t in texts[v:end]) == entry:
            # "hat … vorgelegt", "hat … bekannt gegeben": the auxiliary is finite
            finite = next((k for k in range(v) if texts[k].lower() in _AUXILIARIES), -1)
        if finite < 1:
            return None
        owner, obj = _whole_owner(self._np(texts, 0, finite), texts, finite), finite + 1
        if owner is None or owner.end != finite:
            owner = self._np(texts, finite + 1, end)  # "Am Freitag legte die Behörde …"
            obj = owner.end if owner is not None else end
        if not _named_owner(owner) or owner is None:
            return None
        stop = v if v > finite else end
        if not any(t[:1].isupper() and self._presented_doc(t.lower()) for t in texts[obj:stop]):
            return None
        return Attribution(owner, texts[v], (0, 0), marker=True, focus=True)

    def _presented_doc(self, low: str) -> bool:
        """A document or data, also as a compound ("neue Quartalszahlen", "einen
        Abschlussbericht")."""
        return self._source_doc(low) or compound_report(low, self._doc_heads) is not None

    @property
    def _doc_heads(self) -> tuple[str, ...]:
        return tuple(self.vocab.doc_nouns)


def into_document(
    quotes: list[Quote], first: str, inside: frozenset[str], owner: tuple[str, str | None]
) -> list[Quote]:
    """ "Die Polizei veröffentlichte eine Mitteilung. Darin heißt es, …": right after a
    document was introduced, a sentence opening with a word that points into it (`inside`)
    quotes its owner, not an unnamed source."""
    if first.lower() not in inside:
        return quotes
    speaker, role = owner
    return [
        dataclasses.replace(q, speaker=speaker, speaker_role=role)
        if q.speaker == "anonymous"
        else q
        for q in quotes
    ]


_NAME_LINKS = frozenset({"für", "des", "der", "von", "vom"})


def _whole_owner(np: NP | None, texts: list[str], finite: int) -> NP | None:
    """The subject before the finite verb as a whole where the phrase reader stopped short:
    "Die Bundesagentur für Arbeit" (a "für" name), "Die Schweizer Großbank UBS" (an acronym
    in apposition names the owner)."""
    if np is None or np.start != 0 or np.end >= finite:
        return np
    rest = texts[np.end : finite]
    if len(rest) == 1 and rest[0].isupper() and len(rest[0]) > 1:
        return NP(0, finite, "name", rest[0], None, True, " ".join(texts[:finite]))
    if rest[0] == "für" and all(w[:1].isupper() or w in _NAME_LINKS for w in rest[1:]):
        name = f"{np.name} {' '.join(rest)}"
        return dataclasses.replace(np, end=finite, name=name, mention=" ".join(texts[:finite]))
    return np


def _named_owner(np: NP | None) -> bool:
    """Whether a document's owner names somebody: no pronoun, no unnamed phrase."""
    return np is not None and np.kind not in ("pronoun", "anonymous")


__all__ = ["DocumentMarkers", "document_intro", "into_document"]
