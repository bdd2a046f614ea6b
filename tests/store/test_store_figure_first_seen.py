"""A subject's figures of one date are ordered by their article's first_seen, which figures
carry themselves since issue 14 (so an index gives the order): also after upgrading a store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store import Store
from bot.store.migrations import MIGRATIONS


async def test_upgrade_orders_undated_figures_by_their_articles_first_seen(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    before = next(i for i, m in enumerate(MIGRATIONS) if "figures_subject_newest" in m)
    with sqlite3.connect(db) as conn:
        for script in MIGRATIONS[:before]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {before}")
        # the article with the lower id was first seen later: id order is not first_seen order
        conn.execute(
            """INSERT INTO articles (id, file, title, content_hash, first_seen, updated_at)
               VALUES (1, 'late.json', 'Spät', 'h1', '2026-03-02T08:00:00+00:00', 'x'),
                      (2, 'early.json', 'Früh', 'h2', '2026-03-01T08:00:00+00:00', 'x')"""
        )
        conn.execute(
            """INSERT INTO figures (id, article_id, value, qualifier, subject_key, text,
                   sentence, sentence_idx, start_char, end_char)
               VALUES (1, 1, 30, 'exact', 'soldaten', '30 Soldaten', 's', 0, 0, 11),
                      (2, 2, 20, 'exact', 'soldaten', '20 Soldaten', 's', 0, 0, 11)"""
        )
    store = await Store.open(db)
    try:
        oldest_first = [f.text for f in await store.figures.for_subject("soldaten")]
        newest = [f.text for f in await store.figures.for_subject("soldaten", limit=1)]
    finally:
        await store.close()
    assert oldest_first == ["20 Soldaten", "30 Soldaten"]
    assert newest == ["30 Soldaten"]


async def test_applied_figures_carry_their_articles_first_seen(
    tmp_path: Path, sample_extractions
) -> None:
    db = tmp_path / "s.db"
    store = await Store.open(db)
    await store.corpus.apply(sample_extractions, [], [], [])
    await store.close()
    with sqlite3.connect(db) as conn:
        pairs = conn.execute(
            "SELECT f.first_seen, a.first_seen FROM figures f JOIN articles a ON a.id = f.article_id"
        ).fetchall()
    assert pairs
    assert all(mine == articles for mine, articles in pairs)
