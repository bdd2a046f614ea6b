"""/figures on a strike story (issue 12, session 14): strikers counted under three nouns
("Streikende", "Beschäftigte im Ausstand", "streikende Fahrer") are one topic with a history,
and the contract term the union demands is a topic of its own. German articles written for
these tests, run through the real pipeline into a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "montag.txt",
        "Busstreik in Bremen beginnt",
        date(2026, 3, 9),
        "Am Montag waren in Bremen 1.200 Streikende auf der Straße. Die Gewerkschaft "
        "fordert eine Laufzeit von zwölf Monaten.",
    ),
    (
        "dienstag.txt",
        "Busstreik in Bremen geht weiter",
        date(2026, 3, 10),
        "Am Dienstag waren in Bremen 900 Beschäftigte im Ausstand. Die Reparatur der "
        "Ersatzbusse kostet 400.000 Euro. Nach Angaben der Bundesregierung stehen 50 "
        "Millionen Euro bereit.",
    ),
    (
        "mittwoch.txt",
        "Busstreik in Bremen: dritter Tag",
        date(2026, 3, 11),
        "Am Mittwoch zählte die Gewerkschaft in Bremen nur noch 700 streikende Fahrer. Runde: 2.",
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_strikers_under_three_nouns_are_one_topic(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    strikers = [line for line in topics(body) if "700" in line or "900" in line]
    assert len(strikers) == 1, topics(body)
    assert strikers[0].endswith("· 3 Meldungen"), strikers
    assert ": 700 " in strikers[0], strikers  # the newest count is the current one


async def test_the_term_demanded_is_a_topic(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    assert any(line.startswith("- Laufzeit") and "12 Monate" in line for line in topics(body)), (
        topics(body)
    )


async def test_a_negotiating_round_is_no_figure(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    assert not any(": 2 " in line or "Runde" in line for line in topics(body)), topics(body)


async def test_an_amount_without_a_topic_is_shown_under_its_unit(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Euro"))
    assert "Kosten der Reparatur" in body, body  # a topic measured in Euro
    loose = body.split("Ohne Thema")[1]
    assert "50 Mio. Euro" in loose and "Bundesregierung" in loose, body
