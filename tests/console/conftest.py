"""Fixtures: a store file with a two-article story, and a console transport over it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction
from bot.store import Store
from bot.transports.console import ConsoleTransport
from handlers.registry import build_handlers
from handlers.types import Services

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)


def console_story(make: Callable[..., ArticleExtraction]) -> list[ArticleExtraction]:
    return [
        make(
            "001_kirby.txt",
            "USA bestätigen Entsendung von 3.000 Soldaten",
            date(2024, 10, 24),
            "Tagesschau",
            [
                "Nordkorea hat mindestens 3.000 Soldaten nach Russland geschickt.",
                "Sie seien per Schiff nach Wladiwostok gebracht worden, bestätigte John Kirby.",
            ],
            quotes=[Q(1, "John Kirby", "Sie seien per Schiff nach Wladiwostok gebracht worden", role="Sprecher")],
            figures=[F(0, "mindestens 3.000 Soldaten", 3000, "at_least", source="John Kirby")],
        ),
        make(
            "002_front.txt",
            "Mehr als 10.000 Nordkoreaner an der Front",
            date(2024, 11, 15),
            "Spiegel",
            [
                "Laut US-Außenministerium sind mehr als 10.000 Soldaten in Kursk.",
                "Selenskyj sprach dagegen von rund 11.000 Soldaten.",
            ],
            figures=[
                F(0, "mehr als 10.000 Soldaten", 10000, "more_than", source="US-Außenministerium"),
                F(1, "rund 11.000 Soldaten", 11000, "approx", source="Wolodymyr Selenskyj"),
            ],
        ),
    ]  # fmt: skip


@pytest.fixture
async def db_path(tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]) -> Path:
    """A closed store file holding the story (subprocess tests open it themselves)."""
    path = tmp_path / "console.db"
    store = await Store.open(path)
    try:
        await store.corpus.apply(console_story(make_extraction), [], [], [], now=NOW)
    finally:
        await store.close()
    return path


@pytest.fixture
async def console(db_path: Path, tmp_path: Path) -> AsyncIterator[ConsoleTransport]:
    store = await Store.open(db_path)
    services = Services(config=Config(), store=store, clock=lambda: NOW)
    try:
        yield ConsoleTransport(services, build_handlers(), attachment_dir=tmp_path / "attachments")
    finally:
        await store.close()
