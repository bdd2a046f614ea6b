"""Helpers and fixtures of the scheduler tests: a real store, a recording Poster (the
transports are the true edge here), recorded sleeps, a one-article corpus so digests have
something to say, and a scheduler factory.

The fixtures live here, imported by the test modules, rather than in a conftest.py: several
test directories do `from conftest import ...`, which a second conftest module would shadow."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.config import Config, DigestConfig
from bot.models import ArticleExtraction, Paragraph, ParsedArticle, Sentence
from bot.scheduler import DigestScheduler
from bot.store import Store
from bot.transports.base import SendError
from handlers.types import Reply, Services


@dataclass
class RecordingPoster:
    """Posts into a list. `failures` are raised by the next post calls, in order."""

    name: str = "matrix"
    posts: list[tuple[str, Reply]] = field(default_factory=list)
    admin_notes: list[str] = field(default_factory=list)
    failures: list[SendError] = field(default_factory=list)
    attempts: int = 0

    async def post(self, channel_id: str, reply: Reply) -> None:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        self.posts.append((channel_id, reply))

    async def notify_admins(self, text: str) -> None:
        self.admin_notes.append(text)


@dataclass
class Sleeps:
    delays: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def one_article() -> ArticleExtraction:
    text = "Nordkorea hat mindestens 3.000 Soldaten nach Russland geschickt."
    parsed = ParsedArticle(
        file="a1.txt",
        path="/corpus/a1.txt",
        title="Soldaten in Russland",
        published=date(2024, 10, 23),
        outlet="tagesschau.de",
        paragraphs=(Paragraph(text),),
        content_hash="h1",
    )
    return ArticleExtraction(parsed, (Sentence(0, text, 0, len(text), 0, "report"),), (), ())


SchedulerFactory = Callable[..., DigestScheduler]


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
