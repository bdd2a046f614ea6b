"""/figures keeps the figures of unrelated stories apart when their subjects name no event
place of their own (issue 12: on gnqa dev, "Verletzte" joined a plane's landing on Guam and a
family feud in Dortmund, "Aktienanteil" the shares of two companies). A report's lead names
where it happened, and a share is always someone's. German articles written for these tests,
run through the real pipeline into a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
DAY = date(2025, 6, 1)
ARTICLES = [
    (
        "feud.txt",
        "Ermittlungen wegen versuchten Mordes",
        DAY,
        [
            "Nach einem Streit zweier Familien in Dortmund-Bövinghausen ermittelt die "
            "Mordkommission wegen versuchten Mordes.",
            "Es wurden mindestens drei Personen leicht verletzt.",
        ],
    ),
    (
        "bus.txt",
        "Reisebus umgekippt",
        DAY,
        [
            "Auf der Autobahn bei Kassel ist am Sonntag ein Reisebus umgekippt.",
            "Dabei wurden fünf Personen verletzt.",
        ],
    ),
    (
        "acs.txt",
        "Übernahme rückt näher",
        DAY,
        "Die spanische ACS war bisher schon mit einem Aktienanteil von 30 Prozent größter "
        "Aktionär des Baukonzerns.",
    ),
    (
        "eads.txt",
        "Neuer Chef für den Luftfahrtkonzern",
        DAY,
        "Deutschland ist an dem Luftfahrtkonzern mit einem Aktienanteil von 22,5 Prozent "
        "beteiligt.",
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(tmp_path / "apart.db", extractor, articles_of(ARTICLES), NOW) as s:
        yield s


async def test_the_injured_of_two_stories_are_two_topics(services, text_of) -> None:
    lines = [
        line for line in topics(text_of(await ask_figures(services))) if "verletzte" in line.lower()
    ]
    assert len(lines) == 2, lines
    assert any(
        "Leichtverletzte (in Dortmund-Bövinghausen): mindestens 3 (" in line for line in lines
    )
    assert any("Kassel" in line and ": 5 (" in line for line in lines)
    assert all(line.endswith("· 1 Meldung") for line in lines), lines


async def test_two_companies_shares_are_two_topics(services, text_of) -> None:
    lines = [
        line for line in topics(text_of(await ask_figures(services))) if "Aktienanteil" in line
    ]
    assert sorted(lines) == [
        "- Aktienanteil (ACS): 30 Prozent (laut Zeitung, 01.06.2025) · 1 Meldung",
        "- Aktienanteil (Deutschland): 22,5 Prozent (laut Zeitung, 01.06.2025) · 1 Meldung",
    ], lines
