"""What the feed tests share beyond fixtures: a settable clock, the feeds configuration and
the set-up the `feeds` fixture yields.

They live here, not in conftest.py, because test modules import them by name and a module
called `conftest` is ambiguous once several test directories are collected together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from site_server import NewsSite

from bot.config import FeedsConfig
from bot.feeds.poller import FeedPoller
from bot.ingest import Ingestor
from bot.store import Store
from bot.store.records import FeedRecord

START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def feeds_config(**overrides: object) -> FeedsConfig:
    base: dict[str, object] = {
        "poll_minutes": 10.0,
        "timeout_seconds": 0.5,
        "max_bytes": 200_000,
        "disable_after": 3,
    }
    base.update(overrides)
    return FeedsConfig(**base)  # type: ignore[arg-type]


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
