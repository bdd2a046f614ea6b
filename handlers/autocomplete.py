"""Autocomplete for option values (Discord asks on every keystroke: this must be fast).

Returns (display name, value) pairs, at most 25 (Discord's limit), each at most 100 characters.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from handlers.format import figure_date, fmt_date, fmt_figure_value
from handlers.speakers_lookup import fold_name
from handlers.types import Services

MAX_CHOICES = 25
MAX_LEN = 100


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LEN else text[: MAX_LEN - 1] + "…"


@cache
def _timezones() -> tuple[str, ...]:
    """IANA names, sorted (a read-only snapshot of the tz database, not mutable state)."""
    return tuple(sorted(available_timezones()))


def complete_timezone(prefix: str) -> list[tuple[str, str]]:
    p = prefix.strip().lower().replace(" ", "_")
    zones = _timezones()
    if not p:
        preferred = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "UTC", "Europe/London"]
        return [(z, z) for z in preferred if z in zones]
    starts = [z for z in zones if z.lower().startswith(p)]
    # "berlin" should find Europe/Berlin: match the city part, then anywhere.
    city = [z for z in zones if z not in starts and z.lower().rsplit("/", 1)[-1].startswith(p)]
    inside = [z for z in zones if z not in starts and z not in city and p in z.lower()]
    return [(z, z) for z in (starts + city + inside)[:MAX_CHOICES]]


async def complete_speaker(prefix: str, services: Services) -> list[tuple[str, str]]:
    names = await services.store.speakers.names()
    p = fold_name(prefix)
    if not p:
        ranked = await services.store.speakers.all()
        return [(_clip(s.name), _clip(s.name)) for s in ranked[:MAX_CHOICES]]
    starts: dict[int, str] = {}
    word: dict[int, str] = {}
    inside: dict[int, str] = {}
    for sid, name in names:
        f = fold_name(name)
        if f.startswith(p):
            starts.setdefault(sid, name)
        elif any(w.startswith(p) for w in f.split()):
            word.setdefault(sid, name)
        elif p in f:
            inside.setdefault(sid, name)
    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    for group in (starts, word, inside):
        for sid, name in group.items():
            if sid not in seen:
                seen.add(sid)
                out.append((_clip(name), _clip(name)))
    return out[:MAX_CHOICES]


async def complete(
    kind: str, prefix: str, services: Services, locale: str
) -> list[tuple[str, str]]:
    prefix = (prefix or "")[:100]
    if kind == "timezone":
        return complete_timezone(prefix)
    if kind == "speaker":
        return await complete_speaker(prefix, services)
    if kind == "subject":
        subjects = await services.store.figures.complete_subject(prefix, limit=MAX_CHOICES)
        return [
            (
                _clip(
                    f"{s.subject} — {fmt_figure_value(s.latest, locale)} ({fmt_date(figure_date(s.latest), locale)})"
                ),
                _clip(s.subject),
            )
            for s in subjects
        ]
    if kind == "article":
        articles = await services.store.articles.complete(prefix, limit=MAX_CHOICES)
        return [
            (_clip(f"#{a.id} {a.title} ({fmt_date(a.published, locale)})"), str(a.id))
            for a in articles
        ]
    return []
