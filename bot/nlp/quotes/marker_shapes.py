"""The shapes of the words around an according-to marker's source: the attributes before it
("ersten offiziellen Angaben zufolge", "Einem am Montag veröffentlichten Bericht zufolge"),
the adjectives after "nach", compound report nouns, a time phrase after the report noun.

Pure functions over a sentence's word texts; the word lists they need are passed in (see
`MarkerWords`), so that they stay data, not branches.
"""

from __future__ import annotations

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.grammar import PREPOSITIONS

OWN = frozenset({"eigene", "eigenen", "eigener", "eigenem"})
ATTRIBUTE_DETS = frozenset({"dem", "der", "den", "einem", "einer", "einen"})


def compound_report(low: str, heads: tuple[str, ...]) -> str | None:
    """The source part of a compound report noun ("medien" of "medienberichten"), or None;
    at least three letters, so that "berichten" alone is no compound."""
    for head in heads:
        if low.endswith(head) and len(low) - len(head) >= 3:
            return low[: -len(head)].rstrip("-")
    return None


def after_adjectives(texts: list[str], k: int, end: int, dets: frozenset[str]) -> int:
    """The index after a determiner and up to three inflected adjectives ("nach einer
    dänischen Studie", "nach israelischen Militärangaben"): where the report noun stands."""
    first = k
    if k < end and texts[k].lower() in dets:
        k += 1
    while (
        k < end
        and k <= first + 3
        and texts[k][:1].islower()
        and texts[k].isalpha()
        and texts[k].endswith(("e", "en", "er", "em"))
    ):
        k += 1
    return k


def attributes_before(texts: list[str], s0: int, hedges: frozenset[str]) -> int:
    """The start of the article-less attributes before a source phrase at s0: "ersten
    offiziellen Angaben zufolge", "nicht näher genannten Quellen zufolge"."""
    while s0 > 0 and (texts[s0 - 1][:1].islower() or s0 == 1) and _modifier(texts[s0 - 1]):
        s0 -= 1  # lower case inside the sentence: "Ersten" opens it, "Chinesischen" names
    while s0 > 0 and texts[s0 - 1].lower() in hedges:
        s0 -= 1
    return s0


def _modifier(word: str) -> bool:
    """An adjective, or a participle with "ge" ("genannten", "gut unterrichteten",
    "vorgestellten"): a finite verb in "-ten" ("konnten", "meldeten") has none."""
    low = word.lower()
    return (
        _adjective_like(word)
        or low in OWN
        or (
            word.isalpha()
            and len(low) > 6
            and low.endswith(("ten", "tem", "ter"))
            and "ge" in low[:6]
        )
    )


def _attributive(word: str) -> bool:
    """An inflected adjective or participle ("veröffentlichten", "vorgelegten", "neuen",
    "ansässigen")."""
    return _adjective_like(word) or (
        word.isalpha()
        and len(word) > 6
        and word.endswith(("ten", "tem", "ter", "enen", "enem", "igen", "igem", "iger"))
    )


def attribute_start(texts: list[str], s0: int) -> int:
    """The article opening an extended attribute before a source phrase starting at s0 with
    a participle ("Einem am Montag veröffentlichten Bericht der UN zufolge"): the article
    and the prepositional phrase before the participle belong to the marker, not to the
    statement. s0 unchanged when no such attribute stands before it."""
    if not (0 < s0 < len(texts) and texts[s0][:1].islower() and _attributive(texts[s0])):
        return s0
    for j in range(s0 - 1, max(-1, s0 - 7), -1):
        low = texts[j].lower()
        if low in ATTRIBUTE_DETS and j + 1 < s0 and texts[j + 1].lower() in PREPOSITIONS:
            return j
        if not (texts[j][:1].isupper() or texts[j].isdigit() or low in PREPOSITIONS):
            return s0
    return s0


def attribute_end(texts: list[str], k: int, end: int) -> int:
    """After an article at k, the end of an extended attribute (where its noun stands): a prepositional phrase of
    up to four words and a participle ("einer am Dienstag veröffentlichten Mitteilung",
    "dem vom Ministerium vorgelegten Bericht"); k itself when none stands there. The
    participle must be followed by a capitalised noun, so "einem am Montag" alone is none.
    A place in the phrase may be listed with commas ("der in West Richland, Washington,
    ansässigen Firma")."""
    if not (k + 2 < end and texts[k].lower() in ATTRIBUTE_DETS):
        return k
    if texts[k + 1].lower() not in PREPOSITIONS:
        return k
    for m in range(k + 2, min(end - 1, k + 9)):
        if texts[m][:1].islower() and _attributive(texts[m]) and texts[m + 1][:1].isupper():
            return m + 1
        low = texts[m].lower()
        if low == "," and (texts[m + 1][:1].isupper() or _attributive(texts[m + 1])):
            continue  # "der in West Richland, Washington, ansässigen Firma": a place list
        if not (
            texts[m][:1].isupper() or low[:1].isdigit() or low in ATTRIBUTE_DETS | PREPOSITIONS
        ):
            return k
    return k


def time_after(texts: list[str], k: int, end: int, time_nouns: frozenset[str]) -> int | None:
    """The end of a time phrase "vom späten Abend", "von Montag", "vom 3. Mai", "vom Sommer
    2011" at k, or None."""
    if not (k < end and texts[k] in ("vom", "von")):
        return None
    m = k + 1
    while m < end and m <= k + 3 and (texts[m][:1].islower() or texts[m][:1].isdigit()):
        m += 1  # "späten", "3."
    if m < end and texts[m].lower() in time_nouns:
        year = m + 1 < end and texts[m + 1].isdigit() and len(texts[m + 1]) == 4
        return m + 2 if year else m + 1  # "vom Sommer 2011"
    return None


def noun_head(word: str) -> bool:
    """A noun by its spelling: capitalised, or a compound whose last part is ("ai-Bericht",
    "dpa-Meldung": a lower-case acronym may open a German compound noun)."""
    if word[:1].isupper():
        return True
    head = word.rsplit("-", 1)[-1] if "-" in word else ""
    return word[:1].isalpha() and head[:1].isupper() and head.isalpha()
