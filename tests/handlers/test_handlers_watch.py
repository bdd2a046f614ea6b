"""/watch, /unwatch, /watches and the posts after a corpus change, on a real store: one short
post per channel, nothing after a reload that only re-creates rows, a large change summed up,
and a second change within the rate limit left for later (not lost)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sample_corpus import F, Q

from bot.config import Config
from bot.models import ArticleExtraction
from bot.render.text import render_text
from bot.store import Store
from bot.watch_notifier import WatchNotifier
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

NOW = datetime(2024, 11, 16, 8, 0, tzinfo=UTC)
ROOM = ChannelRef("matrix", "!lage:example.org")


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class RecordingPoster:
    name = "matrix"

    def __init__(self) -> None:
        self.posts: list[tuple[str, str]] = []

    async def post(
        self, channel_id: str, reply: Reply, *, skip: int = 0, on_part: Any = None
    ) -> int:
        self.posts.append((channel_id, render_text(reply)))
        return 1

    async def notify_admins(self, text: str) -> None:
        raise AssertionError(text)


def first(make: Callable[..., ArticleExtraction]) -> ArticleExtraction:
    return make(
        "a.txt",
        "Kirby bestätigt Truppen",
        date(2024, 10, 24),
        "Tagesschau",
        ["John Kirby sagte, die Truppen seien da.", "Es sind 3.000 Soldaten."],
        quotes=[Q(0, "John Kirby", "die Truppen seien da")],
        figures=[F(1, "3.000 Soldaten", 3000)],
    )


def kirby_article(
    make: Callable[..., ArticleExtraction], name: str, n: int, word: str = "Punkt"
) -> ArticleExtraction:
    sentences = [f"John Kirby sagte, {word} {i} sei wichtig." for i in range(n)]
    sentences.append("Es sind nun 11.000 Soldaten.")
    return make(
        name,
        f"Kirby zu {n} Punkten",
        date(2024, 11, 15),
        "Spiegel",
        sentences,
        quotes=[Q(i, "John Kirby", f"{word} {i} sei wichtig") for i in range(n)],
        figures=[F(n, "11.000 Soldaten", 11000)],
    )


@pytest.fixture
async def services(tmp_path: Path, make_extraction: Callable[..., ArticleExtraction]):  # type: ignore[no-untyped-def]
    store = await Store.open(tmp_path / "watch.db")
    await store.corpus.apply([first(make_extraction)], [], [], [], now=NOW)
    try:
        yield Services(config=Config(), store=store, clock=Clock())
    finally:
        await store.close()


async def say(services: Services, line: str, manager: bool = True) -> str:
    command, args = parse_command_line(line)
    user = UserRef("@ed:example.org", "Ed", can_manage_channel=manager)
    reply = await dispatch(Request(command, args, user, ROOM), services, build_handlers())
    return render_text(reply)


@pytest.fixture
def notifier(services: Services) -> tuple[WatchNotifier, RecordingPoster]:
    poster = RecordingPoster()
    n = WatchNotifier(services, {"matrix": poster}, min_interval=timedelta(minutes=10))
    services.store.corpus.listeners.append(n.on_change)
    return n, poster


async def test_watch_speaker_posts_new_quotes_once(
    services: Services, notifier: Any, make_extraction: Any
) -> None:
    n, poster = notifier
    assert "wenn John Kirby neu zitiert wird" in await say(services, "/watch Kirby")
    assert "schon" in await say(services, "/watch John Kirby")
    assert "Person: John Kirby" in await say(services, "/watches")
    assert await n.run() == 0  # what existed when the watch began is not news

    await services.store.corpus.apply(
        [kirby_article(make_extraction, "b.txt", 2)], [], [], [], now=NOW + timedelta(hours=1)
    )
    await n.settled()
    assert len(poster.posts) == 1
    channel, text = poster.posts[0]
    assert channel == ROOM.id
    assert "Punkt 0 sei wichtig" in text and "Punkt 1 sei wichtig" in text
    assert "die Truppen seien da" not in text

    # A reload that re-creates every row brings nothing new.
    services.clock.now += timedelta(hours=1)  # type: ignore[attr-defined]
    await services.store.corpus.apply([], ["b.txt"], [], [], now=NOW + timedelta(hours=2))
    await services.store.corpus.apply(
        [kirby_article(make_extraction, "b.txt", 2)], [], [], [], now=NOW + timedelta(hours=3)
    )
    await n.settled()
    assert len(poster.posts) == 1


async def test_a_large_change_is_one_short_post_and_a_second_waits(
    services: Services, notifier: Any, make_extraction: Any
) -> None:
    n, poster = notifier
    await say(services, "/watch Kirby")
    await services.store.corpus.apply(
        [kirby_article(make_extraction, "big.txt", 30)], [], [], [], now=NOW + timedelta(hours=1)
    )
    await n.settled()
    assert len(poster.posts) == 1
    text = poster.posts[0][1]
    assert text.count("sei wichtig") == 5 and "… und 25 weitere: /who_said John Kirby" in text

    # Within the rate limit: not posted now, but kept for the next run.
    await services.store.corpus.apply(
        [kirby_article(make_extraction, "c.txt", 1, "Frage")],
        [],
        [],
        [],
        now=NOW + timedelta(hours=2),
    )
    await n.settled()
    assert len(poster.posts) == 1
    services.clock.now += timedelta(minutes=11)  # type: ignore[attr-defined]
    assert await n.run() == 1
    assert "Frage 0 sei wichtig" in poster.posts[1][1]
    await n.close()


async def test_watch_figure_posts_a_changed_value(
    services: Services, notifier: Any, make_extraction: Any
) -> None:
    n, poster = notifier
    out = await say(services, "/watch figure:Soldaten")
    assert "„nordkoreanische Soldaten in Russland“ ändert (jetzt 3.000 (laut Tagesschau))" in out
    await services.store.corpus.apply(
        [kirby_article(make_extraction, "b.txt", 0)], [], [], [], now=NOW + timedelta(hours=1)
    )
    await n.settled()
    assert len(poster.posts) == 1 and "11.000" in poster.posts[0][1]


@pytest.mark.parametrize("order", [(3000, 3400), (3400, 3000)])
async def test_watch_figure_posts_a_new_value_beside_one_it_had_seen(
    services: Services, notifier: Any, make_extraction: Any, order: tuple[int, int]
) -> None:
    """A new report names the new value and repeats the old one ("nun 3.400 Soldaten, zuvor
    3.000"): the 3.400 is news whichever of the two the store lists last."""
    n, poster = notifier
    await say(services, "/watch figure:Soldaten")
    sentences = [f"Es sind {v:,} Soldaten.".replace(",", ".") for v in order]
    article = make_extraction(
        "c.txt",
        "Mehr Soldaten",
        date(2024, 11, 20),
        "Spiegel",
        sentences,
        figures=[F(i, f"{v:,} Soldaten".replace(",", "."), v) for i, v in enumerate(order)],
    )
    await services.store.corpus.apply([article], [], [], [], now=NOW + timedelta(hours=1))
    await n.settled()
    assert len(poster.posts) == 1 and "3.400" in poster.posts[0][1]


async def test_unwatch_and_permissions(services: Services) -> None:
    assert "verwalten darf" in await say(services, "/watch Kirby", manager=False)
    await say(services, "/watch Kirby")
    assert "nicht" in await say(services, "/unwatch figure:Soldaten")
    assert "Beobachtung beendet: John Kirby" in await say(services, "/unwatch Kirby")
    assert "beobachtet nichts" in await say(services, "/watches")
    assert "Eine Person „Niemand“ kenne ich nicht" in await say(services, "/watch Niemand")


async def test_watch_a_figure_by_the_name_figures_shows(
    services: Services, make_extraction: Callable[..., ArticleExtraction]
) -> None:
    """Subject keys are lemmas ("fond", "einsatzkraft der feuerwehr"): "/watch zahl:Fonds",
    copied from the /figures list, answered "Zu „Fonds“ kenne ich keine Zahlen", and
    "/unwatch zahl:Einsatzkräfte" did not end the watch "/watch zahl:Einsatzkräfte" made."""
    fire = make_extraction(
        "brand.txt",
        "Großbrand im Hafen",
        date(2024, 11, 15),
        "Hafenblatt",
        ["Rund 350 Einsatzkräfte der Feuerwehr waren im Einsatz.", "Der Fonds hat 10 Mio. Euro."],
        figures=[
            F(0, "Rund 350 Einsatzkräfte", 350, "approx", "Einsatzkräfte der Feuerwehr", "Kraft"),
            F(1, "10 Mio. Euro", 10_000_000, subject="Fonds", unit="Euro"),
        ],
    )
    await services.store.corpus.apply([fire], [], [], [], now=NOW)
    # a measure keeps its unit: "(jetzt 10 Mio.)" said neither Euro nor anything else
    assert "die Zahl „Fonds“ ändert (jetzt 10 Mio. Euro (laut Hafenblatt))" in await say(
        services, "/watch zahl:Fonds"
    )
    out = await say(services, "/watch zahl:Einsatzkräfte")
    assert "die Zahl „Einsatzkräfte der Feuerwehr“ ändert (jetzt rund 350 (laut Hafenblatt))" in out
    assert "Zu „Wasserwerfer“ kenne ich keine Zahlen" in await say(
        services, "/watch zahl:Wasserwerfer"
    )
    gone = await say(services, "/unwatch zahl:Einsatzkräfte")
    assert "Beobachtung beendet: Einsatzkräfte der Feuerwehr" in gone
    assert "Zahl: Fonds" in await say(services, "/watches")


async def test_watching_a_unit_names_the_subjects_measured_in_it(
    services: Services, make_extraction: Callable[..., ArticleExtraction]
) -> None:
    """An editor who asked "/watch zahl:Euro" read "Zu „Euro“ kenne ich keine Zahlen" while
    "/figures Euro" listed the subjects in Euro: a unit is no subject, and the answer now says
    so and names them, with a /watch line for one of them."""
    budget = make_extraction(
        "haushalt.txt",
        "Stadt beschließt Haushalt",
        date(2024, 11, 15),
        "Stadtanzeiger",
        ["Der Fonds hat 10 Mio. Euro.", "Die Sanierung kostet 4 Mio. Euro."],
        figures=[
            F(0, "10 Mio. Euro", 10_000_000, subject="Fonds", unit="Euro"),
            F(1, "4 Mio. Euro", 4_000_000, subject="Sanierung", unit="Euro"),
        ],
    )
    await services.store.corpus.apply([budget], [], [], [], now=NOW)
    out = await say(services, "/watch zahl:Euro")
    assert "„Euro“ ist eine Einheit, kein Thema" in out and "kenne ich keine Zahlen" not in out
    assert "Fonds" in out and "Sanierung" in out and "!lagebild watch zahl:" in out
    assert await services.store.watches.for_channel(ROOM.transport, ROOM.id) == []
    assert "Zu „Wasserwerfer“ kenne ich keine Zahlen" in await say(
        services, "/watch zahl:Wasserwerfer"
    )
