"""/figures on protests of different stories (issue 12): the counted noun "Demonstranten" is
no topic of its own; protests in different cities are different counts, while one protest's
reports stay one topic whether they name the city or only the protest, and police and
organisers who disagree on one protest are shown as a conflict with both sources. German
articles written for these tests, run through the real pipeline into a real store (SQLite
and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "paris1.txt",
        "Zehntausende protestieren in Paris gegen die Rentenreform",
        date(2025, 3, 8),
        "In Paris demonstrierten am Samstag nach Polizeiangaben 30.000 Menschen gegen die "
        "Rentenreform.",
    ),
    (
        "paris2.txt",
        "Neue Kundgebung in Paris gegen die Rentenreform",
        date(2025, 3, 12),
        "Bei der Kundgebung am Dienstag zählte die Polizei 45.000 Demonstranten, die "
        "Gewerkschaften sprachen von 120.000.",
    ),
    (
        "hamburg.txt",
        "Klimaprotest in Hamburg",
        date(2025, 3, 13),
        "Nach Angaben der Polizei zogen am Donnerstag 12.000 Demonstranten durch die "
        "Innenstadt von Hamburg.",
    ),
    (
        "leipzig.txt",
        "Kundgebung in Leipzig gegen Sozialkürzungen",
        date(2025, 3, 13),
        "Laut Polizei waren es 2.000 Teilnehmer, laut Veranstaltern 6.000.",
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_protests_in_two_cities_are_two_topics(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    protesters = [line for line in topics(body) if line.startswith("- Demonstranten")]
    assert len(protesters) == 2, topics(body)
    hamburg = [line for line in protesters if "Hamburg" in line]
    assert len(hamburg) == 1 and ": 12.000 (Polizei, 13.03.2025) · 1 Meldung" in hamburg[0]
    [paris] = [line for line in protesters if line not in hamburg]
    # the title's "Zehntausende", the first day's 30.000, police and unions of the second day
    assert paris.endswith("· 4 Meldungen"), protesters
    detail = text_of(await ask_figures(services, subject=paris[2:].split(":")[0]))
    current = detail.split("Verlauf")[0]
    assert "45.000 (Polizei) vs. 120.000 (Gewerkschaften)" in current, detail
    assert "12.000" not in detail, detail


async def test_police_and_organisers_in_two_clauses_are_a_conflict(services, text_of) -> None:
    body = text_of(await ask_figures(services, subject="Teilnehmer"))
    current = body.split("Verlauf")[0]
    assert "2.000 (Polizei) vs. 6.000 (Veranstalter)" in current, body
    assert "widersprüchliche Angaben vom 13.03.2025" in current, body
    # another city's protest is no part of it
    assert "12.000" not in body and "45.000" not in body, body
