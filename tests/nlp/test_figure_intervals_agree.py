"""all_agree checks distinct intervals only (a digest speed-up, issue 14): it must answer
exactly as comparing every pair of claims does, repeated and open-ended claims included."""

from __future__ import annotations

import itertools
import random

from bot.nlp.figures.intervals import Interval, all_agree, claim_interval


def _every_pair(intervals: list[Interval]) -> bool:
    return all(a.overlaps(b) for a, b in itertools.combinations(intervals, 2))


def test_repeated_claims_agree_with_each_other_and_still_conflict_with_others() -> None:
    rund = claim_interval("approx", 11_000)
    mehr = claim_interval("more_than", 10_000)
    assert all_agree([rund, mehr, rund, mehr, rund])
    assert not all_agree([rund, rund, claim_interval("exact", 5_000), rund])


def test_a_repeated_empty_interval_conflicts_with_itself() -> None:
    empty = Interval(5.0, 5.0, low_open=True)
    assert all_agree([empty])
    assert not all_agree([empty, empty])


def test_same_answer_as_every_pair_on_random_claims() -> None:
    rng = random.Random(14)
    kinds = ("exact", "approx", "at_least", "more_than", "at_most", "range", "vague")
    for _ in range(2_000):
        intervals = []
        for _ in range(rng.randint(0, 12)):
            value = float(rng.choice((90, 100, 110, 1_000)))
            intervals.append(claim_interval(rng.choice(kinds), value, value + rng.choice((0, 20))))
        assert all_agree(intervals) == _every_pair(intervals)
