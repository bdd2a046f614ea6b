# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""Digest figure lines compare claims as intervals (issue 12): agreeing sources are one span,
sources that cannot both be right are shown side by side."""

from __future__ import annotations

from datetime import date

from digest_support import Clock, clock, make_article, make_services, store  # noqa: F401

from bot.store import Store
from handlers.digest import build_digest, digest_as_text


async def _digest(store: Store, clock: Clock, figures: list) -> str:
    article = make_article(
        "f.txt",
        "Neue Zahlen",
        date(2024, 11, 15),
        "ZDF",
        ["Laut US-Außenministerium sind es mehr als 10.000.", "Selenskyj sprach von 11.000."],
        figures=figures,
    )
    await store.corpus.apply([article], [], [], [], now=clock.now)
    reply = await build_digest(make_services(store, clock), None, "de")
    assert reply is not None
    return digest_as_text(reply)


async def test_agreeing_claims_are_one_span_with_both_sources(store: Store, clock: Clock) -> None:
    out = await _digest(
        store,
        clock,
        [
            (10000, "more_than", "mehr als 10.000", "US-Außenministerium", 0),
            (11000, "approx", "11.000", "Selenskyj", 1),
        ],
    )
    assert "mehr als 10.000 bis rund 11.000 (US-Außenministerium; Selenskyj)" in out
    assert " vs. " not in out


async def test_claims_that_cannot_both_be_true_stay_side_by_side(
    store: Store, clock: Clock
) -> None:
    out = await _digest(
        store,
        clock,
        [
            (10000, "more_than", "mehr als 10.000", "US-Außenministerium", 0),
            (5000, "at_most", "11.000", "Selenskyj", 1),
        ],
    )
    assert "mehr als 10.000 (US-Außenministerium) vs. bis zu 5.000 (Selenskyj)" in out
