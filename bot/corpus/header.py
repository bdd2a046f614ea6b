"""Title, publication date and outlet from the top of an article (and labelled meta lines).

Only the header area counts for an unlabelled date: a date in the story ("am 15. November")
says when something happened, not when the article appeared. Labelled lines ("Stand: …",
"Veröffentlicht am …") are metadata wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from bot.corpus.dates import find_date
from bot.corpus.outlets import banner_outlet, copyright_outlet
from bot.corpus.paragraphs import Unit
from bot.corpus.shapes import ends_sentence, heading_shape, strip_closers, word_count

_HEADER_UNITS = 8  # the header area: title, kicker, category, date, author, banner
_EARLY_UNITS = 5  # below the headline: standfirst, byline, date line, caption
Zone = Literal["header", "early", "body"]
_DATELINE_CHARS = 60
_TITLE_MAX_WORDS = 25
_TITLE_MAX_CHARS = 200
_DERIVED_TITLE_CHARS = 90

_DATE_LABEL_RE = re.compile(
    r"^(?:(?:zuletzt\s+)?(?:veröffentlicht|erschienen|publiziert|aktualisiert|geändert|erstellt)"
    r"(?:\s+am)?|stand|datum|publiziert am|zuletzt aktualisiert|update)\s*:?\s",
    re.IGNORECASE,
)
_UPDATED_RE = re.compile(r"aktualisiert|geändert|stand|update", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*uhr)?\b|\buhr\b|\bmez\b|\bmesz\b", re.IGNORECASE)
_WEEKDAY_RE = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"mo|di|mi|do|fr|sa|so)\b\.?,?",
    re.IGNORECASE,
)
_AUTHOR_RE = re.compile(r"^(?:von|autor(?:in)?:|text:|by)\s+[A-ZÄÖÜ]", re.IGNORECASE)
# A full stop after a digit is an ordinal in German ("am 16. Oktober"): not a sentence end.
_SENTENCE_END_RE = re.compile(r"(?<=[a-zäöüß\)“\"'])[.!?](?=\s+[„\"A-ZÄÖÜ])")
_ABBREVIATIONS = frozenset(
    (
        "dr",
        "prof",
        "st",
        "nr",
        "ca",
        "bzw",
        "vgl",
        "ggf",
        "evtl",
        "inkl",
        "abs",
        "art",
        "mio",
        "mrd",
        "bspw",
        "usw",
        "etc",
        "jh",
        "jr",
        "sr",
        "hl",
        "ggü",
        "min",
        "max",
        "mr",
        "mrs",
        "gen",
    )
)


@dataclass(slots=True)
class Header:
    title: str | None = None
    title_derived: bool = False
    published: date | None = None
    published_rank: int = 0  # 1 "Stand/aktualisiert", 2 date line in header, 3 "veröffentlicht"
    outlet: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def read_header(units: list[Unit]) -> tuple[Header, list[Unit]]:
    """Take the header units off the top; return what they say and the remaining units."""
    header = Header()
    candidates: list[int] = []
    i = 0
    while i < len(units) and i < _HEADER_UNITS:
        text = units[i].text
        if _take_meta_line(text, header, "header"):
            i += 1
            continue
        outlet = banner_outlet(text)
        if outlet:
            header.outlet = header.outlet or outlet
            i += 1
            continue
        if units[i].lines == 1 and _title_shape(text):
            candidates.append(i)
            i += 1
            continue
        break
    rest_start = i
    drop: set[int] = set(range(rest_start))
    if candidates:
        pick = _pick_title(units, candidates)
        header.title = strip_title(units[pick].text)
        # Short lines after the title (sub-headings of the first section) stay in the body.
        drop = {k for k in range(rest_start) if k <= pick or k not in candidates}
    remaining = [u for k, u in enumerate(units) if k not in drop]
    # Labelled meta lines and outlet footers anywhere else.
    body: list[Unit] = []
    for k, unit in enumerate(remaining):
        # Bylines and date lines often sit just below the standfirst.
        zone: Zone = "early" if k < _EARLY_UNITS else "body"
        if word_count(unit.text) <= 14 and _take_meta_line(unit.text, header, zone):
            continue
        if k >= len(remaining) - 3:
            outlet = banner_outlet(unit.text) or copyright_outlet(unit.text)
            if outlet:
                header.outlet = header.outlet or outlet
                continue
        body.append(unit)
    if header.published is None and body:
        header.published = dateline_date(body[0].text)
    if header.title is not None:
        body = collapse_title_repeats(body, header.title)
    else:
        # The derived title is the start of the first paragraph, which stays in the body.
        header.title = derive_title(body)
        header.title_derived = header.title is not None
    return header, body


def _title_shape(text: str) -> bool:
    if len(text) > _TITLE_MAX_CHARS or word_count(text) > _TITLE_MAX_WORDS:
        return False
    return heading_shape(text, max_words=_TITLE_MAX_WORDS, max_chars=_TITLE_MAX_CHARS, strict=False)


def _pick_title(units: list[Unit], candidates: list[int]) -> int:
    """The headline among header lines: a category word or kicker above it is shorter."""
    best = candidates[0]
    for k in candidates[1:]:
        a, b = word_count(units[best].text), word_count(units[k].text)
        if a <= 2 < b or (a <= 5 and b >= 2 * a):
            best = k
    return best


def strip_title(text: str) -> str:
    return " ".join(text.split()).strip()


def _take_meta_line(text: str, header: Header, zone: Zone) -> bool:
    """A date, author or similar metadata line: record it and report that it is one.

    In the header an unlabelled date line may carry a few words ("Berlin, 15.11.2024");
    below it only a bare date counts, because chronicles and link lists in the story list
    dates too ("2. Tag: (28.12.2008)"); further down only labelled lines count.
    """
    words = word_count(text)
    if words > 14:
        return False
    in_header = zone != "body"
    if in_header and words <= 10 and _AUTHOR_RE.match(text) and not ends_sentence(text):
        author = re.sub(r"^(?:von|autor(?:in)?:|text:|by)\s+", "", text, flags=re.IGNORECASE)
        header.extra.setdefault("author", author.split("|")[0].strip(" ,"))
        found = find_date(text)
        if found is not None and header.published_rank < 2:
            header.published, header.published_rank = found[0], 2
        return True
    labelled = _DATE_LABEL_RE.match(text) is not None
    if labelled or in_header:
        found = find_date(text)
        if found is not None:
            d, start, end = found
            leftover = _TIME_RE.sub("", _WEEKDAY_RE.sub("", text[:start] + text[end:]))
            leftover = _DATE_LABEL_RE.sub("", leftover + " ").strip(" ,|-–·:/()")
            bare = zone == "header" and word_count(leftover) <= 3
            if zone == "early":
                # "(24.08.2005)" after a link and "Samstag, 5. November:" over results are
                # dates of other things.
                bare = (
                    word_count(leftover) <= 2
                    and not any(c.isdigit() for c in leftover)
                    and "(" not in text[:start]
                    and not text.endswith(":")
                )
            if labelled or bare:
                rank = (1 if _UPDATED_RE.search(text[:start]) else 3) if labelled else 2
                if rank > header.published_rank:
                    header.published, header.published_rank = d, rank
                if zone == "header" and not labelled:
                    # "taz, 18.3.2026", "Freie Presse, 15.03.2026": the words beside the
                    # date name the outlet when they are one ("Berlin, …" is a place).
                    header.outlet = header.outlet or banner_outlet(leftover)
                return True
    return False


def dateline_date(text: str) -> date | None:
    """ "Berlin, 15.11.2024 – Die Regierung …": a date in the dateline of the first paragraph."""
    found = find_date(text[:_DATELINE_CHARS])
    if found is None:
        return None
    d, start, end = found
    before, after = text[:start], text[end:].lstrip(" )")
    if word_count(before.strip()) > 3 or ". " in before:
        return None
    return d if after.startswith(("–", "-", "—", ":", "(")) else None


def derive_title(body: list[Unit]) -> str | None:
    """Files without a headline: the first sentence of the text, shortened."""
    if not body:
        return None
    text = body[0].text
    sentence = text
    for m in _SENTENCE_END_RE.finditer(text):
        word = text[: m.start()].rsplit(" ", 1)[-1].lower()
        if m.group() == "." and (word in _ABBREVIATIONS or "." in word):
            continue  # "Dr. Müller", "z.B. Berlin"
        sentence = text[: m.start() + 1]
        break
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, _DERIVED_TITLE_CHARS)
    return sentence[: cut if cut > 20 else _DERIVED_TITLE_CHARS].rstrip(" ,;:–-") + " …"


def _title_key(text: str) -> str:
    return " ".join(strip_closers(text).rstrip(".!?:").split()).casefold()


def collapse_title_repeats(units: list[Unit], title: str) -> list[Unit]:
    key = _title_key(title)
    return [u for u in units if u.lines != 1 or _title_key(u.text) != key]
