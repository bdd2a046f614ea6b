"""German numerals as pure functions: digits with German separators, number words,
multiplier words and vague amounts.

Own parser instead of text2num: it is a few dozen lines, has no threshold for small numbers
("drei Piloten" is a figure) and handles the inflected forms news text uses ("Tausenden").
"""

from __future__ import annotations

import re

# 3.000 / 12.000 / 1.500.000 / 3000 / 1,5 / 12,5 / 100.000,- (German: "." groups, "," decimal).
# A single "." followed by exactly three digits is a thousands group, never a decimal point.
_DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+|,-)?$")
# English-style decimals in wire copy ("1.5 Millionen") only where the group is not 3 digits.
_DOT_DECIMAL_RE = re.compile(r"^\d+\.\d{1,2}$")

_UNITS: dict[str, int] = {
    "null": 0,
    "ein": 1,
    "eins": 1,
    "eine": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_TEENS: dict[str, int] = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_TENS: dict[str, int] = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

# Words that multiply the number before them ("1,5 Millionen", "2 Mrd.", "3 Tsd.").
MULTIPLIERS: dict[str, float] = {
    "tausend": 1e3,
    "tsd": 1e3,
    "tsd.": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "mio.": 1e6,
    "mill": 1e6,
    "mill.": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mrd.": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "bio": 1e12,
    "bio.": 1e12,
}

# Vague amounts: a plural noun of a round number ("Tausende", "Dutzenden").
_VAGUE_STEMS: dict[str, float] = {
    "dutzend": 12,
    "hundert": 100,
    "tausend": 1000,
    "zehntausend": 10_000,
    "hunderttausend": 100_000,
    "million": 1e6,
    "milliarde": 1e9,
}
_VAGUE_RE = re.compile(
    r"^(dutzend|hundert|tausend|zehntausend|hunderttausend|million|milliarde)(e|en|n)$"
)


def parse_digits(text: str) -> float | None:
    """Value of a digit numeral written the German way ("3.000" -> 3000, "1,5" -> 1.5)."""
    t = text.strip()
    if _DIGITS_RE.match(t):
        t = t.removesuffix(",-").replace(".", "").replace(",", ".")
        return float(t)
    if _DOT_DECIMAL_RE.match(t):
        return float(t)
    return None


def _below_thousand(word: str) -> int | None:
    if not word:
        return None
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        h = 1 if head in ("", "ein") else _UNITS.get(head)
        if h is None or head in ("eins", "eine", "null"):
            return None
        if not tail:
            return h * 100
        rest = _below_hundred(tail)
        return None if rest is None else h * 100 + rest
    return _below_hundred(word)


def _below_hundred(word: str) -> int | None:
    if word in _UNITS and word not in ("ein", "eine"):
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    if "und" in word:
        unit, _, tens = word.partition("und")
        u = _UNITS.get(unit)
        t = _TENS.get(tens)
        if u is not None and t is not None and unit not in ("eins", "eine", "null"):
            return t + u
    return None


def parse_number_word(word: str) -> int | None:
    """Value of a German cardinal written as one word ("dreitausend", "zweihundertfünfzig",
    "zwölftausend"); None for anything else, including ordinals and vague plurals."""
    w = word.lower()
    if not w.isalpha():
        return None
    # Inflected small cardinals used in news text ("zweier", "dreien") are rare; not parsed.
    if "tausend" in w:
        head, _, tail = w.partition("tausend")
        if head in ("", "ein"):
            h: int | None = 1
        else:
            h = _below_thousand(head)
        if h is None or h == 0:
            return None
        if not tail:
            return h * 1000
        rest = _below_thousand(tail)
        if rest is None or tail in ("eine", "eins"):
            return None
        return h * 1000 + rest
    return _below_thousand(w)


def is_small_article(word: str) -> bool:
    """ "ein"/"eine"/... are usually the indefinite article, not the number one."""
    return word.lower() in {"ein", "eine", "einer", "eines", "einem", "einen", "eins"}


def multiplier(word: str) -> float | None:
    """Factor of a multiplier word ("Millionen" -> 1e6, "Mrd." -> 1e9)."""
    return MULTIPLIERS.get(word.lower())


def vague_amount(word: str) -> float | None:
    """Value of a vague amount ("Tausende" -> 1000, "Dutzenden" -> 12), else None."""
    m = _VAGUE_RE.match(word.lower())
    if m is None:
        return None
    return _VAGUE_STEMS[m.group(1)]


def parse_numeral(text: str) -> float | None:
    """Value of one numeral token, digits or word."""
    v = parse_digits(text)
    if v is not None:
        return v
    w = parse_number_word(text)
    return None if w is None else float(w)
