"""/figures <topic> finds the topic the user means (issue 12): an exact or inflected word of a
topic beats a typo of another topic's word, and a short word must be typed right ("/figures
Tote" answered "Anteil der Orte"). German articles written for these tests, run through the
real pipeline into a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services

from bot.nlp import Extractor
from handlers.figures import subject_match
from handlers.types import Services

NOW = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "beben.txt",
        "Erdbeben in der Bergregion",
        date(2024, 6, 1),
        [
            "Die Zahl der Todesopfer stieg auf 23.",
            "Etwa ein Viertel der Orte ist noch immer nicht erreichbar.",
        ],
    ),
    (
        "markt.txt",
        "Sommerfest am Marktplatz",
        date(2024, 6, 2),
        ["Die Bäckerei am Marktplatz verkaufte am Wochenende 300 Torten."],
    ),
]
WITH_DEAD = [
    *ARTICLES,
    (
        "bilanz.txt",
        "Bilanz nach dem Beben",
        date(2024, 6, 2),
        ["Nach dem Beben zählten die Behörden 40 Tote."],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


@pytest.fixture
async def with_dead(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(WITH_DEAD), NOW) as services:
        yield services


async def test_a_short_word_with_letters_of_another_topic_finds_nothing(services) -> None:
    """No topic holds "Tore" (goals): the answer says so and lists topics; it answered with
    the cakes ("Torten"), and "/figures Tote" with "Anteil der Orte", by shared letters."""
    reply = await ask_figures(services, subject="Tore")
    assert reply.kind == "error", reply.title
    assert "Torten" not in reply.title
    # the deaths are stored under the key "tote": the word finds them, not the villages
    dead = await ask_figures(services, subject="Tote")
    assert "Todesopfer" in dead.title, dead.title


async def test_an_inflected_word_beats_a_typo_of_another_topic(with_dead) -> None:
    """ "Toten" is the dative of the topic "Tote", one letter short of "Torten": the topic
    wins, while a typo of "Torten" still finds the cakes."""
    dead = await ask_figures(with_dead, subject="Toten")
    assert "Tote" in dead.title and "Torten" not in dead.title, dead.title
    cakes = await ask_figures(with_dead, subject="Tortne")
    assert "Torten" in cakes.title, cakes.title


@pytest.mark.parametrize(
    ("query", "subject", "matches"),
    [
        ("Toten", "Tote (Erdbeben)", True),  # an ending more
        ("Verletzter", "Verletzte beim Brand", True),  # an ending less
        ("Löhne", "Lohn (Forderung)", True),  # an umlaut plural
        ("Soldatne", "nordkoreanische Soldaten", True),  # a typo of a long word
        ("Rassland", "Soldaten in Russland", True),
        ("Tote", "Anteil der Orte", False),  # four letters: no typo
        ("Euro", "angreifende Terroristen", False),  # no letters inside a longer word
        ("Osten", "Soldaten in Russland", False),
        ("Tote Kinder", "Tote (Erdbeben)", False),  # every typed word must match
    ],
)
def test_which_typed_words_match_a_topic(query: str, subject: str, matches: bool) -> None:
    assert (subject_match(query, subject) > 0) is matches


def test_an_exact_word_scores_above_an_inflected_one_above_a_typo() -> None:
    exact = subject_match("Toten", "Toten im Tal")
    inflected = subject_match("Toten", "Tote (Erdbeben)")
    typo = subject_match("Toten", "Torten am Marktplatz")
    assert exact > inflected > typo > 0
