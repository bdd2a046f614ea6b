"""Numbers that count nothing: years, times, scores, labels, model and phone numbers,
time spans ("vor drei Jahren"). A figure that is not excluded here is a count or measure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.nlp.figures import rules as R
from bot.nlp.figures.nouns import lemma_of
from bot.nlp.figures.numerals import Numeral
from bot.nlp.figures.words import (
    NOUN_RE,
    QUALIFIERS_BY_LAST,
    Lemmatize,
    Tok,
    is_month,
    lower_at,
    noun_after,
    unit_abbreviation,
)
from bot.nlp.numbers import (
    multiplier,
)

_YEAR_LINKS = frozenset({"und", "oder", "-", "–", "/"})


def _is_year(toks: Sequence[Tok], i: int, num: Numeral, lemmatize: Lemmatize) -> bool:
    text = toks[i].text.rstrip(".")
    if num.kind == "range" and num.value_max is not None and 1800 <= num.value_max <= 2100:
        year_range = re.fullmatch(r"\d{4}(?:[–—-]\d{4}\.?)?", text)
        nxt = lower_at(toks, num.end_index)
        unit_next = (
            nxt in R.PERCENT or nxt in R.CURRENCIES or unit_abbreviation(toks, num.end_index)
        )
        close = num.value_max - num.value <= 50
        if (
            year_range
            and num.value >= 1800
            and not unit_next
            and (close or noun_after(toks, num.end_index) is None)
        ):
            return True  # "von 2001 bis 2005", "von 2014 bis 2019 Präsident"
    if num.kind != "digits" or not re.fullmatch(r"\d{4}", text) or not 1000 <= num.value <= 2100:
        return False
    prev = lower_at(toks, i - 1)
    if prev in _YEAR_LINKS:
        # "2023 und 2024": a link makes a year only next to another year.
        if re.fullmatch(r"\d{4}", lower_at(toks, i - 2)):
            return True
    elif prev in R.YEAR_CUES or is_month(prev) or is_month(lower_at(toks, i - 2)):
        return True
    after = noun_after(toks, num.end_index)
    nxt = lower_at(toks, num.end_index)
    if nxt in R.PERCENT or nxt in R.CURRENCIES or unit_abbreviation(toks, num.end_index):
        return False
    if after is None:
        return True
    # "die 1998 Europameisterin", "2007 Roger M. Buergel": a count above one takes a plural
    # noun, and a name after the noun is no counted thing.
    noun = toks[after[0]].text
    if lemma_of(noun, lemmatize) != noun:
        return False
    if 1900 <= num.value <= 2030:
        return True  # "Seit Ackermann 2002 Vorstandsvorsitzender wurde": recent years abound
    name_follows = after[0] + 1 < len(toks) and toks[after[0] + 1].text[:1].isupper()
    return name_follows or not noun.endswith(("er", "el", "en"))


def _temporal_before(toks: Sequence[Tok], i: int) -> bool:
    """A temporal preposition before the number, across hedges: "vor fast genau zwei
    Jahren", "innerhalb von 30 Minuten", "seit mehr als zehn Jahren"."""
    k = i - 1
    for _ in range(4):
        w = lower_at(toks, k)
        if w in R.TEMPORAL_PREPOSITIONS:
            return True
        if w not in _TIME_HEDGES:
            return False
        k -= 1
    return False


_TIME_HEDGES = frozenset(
    [
        "fast",
        "genau",
        "knapp",
        "rund",
        "etwa",
        "gut",
        "mehr",
        "als",
        "weniger",
        "von",
        "über",
        "nur",
        "bereits",
        "erst",
        "ca.",
        "circa",
        "ungefähr",
        "beinahe",
        "nahezu",
        "mindestens",
        "gerade",
    ]
)


def excluded(
    toks: Sequence[Tok], i: int, num: Numeral, sentence_start: bool, lemmatize: Lemmatize
) -> bool:
    """Numbers that count nothing: years, times, labels and model numbers, phone numbers."""
    text = toks[i].text
    prev = lower_at(toks, i - 1)
    nxt = lower_at(toks, num.end_index)
    if nxt in R.TIME_NOUNS:
        return True
    if (nxt == ":" and lower_at(toks, num.end_index + 1)[:1].isdigit()) or (
        prev == ":" and lower_at(toks, i - 2)[:1].isdigit()
    ):
        return True  # a score, "2 : 1"
    if prev in R.LABEL_NOUNS:
        return True
    if num.kind in ("digits", "range"):
        if _is_year(toks, i, num, lemmatize):
            return True
        if re.match(r"^[0+]\d", text) or re.match(r"^[0+]\d", lower_at(toks, i - 1)):
            return True  # phone numbers ("0800 123456"), "007"
        if re.fullmatch(r"\d+\.\d{1,2}", text) and multiplier(nxt) is None and nxt not in R.PERCENT:
            return True  # "15.11" (a date) or "14.30" (a time) unless "1.5 Millionen"
        if num.kind == "digits" and re.fullmatch(r"\d+", text) and i > 0:
            p = toks[i - 1].text
            glued = toks[i - 1].end == toks[i].start
            if glued and p not in "(„\"'‚»":
                return True  # "G7", "A320" split by the tokenizer
            if (
                NOUN_RE.match(p)
                and not sentence_start
                and p.lower() not in QUALIFIERS_BY_LAST
                and p.lower() not in R.PRONOUNS
                and noun_after(toks, num.end_index) is None
                and nxt not in R.PERCENT
                and nxt not in R.CURRENCIES
                and not unit_abbreviation(toks, num.end_index)
                and multiplier(nxt) is None
            ):
                return True  # "Boeing 747", "Apollo 11": a name, not a count
    # "vor drei Jahren", "seit mehr als zehn Jahren": a time reference.
    noun = noun_after(toks, num.end_index)
    if noun is not None and not noun[1]:
        noun_word = toks[noun[0]].text.lower()
        if noun_word in R.TIME_SPAN_NOUNS and (
            _temporal_before(toks, i) or lower_at(toks, noun[0] + 1) in R.TEMPORAL_POSTMODIFIERS
        ):
            return True
    return False
