"""Helpers and fixtures of the scheduler tests: a real store, a recording Poster (the
transports are the true edge here), recorded sleeps, a one-article corpus so digests have
something to say, and a scheduler factory.

The fixtures live here, imported by the test modules, rather than in a conftest.py: several
test directories do `from conftest import ...`, which a second conftest module would shadow."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.config import Config, DigestConfig
from bot.models import ArticleExtraction, Paragraph, ParsedArticle, Sentence
from bot.notify import AdminNotifier
from bot.scheduler import DigestScheduler
from bot.store import Store
from bot.transports.base import PartSent, SendError
from handlers.types import Reply, Services


@dataclass
class RecordingPoster:
    """Posts into lists, one part (message) per block of the Reply, as the Poster protocol
    says: parts before `skip` are left out, each part sent is reported to `on_part`.
    `failures` are raised by the next post calls before any part, in order; `fail_on_part`
    maps a part index to errors raised (one per attempt) instead of sending that part."""

    name: str = "matrix"
    posts: list[tuple[str, Reply]] = field(default_factory=list)
    parts: list[tuple[str, int, str]] = field(default_factory=list)
    admin_notes: list[str] = field(default_factory=list)
    failures: list[SendError] = field(default_factory=list)
    fail_on_part: dict[int, list[SendError]] = field(default_factory=dict)
    attempts: int = 0

    async def post(
        self,
        channel_id: str,
        reply: Reply,
        *,
        skip: int = 0,
        on_part: PartSent | None = None,
    ) -> int:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        texts = [b.text for b in reply.blocks] or [reply.title]
        for i, text in enumerate(texts):
            if i < skip:
                continue
            if self.fail_on_part.get(i):
                raise self.fail_on_part[i].pop(0)
            self.parts.append((channel_id, i, text))
            if on_part is not None:
                await on_part(i + 1)
        self.posts.append((channel_id, reply))
        return len(texts)

    async def notify_admins(self, text: str) -> None:
        self.admin_notes.append(text)


@dataclass
class Sleeps:
    """Records the scheduler's waits instead of waiting; `hook` runs at each (e.g. to let a
    busy store go free after the second wait)."""

    delays: list[float] = field(default_factory=list)
    hook: Callable[[float], Awaitable[None]] | None = None

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.hook is not None:
            await self.hook(seconds)


def one_article(n: int = 1) -> ArticleExtraction:
    """Article number `n` (1: the fixture's; others make a digest of several parts)."""
    text = "Nordkorea hat mindestens 3.000 Soldaten nach Russland geschickt."
    if n != 1:
        text = f"Meldung {n}: Nordkorea hat weitere {n}.000 Soldaten nach Russland geschickt."
    parsed = ParsedArticle(
        file=f"a{n}.txt",
        path=f"/corpus/a{n}.txt",
        title="Soldaten in Russland" if n == 1 else f"Meldung {n}",
        published=date(2024, 10, 23),
        outlet="tagesschau.de",
        paragraphs=(Paragraph(text),),
        content_hash=f"h{n}",
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

    def factory(
        now: Callable[[], datetime] | None = None,
        notifier: AdminNotifier | None = None,
        **digest: object,
    ) -> DigestScheduler:
        services = Services(
            config=Config(digest=DigestConfig(**digest)),  # type: ignore[arg-type]
            store=store,
            clock=now or (lambda: datetime.now(UTC)),
            notifier=notifier,
        )
        sched = DigestScheduler(services, {poster.name: poster}, sleep=sleeps)
        made.append(sched)
        return sched

    yield factory
    for sched in made:
        await sched.shutdown()
