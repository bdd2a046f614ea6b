"""Dates a German sentence refers to, resolved against the article date.

Own rules because dateparser misses exactly the forms news text uses ("am Mittwoch",
"Anfang Oktober", "im vergangenen Jahr") and finds false dates in plain words.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
WEEKDAYS: dict[str, int] = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_SMALL = {
    "einem": 1,
    "einer": 1,
    "einen": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}

_M = "|".join(MONTHS)
_W = "|".join(WEEKDAYS)
_N = r"\d{1,2}|" + "|".join(_SMALL)

_NUMERIC_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")
_DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\.\s*({_M})\b(?:,?\s*(\d{{4}}))?", re.I)
_PART_MONTH_RE = re.compile(rf"\b(anfang|mitte|ende|im|seit|bis)\s+({_M})\b(?:\s+(\d{{4}}))?", re.I)
_MONTH_YEAR_RE = re.compile(rf"\b({_M})\s+(\d{{4}})\b", re.I)
_WEEKDAY_RE = re.compile(rf"\b(?:am|vom|seit|letzten|vergangenen|diesen)\s+({_W})\b", re.I)
_BARE_WEEKDAY_RE = re.compile(rf"\b({_W})(?:abend|morgen|nachmittag|vormittag|nacht)?\b", re.I)
# "ab Samstag", "am kommenden Montag", "nächsten Dienstag": a weekday to come. A figure
# reported with it ("dürfen ab Samstag zurückkehren") is counted now, not on the last such
# day; "bis Montag" stays open (past "bis Montag waren 300 gestorben" or a plan).
_COMING_WEEKDAY_RE = re.compile(
    rf"\b(?:ab|(?:am\s+)?(?:kommenden|nächsten|übernächsten)|kommende|nächste)\s+({_W})\b", re.I
)
_AGO_RE = re.compile(
    rf"\bvor\s+({_N})\s+(tag|tagen|woche|wochen|monat|monaten|jahr|jahren)\b", re.I
)
_REL_RE = re.compile(
    r"\b(vorgestern|gestern|heute"
    r"|(?:vergangene|vergangenen|letzte|letzten|vorige|vorigen)\s+(woche|monat|monats|jahr|jahres)"
    r"|vorjahr|vorjahres|vormonat|vormonats|vorwoche"
    r"|(?:anfang|mitte|ende)\s+(?:des|dieses)\s+(jahres|monats))\b",
    re.I,
)
# "am Wochenende", "am vergangenen Wochenende", "übers Wochenende": the weekend just past
# (news reports what happened); "am kommenden Wochenende" is no such date.
_WEEKEND_RE = re.compile(
    r"\b(?:am|übers|vom|(?:am\s+)?(?:vergangenen|letzten))\s+wochenende\b", re.I
)
_SINCE_RE = re.compile(r"\bseit\b[^,.;:]{0,45}", re.I)
# "das Beben vom 28. März": the date names the event, not when a running total was counted.
_EVENT_DATE_RE = re.compile(rf"\bvom\s+\d{{1,2}}\.\s*(?:{_M})\b(?:\s+\d{{4}})?", re.I)
_YEAR_RE = re.compile(r"\b(im\s+jahr(?:e)?|seit|bis|ende|anfang|mitte)\s+((?:19|20)\d{2})\b", re.I)
# Where in a year a part word puts a figure ("bis Ende 2024": the year's last day).
_YEAR_PART = {"ende": (12, 31), "mitte": (7, 1)}


def _last_weekday(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekend(text: str, anchor: date) -> date | None:
    """The Saturday of the weekend `text` names ("Am Wochenende kamen 250.000 Besucher"),
    the last one on or before the article date: an article of Monday counts the two days
    before it, one of Sunday the day before. A figure of a weekend is dated by its first
    day, as one of "am Samstag" would be; the article date would make it a day of its own.
    "am vergangenen Wochenende" in an article of a weekend is the one before it."""
    m = _WEEKEND_RE.search(text)
    if m is None:
        return None
    saturday = _last_weekday(anchor, WEEKDAYS["samstag"])
    past = m.group(0).lower().split()[-2] in ("vergangenen", "letzten")
    return saturday - timedelta(weeks=1) if past and anchor.weekday() >= 5 else saturday


def _month_before(anchor: date, month: int) -> int:
    """Year of the most recent `month` on or before the anchor (news reports the past)."""
    return anchor.year if month <= anchor.month else anchor.year - 1


def _part_day(part: str, month: int, year: int) -> int:
    p = part.lower()
    if p == "mitte":
        return 15
    if p == "ende":
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return (nxt - timedelta(days=1)).day
    return 1


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def without_period_starts(text: str) -> str:
    """`text` without a period start ("seit Januar 2001") or an event's date ("die Wahl vom
    12. Juni 2009"): neither says when a figure was counted."""
    return _EVENT_DATE_RE.sub(" ", _SINCE_RE.sub(" ", text))


def resolve_date(text: str, anchor: date | None) -> date | None:
    """The date `text` refers to, resolved against the article date `anchor`.

    Explicit dates win over relative ones; with no anchor only explicit dates with a year
    resolve. Returns None when the text names no date. A period start ("seit Beginn des
    Krieges im Februar 2022") or an event's date ("das Beben vom 28. März") is not what a
    running total refers to, so both are skipped.
    """
    text = without_period_starts(text)
    m = _NUMERIC_RE.search(text)
    if m:
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        d = _safe(y, int(m.group(2)), int(m.group(1)))
        if d:
            return d
    m = _DAY_MONTH_RE.search(text)
    if m:
        month = MONTHS[m.group(2).lower()]
        if m.group(3):
            return _safe(int(m.group(3)), month, int(m.group(1)))
        if anchor:
            return _safe(_month_before(anchor, month), month, int(m.group(1)))
    m = _PART_MONTH_RE.search(text)
    if m:
        month = MONTHS[m.group(2).lower()]
        if m.group(3):
            year = int(m.group(3))
        elif anchor:
            year = _month_before(anchor, month)
        else:
            year = 0
        if year:
            return _safe(year, month, _part_day(m.group(1), month, year))
    m = _MONTH_YEAR_RE.search(text)
    if m:
        return _safe(int(m.group(2)), MONTHS[m.group(1).lower()], 1)
    m = _YEAR_RE.search(text)
    if m and not _REL_RE.search(text):
        month, day = _YEAR_PART.get(m.group(1).lower(), (1, 1))
        return date(int(m.group(2)), month, day)
    if anchor is None:
        return None
    m = _AGO_RE.search(text)
    if m:
        n_raw = m.group(1).lower()
        n = int(n_raw) if n_raw.isdigit() else _SMALL[n_raw]
        unit = m.group(2).lower()
        if unit.startswith("tag"):
            return anchor - timedelta(days=n)
        if unit.startswith("woche"):
            return anchor - timedelta(weeks=n)
        if unit.startswith("monat"):
            total = anchor.year * 12 + anchor.month - 1 - n
            return _safe(total // 12, total % 12 + 1, 1)
        return date(anchor.year - n, 1, 1)
    m = _REL_RE.search(text)
    if m:
        word = m.group(1).lower()
        if word == "vorgestern":
            return anchor - timedelta(days=2)
        if word == "gestern":
            return anchor - timedelta(days=1)
        if word == "heute":
            return anchor
        unit = (m.group(2) or m.group(3) or word).lower()
        if word.startswith(("anfang", "mitte", "ende")):
            part = word.split()[0]
            if unit.startswith("jahr"):
                month = {"anfang": 1, "mitte": 7, "ende": 12}[part]
                return date(anchor.year, month, 1 if part != "ende" else 31)
            return date(anchor.year, anchor.month, _part_day(part, anchor.month, anchor.year))
        if "woche" in unit:
            return anchor - timedelta(weeks=1)
        if "monat" in unit:
            total = anchor.year * 12 + anchor.month - 2
            return date(total // 12, total % 12 + 1, 1)
        return date(anchor.year - 1, 1, 1)
    found = weekend(text, anchor)
    if found is not None:
        return found
    if _COMING_WEEKDAY_RE.search(text):
        return None  # "ab Samstag": the figure's own day is the article's
    m = _WEEKDAY_RE.search(text) or _BARE_WEEKDAY_RE.search(text)
    if m:
        return _last_weekday(anchor, WEEKDAYS[m.group(1).lower()])
    return None
