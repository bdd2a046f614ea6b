"""What is PostgreSQL's own: lock conflicts as StoreBusy (stemming: test_store_stemming.py)."""

from __future__ import annotations

import asyncpg
import pytest

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
