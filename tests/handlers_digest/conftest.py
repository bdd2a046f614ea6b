"""Fixtures: a real SQLite store, empty or filled with the hand-built story in two batches."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from digest_support import BATCH1_AT, BATCH2_AT, Clock, early_articles, later_article

from bot.store import Store


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "digest.db")
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
async def filled_store(store: Store) -> Store:
    """Batch 1 (a1, a2) first seen 01.11.2024, batch 2 (a3) on 16.11.2024."""
    await store.corpus.apply(early_articles(), [], [], [], now=BATCH1_AT)
    await store.corpus.apply([later_article()], [], ["a1.txt", "a2.txt"], [], now=BATCH2_AT)
    return store


@pytest.fixture
def clock() -> Clock:
    return Clock()
