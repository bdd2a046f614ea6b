"""/figures on a corpus of many unrelated stories (issue 12): abstract nouns, ranks and clause
openers are no topics, and the vote shares of two elections are two topics. German articles
written for these tests, run through the real pipeline into a real store (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2024, 1, 10, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "wahl1.txt",
        "Landtagswahl in Bayern",
        date(2023, 10, 9),
        [
            "Die SPD erhielt bei der Landtagswahl in Bayern 8,4 Prozent der Stimmen.",
            "Der Grund sind nach Ansicht der Partei 3 Prozent weniger Stammwähler.",
        ],
    ),
    (
        "wahl2.txt",
        "Bundestagswahl",
        date(2021, 9, 27),
        [
            "Die SPD erhielt bei der Bundestagswahl 25,7 Prozent der Stimmen.",
            "Die Union kam in erster Linie wegen ihres Kandidaten auf 24,1 Prozent der Stimmen.",
        ],
    ),
    (
        "sport.txt",
        "Skispringen",
        date(2024, 1, 6),
        [
            "Die Springerin belegte den vierten Platz mit 120 Metern.",
            "Die Chancen in der deutschen Mannschaft stehen bei 50 Prozent.",
            "Bayern gewann am Abend 2:1 gegen Dortmund.",
        ],
    ),
    (
        "sturm.txt",
        "Sturm über Norddeutschland",
        date(2024, 1, 8),
        [
            "Aufgrund des Sturms wurden nach Erkenntnissen der Polizei 300 Häuser beschädigt.",
            "Laut Feuerwehr kamen 3 Menschen ums Leben.",
            "Nach Angaben aus Sicherheitskreisen wurden 40 Menschen festgenommen.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_noise_is_no_topic(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    names = " ".join(t.split(":")[0] for t in listing)
    for noise in ("Grund", "Chancen", "Linie", "Platz", "Aufgrund", "Erkenntnissen", "Laut"):
        assert noise not in names, listing
    assert any(t.startswith("- Häuser") for t in listing), listing
    assert any(t.startswith("- Tote") and "Feuerwehr" in t for t in listing), listing


async def test_two_elections_are_two_topics(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    spd = [t for t in listing if "Stimmenanteil SPD" in t]
    assert len(spd) == 2, listing
    assert any("Bayern" in t and "8,4 Prozent" in t for t in spd)
    assert any("2021" in t and "25,7 Prozent" in t for t in spd)
    assert any("Stimmenanteil Union" in t for t in listing)


async def test_an_unnamed_source_reads_as_one_with_its_description(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    [arrests] = [t for t in listing if t.startswith("- Festnahmen")]
    assert "40 (ungenannte Quelle (Sicherheitskreise), 08.01.2024)" in arrests
