"""Figures whose measured thing is named in the sentence before, and sources in the nominative.

"Die Schäden sind höher als angenommen. Das Landratsamt beziffert sie auf mehr als 300
Millionen Euro." The amount measures "sie", the damage of the sentence before; the Landratsamt
is who estimates it. And a source found in the genitive ("nach Schätzungen des Landratsamts")
is one source with the nominative form ("Landratsamt"), or a topic would list it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from bot.nlp.figures import rules as R
from bot.nlp.figures.lemmas import noun_lemma
from bot.nlp.figures.lexicon import is_estimate_verb
from bot.nlp.figures.phrases import is_noun
from bot.nlp.plurals import nominative_plural

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_object_pronouns.tsv"
MIN_GENITIVE_LEN = 7  # shorter words ending in -s are names ("Thomas") more often than nouns

Lemmatize = Callable[[str], str | None]


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@cache
def _pronouns() -> frozenset[str]:
    lines = _LEXICON.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def pronoun_object(toks: Sequence[_HasText], first: int, lemmatize: Lemmatize) -> bool:
    """Whether the figure starting at token `first` is what an estimate verb's pronoun object
    is estimated at ("beziffert sie inzwischen auf mehr als 300 Millionen Euro")."""
    k = first - 1
    while k > 0 and toks[k].text[:1].islower() and toks[k].text.lower() != "auf":
        k -= 1
    if k <= 0 or toks[k].text.lower() != "auf":
        return False
    verb = next(
        (j for j in range(k - 1, -1, -1) if is_estimate_verb(toks[j].text, lemmatize)), None
    )
    if verb is None:
        return False
    between = [t.text for t in toks[verb + 1 : k]]
    return any(w in _pronouns() for w in between) and not any(w[:1].isupper() for w in between)


def antecedent(previous: Sequence[_HasText]) -> str | None:
    """The subject noun of the sentence before ("Die Schäden durch das Hochwasser sind …" ->
    "Schäden"): its first noun, when the sentence opens with it (article, adjectives)."""
    for tok in previous:
        word = tok.text
        if word[:1].isupper() and is_noun(word) and word.lower() not in R.DETERMINERS:
            return word
        if not (word.lower() in R.DETERMINERS or word[:1].islower()):
            return None
    return None


def nominative_source(source: str | None, lemmatize: Lemmatize) -> str | None:
    """A one-word source in the nominative when it was found in the genitive
    ("Landratsamts" -> "Landratsamt", "Wetterdienstes" -> "Wetterdienst"): only when the
    lemma table, for the word or its compound's last part, removes exactly the -s or -es."""
    if not source:
        return source
    if " " in source:
        return source  # "Roten Kreuzes": its adjective would stay in the genitive
    last = source
    if last.endswith("n") and last[:1].isupper():
        return nominative_plural(last, lemmatize)  # "von Anwohnern" -> "Anwohner"
    if len(last) < MIN_GENITIVE_LEN or not last.endswith("s") or not last[:1].isupper():
        return source
    lemma = noun_lemma(last, lemmatize)
    if lemma is None or lemma not in (last[:-1], last[:-2]):
        return source
    return lemma
