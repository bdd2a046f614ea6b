"""/figures keeps one topic per stated scope (issue 12): a developing disaster story told over
several articles in varying words is one death toll with the latest official value current,
while a second disaster elsewhere stays a topic of its own. German articles written for these
tests, run through the real pipeline into a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from figure_story import articles_of, ask_figures, story_services, topics

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor
from handlers.dispatch import dispatch
from handlers.figure_groups import scope_groups
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Request, Services, UserRef
from handlers.watch import watch_posts

NOW = datetime(2023, 9, 14, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "m1.txt",
        "Schweres Erdbeben erschüttert Marokko",
        date(2023, 9, 9),
        [
            "Bei dem Erdbeben in Marokko sind nach Angaben des Innenministeriums mindestens "
            "820 Menschen ums Leben gekommen.",
            "Mehr als 670 Menschen wurden verletzt.",
        ],
    ),
    (
        "m2.txt",
        "Zahl der Todesopfer steigt",
        date(2023, 9, 10),
        [
            "Die Zahl der Todesopfer des Bebens stieg nach Angaben des Innenministeriums "
            "auf 2.012.",
            "Rund 2.059 Menschen wurden verletzt, teilte das Ministerium mit.",
        ],
    ),
    (
        "m3.txt",
        "Hoffnung auf Überlebende schwindet",
        date(2023, 9, 11),
        [
            "Drei Tage nach dem Beben zählte das Innenministerium 2.862 Tote.",
            "Helfer suchen in den Bergdörfern weiter nach Verschütteten.",
        ],
    ),
    (
        "l1.txt",
        "Flutkatastrophe in Libyen",
        date(2023, 9, 12),
        [
            "Bei den Überschwemmungen in Libyen sind nach Angaben des Roten Halbmonds "
            "mindestens 5.300 Menschen gestorben.",
            "Mehr als 10.000 Menschen werden noch vermisst.",
        ],
    ),
]


@pytest.fixture
async def services(tmp_path: Path, extractor: Extractor) -> AsyncIterator[Services]:
    async with story_services(
        tmp_path / "scope.db", extractor, articles_of(ARTICLES), NOW
    ) as services:
        yield services


async def test_one_death_toll_per_disaster(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    quake = [t for t in listing if t.startswith("- Tote") and "Erdbeben" in t]
    floods = [t for t in listing if t.startswith("- Tote") and "Libyen" in t]
    # "ums Leben gekommen", "Todesopfer des Bebens", "2.862 Tote" after "dem Beben": one topic
    assert len(quake) == 1 and "3 Meldungen" in quake[0]
    assert "2.862 (Innenministerium, 11.09.2023)" in quake[0]
    assert len(floods) == 1 and "5.300" in floods[0] and "Erdbeben" not in floods[0]
    assert sum(t.startswith("- Tote") for t in listing) == 2


async def test_dead_injured_and_missing_stay_apart(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    injured = [t for t in listing if t.startswith("- Verletzte")]
    missing = [t for t in listing if t.startswith("- Vermisste")]
    assert len(injured) == 1 and "2 Meldungen" in injured[0] and "Marokko" in injured[0]
    assert len(missing) == 1 and "Libyen" in missing[0]


async def test_the_story_history_and_current_value(services, text_of) -> None:
    listing = topics(text_of(await ask_figures(services)))
    [quake] = [t for t in listing if t.startswith("- Tote") and "Erdbeben" in t]
    subject = quake[2:].split(":")[0]
    body = text_of(await ask_figures(services, subject=subject))
    current, history = body.split("Verlauf")[0], body.split("Verlauf")[1]
    assert "2.862 (Innenministerium)" in current and "11.09.2023" in current
    assert "09.09.2023: mindestens 820" in history and "10.09.2023: 2.012" in history
    assert "5.300" not in body


def test_a_partial_scope_joins_the_one_full_scope() -> None:
    one_story = ["tote erdbeben myanmar", "tote erdbeben", "tote", "vermisste erdbeben"]
    assert scope_groups(one_story) == {
        "tote erdbeben": "tote erdbeben myanmar",
        "tote": ("tote erdbeben myanmar"),
    }
    two_stories = ["tote erdbeben myanmar", "tote hochwasser spanien", "tote erdbeben", "tote"]
    # "Tote" fits both disasters: it stays on its own; "Tote (Erdbeben)" fits one
    assert scope_groups(two_stories) == {"tote erdbeben": "tote erdbeben myanmar"}


async def run(services: Services, command: str, manager: bool = False, **args: str) -> Reply:
    req = Request(
        command=command,
        args=args,
        user=UserRef("discord:1", "tester", can_manage_channel=manager),
        channel=ChannelRef("discord", "42"),
        locale="de",
    )
    return await dispatch(req, services, build_handlers())


def death_lines(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.startswith("- Tote")]


async def test_digest_joins_partial_scopes_like_figures(services, text_of) -> None:
    """The digest's figure lines show the quake's death toll once, at its latest value, as
    /figures does ("Todesopfer des Bebens" and "Tote beim Erdbeben in Marokko" are one story)."""
    body = text_of(await run(services, "digest"))
    quake = [line for line in death_lines(body) if "Libyen" not in line]
    assert len(quake) == 1, death_lines(body)
    assert "2.862" in quake[0] and "Marokko" in quake[0]


async def test_watch_on_a_partial_scope_follows_the_joined_subject(services, text_of) -> None:
    """/watch on the partial "Tote (Erdbeben)" watches the story's one death toll: it names
    the full scope and its latest value, the one /figures shows."""
    reply = text_of(await run(services, "watch", manager=True, figure="Tote (Erdbeben)"))
    assert "Marokko" in reply and "2.862" in reply, reply


async def test_watch_posts_a_new_toll_reported_under_a_partial_scope(
    services, extractor, text_of
) -> None:
    """A later report that names only "des Bebens" updates the watched death toll: the watch
    reads the joined subject, so the channel is told the new value."""
    await run(services, "watch", manager=True, figure="Tote (Erdbeben)")
    later = ParsedArticle(
        "m4.txt",
        "m4.txt",
        "Opferzahl steigt weiter",
        date(2023, 9, 13),
        "Zeitung",
        (Paragraph("Die Zahl der Todesopfer des Bebens stieg laut Innenministerium auf 2.946."),),
        "m4.txt",
    )
    await services.store.corpus.apply([extractor.extract(later)], [], [], [], now=NOW)
    posts = await watch_posts(services)
    assert len(posts) == 1 and "2.946" in text_of(posts[0].reply)


def test_a_generic_event_joins_the_one_specific_story_at_its_place() -> None:
    keys = ["tote hochwasser slowenien", "tote unwetter slowenien", "tote unwetter"]
    # "Unwetter in Slowenien" is the flood in Slovenia; a bare "Unwetter" follows it there
    assert scope_groups(keys) == {
        "tote unwetter slowenien": "tote hochwasser slowenien",
        "tote unwetter": "tote hochwasser slowenien",
    }
    two = ["tote hochwasser slowenien", "tote sturm slowenien", "tote unwetter slowenien"]
    assert scope_groups(two) == {}  # a storm and a flood at one place: the storm is no guess
    elsewhere = ["tote hochwasser slowenien", "tote unwetter italien"]
    assert scope_groups(elsewhere) == {}
