"""Units of a subject's figures: "8 Prozent" and "mindestens 350 Euro" of one wage demand are
two measures of it, never two claims that contradict each other, and a unit ("Prozent") is
no topic of its own but a way to find the figures measured in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from bot.nlp.figures import rules as R
from bot.nlp.figures.lexicon import is_measure_unit, lexicon
from bot.store.records import FigureRecord, SubjectSummary

COUNT = ""  # the dimension of counts ("Tote", "Todesopfer": one death toll, one dimension)


def dimension(unit: str | None) -> str:
    """What a figure's value can be compared with: its measure unit ("Euro", "Prozent"), or
    COUNT for counted things, whose units are the counted nouns of one concept."""
    return unit if unit and is_measure_unit(unit) else COUNT


def same_dimension(a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two reports state values on one scale (both Euro, both counts)."""
    return dimension(a.unit) == dimension(b.unit)


def by_dimension(figs: Sequence[FigureRecord]) -> list[tuple[str, list[FigureRecord]]]:
    """The figures split by dimension, the most reported first (ties: counts, then by name)."""
    parts: dict[str, list[FigureRecord]] = {}
    for f in figs:
        parts.setdefault(dimension(f.unit), []).append(f)
    return sorted(parts.items(), key=lambda p: (-len(p[1]), p[0]))


def unit_named(query: str) -> str | None:
    """The measure unit a query names ("Prozent", "%", "euro", "Kilometer"), or None."""
    low = query.strip().lower()
    for table in (R.PERCENT, R.CURRENCIES, R.UNIT_ABBREVIATIONS):
        if low in table:
            return table[low]
    return next((m for m in lexicon().measures if m.lower() == low), None)


def measured_in(
    subjects: Sequence[SubjectSummary], members: Mapping[str, Sequence[str]], keys: Set[str]
) -> list[SubjectSummary]:
    """The subjects with a figure in the unit: their own key or a key joining them (members)
    among the store's keys measured in it."""
    return [
        s for s in subjects if any(k in keys for k in members.get(s.subject_key, [s.subject_key]))
    ]
