"""A noun in the dative plural shown in the nominative: "laut Anwohnern" -> "Anwohner",
"von Ärzten" -> "Ärzte", "den Beobachtern" -> "Beobachter".

A source is named in any case, but one group must be one source wherever it is named ("Laut
Anwohnern …" and "Die Anwohner sagten …"), and a reply reads as German only in the nominative.
The quote rules, the figure rules and the role phrases all ask this one function, so that the
three never disagree on a word. It reads spaCy's German lemma table (forms, not cases) and
decides a word in "-n" by what the table lists beside it:
- "-ern"/"-eln": a dative plural when the form without "-n" is the same noun's plural
  ("Kindern" -> "Kinder", "Müttern" -> "Mütter") or when the noun's plural is its singular, as
  a genitive "-s" in the table shows ("Anwohners": "Anwohnern" -> "Anwohner"). A feminine noun
  has no such "-s" ("Schwestern", "Regeln" stay), nor a singular ending alike ("Konzern"); the
  few masculine nouns with both ("Bauern", "Bayern") are lines of noun_plurals_in_n.txt.
- "-en": a dative plural when the form without "-n" is a plural of the same noun that is no
  lemma itself ("Ärzten" -> "Ärzte"; "Experten", "Behörden" stay) and not the old dative
  singular "-e" ("Staaten" stays, as "Staate" is "Staat" plus "-e"). Plurals that are their
  singular plus "-e" are endings of quote_unnamed_dative.tsv ("Stadtwerken" -> "Stadtwerke").
A compound the table lacks is read by its longest known last part ("Wahlbeobachtern").
"""

from __future__ import annotations

from functools import cache

from bot.nlp.lemma_lookup import Lemmatize, table_lemmatize
from bot.nlp.lexicons import rows, words

MIN_WORD = 5  # "Ämtern" is the shortest dative plural worth reading; shorter -n words rarely are
MIN_PREFIX = 3  # the first part of a compound read by its last part ("Wahl|beobachtern")
MIN_TAIL = 5  # a last part shorter than this says nothing ("Stern" in "Konzern" is no tail)


@cache
def _plurals_in_n() -> tuple[str, ...]:
    return tuple(w + "n" for w in words("noun_plurals_in_n.txt"))


@cache
def _dative_endings() -> tuple[tuple[str, str], ...]:
    return tuple((r[0].lower(), r[1].lower()) for r in rows("quote_unnamed_dative.tsv"))


def nominative_plural(word: str, lemmatize: Lemmatize | None = None) -> str:
    """The nominative plural of `word` when it can only be a dative plural, else `word` as
    written (a nominative or a singular, a name, a word the table does not know)."""
    if len(word) < MIN_WORD or not word[:1].isupper() or not word.endswith("n") or "-" in word:
        return word
    low = word.lower()
    for dative, nom in _dative_endings():
        if low.endswith(dative):
            return word[: len(word) - len(dative)] + nom
    if low.endswith(_plurals_in_n()):
        return word
    read = lemmatize or table_lemmatize()
    for k in range(0, len(word) - MIN_TAIL + 1):
        if 0 < k < MIN_PREFIX:
            continue
        part = word[k:] if k == 0 else word[k].upper() + word[k + 1 :]
        lemma = read(part)
        if lemma and lemma[:1].isupper():
            return word[:-1] if _is_dative_plural(part, lemma, read) else word
    return word


def _is_dative_plural(part: str, lemma: str, read: Lemmatize) -> bool:
    """Whether `part`, a form the table lists with `lemma`, is that noun's dative plural."""
    stem = part[:-1]
    if part.endswith(("ern", "eln")):
        if stem != lemma:
            return read(stem) == lemma  # "Kindern": "Kinder" is a plural of "Kind"
        return read(stem + "s") == lemma  # "Anwohnern": "Anwohners" -> plural = singular
    if not part.endswith("en") or not stem.endswith("e") or stem == lemma:
        return False
    return read(stem) == lemma and stem[:-1] != lemma
