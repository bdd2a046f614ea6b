"""Compounds of "Zahl" that name what they count: "Die Passagierzahlen der Lufthansa stiegen
auf 3,2 Millionen" says how many passengers there were, as "Die Zahl der Passagiere stieg auf
3,2 Millionen" does, and a bare number in that clause gets the counted noun as its unit and
subject instead of none (a figure without either is listed under no topic). The exceptions,
compounds that count nothing their first part names ("Quartalszahlen", "Reproduktionszahl"),
are lexicon rows (lexicons/figure_count_compounds.tsv)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from bot.nlp.figures.counted import plural_of
from bot.nlp.figures.lemmas import is_common_noun, noun_lemma
from bot.nlp.figures.lexicon import Lemmatize, lexicon
from bot.nlp.figures.phrases import HasText, clause_bounds

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_count_compounds.tsv"
_ENDINGS = ("zahlen", "zahl")
_MIN_PART = 3


@cache
def _rows() -> tuple[frozenset[str], dict[str, str]]:
    """(first parts that count nothing, first part -> counted noun), read once per process."""
    rows = [
        ln.split("\t")
        for ln in _LEXICON.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    never = frozenset(r[1] for r in rows if r[0] == "not")
    counts = {r[1]: r[2] for r in rows if r[0] == "counts"}
    return never, counts


def _first_part(word: str) -> str | None:
    """The part before "zahl(en)" of a one-word compound ("Passagierzahlen" -> "Passagier"),
    or None: "Zahl" alone, lower-case words ("Vielzahl" is a noun, but "Viel" no first part of
    one), hyphenated compounds ("Corona-Zahlen": the first part is a name, not a counted noun)."""
    if "-" in word or not word[:1].isupper():
        return None
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(word) - len(ending) >= _MIN_PART:
            return word[: len(word) - len(ending)]
    return None


def counted_noun(word: str, lemmatize: Lemmatize) -> tuple[str, str] | None:
    """(lemma, plural as written) of what a "-zahl" compound counts: "Passagierzahlen" ->
    ("Passagier", "Passagiere"), "Bettenzahl" -> ("Bett", "Betten"), "Flüchtlingszahlen" ->
    ("Flüchtling", "Flüchtlinge": the linking s dropped), "Todeszahl" -> ("Tote", "Tote": the
    lexicon's row); None when the word is no such compound, its first part is no noun the
    lemma table knows, or one the lexicon excludes ("Quartalszahlen")."""
    part = _first_part(word)
    if part is None:
        return None
    never, counts = _rows()
    for stem in (part, part[:-1] if part.endswith("s") else ""):
        lemma = _lemma(stem, lemmatize)
        if lemma is None:
            continue
        if never & {stem, lemma}:
            return None
        if lemma in counts:
            return counts[lemma], counts[lemma]
        if stem != lemma and lemmatize(stem) == lemma and not stem.endswith("s"):
            return lemma, stem  # the part is the plural already: "Betten", "Mitglieder"
        return lemma, plural_of(lemma, lemmatize)
    return None


def _lemma(stem: str, lemmatize: Lemmatize) -> str | None:
    """The noun lemma of a first part ("Geburten" -> "Geburt", "Besucher" -> "Besucher"),
    or None when the lemma table knows no noun of it."""
    if len(stem) < _MIN_PART:
        return None
    found = noun_lemma(stem, lemmatize)
    if found is not None:
        return found
    return stem if is_common_noun(stem, lemmatize, lexicon().place_tails) else None


def counted_by_compound(
    toks: Sequence[HasText], i: int, lemmatize: Lemmatize
) -> tuple[int, str, str] | None:
    """(index, counted lemma, counted plural) of the "-zahl" compound before token i in its
    clause ("Die Passagierzahlen der Lufthansa stiegen auf 3,2 Millionen": the compound at 1,
    "Passagier", "Passagiere"), or None. The nearest compound before the number counts."""
    a, _ = clause_bounds(toks, i)
    for k in range(i - 1, a - 1, -1):
        found = counted_noun(toks[k].text, lemmatize)
        if found is not None:
            return k, *found
    return None
