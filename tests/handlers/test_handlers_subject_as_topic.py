"""A subject that /figures lists is a topic as shown (issue 12): a user copies a listed name
("verletzte Soldaten in Kursk") into `/digest topic:` or `/figures`, though the name keeps
words its grouping key drops ('verletzte soldaten'), and gets that subject's reports. A topic
that merely shares a word with subjects still keeps only subjects whose key holds all its
words. German articles written for these tests, run through the real pipeline into a real
store, on both backends."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.nlp import Extractor
from handlers.digest import build_digest, digest_as_text
from handlers.types import Services

NOW = datetime(2025, 4, 2, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "front1.txt",
        "Kämpfe an der Grenze",
        date(2025, 3, 28),
        ["Der Gouverneur meldete am Freitag 14 verletzte Soldaten in Kursk."],
    ),
    (
        "front2.txt",
        "Neue Angriffe an der Grenze",
        date(2025, 3, 30),
        ["Das Verteidigungsministerium zählte am Sonntag 27 verletzte Soldaten in Kursk."],
    ),
    (
        "beben1.txt",
        "Schweres Beben in Südostasien",
        date(2025, 3, 29),
        ["Nach Angaben der Regierung gab es 1.700 Tote beim Erdbeben in Myanmar."],
    ),
    (
        "beben2.txt",
        "Zahl der Opfer steigt",
        date(2025, 3, 31),
        ["Die Vereinten Nationen meldeten am Montag 2.100 Tote beim Erdbeben in Myanmar."],
    ),
]


@pytest.fixture
async def services(store_url: str, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        yield services


async def _listed(services: Services) -> list[str]:
    """The subject names /figures lists, as a user would copy them."""
    text = digest_as_text(await ask_figures(services))
    return [line.removeprefix("- ").split(":")[0].strip("*") for line in topics(text)]


async def _digest_figures(services: Services, topic: str) -> str:
    """The figures section of a topic digest ('' when the digest has none)."""
    reply = await build_digest(services, None, "de", topic=topic)
    text = digest_as_text(reply) if reply is not None else ""
    _, _, after = text.partition("\nZahlen\n")
    return after.split("\n\n")[0].replace("**", "")


async def test_a_listed_subject_is_a_digest_topic_as_shown(services: Services) -> None:
    listed = await _listed(services)
    assert "verletzte Soldaten in Kursk" in listed
    assert "Tote beim Erdbeben in Myanmar" in listed
    kursk = await _digest_figures(services, "verletzte Soldaten in Kursk")
    assert "verletzte Soldaten in Kursk: 27" in kursk
    assert "Myanmar" not in kursk
    quake = await _digest_figures(services, "Tote beim Erdbeben in Myanmar")
    assert "Tote beim Erdbeben in Myanmar: 2.100" in quake
    assert "Kursk" not in quake


async def test_a_listed_subject_typed_in_lower_case_is_a_digest_topic(
    services: Services,
) -> None:
    assert "verletzte Soldaten in Kursk: 27" in await _digest_figures(
        services, "verletzte soldaten in kursk"
    )


async def test_a_topic_sharing_words_with_subjects_keeps_none_of_them(
    services: Services,
) -> None:
    """ "Tote in Kursk" names neither subject: one has the dead, the other the place."""
    assert await _digest_figures(services, "Tote in Kursk") == ""


async def test_a_listed_subject_finds_its_figures(services: Services) -> None:
    for shown, latest in [
        ("verletzte Soldaten in Kursk", "27"),
        ("Tote beim Erdbeben in Myanmar", "2.100"),
    ]:
        reply = await ask_figures(services, subject=shown)
        assert reply.title.endswith(shown), reply.title
        assert latest in digest_as_text(reply)
