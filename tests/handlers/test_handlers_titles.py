"""A headline with its own quotation marks, inside the quotes an answer puts around titles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sample_corpus import Q

from bot.config import Config
from bot.models import ArticleExtraction
from bot.render.text import render_text
from bot.store import Store
from handlers.format import inner_quotes
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Request, Services, UserRef

NOW = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)
TITLE = "Schuster: „Wir lassen Grimma nicht allein“"


@pytest.fixture
async def services(
    tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]
) -> AsyncIterator[Services]:
    article = make_extraction(
        "03_schuster.txt",
        TITLE,
        date(2026, 3, 14),
        "Sächsische Zeitung",
        ["„Wir lassen Grimma nicht allein“, sagte Innenminister Armin Schuster in Grimma."],
        quotes=[Q(0, "Armin Schuster", "Wir lassen Grimma nicht allein", kind="direct")],
    )
    store = await Store.open(str(tmp_path / "bot.db"))
    await store.corpus.apply([article], [], [], [], now=NOW)
    try:
        yield Services(store=store, config=Config(), clock=lambda: NOW)
    finally:
        await store.close()


async def _console(services: Services, command: str, locale: str = "de", **args: str) -> str:
    req = Request(
        command=command,
        args=args,
        user=UserRef(id="console:u", name="u"),
        channel=ChannelRef(transport="console", id="console", name="console"),
        locale=locale,
        received_at=NOW,
    )
    return render_text(await build_handlers()[command](req, services), locale)


@pytest.mark.parametrize(
    ("command", "args"), [("sources", {}), ("who_said", {"speaker": "Schuster"})]
)
async def test_quotes_in_a_title_become_the_inner_pair(
    services: Services, command: str, args: dict[str, str]
) -> None:
    out = await _console(services, command, **args)
    assert "„Schuster: ‚Wir lassen Grimma nicht allein‘“" in out
    assert "allein““" not in out


async def test_english_answers_nest_the_english_way(services: Services) -> None:
    out = await _console(services, "sources", locale="en")
    assert "“Schuster: ‘Wir lassen Grimma nicht allein’”" in out


def test_titles_without_quotes_and_straight_quotes() -> None:
    assert inner_quotes("Pegel sinkt", "de") == "Pegel sinkt"
    assert inner_quotes('Merz: "Der Bund hilft"', "de") == "Merz: ‚Der Bund hilft‘"
    assert inner_quotes("Streit um »Deichgeld«", "de") == "Streit um ›Deichgeld‹"
