"""Helpers of the scheduler tests: a recording Poster (the transports are the true edge
here), recorded sleeps, and a one-article corpus so digests have something to say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.models import ArticleExtraction, Paragraph, ParsedArticle, Sentence
from bot.scheduler import DigestScheduler
from bot.transports.base import SendError
from handlers.types import Reply


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
