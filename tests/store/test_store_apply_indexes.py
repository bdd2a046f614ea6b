"""Every index a corpus apply maintains costs it pages to write, and an index ordered by date
within a subject takes an apply's figures at random places all over a large store (issue 14:
apply time independent of store size). figures_subject_date served no read any more: it is
gone from new and upgraded stores (schema 27), and the reads of a subject's figures are
unchanged."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import asyncpg
from sample_corpus import F, build_extraction

from bot.store import Store

# What reads a subject's figures: newest or oldest first, and the articles reporting on it.
_FIGURE_INDEXES = {
    "figures_article",
    "figures_source_speaker",
    "figures_subject_article",
    "figures_subject_newest",
}

_DATE_INDEX = "(subject_key, sort_date, interval_low)"  # figures_subject_date, schema 6-26


async def _figure_indexes(store_url: str) -> set[str]:
    if "://" in store_url:
        conn = await asyncpg.connect(store_url)
        try:
            rows = await conn.fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'figures'")
        finally:
            await conn.close()
        return {r[0] for r in rows} - {"figures_pkey"}
    with sqlite3.connect(store_url) as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures'"
        ).fetchall()
    return {r[0] for r in rows}


async def test_a_new_store_indexes_figures_only_for_its_reads(store_url: str) -> None:
    store = await Store.open(store_url)
    await store.close()
    assert await _figure_indexes(store_url) == _FIGURE_INDEXES


async def test_an_upgraded_store_drops_the_unread_date_index_and_reads_as_before(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    store = await Store.open(db)
    await store.corpus.apply(
        [
            build_extraction(
                f"{day:02d}.txt",
                f"Hochwasser, Tag {day}",
                date(2026, 3, day),
                "Deutschlandfunk",
                [f"Es werden {count} Menschen vermisst."],
                figures=[F(0, f"{count} Menschen vermisst", count, subject="Vermisste", unit=None)],
            )
            for day, count in ((2, 9), (1, 12))
        ],
        [],
        [],
        [],
    )
    await store.close()
    with sqlite3.connect(db) as conn:  # the store as schema 26 left it
        conn.execute(f"CREATE INDEX figures_subject_date ON figures {_DATE_INDEX}")
        conn.execute("PRAGMA user_version = 26")
    assert "figures_subject_date" in await _figure_indexes(str(db))
    store = await Store.open(db)
    try:
        [subject] = await store.figures.subjects()
        newest = [f.text for f in await store.figures.for_subject(subject.subject_key, limit=1)]
        oldest_first = [f.text for f in await store.figures.for_subject(subject.subject_key)]
    finally:
        await store.close()
    assert newest == ["9 Menschen vermisst"]
    assert oldest_first == ["12 Menschen vermisst", "9 Menschen vermisst"]
    assert await _figure_indexes(str(db)) == _FIGURE_INDEXES
