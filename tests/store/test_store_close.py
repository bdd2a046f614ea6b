"""Closing the store ends every connection it opened, also one a cancelled reply was still
setting up: an aiosqlite connection left open keeps a worker thread alive, and the process
then hangs at exit (a console `/quit` that never returned)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from bot.store import db as store_db
from bot.store.errors import StoreUnavailable


def worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if "_connection_worker" in t.name and t.is_alive()]


async def test_a_reply_cancelled_while_its_connection_opens_leaves_no_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set(worker_threads())
    store = await Store.open(str(tmp_path / "s.db"))
    real_connect = store_db._connect
    setting_up = asyncio.Event()

    async def connect_then_wait(path: Path, create: bool = True) -> Any:
        # a real read connection whose first setting waits: the reply is cancelled right there
        conn = await real_connect(path, create)
        real_execute = conn.execute

        async def execute(sql: str, *args: Any) -> Any:
            if "query_only" in sql:
                setting_up.set()
                await asyncio.sleep(3600)
            return await real_execute(sql, *args)

        conn.execute = execute  # type: ignore[method-assign]
        return conn

    monkeypatch.setattr(store_db, "_connect", connect_then_wait)

    async def reply() -> None:
        async with store.snapshot() as view:
            await view.corpus.status()

    task = asyncio.create_task(reply())
    await setting_up.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await store.close()
    leaked = [t for t in worker_threads() if t not in before]
    for t in leaked:
        t.join(timeout=5)
    assert [t for t in leaked if t.is_alive()] == []


async def test_a_closed_store_opens_no_new_read_connection(tmp_path: Path) -> None:
    store = await Store.open(str(tmp_path / "s.db"))
    await store.close()
    before = set(worker_threads())
    with pytest.raises(StoreUnavailable, match="closed"):
        async with store.snapshot() as view:
            await view.corpus.status()
    assert set(worker_threads()) <= before
