"""Noun lemmas for figure subjects, from spaCy's German lookup table (read once per process).

Two reports of one thing word it in singular and plural ("Soforthilfe", "Soforthilfen"); the
subject key groups by the lemma of the subject's head noun so they are one topic. Compounds
the table lacks are lemmatised by their longest known last part ("Soforthilfen" via "Hilfen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp.lemma_lookup import MEMO_WORDS as MEMO_WORDS
from bot.nlp.lemma_lookup import Lemmatize as Lemmatize
from bot.nlp.lemma_lookup import lookup_table as lookup_table
from bot.nlp.lemma_lookup import memo_lemmatize as memo_lemmatize
from bot.nlp.lemma_lookup import table_lemmatize as table_lemmatize

MIN_COMPOUND_PART = 3


def noun_lemma(word: str, lemmatize: Lemmatize) -> str | None:
    """The table's noun lemma of the word, else of its compound's longest known last part
    ("Landratsamts" -> "Landratsamt"); None when neither is known as a noun."""
    found = lemmatize(word)
    if found and found[:1].isupper():
        return found
    singular = umlaut_singular(word, lemmatize)
    if singular is not None:
        return singular
    for k in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART):
        tail = word[k].upper() + word[k + 1 :]
        lemma = lemmatize(tail)
        if lemma and lemma[:1].isupper():
            return word[:k] + lemma.lower()
    return None


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})


def umlaut_singular(word: str, lemmatize: Lemmatize) -> str | None:
    """The singular of an umlaut plural the table lacks ("Löhne" -> "Lohn", "Stürmen" ->
    "Sturm"): the word without its plural ending and umlaut, when the table knows that as a
    noun of its own; None otherwise."""
    if not any(c in word for c in "äöüÄÖÜ"):
        return None
    for ending in ("en", "e", "er", "ern"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)].translate(_UMLAUTS)
            if lemmatize(base) == base and base[:1].isupper():
                return base
    return None


def key_noun(word: str) -> str:
    """The form of a head noun a subject key uses: its lemma, or the word when unknown."""
    return noun_lemma(word, table_lemmatize()) or word


_INFLECTED_ENDINGS = ("e", "en", "n", "er", "ern", "nen", "es")
_LAST_VOWEL_RE = re.compile(r"(au|[aouAOU])([^aeiouäöüAEIOUÄÖÜ]*)$")
_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü", "au": "äu", "A": "Ä", "O": "Ö", "U": "Ü"}
MIN_COMMON_TAIL = 5  # "Mund", "Burg", "Land", "Furt": short tails of place names say nothing


def _inflects(word: str, lemmatize: Lemmatize) -> bool:
    """Whether the table knows a plural or case form of `word` ("Kontakte", "Städte",
    "Verdachtes") that leads back to it: the mark of a common noun. A place name inflects at
    most with the genitive -s ("Dortmunds"), which is not asked for."""
    forms = [word + e for e in _INFLECTED_ENDINGS]
    m = _LAST_VOWEL_RE.search(word)
    if m:
        umlaut = word[: m.start()] + _UMLAUT_OF[m.group(1)] + m.group(2)
        forms += [umlaut + e for e in ("e", "en", "er", "ern")]
    return any(lemmatize(f) == word for f in forms)


@lru_cache(maxsize=4096)
def is_common_noun(word: str, lemmatize: Lemmatize, place_tails: frozenset[str]) -> bool:
    """Whether a capitalised word is a common noun rather than a name: it inflects like one,
    or it is a compound whose last part of five letters or more does ("Telefonkontakt",
    "Zivilkleidung") and is not a part place names end in (`place_tails`: "Darmstadt",
    "Ludwigshafen"). "in Telefonkontakt" is then no place the way "in Dortmund" is.
    Cached (a pure function of its arguments): each call asks the table for up to a dozen
    forms of every compound tail, and the figure rules ask about the same words again."""
    if _inflects(word, lemmatize):
        return True
    lemma = noun_lemma(word, lemmatize)
    if lemma is not None and lemma != word:
        return True  # an inflected form: "Autos", "Magensonden", "Entwicklungsländer"
    if "-" in word:  # "FSG-Hand" is a hand, "Guatemala-Stadt" a town
        tail = word.rsplit("-", 1)[1]
        return tail not in place_tails and is_common_noun(tail, lemmatize, place_tails)
    for k in range(MIN_COMPOUND_PART, len(word) - MIN_COMMON_TAIL + 1):
        tail = word[k].upper() + word[k + 1 :]
        if tail not in place_tails and _inflects(tail, lemmatize):
            return True
    return False
