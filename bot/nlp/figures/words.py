"""The tokens, word classes and qualifier phrases the figure rules read: what counts as a
noun, an adjective, a preposition or a unit abbreviation. Shared by the finder, the noun
keys and the source rules, so each reads a word the same way."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from bot.models import Qualifier
from bot.nlp.figures import rules as R
from bot.nlp.figures.lexicon import lexicon
from bot.nlp.numbers import (
    parse_number_word,
)

Lemmatize = Callable[[str], "str | None"]


class Tok(NamedTuple):
    """A token as the rules see it: its text and its character offset."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A figure found in one sentence; offsets are in the tokens' offset base."""

    value: float
    value_max: float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    start: int
    end: int
    is_addition: bool
    first_token: int  # index of the first token of the figure phrase
    number_token: int  # index of the numeral


ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
# A capitalised word; a gendered plural with a star or slash is one too ("Schüler*innen",
# "Ärzt/innen"): bot.nlp.figures.nouns.plain_noun reads its plain noun.
NOUN_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüßÄÖÜ-]*(?:[*/]in(?:nen)?)?$")
_PUNCT = frozenset(',.;:!?()[]"„“”‚‘’«»–—-/')
PREPOSITIONS = frozenset(
    [
        "im",
        "in",
        "am",
        "an",
        "auf",
        "nach",
        "vor",
        "bei",
        "beim",
        "mit",
        "seit",
        "von",
        "vom",
        "aus",
        "für",
        "über",
        "unter",
        "zum",
        "zur",
        "laut",
        "gegen",
        "ohne",
        "durch",
        "um",
        "bis",
        "trotz",
        "wegen",
        "während",
    ]
)
DATIVE_WORDS = frozenset(
    [
        "mit",
        "von",
        "vom",
        "aus",
        "bei",
        "beim",
        "nach",
        "zu",
        "zum",
        "zur",
        "seit",
        "vor",
        "unter",
        "zwischen",
        "in",
        "im",
        "an",
        "am",
        "den",
        "gegenüber",
        "samt",
        "nebst",
    ]
)
OPENING_QUOTES = frozenset('„"‚»«')
QUOTE_CLOSERS = frozenset('"“”’‘»«›')
_NOT_ADJECTIVES = frozenset(
    {
        "sind",
        "seien",
        "waren",
        "wären",
        "haben",
        "hatten",
        "werden",
        "wurden",
        "würden",
        "sollen",
        "sollten",
        "können",
        "könnten",
        "müssen",
        "dürften",
        "mehr",
        "weniger",
        "oder",
        "aber",
        "sowie",
        "denen",
        "deren",
        "diese",
        "dieser",
        "jene",
        "alle",
        "eine",
        "einer",
        "einen",
        "einem",
        "eines",
        "keine",
        "seine",
        "ihre",
        "unsere",
        "davon",
        "daher",
        "insgesamt",
        "allein",
        "weitere",
        "weiteren",
        "beide",
        "beiden",
        "welche",
        "dessen",
        "jener",
        "manche",
        "solche",
    }
)


CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "„", '"', "“", "(", "–", "-"})


def lower_at(toks: Sequence[Tok], i: int) -> str:
    return toks[i].text.lower() if 0 <= i < len(toks) else ""


# A possessive in any case but the genitive plural: after a number it opens a noun phrase of
# its own ("erreichte mit 12.000 ihren Höhepunkt"), while "40.000 ihrer Mitglieder" counts
# the members (a partitive genitive).
_POSSESSIVE_RE = re.compile(r"^(?:mein|dein|sein|ihr|unser|eur|euer)(?:e|en|em|es)$")


def is_adjective(word: str) -> bool:
    return (
        not _POSSESSIVE_RE.match(word)
        and len(word) > 3
        and parse_number_word(word) is None
        and word not in PREPOSITIONS
        and word not in lexicon().non_adjectives
        and bool(ADJ_RE.match(word))
        and word not in _NOT_ADJECTIVES
        and word not in R.DETERMINERS
    )


def is_verb_lemma(word: str, lemmatize: Callable[[str], str | None]) -> bool:
    """Whether a word is a verb's infinitive or plural ("liegen", "stehen"): the lemma of its
    own third person ("liegt" -> "liegen") and no form of anything else. An attributive
    adjective is always inflected, never a lemma ("deutschen" -> "deutsch", "vermissten"), so
    in "auf den Plätzen drei und vier liegen Microsoft mit 532 Milliarden" the verb is no
    modifier of "Microsoft" (shown cut as "liege Microsoft")."""
    if not word.endswith("en") or lemmatize(word) not in (None, word):
        return False
    stem = word[:-2]
    return any(lemmatize(stem + end) == word for end in ("t", "st"))


def _is_noun(word: str) -> bool:
    return (
        bool(NOUN_RE.match(word))
        and word.lower() not in R.MONTH_WORDS
        and word.lower() not in R.PRONOUNS
    )


def noun_after(
    toks: Sequence[Tok], j: int, lemmatize: Callable[[str], str | None] = lambda w: None
) -> tuple[int, list[int]] | None:
    """Index of the counted noun after the numeral and the adjectives between them
    ("1.500 nordkoreanische Soldaten"); None when something else follows (a verb: "auf den
    Plätzen drei und vier liegen Microsoft")."""
    adjectives: list[int] = []
    k = j
    if lower_at(toks, k) == "von" and _is_noun(toks[k + 1].text if k + 1 < len(toks) else ""):
        k += 1  # "Tausende von Menschen"
    while k < len(toks) and len(adjectives) < 4:
        t = toks[k].text
        if t in OPENING_QUOTES:
            k += 1  # 9.000 „Einmannpackungen“
            continue
        if t.lower() in ("sogenannte", "sogenannten") or (
            t.lower() == "so" and lower_at(toks, k + 1) in ("genannte", "genannten")
        ):
            k += 1 if t.lower() != "so" else 2
            continue
        if _is_noun(t):
            return k, adjectives
        if is_adjective(t) and not is_verb_lemma(t, lemmatize):
            adjectives.append(k)
            k += 1
            continue
        if (
            t in (",", "und")
            and adjectives
            and k + 1 < len(toks)
            and is_adjective(toks[k + 1].text)
        ):
            k += 1
            continue
        return None
    return None


def unit_abbreviation(toks: Sequence[Tok], j: int) -> str | None:
    """Unit named by a measurement abbreviation at j ("km", "MW"; case matters: "Mw" is a
    magnitude, not megawatts)."""
    return R.UNIT_ABBREVIATIONS.get(toks[j].text) if 0 <= j < len(toks) else None


def is_month(word: str) -> bool:
    return word in R.MONTH_WORDS or (word.endswith("s") and word[:-1] in R.MONTH_WORDS)


def _index_qualifiers() -> Mapping[str, tuple[tuple[tuple[str, ...], Qualifier], ...]]:
    """Qualifier phrases keyed by their last word, longest first (one dict hit per number)."""
    index: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
    for phrase, qual in R.QUALIFIER_PHRASES:
        index.setdefault(phrase[-1], []).append((phrase, qual))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


QUALIFIERS_BY_LAST = _index_qualifiers()


# Particles that may stand between a qualifier and its number ("mindestens aber 350 Euro",
# "höchstens jedoch zehn"): they contrast the bound with what came before, the bound stays.
_QUALIFIER_PARTICLES = frozenset({"aber", "jedoch", "allerdings", "doch"})


def qualifier_before(toks: Sequence[Tok], i: int) -> tuple[Qualifier | None, int]:
    """Qualifier phrase ending right before token i (or before a contrasting particle there),
    and the index where it starts."""
    if i == 0:
        return None, i
    if lower_at(toks, i - 1) in _QUALIFIER_PARTICLES and i > 1:
        qual, start = qualifier_before(toks, i - 1)
        if qual is not None:
            return qual, start
    for phrase, qual in QUALIFIERS_BY_LAST.get(toks[i - 1].text.lower(), ()):
        n = len(phrase)
        if i - n < 0:
            continue
        if all(lower_at(toks, i - n + k) == phrase[k] for k in range(n)):
            return qual, i - n
    return None, i
