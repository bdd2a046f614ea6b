"""Reported figures as intervals, so claims are compared by what they say, not by their words.

"mehr als 10.000" is (10.000, ∞), "rund 11.000" is [9.900, 12.100], "Tausende" is a lower bound
[1.000, ∞). Two claims conflict only when their intervals do not overlap: "mehr als 10.000"
and "rund 11.000" agree.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

APPROX_TOLERANCE = 0.1
""""rund", "etwa", "knapp": within 10% either way. News rounds 10.700 to "rund 11.000"."""


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float  # math.inf when the claim is open upwards
    low_open: bool = False  # "mehr als": the bound itself is excluded
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        return _below(self, other) and _below(other, self)

    @property
    def bounded(self) -> bool:
        return not math.isinf(self.high)


def _below(a: Interval, b: Interval) -> bool:
    """a's low end does not lie above b's high end."""
    if a.low < b.high:
        return True
    return a.low == b.high and not a.low_open and not b.high_open


def claim_interval(qualifier: str, value: float, value_max: float | None = None) -> Interval:
    """The values a claim allows. Vague amounts ("Tausende", "Zehntausende") are lower bounds."""
    if qualifier == "approx":
        return Interval(value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE))
    if qualifier in ("at_least", "vague"):
        return Interval(value, math.inf)
    if qualifier == "more_than":
        return Interval(value, math.inf, low_open=True)
    if qualifier == "at_most":
        return Interval(0.0, value)
    if qualifier == "range" and value_max is not None:
        return Interval(value, value_max)
    return Interval(value, value)


def stored_bounds(
    qualifier: str, value: float, value_max: float | None
) -> tuple[float, float | None]:
    """(low, high) as the store keeps them: NULL high for a claim open upwards."""
    iv = claim_interval(qualifier, value, value_max)
    return iv.low, (iv.high if iv.bounded else None)


def all_agree(intervals: list[Interval]) -> bool:
    """Whether every pair of claims can be true at once.

    Pairs are checked between distinct intervals (a repeated one only against itself): a big
    subject's 60 claims hold about 16 intervals, and the digest checks 8 subjects per answer."""
    counts = Counter(intervals)
    if any(n > 1 and not iv.overlaps(iv) for iv, n in counts.items()):
        return False
    distinct = list(counts)
    return all(a.overlaps(b) for i, a in enumerate(distinct) for b in distinct[i + 1 :])
