"""`ingest --rebuild` keeps what people entered: every table is either rebuilt from the corpus
or carried over, so a table added later cannot be silently dropped by a rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store import Store
from bot.store.files import CORPUS_TABLES, STATE_TABLES


async def test_every_table_is_either_corpus_or_carried_state(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "s.db")
    await store.close()
    con = sqlite3.connect(tmp_path / "s.db")
    try:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        con.close()
    fts = {name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")}
    shadows = {n for n, _ in rows if any(n.startswith(f + "_") for f in fts)}
    tables = {n for n, _ in rows if not n.startswith("sqlite_")} - shadows
    unclassified = tables - CORPUS_TABLES - set(STATE_TABLES)
    assert not unclassified, f"classify in bot/store/files.py: {sorted(unclassified)}"
    assert not CORPUS_TABLES & set(STATE_TABLES)
