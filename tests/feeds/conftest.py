"""Fixtures of the feed tests: a real news site on 127.0.0.1, a real store file, the real
Ingestor (extraction in a thread), and a poller with short timeouts."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from feed_support import Clock, feeds_config
from pytest_httpserver import HTTPServer
from site_server import NewsSite

from bot.feeds.poller import FeedPoller
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.records import FeedRecord


@dataclass
class Feeds:
    """Everything a feed test touches."""

    site: NewsSite
    store: Store
    ingestor: Ingestor
    poller: FeedPoller
    clock: Clock
    corpus: Path
    disabled: list[tuple[FeedRecord, str]] = field(default_factory=list)

    async def add(self, url: str, name: str | None = None) -> FeedRecord:
        feed, _ = await self.store.feeds.add(url, name, "test", self.clock())
        return feed


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
async def feeds(tmp_path: Path, news_site: NewsSite) -> AsyncIterator[Feeds]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = await Store.open(tmp_path / "store.db")
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
