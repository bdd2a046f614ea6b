"""/figures on a court trial (issue 12, session 15): prosecution and defence name the damage
in different words ("der tatsächliche Schaden", "den Schaden"), and it stays one topic, so
their disagreement shows as a conflict while agreeing reports are none; a headline's "in
Haft" or "in Bremen" splits nothing; a strike counted as "700 Fahrer streikten" and as
"Beschäftigte am Ausstand" is one count of strikers. German articles written for these
tests, run through the real pipeline into a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.types import Services

NOW = datetime(2026, 4, 5, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "start.txt",
        "Prozess gegen Bauunternehmer beginnt in Bremen",
        date(2026, 3, 2),
        "Vor dem Landgericht hat der Prozess gegen den Bauunternehmer Jens Kröger begonnen. "
        "Der Schaden beläuft sich nach Angaben der Anklage auf 4,2 Millionen Euro.",
    ),
    (
        "defence.txt",
        "Verteidigung bestreitet Schadenshöhe",
        date(2026, 3, 4),
        "Der tatsächliche Schaden liege bei 3,8 Millionen Euro, sagte Verteidigerin Anna Lenz. "
        "Die Staatsanwaltschaft beziffert den Schaden dagegen auf 4,2 Millionen Euro.",
    ),
    (
        "plea.txt",
        "Anklage fordert Haftstrafe für Kröger",
        date(2026, 3, 9),
        "Die Anklage hält einen Schaden von 4,2 Millionen Euro für erwiesen.",
    ),
    (
        "plea2.txt",
        "Plädoyers im Kröger-Prozess",
        date(2026, 3, 9),
        "Die Staatsanwaltschaft sieht einen Schaden von 4,2 Millionen Euro als belegt an.",
    ),
    (
        "verdict.txt",
        "Urteil: Kröger muss vier Jahre in Haft",
        date(2026, 3, 12),
        "Die Kammer sah einen Schaden von 3,9 Millionen Euro als erwiesen an.",
    ),
    (
        "strike.txt",
        "Streik legt Busverkehr in Bremen lahm",
        date(2026, 3, 12),
        [
            "In Bremen streikten am Donnerstag 700 Fahrer der Verkehrsbetriebe.",
            "Nach Angaben von Verdi beteiligten sich rund 700 Beschäftigte am Ausstand.",
        ],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def test_the_damage_claims_are_one_topic_with_their_conflict(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    damage = [line for line in topics(body) if line.startswith("- Schaden")]
    assert len(damage) == 1, topics(body)
    assert damage[0].endswith("· 6 Meldungen"), damage
    detail = text_of(await ask_figures(services, subject="Schaden"))
    assert "3,8 Mio. Euro (Anna Lenz) vs. 4,2 Mio. Euro (Staatsanwaltschaft)" in detail, detail
    assert not [line for line in topics(body) if "Haft" in line], topics(body)
    # two reports that agree on 4,2 Mio. Euro on one day are no conflict
    conflicts = detail.split("Widersprüchliche Angaben")[-1]
    assert "09.03.2026" not in conflicts.split("Quellen")[0], detail


async def test_two_wordings_of_one_strike_are_one_count(services, text_of) -> None:
    body = text_of(await ask_figures(services))
    strikers = [line for line in topics(body) if line.startswith("- Streikende")]
    assert len(strikers) == 1 and strikers[0].endswith("· 2 Meldungen"), topics(body)
    assert not [line for line in topics(body) if line.startswith(("- Fahrer", "- Beschäftigte"))]
