# ruff: noqa: F811 (pytest fixtures imported from digest_support)
"""/subscribe, /unsubscribe, /subscriptions through the dispatcher, over a real store and the
real DigestScheduler (no transport needed: nothing is due while the test runs)."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import time_machine
from digest_support import (  # noqa: F401 (fixtures)
    Clock,
    make_request,
    make_services,
    store,
)

from bot.config import AdminsConfig, Config, DigestConfig
from bot.scheduler import DigestScheduler
from bot.store import Store
from handlers.digest import digest_as_text
from handlers.dispatch import dispatch
from handlers.subscriptions import HANDLERS
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Reply, Services, UserRef

ROOM = ChannelRef("matrix", "!room:example.org")
MEMBER = UserRef("@guest:example.org", "Gast")
MANAGER = UserRef("@mod:example.org", "Mod", can_manage_channel=True)


@pytest.fixture
async def services(store: Store) -> AsyncIterator[Services]:
    """APScheduler reads the wall clock, so the whole test runs at the Services clock's time."""
    now = datetime(2026, 1, 10, 10, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        base = make_services(store, Clock(now))
        sched = DigestScheduler(base, {})
        await sched.start()
        try:
            yield replace(base, scheduler=sched)
        finally:
            await sched.shutdown()


async def ask(
    services: Services,
    command: str,
    user: UserRef = MANAGER,
    channel: ChannelRef = ROOM,
    **args: str,
) -> Reply:
    return await dispatch(
        make_request(command, args, user=user, channel=channel), services, HANDLERS
    )


def job_time(services: Services, sub_id: int) -> datetime:
    assert isinstance(services.scheduler, DigestScheduler)
    job = services.scheduler.aps.get_job(f"sub:{sub_id}")
    assert job is not None
    return job.next_run_time.astimezone(UTC)


async def test_subscribe_with_defaults_schedules_the_next_morning(services: Services) -> None:
    reply = await ask(services, "subscribe")
    assert reply.kind == "ok"
    out = digest_as_text(reply)
    assert "täglich um 08:00 (Europe/Berlin)" in out and "nächste: 11.01.2026 08:00" in out
    sub = await services.store.subscriptions.for_channel("matrix", ROOM.id)
    assert sub is not None and (sub.time, sub.timezone, sub.created_by) == (
        "08:00",
        "Europe/Berlin",
        MANAGER.id,
    )
    assert job_time(services, sub.id) == datetime(2026, 1, 11, 7, 0, tzinfo=UTC)


async def test_resubscribing_the_same_time_in_another_zone_moves_the_job(
    services: Services,
) -> None:
    await ask(services, "subscribe", time="6:45")
    reply = await ask(services, "subscribe", time="06:45", timezone="new york")
    out = digest_as_text(reply)
    assert "06:45 (America/New_York)" in out and "gab es schon" in out
    subs = await services.store.subscriptions.list()
    assert len(subs) == 1
    assert job_time(services, subs[0].id) == datetime(2026, 1, 10, 11, 45, tzinfo=UTC)


async def test_two_times_are_two_subscriptions_and_unsubscribe_picks_one(
    services: Services,
) -> None:
    """Issue 15: several subscriptions per channel, also for the same topic at other times."""
    await ask(services, "subscribe", time="07:00")
    second = digest_as_text(await ask(services, "subscribe", time="18:00"))
    assert "täglich um 18:00" in second and "jetzt 2 Abonnements" in second
    again = digest_as_text(await ask(services, "subscribe", time="7:00"))  # no duplicate
    assert "gab es schon" in again
    morning, evening = await services.store.subscriptions.in_channel("matrix", ROOM.id)
    assert (morning.time, evening.time) == ("07:00", "18:00")
    assert job_time(services, morning.id) == datetime(2026, 1, 11, 6, 0, tzinfo=UTC)
    assert job_time(services, evening.id) == datetime(2026, 1, 10, 17, 0, tzinfo=UTC)

    listed = digest_as_text(await ask(services, "subscriptions", user=MEMBER))
    assert "1. täglich 07:00 (Europe/Berlin)" in listed
    assert "2. täglich 18:00 (Europe/Berlin)" in listed

    gone = digest_as_text(await ask(services, "unsubscribe", number="2"))
    assert "Abonnement beendet: täglich 18:00 (Europe/Berlin)" in gone
    assert [s.id for s in await services.store.subscriptions.in_channel("matrix", ROOM.id)] == [
        morning.id
    ]
    assert isinstance(services.scheduler, DigestScheduler)
    assert services.scheduler.aps.get_job(f"sub:{evening.id}") is None
    assert services.scheduler.aps.get_job(f"sub:{morning.id}") is not None


async def test_unsubscribe_without_a_number_ends_all_and_lists_them(services: Services) -> None:
    await ask(services, "subscribe", time="07:00")
    await ask(services, "subscribe", time="18:00", topic="Kursk")
    out = digest_as_text(await ask(services, "unsubscribe"))
    assert "täglich 07:00 (Europe/Berlin)" in out
    assert "täglich 18:00 (Europe/Berlin), Thema „Kursk“" in out
    assert await services.store.subscriptions.in_channel("matrix", ROOM.id) == []
    assert isinstance(services.scheduler, DigestScheduler)
    assert [j for j in services.scheduler.aps.get_jobs() if j.id.startswith("sub:")] == []


async def test_bad_time_is_explained(services: Services) -> None:
    reply = await ask(services, "subscribe", time="25:00")
    out = digest_as_text(reply)
    assert reply.kind == "error"
    assert "„25:00“ ist keine gültige Uhrzeit" in out and "HH:MM" in out
    assert await services.store.subscriptions.list() == []


async def test_unknown_zone_suggests_the_close_name(services: Services) -> None:
    reply = await ask(services, "subscribe", timezone="Europe/Berln")
    out = digest_as_text(reply)
    assert reply.kind == "error"
    assert "„Europe/Berln“ ist keine bekannte Zeitzone" in out
    assert "Meintest du Europe/Berlin" in out
    hopeless = digest_as_text(await ask(services, "subscribe", timezone="Mars/Olympus"))
    assert "Europe/Berlin" in hopeless  # an example of the expected form instead


async def test_time_in_the_dst_window_gets_a_note(services: Services) -> None:
    reply = await ask(services, "subscribe", time="02:30", timezone="Europe/Berlin")
    assert reply.kind == "ok"
    out = digest_as_text(reply)
    assert "Am 29.03.2026 gibt es 02:30 wegen der Zeitumstellung nicht" in out
    assert "Am 25.10.2026 gibt es 02:30 wegen der Zeitumstellung zweimal" in out
    plain = digest_as_text(await ask(services, "subscribe", time="08:00"))
    assert "Zeitumstellung" not in plain


async def test_members_who_cannot_manage_the_channel_are_refused(services: Services) -> None:
    reply = await ask(services, "subscribe", user=MEMBER)
    assert reply.kind == "error" and "verwalten" in digest_as_text(reply)
    assert await services.store.subscriptions.list() == []
    await ask(services, "subscribe")
    refused = await ask(services, "unsubscribe", user=MEMBER)
    assert refused.kind == "error"
    assert len(await services.store.subscriptions.list()) == 1


async def test_unsubscribe_removes_subscription_and_job(services: Services) -> None:
    await ask(services, "subscribe")
    sub = await services.store.subscriptions.for_channel("matrix", ROOM.id)
    assert sub is not None
    reply = await ask(services, "unsubscribe")
    assert "Abonnement beendet" in digest_as_text(reply)
    assert await services.store.subscriptions.for_channel("matrix", ROOM.id) is None
    assert isinstance(services.scheduler, DigestScheduler)
    assert services.scheduler.aps.get_job(f"sub:{sub.id}") is None
    again = await ask(services, "unsubscribe")
    assert again.kind == "info" and "kein Abonnement" in digest_as_text(again)


async def test_subscriptions_lists_this_channel_and_for_admins_the_others(store: Store) -> None:
    config = Config(digest=DigestConfig(), admins=AdminsConfig(users=("@ops:example.org",)))
    services = Services(
        config=config, store=store, clock=Clock(datetime(2026, 1, 10, 10, tzinfo=UTC))
    )
    other = ChannelRef("matrix", "!other:example.org")
    await ask(services, "subscribe", time="07:30")
    await ask(services, "subscribe", channel=other, time="18:00", timezone="UTC")

    member_view = digest_as_text(await ask(services, "subscriptions", user=MEMBER))
    assert "täglich 07:30 (Europe/Berlin)" in member_view
    assert "!other" not in member_view

    ops = UserRef("@ops:example.org", "Ops")
    admin_view = digest_as_text(await ask(services, "subscriptions", user=ops))
    assert "Kanal !other:example.org; täglich 18:00 (UTC)" in admin_view


async def test_server_admins_see_only_their_servers_subscriptions(store: Store) -> None:
    services = make_services(store, Clock(datetime(2026, 1, 10, 10, tzinfo=UTC)))
    here = ChannelRef("discord", "1", guild_id="g1")
    same_guild = ChannelRef("discord", "2", guild_id="g1")
    foreign = ChannelRef("discord", "3", guild_id="g2")
    for channel in (here, same_guild, foreign):
        await ask(services, "subscribe", channel=channel)
    guild_admin = UserRef("discord:42", "Admin", can_manage_channel=True)
    out = digest_as_text(await ask(services, "subscriptions", user=guild_admin, channel=here))
    assert "Kanal 2;" in out and "Kanal 3;" not in out


async def test_disabled_subscription_shows_why(store: Store) -> None:
    services = make_services(store, Clock(datetime(2026, 1, 10, 10, tzinfo=UTC)))
    await ask(services, "subscribe")
    sub = await store.subscriptions.for_channel("matrix", ROOM.id)
    assert sub is not None
    await store.subscriptions.disable(sub.id, "M_FORBIDDEN: not in room")
    out = digest_as_text(await ask(services, "subscriptions", user=MEMBER))
    assert "abgeschaltet: M_FORBIDDEN: not in room" in out


async def test_subscribe_during_a_long_store_write_says_try_again(services: Services) -> None:
    """A corpus swap (here: another connection) holds the write lock past the busy timeout."""
    store = services.store
    await store._db.conn.execute("PRAGMA busy_timeout = 20")  # the real 10 s is not needed here
    swap = sqlite3.connect(store.path, isolation_level=None)
    swap.execute("BEGIN IMMEDIATE")
    try:
        reply = await ask(services, "subscribe")
    finally:
        swap.execute("COMMIT")
        swap.close()
    assert reply.kind == "error"
    assert "beschäftigt" in reply.blocks[0].text and "noch einmal" in reply.blocks[0].text
    assert "Referenz" not in reply.blocks[0].text  # not an internal error
    assert await store.subscriptions.for_channel("matrix", ROOM.id) is None

    again = await ask(services, "subscribe")  # the swap is over: trying again works
    assert again.kind == "ok"
    assert await store.subscriptions.for_channel("matrix", ROOM.id) is not None


async def test_a_utc_offset_is_east_positive_as_people_write_it(services: Services) -> None:
    """tzdata's bare "GMT+2" is two hours *behind* UTC (POSIX signs): taken literally, a
    channel asking for summer time in Berlin got its digest four hours late, and "UTC+1"
    was answered with the suggestion "UTC", an hour off."""
    plus_one = await ask(services, "subscribe", time="18:00", timezone="UTC+1")
    plus_two = await ask(services, "subscribe", time="20:00", timezone="GMT+2")
    minus_five = await ask(services, "subscribe", time="12:00", timezone="UTC-05:00")
    assert [r.kind for r in (plus_one, plus_two, minus_five)] == ["ok", "ok", "ok"]
    subs = await services.store.subscriptions.in_channel("matrix", ROOM.id)
    fires = sorted(job_time(services, s.id) for s in subs)
    assert fires == [
        datetime(2026, 1, 10, 17, 0, tzinfo=UTC),  # 18:00 UTC+1, 12:00 UTC-5
        datetime(2026, 1, 10, 17, 0, tzinfo=UTC),
        datetime(2026, 1, 10, 18, 0, tzinfo=UTC),  # 20:00 GMT+2
    ]


async def test_a_utc_offset_is_shown_as_the_user_wrote_it(services: Services) -> None:
    """The stored zone for "UTC+1" is tzdata's "Etc/GMT-1" (POSIX sign): the replies said
    "18:00 (Etc/GMT-1)", which reads as an hour behind UTC to the user who asked for UTC+1."""
    done = digest_as_text(await ask(services, "subscribe", time="18:00", timezone="UTC+1"))
    west = digest_as_text(await ask(services, "subscribe", time="12:00", timezone="GMT-5"))
    listed = digest_as_text(await ask(services, "subscriptions"))
    assert "18:00 (UTC+1)" in done and "12:00 (UTC-5)" in west
    assert "18:00 (UTC+1)" in listed and "12:00 (UTC-5)" in listed
    assert "Etc/" not in done + west + listed


async def test_german_zone_names_are_understood(services: Services) -> None:
    mez = digest_as_text(await ask(services, "subscribe", time="07:00", timezone="MEZ"))
    wien = digest_as_text(await ask(services, "subscribe", time="08:00", timezone="wien"))
    assert "07:00 (Europe/Berlin)" in mez
    assert "08:00 (Europe/Vienna)" in wien
    hopeless = await ask(services, "subscribe", timezone="Mars/Olympus")
    assert hopeless.kind == "error"


async def test_a_time_written_with_uhr_is_understood(services: Services) -> None:
    reply = await ask(services, "subscribe", time="07:30 Uhr")
    assert reply.kind == "ok", digest_as_text(reply)
    assert "täglich um 07:30" in digest_as_text(reply)


async def test_a_word_that_is_no_time_is_named_as_such(services: Services) -> None:
    reply = await ask(services, "subscribe", time="gestern")
    out = digest_as_text(reply)
    assert reply.kind == "error"
    assert "„gestern“ ist keine gültige Uhrzeit" in out
    assert "zu lang" not in out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/subscribe 7 Uhr Wien", "täglich um 07:00 (Europe/Vienna)"),
        ("/subscribe 18.30 uhr", "täglich um 18:30 (Europe/Berlin)"),
        ("/subscribe 6 Uhr New York thema:Streik", "täglich um 06:00 (America/New_York)"),
    ],
)
async def test_uhr_after_the_time_in_a_text_command_is_no_zone(
    services: Services, line: str, expected: str
) -> None:
    command, args = parse_command_line(line)
    reply = await ask(services, command, **args)
    assert reply.kind == "ok", digest_as_text(reply)
    assert expected in digest_as_text(reply)
