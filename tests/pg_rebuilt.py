"""Checks shared by the PostgreSQL-only derived tables (block summaries, rows per lexeme):
an existing store gains them from its migration, and `store copy` into PostgreSQL builds them.
Each takes how to read the derived state, so one test module per table stays a few lines."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from sample_corpus import SAMPLE_NOW, sample_corpus

from bot.store import Store
from bot.store.copy import copy_store
from bot.store.migrations import PG_FIRST_VERSION, PG_MIGRATIONS

Read = Callable[[Store], Awaitable[Any]]


async def migration_rebuilds(pg_url: str, read: Read, migration: str, drops: Sequence[str]) -> None:
    """Apply the sample corpus, drop the derived state, set the schema back to before
    `migration` (later migrations run again: no-ops on PostgreSQL), reopen: the state is
    the same as it was."""
    store = await Store.open(pg_url)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        expected = await read(store)
        assert expected
        for sql in drops:
            await store._db.conn.execute(sql)
        before = PG_FIRST_VERSION + PG_MIGRATIONS.index(migration) - 1
        await store._db.conn.execute(f"UPDATE schema_version SET version = {before}")
    finally:
        await store.close()
    store = await Store.open(pg_url)
    try:
        assert await read(store) == expected
    finally:
        await store.close()


async def copied_store(tmp_path: Path, pg_url: str) -> Store:
    """The sample corpus applied to a SQLite store and copied into PostgreSQL, opened there
    (the caller closes it)."""
    source = tmp_path / "store.db"
    store = await Store.open(source)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
    finally:
        await store.close()
    await copy_store(source, pg_url)
    return await Store.open(pg_url)
