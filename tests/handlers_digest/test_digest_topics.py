# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""Digests limited to a topic (words, a speaker, a figure subject), several subscriptions per
channel, /unsubscribe N, and a subscription's topic reaching the scheduled digest."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from digest_support import (  # noqa: F401 (fixtures)
    Clock,
    clock,
    filled_store,
    make_request,
    make_services,
    store,
)

from bot.scheduler import DigestScheduler
from bot.store import Store
from handlers.digest import build_digest, digest_as_text
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Services

DISCORD = ChannelRef("discord", "300", guild_id="200")


async def ask(
    services: Services, command: str, channel: ChannelRef | None = None, **args: str
) -> str:
    req = make_request(command, args, channel=channel)
    return digest_as_text(await dispatch(req, services, build_handlers()))


async def test_digest_on_a_speaker_keeps_only_that_speaker(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    out = await ask(services, "digest", topic="Blinken")
    assert "Wir sind sehr besorgt" in out and "Thema „Blinken“" in out
    assert "ernstes Problem" not in out and "Wladiwostok" not in out
    assert "Austin bestätigt" not in out


async def test_digest_on_words_and_on_a_figure_subject(filled_store: Store, clock: Clock) -> None:
    services = make_services(filled_store, clock)
    words = await ask(services, "digest", topic="Wladiwostok")
    assert "Wladiwostok" in words and "Wir sind sehr besorgt" not in words
    assert "Mehr als 10.000 nordkoreanische Soldaten** — ZDF" not in words
    soldiers = await ask(services, "digest", topic="Soldaten")
    assert "mehr als 10.000" in soldiers.lower() and "ernstes Problem" not in soldiers
    nothing = await ask(services, "digest", topic="Marsmission")
    assert "Zu „Marsmission“ steht nichts im Korpus" in nothing


async def test_digest_on_a_topic_the_corpus_lacks_says_so_and_suggests(
    filled_store: Store, clock: Clock
) -> None:
    """/digest Nichtsda was titled "Gesamtüberblick — Thema „Nichtsda“": an overview of
    nothing. It says nothing was found and offers what exists, in German and English."""
    services = make_services(filled_store, clock)
    out = await ask(services, "digest", topic="Nichtsda")
    title = out.splitlines()[0]
    assert title == "Lagebild: nichts zu „Nichtsda“ gefunden"
    assert "Gesamtüberblick" not in out
    assert "Oft zitiert: " in out and "Blinken" in out.split("Oft zitiert: ")[1]
    assert "Zahlen gibt es etwa zu: " in out and "!lagebild search" in out  # a Matrix room
    en = digest_as_text(await build_digest(services, None, "en", topic="Nichtsda"))  # type: ignore[arg-type]
    assert en.startswith("Lagebild: nothing found about “Nichtsda”") and "Quoted most: " in en
    close = await ask(services, "digest", topic="Blinkn")
    assert "Ähnliche Namen: " in close and "Blinken" in close


async def test_a_known_topic_with_nothing_new_is_not_called_unknown(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    later = datetime(2030, 1, 1, tzinfo=UTC)
    out = digest_as_text(await build_digest(services, later, "de", topic="Wladiwostok"))  # type: ignore[arg-type]
    assert "gibt es zu „Wladiwostok“ nichts Neues" in out and "nichts zu" not in out
    unknown = digest_as_text(await build_digest(services, later, "de", topic="Nichtsda"))  # type: ignore[arg-type]
    assert unknown.startswith("Lagebild: nichts zu „Nichtsda“ gefunden")


async def test_several_subscriptions_per_channel_listed_and_removed_by_number(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    await ask(services, "subscribe", time="07:00")
    done = await ask(services, "subscribe", time="18:00", topic="Blinken")
    assert "Zusammenfassung zu „Blinken“ täglich um 18:00" in done
    listing = await ask(services, "subscriptions")
    assert "1. täglich 07:00 (Europe/Berlin)" in listing
    assert "2. täglich 18:00 (Europe/Berlin), Thema „Blinken“" in listing
    assert "Eine Nummer 3 gibt es nicht" in await ask(services, "unsubscribe", number="3")
    assert "Abonnement beendet: täglich 07:00" in await ask(services, "unsubscribe", number="1")
    left = await filled_store.subscriptions.in_channel("matrix", "!room:example.org")
    assert [s.topic for s in left] == ["Blinken"]


async def test_mention_is_a_discord_role_only(filled_store: Store, clock: Clock) -> None:
    services = make_services(filled_store, clock)
    refused = await ask(services, "subscribe", mention="everyone")
    assert "keine Discord-Rolle" in refused
    await ask(services, "subscribe", channel=DISCORD, mention="<@&123456789012>")
    sub = await filled_store.subscriptions.for_channel("discord", "300")
    assert sub is not None and sub.mention_role == "123456789012"


class Poster:
    name = "matrix"

    def __init__(self) -> None:
        self.posts: list[Reply] = []

    async def post(
        self, channel_id: str, reply: Reply, *, skip: int = 0, on_part: Any = None
    ) -> int:
        self.posts.append(reply)
        if on_part is not None:
            await on_part(1)
        return 1

    async def notify_admins(self, text: str) -> None:
        raise AssertionError(text)


async def test_the_scheduled_digest_of_a_topic_subscription_keeps_to_its_topic(
    filled_store: Store, clock: Clock
) -> None:
    services = make_services(filled_store, clock)
    sub = await filled_store.subscriptions.upsert(
        "matrix", "!room:example.org", "08:00", "UTC", "u", now=datetime(2024, 10, 1, tzinfo=UTC),
        topic="Blinken", mention_role="55555",
    )  # fmt: skip
    poster = Poster()
    sched = DigestScheduler(services, {"matrix": poster})
    result = await sched.run_slot(sub.id, datetime(2024, 11, 17, 8, tzinfo=UTC))
    assert result.outcome == "sent"
    text = digest_as_text(poster.posts[0])
    assert "Wir sind sehr besorgt" in text and "ernstes Problem" not in text
    assert poster.posts[0].mention_role == "55555"
    whole = await build_digest(services, None, "de")
    assert whole is not None and "ernstes Problem" in digest_as_text(whole)


async def test_digest_on_a_speaker_lists_what_they_said_not_one_line(
    store: Store, clock: Clock
) -> None:
    """/digest Lindqvist showed one of her five quotes: the digest keeps one quote per speaker
    for breadth, which on a digest about one speaker hid nearly all she said. A digest about a
    speaker lists their quotes; a plain digest still shows one per speaker."""
    from digest_support import make_article

    said = ["Die Trupps arbeiten rund um die Uhr", "Bis Freitag sind alle wieder am Netz"]
    first = make_article(
        "s1.txt",
        "Sturm legt Stromnetz lahm",
        datetime(2026, 2, 9, tzinfo=UTC).date(),
        "Radio Nord",
        [f"„{said[0]}“, sagte Lindqvist.", f"„{said[1]}“, sagte Lindqvist.", "Es stürmt."],
        quotes=[("Marta Lindqvist", "Netzsprecherin", "direct", said[i], i) for i in (0, 1)],
    )
    second = make_article(
        "s2.txt",
        "Kritik am Netzbetreiber",
        datetime(2026, 2, 10, tzinfo=UTC).date(),
        "Kieler Abendblatt",
        ["„Wir haben Fehler gemacht“, sagte Lindqvist.", "„Zu spät“, sagte Landrat Brandt."],
        quotes=[
            ("Marta Lindqvist", "Netzsprecherin", "direct", "Wir haben Fehler gemacht", 0),
            ("Olaf Brandt", "Landrat", "direct", "Zu spät", 1),
        ],
    )
    await store.corpus.apply([first, second], [], [], [], now=datetime(2026, 2, 11, tzinfo=UTC))
    services = make_services(store, clock)
    about_her = await ask(services, "digest", topic="Lindqvist")
    her_quotes = about_her.split("Neue Zitate")[1]
    for text in [*said, "Wir haben Fehler gemacht"]:
        assert text in her_quotes
    assert "Zu spät" not in her_quotes
    plain = await ask(services, "digest")
    quoted = plain.split("Neue Zitate")[1]
    assert quoted.count("Marta Lindqvist") == 1 and "Zu spät" in quoted
