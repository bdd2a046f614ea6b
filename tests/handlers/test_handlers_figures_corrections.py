"""A correction notice is no conflict (issue 12): "Anm. d. Red.: Die Zahl der Verletzten wurde
korrigiert, es sind 12 und nicht 21." showed "12 vs. 21" under /figures. German articles
written for these tests, run through the real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2024, 6, 5, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "zug.txt",
        "Zugunglück bei Fulda",
        date(2024, 6, 4),
        [
            "Bei dem Zugunglück bei Fulda wurden am Dienstag 12 Menschen verletzt.",
            "Anm. d. Red.: Die Zahl der Verletzten wurde korrigiert, es sind 12 und nicht 21.",
        ],
    ),
    (
        "bus.txt",
        "Busunglück auf der A7",
        date(2024, 6, 4),
        [
            "Bei einem Busunglück auf der A7 wurden 19 Menschen verletzt, teilte die Polizei mit.",
            "In einer früheren Fassung hieß es, 27 Menschen seien verletzt worden. Richtig ist: 19.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_a_corrected_number_shows_without_the_superseded_one(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    assert "12" in body and "19" in body, body
    assert "21" not in body and "27" not in body, body
    assert " vs. " not in body, body
