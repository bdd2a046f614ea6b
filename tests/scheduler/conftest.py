"""Fixtures of the scheduler tests: a real store and a scheduler factory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sched_support import RecordingPoster, SchedulerFactory, Sleeps, one_article

from bot.config import Config, DigestConfig
from bot.scheduler import DigestScheduler
from bot.store import Store
from handlers.types import Services


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "sched.db")
    await s.corpus.apply([one_article()], [], [], [], now=datetime(2024, 10, 23, 12, tzinfo=UTC))
    try:
        yield s
    finally:
        await s.close()


@pytest.fixture
def poster() -> RecordingPoster:
    return RecordingPoster()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def make_scheduler(
    store: Store, poster: RecordingPoster, sleeps: Sleeps
) -> AsyncIterator[SchedulerFactory]:
    """A DigestScheduler over the real store; `now` defaults to the (time-machine'd) clock."""
    made: list[DigestScheduler] = []

    def factory(now: Callable[[], datetime] | None = None, **digest: object) -> DigestScheduler:
        services = Services(
            config=Config(digest=DigestConfig(**digest)),  # type: ignore[arg-type]
            store=store,
            clock=now or (lambda: datetime.now(UTC)),
        )
        sched = DigestScheduler(services, {poster.name: poster}, sleep=sleeps)
        services.scheduler = sched
        made.append(sched)
        return sched

    yield factory
    for sched in made:
        await sched.shutdown()
