"""/figures on a count and an increment of one day (issue 12, gnqa train pass: "weitere 11
(laut Wikinews) vs. 25" under "Verletzte"): an increment does not contradict a total, so the
two are listed one after the other ("sowie"), never "vs.", and the chart draws no dot for the
increment. German article written for this test, real pipeline, real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2024, 6, 4, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "amok.txt",
        "Amokfahrt in Lübeck",
        date(2024, 6, 3),
        [
            "Bei der Amokfahrt in Lübeck wurden nach Angaben der Polizei 25 Menschen verletzt.",
            "In der Nacht meldeten die Kliniken weitere 11 Verletzte.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_an_increment_is_listed_beside_the_total_not_against_it(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Verletzte"))
    history = body[body.index("Verlauf") :]
    line = next(line for line in history.splitlines() if "weitere 11" in line)
    assert "25" in line and " vs. " not in line, body
    assert "widersprüchlich" not in body.lower(), body


async def test_the_topic_list_shows_the_total_not_the_increment(services, text_of) -> None:
    """The overview line is the store's listed value: it showed "weitere 11 (Kliniken)" as the
    day's figure while the topic's detail had 25 as its current value."""
    body = text_of(await ask_figures(services))
    line = next(line for line in body.splitlines() if line.startswith("- Verletzte"))
    assert "25" in line and "11" not in line, body
