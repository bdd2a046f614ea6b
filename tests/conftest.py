"""Shared test fixtures: hand-built extractions and a real SQLite store filled with them.

The builders live in tests/sample_corpus.py (import them from `sample_corpus`); this file only
turns them into fixtures, visible to every test directory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sample_corpus import SAMPLE_NOW, build_extraction, sample_corpus

from bot.models import ArticleExtraction
from bot.store import Store


@pytest.fixture
def make_extraction() -> Callable[..., ArticleExtraction]:
    """The builder itself (sample_corpus.build_extraction), for tests that need own articles."""
    return build_extraction


@pytest.fixture
def sample_extractions() -> list[ArticleExtraction]:
    return sample_corpus()


@pytest.fixture
async def sample_store(tmp_path: Path) -> AsyncIterator[Store]:
    """A real store file in tmp_path holding the sample corpus (applied at SAMPLE_NOW)."""
    store = await Store.open(tmp_path / "sample.db")
    await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
    try:
        yield store
    finally:
        await store.close()
