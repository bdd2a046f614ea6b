"""A small story corpus in a real store, for the /figures tests: the articles are written in
the test, run through the real pipeline and applied like an ingest would."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path

from bot.config import Config
from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Request, Services, UserRef


def article(
    name: str,
    title: str,
    published: date | None,
    paragraphs: Sequence[str] | str,
    outlet: str = "Zeitung",
) -> ParsedArticle:
    paras = (paragraphs,) if isinstance(paragraphs, str) else tuple(paragraphs)
    return ParsedArticle(
        name, name, title, published, outlet, tuple(Paragraph(p) for p in paras), name
    )


def articles_of(
    rows: Iterable[tuple[str, str, date | None, Sequence[str] | str]],
) -> list[ParsedArticle]:
    """The story's articles from (file name, title, published, paragraphs) rows."""
    return [article(name, title, published, paras) for name, title, published, paras in rows]


@asynccontextmanager
async def story_services(
    location: str | Path, extractor: Extractor, articles: Iterable[ParsedArticle], now: datetime
) -> AsyncIterator[Services]:
    """Services over a store holding exactly these articles, ingested at `now`."""
    store = await Store.open(location)
    try:
        extractions = [extractor.extract(a) for a in articles]
        await store.corpus.apply(extractions, [], [], [], now=now)
        yield Services(config=Config(), store=store, clock=lambda: now)
    finally:
        await store.close()


async def ask_figures(services: Services, **args: str) -> Reply:
    req = Request(
        command="figures",
        args=args,
        user=UserRef("discord:1", "tester"),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )
    return await dispatch(req, services, build_handlers())


def topics(body: str) -> list[str]:
    """The topic lines of a /figures overview."""
    return [
        line
        for line in body.splitlines()
        if re.search(r" · \d+ Meldung(en)?( \(\+ \d+ weitere(s)? Ereignis(se)?\))?$", line)
    ]
