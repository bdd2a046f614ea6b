"""What is PostgreSQL's own: lock conflicts as StoreBusy, German stemming in full-text search."""

from __future__ import annotations

from datetime import date

import asyncpg
import pytest
from sample_corpus import SAMPLE_NOW, build_extraction

from bot.store import Store
from bot.store.errors import StoreBusy, is_transient


async def test_a_lock_conflict_is_a_transient_store_busy(pg_url: str) -> None:
    """A writer that cannot get its lock in time fails with the error the handlers and the
    scheduler retry, not with a driver exception they would report as a bug."""
    store = await Store.open(pg_url)
    other = await asyncpg.connect(pg_url)
    try:
        await store._db.conn.execute("SET lock_timeout = '50ms'")
        await other.execute("BEGIN")
        await other.execute("LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(StoreBusy) as caught:
            await store.subscriptions.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
        assert is_transient(caught.value)
        await other.execute("ROLLBACK")
        sub = await store.subscriptions.upsert("matrix", "!r:localhost", "07:00", "UTC", "@a:x")
        assert sub.enabled  # nothing was left half-done: the retry goes through
    finally:
        await other.close()
        await store.close()


async def test_search_finds_inflected_forms_only_on_postgresql(store_url: str) -> None:
    """German stemming (to_tsvector('german', …)) makes PostgreSQL find MORE: a plural finds
    the singular. SQLite matches words and prefixes only (docs/deploy.md)."""
    store = await Store.open(store_url)
    try:
        article = build_extraction(
            "k.txt", "Treffen", date(2024, 11, 1), "ZDF", ["Ein Soldat wurde verletzt."]
        )
        await store.corpus.apply([article], [], [], [], now=SAMPLE_NOW)
        found = [h.text for h in await store.search.search("Soldaten")]
        if store.backend == "postgresql":
            assert found == ["Ein Soldat wurde verletzt."]
        else:
            assert found == []
        # the exact word is found on both
        assert [h.text for h in await store.search.search("Soldat")] == [
            "Ein Soldat wurde verletzt."
        ]
    finally:
        await store.close()
