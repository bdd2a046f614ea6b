"""/figures reads a range with its outliers as one claim and a claim's tiers as one subject
whose overview line shows every tier (issue 12: "zwischen 0 % und 8 %, gelegentlich auch 10 %
oder 12 %" was four values; tier rates took their condition's noun as subject). German
articles written for these tests, run through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "portale.txt",
        "Hotels und Portale",
        date(2025, 5, 20),
        "Die Provision der Reisebüros liegt zwischen 0 Prozent und 8 Prozent, gelegentlich "
        "auch 10 Prozent oder 12 Prozent.",
    ),
    (
        "makler.txt",
        "Neue Regeln für Makler",
        date(2025, 5, 28),
        "Die Courtage der Makler beträgt 3 Prozent bis zu einem Kaufpreis von 1 Mio. Euro, "
        "2 Prozent bis zu einem Kaufpreis von 5 Mio. Euro und 1 Prozent darüber.",
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "claims.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


def _line(body: str, head: str) -> str:
    [line] = [line for line in topics(body) if line.startswith(f"- {head}")]
    return line


async def test_a_range_with_outliers_is_one_claim_with_a_note(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    line = _line(body, "Provision der Reisebüros")
    assert "0–8 Prozent (gelegentlich auch 10 Prozent oder 12 Prozent)" in line, body
    assert "1 Meldung" in line, line
    detail = text_of(await ask_figures(services, subject="Provision der Reisebüros"))
    assert " vs. " not in detail and " sowie " not in detail, detail


async def test_the_overview_line_of_tiers_shows_every_tier(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    line = _line(body, "Courtage der Makler")
    assert "3 Prozent, 2 Prozent und 1 Prozent (je nach Fall)" in line, body
    assert "3 Meldungen" in line, line
