"""Numerals: digits (grouped, with a glued full stop), number words, vague amounts,
ranges and multipliers ("1,5 bis 2 Millionen"). Kept apart from the context rules so the
value of a number is read in one place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.nlp.figures.words import QUOTE_CLOSERS, Tok
from bot.nlp.lexicons import fraction_denominators, rows
from bot.nlp.numbers import (
    is_small_article,
    multiplier,
    parse_digits,
    parse_number_word,
    vague_amount,
)

# Stems every German cardinal word starts with. "sech"/"sieb" cover the contracted forms
# ("sechzehn", "siebzig"), which "sechs"/"sieben" miss; "vier" covers "vierzig" and so on.
_NUMBER_STEMS = (
    r"zw[eo]i|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|hundert|tausend|dutzend|million|milliard|billion|drittel|hälfte|anderthalb|einhalb"
)
# A sentence is scanned only if it holds a digit or something that may be a number word.
CANDIDATE_RE = re.compile(rf"\d|\b(?:{_NUMBER_STEMS})", re.IGNORECASE)
# A token can start a numeral only if it begins like one (cheap pre-check per token).
TOKEN_START_RE = re.compile(rf"\d|(?:{_NUMBER_STEMS}|ein)", re.IGNORECASE)
_GROUP_HEAD_RE = re.compile(r"^\d{1,3}$")
_GROUP_RE = re.compile(r"^\d{3}\.?$")
_BARE_ABBREVIATIONS = frozenset({"mill", "mio", "mrd", "tsd", "bio"})
_RANGE_TOKEN_RE = re.compile(r"^(\d[\d.,]*)[–—-](\d[\d.,]*)$")


@dataclass(frozen=True, slots=True)
class Numeral:
    value: float
    value_max: float | None
    end_index: int  # index after the numeral (range and multiplier included)
    kind: str  # "digits" | "word" | "vague" | "range"
    trailing_dot: bool = False  # the last token is "10.000." (sentence end glued on)


def _digit_value(toks: Sequence[Tok], i: int) -> tuple[float, bool] | None:
    """Value of a digit token, also when the sentence's full stop is glued on ("10.000.")."""
    text = toks[i].text
    v = parse_digits(text)
    if v is not None:
        return v, False
    if text.endswith(".") and len(text) > 1:
        core = text[:-1]
        v = parse_digits(core)
        if v is None:
            return None
        nxt = toks[i + 1].text if i + 1 < len(toks) else None
        # "15." before a month or noun is an ordinal; "10.000." or "15." at the end is a count,
        # and so is "stieg auf 112. Wie …": an ordinal never stands before a sentence opener
        # (a sentence the segmenter did not split there).
        if "." in core or nxt is None or nxt in QUOTE_CLOSERS or _opens_sentence(nxt):
            return v, True
    return None


# Capitalised words that open a sentence and never follow an ordinal ("am 15. Wie" is no
# German): articles, pronouns, conjunctions and sentence adverbs.
_SENTENCE_OPENERS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir",
        "ich", "man", "wie", "wer", "was", "laut", "nach", "auch", "doch", "aber", "dabei",
        "damit", "zudem", "außerdem", "bislang", "bisher", "inzwischen", "unterdessen",
        "demnach", "dies", "diese", "dieser", "dort", "zuvor", "danach",
    }
)  # fmt: skip


def _opens_sentence(word: str) -> bool:
    return word[:1].isupper() and word.lower() in _SENTENCE_OPENERS


def _numeral_word_value(toks: Sequence[Tok], i: int) -> float | None:
    text = toks[i].text
    if is_small_article(text):
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if multiplier(nxt) is not None or nxt == "dutzend":
            return 1.0
        return None
    w = parse_number_word(text)
    return float(w) if w is not None else _and_a_half(text)


def _and_a_half(word: str) -> float | None:
    """A number and a half written as one word: "siebeneinhalb" 7.5, "eineinhalb" and
    "anderthalb" 1.5 ("siebeneinhalb Jahre Haft"); None for anything else."""
    low = word.lower()
    if low == "anderthalb":
        return 1.5
    head = low.removesuffix("einhalb")
    if head == low or not head:
        return None
    whole = 1 if head == "ein" else parse_number_word(head)
    return None if whole is None else whole + 0.5


def _single_value(toks: Sequence[Tok], i: int) -> tuple[float, str, bool, int] | None:
    """(value, kind, trailing dot, index after) of one numeral at i. Digits grouped by a
    space ("12 000", "12\u00a0000") are one numeral."""
    dv = _digit_value(toks, i)
    if dv is not None:
        value, dot = dv
        j = i + 1
        if not dot and _GROUP_HEAD_RE.match(toks[i].text):
            while (
                j < len(toks)
                and _GROUP_RE.match(toks[j].text)
                and toks[j].start - toks[j - 1].end == 1
            ):
                value = value * 1000 + float(toks[j].text.rstrip("."))
                j += 1
                if toks[j - 1].text.endswith("."):
                    dot = True
                    break
        return value, "digits", dot, j
    wv = _numeral_word_value(toks, i)
    if wv is not None:
        return wv, "word", False, i + 1
    return None


def _apply_multiplier(
    toks: Sequence[Tok], j: int, v: float, vmax: float | None
) -> tuple[float, float | None, int]:
    if j < len(toks):
        f = multiplier(toks[j].text)
        if f is None and toks[j].text.lower() == "dutzend":
            f = 12.0
        if f is not None and f > 1:
            after = j + 1
            # "Mill" "." split by the tokenizer: the dot belongs to the abbreviation.
            if (
                toks[j].text.lower() in _BARE_ABBREVIATIONS
                and after + 1 < len(toks)
                and toks[after].text == "."
            ):
                after += 1
            return v * f, (vmax * f if vmax is not None else None), after
    return v, vmax, j


def _repeated_unit_range(toks: Sequence[Tok], i: int, j: int, v: float) -> Numeral | None:
    """A range whose unit is written at both ends ("zwischen 0 Prozent und 8 Prozent", "5 %
    bis 7 %"): one claim, not two values. `j` is the unit after the first number."""
    if j + 2 >= len(toks) or toks[j].text[:1].isdigit():
        return None
    link = toks[j + 1].text.lower()
    between = i > 0 and toks[i - 1].text.lower() == "zwischen"
    if not (link in ("bis", "-", "–", "—") or (link == "und" and between)):
        return None
    second = _single_value(toks, j + 2)
    if second is None or second[0] <= v or second[2] or second[3] >= len(toks):
        return None
    if toks[second[3]].text != toks[j].text:
        return None
    return Numeral(v, second[0], second[3], "range")


@cache
def _fractions() -> dict[str, int]:
    """Fraction noun -> denominator (lexicons/figure_fractions.tsv), read once."""
    return fraction_denominators()


def fraction_unit(word: str) -> str | None:
    """The fraction noun as a unit ("Drittel", "Hälfte"), or None."""
    if word not in _fractions():
        return None
    return word[:-1] if word.endswith("ls") else word


_HALF_ARTICLES = frozenset({"die", "der", "zur", "eine", "einer"})


def fraction_at(toks: Sequence[Tok], i: int) -> Numeral | None:
    """A share written as a word: "ein Drittel", "zwei Drittel", "knapp einem Drittel" (the
    number word at i, the noun after it), or "die Hälfte" (the noun at i after its article).
    The numeral ends before the noun, which the rules then read as the unit."""
    fractions = _fractions()
    text = toks[i].text
    if text == "Hälfte" and i > 0 and toks[i - 1].text.lower() in _HALF_ARTICLES:
        return Numeral(1 / fractions[text], None, i, "fraction")
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt not in fractions or nxt == "Hälfte":
        return None
    count = 1 if is_small_article(text) else parse_number_word(text)
    if count is None:
        count = int(v) if (v := parse_digits(text)) is not None and v.is_integer() else None
    if count is None or count >= fractions[nxt]:
        return None
    return Numeral(count / fractions[nxt], None, i + 1, "fraction")


def numeral_at(toks: Sequence[Tok], i: int) -> Numeral | None:
    text = toks[i].text
    fraction = fraction_at(toks, i)
    if fraction is not None:
        return fraction
    m = _RANGE_TOKEN_RE.match(text)
    if m:
        lo, hi = parse_digits(m.group(1)), parse_digits(m.group(2).rstrip("."))
        if lo is not None and hi is not None and lo < hi:
            lo, hi_m, after = _apply_multiplier(toks, i + 1, lo, hi)
            return Numeral(lo, hi_m, after, "range")
        return None
    vague = vague_amount(text)
    if vague is not None:
        return Numeral(vague, None, i + 1, "vague")
    single = _single_value(toks, i)
    if single is None:
        return None
    v, kind, dot, j = single
    if dot:
        return Numeral(v, None, j, kind, trailing_dot=True)
    vmax: float | None = None
    # Range continuation: "10.000 bis 12.000", "10.000 - 12.000", "zwischen 10 und 12".
    if j + 1 < len(toks):
        link = toks[j].text.lower()
        is_link = link in ("bis", "-", "–", "—") or (
            link == "und" and i > 0 and toks[i - 1].text.lower() == "zwischen"
        )
        if is_link:
            second = _single_value(toks, j + 1)
            if second is not None and second[0] > v:
                vmax, j, kind = second[0], second[3], "range"
                if second[2]:
                    return Numeral(v, vmax, j, kind, trailing_dot=True)
        elif (repeated := _repeated_unit_range(toks, i, j, v)) is not None:
            return repeated
    # "1,5 bis 2 Millionen": the multiplier applies to both ends.
    v, vmax, j = _apply_multiplier(toks, j, v, vmax)
    return Numeral(v, vmax, j, kind)


# ---------------------------------------------------------------- context rules


# An English digit group ("3,500", "1,200,000", "3.5", "1,200.75"): its separators swap to be
# read the German way. A single comma group of three digits is a thousands group in English.
_ENGLISH_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$")
_SWAP_SEPARATORS = str.maketrans(",.", ".,")
_ENGLISH_SHARE = 0.1  # of the first words: German text has next to none of them
_LANGUAGE_WORDS = 300


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """The lexicon's function words by language ("en", "de")."""
    out: dict[str, set[str]] = {}
    for lang, word in rows("function_words.tsv"):
        out.setdefault(lang, set()).add(word)
    return {lang: frozenset(ws) for lang, ws in out.items()}


def writes_english(text: str) -> bool:
    """Whether an article is written in English: a tenth of its first words are English
    function words, and twice as many as German ones (a German report quoting an English
    sentence stays below). Only the first words are lower-cased: lowering the whole body
    cost a millisecond per article, more than the figure rules of most sentences."""
    parts = text.split(None, _LANGUAGE_WORDS)  # the words, then the rest of the text
    first = [w.lower().strip(".,;:!?\"'()") for w in parts[:_LANGUAGE_WORDS]]
    lex = _function_words()
    english = sum(map(lex["en"].__contains__, first))  # counted in C, not word by word
    german = sum(map(lex["de"].__contains__, first))
    return english > 2 * german and english >= _ENGLISH_SHARE * len(parts)


def german_digits(toks: list[Tok]) -> list[Tok]:
    """An English article's tokens with their digits written the German way ("3,500" ->
    "3.500", "3.5" -> "3,5"), so the numeral rules read them right; same length, so every
    offset and the figure's text (sliced from the article) stay as written."""
    return [
        Tok(t.text.translate(_SWAP_SEPARATORS), t.start)
        if t.text[:1].isdigit() and _ENGLISH_DIGITS_RE.match(t.text)
        else t
        for t in toks
    ]
