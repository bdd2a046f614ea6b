"""Figure claims are stored with their interval (issue 12), on new stores and after upgrading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store import Store
from bot.store.migrations import MIGRATIONS


def _bounds(db: Path) -> dict[str, tuple[float, float | None]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT text, interval_low, interval_high FROM figures").fetchall()
    return {text: (low, high) for text, low, high in rows}


async def test_applied_figures_carry_their_interval(tmp_path: Path, sample_extractions) -> None:
    db = tmp_path / "s.db"
    store = await Store.open(db)
    await store.corpus.apply(sample_extractions, [], [], [])
    await store.close()
    bounds = _bounds(db)
    assert bounds["mehr als 10.000 nordkoreanische Soldaten"] == (10000, None)
    low, high = bounds["rund 11.000 Soldaten"]
    assert (round(low), round(high or 0)) == (9900, 12100)


async def test_upgrade_fills_the_interval_of_existing_figures(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    # the schema just before the interval columns
    before = next(i for i, m in enumerate(MIGRATIONS) if "interval_low" in m)
    with sqlite3.connect(db) as conn:
        for script in MIGRATIONS[:before]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {before}")
        conn.execute(
            """INSERT INTO figures (id, article_id, value, value_max, qualifier, text,
                   sentence, sentence_idx, start_char, end_char)
               VALUES (1, 1, 1000, NULL, 'vague', 'Tausende', 's', 0, 0, 8),
                      (2, 1, 10, 20, 'range', '10 bis 20', 's', 0, 0, 9),
                      (3, 1, 500, NULL, 'at_most', 'bis zu 500', 's', 0, 0, 9)"""
        )
    store = await Store.open(db)
    await store.close()
    assert _bounds(db) == {
        "Tausende": (1000, None),
        "10 bis 20": (10, 20),
        "bis zu 500": (0, 500),
    }
