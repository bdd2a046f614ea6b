"""The two migration lists stay in step: one version number means one schema on both backends."""

from __future__ import annotations

import asyncpg
import pytest

from bot.store import Store, StoreVersionError
from bot.store.migrations import MIGRATIONS, PG_FIRST_VERSION, PG_MIGRATIONS, SCHEMA_VERSION


def test_every_sqlite_migration_has_its_postgresql_twin() -> None:
    """A migration appended to MIGRATIONS needs its PostgreSQL twin in PG_MIGRATIONS (and the
    other way round): the lists past PostgreSQL's first schema have the same length."""
    sqlite_after_first = MIGRATIONS[PG_FIRST_VERSION:]
    postgresql_after_first = PG_MIGRATIONS[1:]
    assert len(postgresql_after_first) == len(sqlite_after_first), (
        "MIGRATIONS and PG_MIGRATIONS differ in length: add the missing twin "
        "(bot/store/migrations.py docstring)"
    )
    assert PG_FIRST_VERSION + len(PG_MIGRATIONS) - 1 == SCHEMA_VERSION


async def test_a_new_postgresql_store_has_the_current_schema_version(pg_url: str) -> None:
    async with await Store.open(pg_url) as store:
        assert store.backend == "postgresql"
    conn = await asyncpg.connect(pg_url)
    try:
        assert await conn.fetchval("SELECT version FROM schema_version") == SCHEMA_VERSION
        tables = {r[0] for r in await conn.fetch("SELECT tablename FROM pg_tables")}
        assert {"articles", "quotes", "subscriptions", "feeds", "corpus_lease"} <= tables
    finally:
        await conn.close()


async def test_a_newer_postgresql_schema_is_refused_and_left_alone(pg_url: str) -> None:
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.execute("UPDATE schema_version SET version = $1", SCHEMA_VERSION + 1)
    finally:
        await conn.close()
    with pytest.raises(StoreVersionError, match="newer Lagebild"):
        await Store.open(pg_url)
