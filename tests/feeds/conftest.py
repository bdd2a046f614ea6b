"""Fixtures of the feed tests: a real news site on 127.0.0.1, a real store file, the real
Ingestor (extraction in a thread), and a poller with short timeouts."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from feed_support import Clock, Feeds, feeds_config
from pytest_httpserver import HTTPServer
from site_server import NewsSite

from bot.feeds.poller import FeedPoller
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.records import FeedRecord


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    site = NewsSite(server)
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    try:
        yield site
    finally:
        server.clear()
        server.stop()


@pytest.fixture
def feeds_store(tmp_path: Path) -> str | Path:
    """Where the feed tests' store lives: a SQLite file; a module that runs on both backends
    overrides this fixture with `store_url`."""
    return tmp_path / "store.db"


@pytest.fixture
async def feeds(
    tmp_path: Path, news_site: NewsSite, feeds_store: str | Path
) -> AsyncIterator[Feeds]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = await Store.open(feeds_store)
    ingestor = Ingestor(store, corpus, workers=0)
    clock = Clock()
    disabled: list[tuple[FeedRecord, str]] = []
    poller = FeedPoller(
        store,
        ingestor,
        feeds_config(),
        clock,
        on_disabled=lambda feed, reason: disabled.append((feed, reason)),
    )
    try:
        yield Feeds(news_site, store, ingestor, poller, clock, corpus, disabled)
    finally:
        await poller.close()
        await ingestor.close()
        await store.close()
