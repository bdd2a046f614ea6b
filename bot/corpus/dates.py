"""Publication dates as German news sites print them.

Only explicit calendar dates are recognised ("15. November 2024", "24. Oktober, 2024",
"15.11.2024", "2024-11-15"); relative dates ("gestern") need an anchor and belong to the NLP.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType

_MONTHS: Mapping[str, int] = MappingProxyType({
    "januar": 1, "jan": 1, "jänner": 1, "january": 1,
    "februar": 2, "feb": 2, "febr": 2, "feber": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
})  # fmt: skip
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_TEXT_DATE = re.compile(rf"\b(\d{{1,2}})\.?\s*({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_EN_DATE = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_NUM_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\b")

MIN_YEAR, MAX_YEAR = 1990, 2100


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first calendar date in `text` with its (start, end), or None."""
    best: tuple[date, int, int] | None = None
    for m in _ISO_DATE.finditer(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            best = (d, m.start(), m.end())
            break
    for m in _TEXT_DATE.finditer(text):
        d = _make(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        if d and (best is None or m.start() < best[1]):
            best = (d, m.start(), m.end())
        break
    for m in _EN_DATE.finditer(text):
        d = _make(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        if d and (best is None or m.start() < best[1]):
            best = (d, m.start(), m.end())
        break
    for m in _NUM_DATE.finditer(text):
        d = _make(int(m[3]), int(m[2]), int(m[1]))
        if d and (best is None or m.start() < best[1]):
            best = (d, m.start(), m.end())
        break
    return best


def parse_date_value(value: object) -> date | None:
    """A date from front matter / sidecar values: TOML dates, ISO or German strings.

    Raises ValueError when the value is present but not a date, so the caller can name the key.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value.strip().lower() in ("", "null", "none", "~", "undatiert"):
            return None
        found = find_date(value)
        if found is None:
            raise ValueError(f"not a date: {value!r}")
        return found[0]
    raise ValueError(f"not a date: {value!r}")
