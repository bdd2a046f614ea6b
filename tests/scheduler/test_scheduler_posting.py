# ruff: noqa: F811 (pytest fixtures imported from sched_support)
"""The digest scheduler over a real store: posting at the slot (AsyncIOScheduler driven by
time-machine), catch-up after a restart, crash safety, retries, vanished channels."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import time_machine
from sched_support import (  # noqa: F401 (fixtures)
    RecordingPoster,
    SchedulerFactory,
    Sleeps,
    make_scheduler,
    one_article,
    poster,
    sleeps,
    store,
)

from bot.models import Paragraph, Sentence
from bot.scheduler.digest_scheduler import job_id
from bot.store import Store
from bot.store.records import Subscription
from bot.transports.base import ChannelGone, TransientSendError
from handlers.digest import HANDLERS as DIGEST_HANDLERS
from handlers.digest import digest_as_text
from handlers.dispatch import dispatch
from handlers.types import ChannelRef, Request, UserRef


def fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    """Wait for the job APScheduler started in its own task (real monotonic time)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


async def subscribe(
    store: Store, channel: str, time: str, zone: str, created: datetime
) -> Subscription:
    return await store.subscriptions.upsert("matrix", channel, time, zone, "u1", now=created)


async def mark_sent(store: Store, sub: Subscription, slot: datetime) -> None:
    assert await store.subscriptions.record_intent(sub.id, slot)
    await store.subscriptions.record_sent(sub.id, slot, slot, "earlier digest")


async def test_posts_at_the_slot_in_two_time_zones(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    start = datetime(2026, 1, 15, 6, 59, 50, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as traveller:
        berlin = await subscribe(store, "!berlin", "08:00", "Europe/Berlin", start)
        new_york = await subscribe(store, "!ny", "08:00", "America/New_York", start)
        sched = make_scheduler()
        await sched.start()
        await sched.idle()
        assert poster.posts == []

        # Ten minutes late (an event-loop stall): still inside the configured grace period,
        # where APScheduler's 1-second default would have dropped the digest.
        traveller.move_to(datetime(2026, 1, 15, 7, 10, tzinfo=UTC))
        sched.aps.wakeup()

        async def berlin_sent() -> bool:
            sub = await store.subscriptions.get(berlin.id)
            return sub is not None and sub.last_slot == datetime(2026, 1, 15, 7, tzinfo=UTC)

        await eventually(berlin_sent)
        assert [channel for channel, _ in poster.posts] == ["!berlin"]
        assert "Soldaten in Russland" in str(poster.posts[0][1].blocks)

        traveller.move_to(datetime(2026, 1, 15, 13, 0, 1, tzinfo=UTC))
        sched.aps.wakeup()

        async def ny_sent() -> bool:
            sub = await store.subscriptions.get(new_york.id)
            return sub is not None and sub.last_slot == datetime(2026, 1, 15, 13, tzinfo=UTC)

        await eventually(ny_sent)
        assert [channel for channel, _ in poster.posts] == ["!berlin", "!ny"]

        traveller.move_to(datetime(2026, 1, 16, 7, 0, 1, tzinfo=UTC))
        sched.aps.wakeup()
        await eventually(lambda: _count(poster, "!berlin", 2))
        await asyncio.sleep(0.05)
        assert [channel for channel, _ in poster.posts] == ["!berlin", "!ny", "!berlin"]


async def _count(poster: RecordingPoster, channel: str, n: int) -> bool:
    return sum(1 for c, _ in poster.posts if c == channel) >= n


async def test_restart_after_missed_slots_sends_exactly_one_catch_up(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!r", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    await mark_sent(store, sub, datetime(2026, 1, 12, 7, tzinfo=UTC))
    # Down on 13 and 14 January; back at 09:00 local on the 14th.
    now = datetime(2026, 1, 14, 8, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        first = make_scheduler(now=fixed(now))
        await first.start()
        await first.idle()
        assert len(poster.posts) == 1
        after = await store.subscriptions.get(sub.id)
        assert after is not None and after.last_slot == datetime(2026, 1, 14, 7, tzinfo=UTC)

        await first.shutdown()
        second = make_scheduler(now=fixed(now + timedelta(minutes=5)))
        await second.start()
        await second.idle()
    assert len(poster.posts) == 1  # a second restart does not post the slot again


async def test_no_catch_up_outside_the_window(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!w", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    await mark_sent(store, sub, datetime(2026, 1, 13, 7, tzinfo=UTC))
    now = datetime(2026, 1, 14, 13, 30, tzinfo=UTC)  # 6.5 h after the slot, window is 6 h
    sched = make_scheduler(now=fixed(now))
    assert sched.catch_up_slot(sub, now) is None
    with time_machine.travel(now, tick=False):
        await sched.start()
        await sched.idle()
    assert poster.posts == []


async def test_new_subscription_does_not_catch_up_slots_before_it_existed(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    await subscribe(store, "!n", "08:00", "Europe/Berlin", datetime(2026, 1, 14, 7, 30, tzinfo=UTC))
    now = datetime(2026, 1, 14, 8, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        sched = make_scheduler(now=fixed(now))
        await sched.start()
        await sched.idle()
    assert poster.posts == []


async def test_racing_runs_of_one_slot_post_once(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!x", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    slot = datetime(2026, 1, 14, 7, tzinfo=UTC)
    one, other = make_scheduler(), make_scheduler()  # e.g. two processes on one store
    results = await asyncio.gather(
        one.run_slot(sub.id, slot), other.run_slot(sub.id, slot), one.run_slot(sub.id, slot)
    )
    assert sorted(r.outcome for r in results) == ["duplicate", "duplicate", "sent"]
    assert len(poster.posts) == 1


async def test_send_failure_then_retry_succeeds(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!t", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    poster.failures = [
        TransientSendError("502 Bad Gateway"),
        TransientSendError("rate limited", retry_after=7.0),
    ]
    slot = datetime(2026, 1, 14, 7, tzinfo=UTC)
    result = await make_scheduler().run_slot(sub.id, slot)
    assert result.outcome == "sent" and result.attempts == 3
    assert sleeps.delays == [2.0, 7.0]  # exponential backoff, but never before retry_after
    assert len(poster.posts) == 1
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == slot and after.intent_slot is None
    assert poster.admin_notes == []


async def test_send_failing_for_good_tells_admins_frees_the_slot_and_tries_later(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!f", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    poster.failures = [TransientSendError("timeout") for _ in range(3)]
    slot = datetime(2026, 1, 14, 7, tzinfo=UTC)
    sched = make_scheduler(now=fixed(slot + timedelta(minutes=1)), max_send_attempts=3)
    result = await sched.run_slot(sub.id, slot)
    assert result.outcome == "failed" and poster.attempts == 3
    assert sleeps.delays == [2.0, 4.0]
    assert len(poster.admin_notes) == 1 and "!f" in poster.admin_notes[0]
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.intent_slot is None and after.last_slot != slot

    # Nothing was posted: the slot is free, and the later attempt sends it once.
    await sched.idle()
    assert sleeps.delays == [2.0, 4.0, sched.backoff_max]
    assert len(poster.posts) == 1
    now = slot + timedelta(hours=1)
    with time_machine.travel(now, tick=False):
        restarted = make_scheduler(now=fixed(now))
        await restarted.start()
        await restarted.idle()
    assert len(poster.posts) == 1 and len(poster.admin_notes) == 1


async def test_channel_gone_disables_the_subscription_and_tells_admins(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    created = datetime(2026, 1, 10, tzinfo=UTC)
    sub = await subscribe(store, "!gone", "08:00", "Europe/Berlin", created)
    # The clock stays at the subscription's creation: in real time the job's 08:00 slot would
    # long be overdue, and its catch-up could run before the slot this test posts.
    with time_machine.travel(created, tick=False):
        sched = make_scheduler()
        await sched.start()
        assert sched.aps.get_job(f"sub:{sub.id}") is not None
        poster.failures = [ChannelGone("M_FORBIDDEN: not in room")]
        result = await sched.run_slot(sub.id, datetime(2026, 1, 14, 7, tzinfo=UTC))
        assert result.outcome == "gone" and poster.attempts == 1  # no retries: it is gone
        after = await store.subscriptions.get(sub.id)
        assert after is not None and not after.enabled
        assert after.disabled_reason is not None and "not in room" in after.disabled_reason
        assert len(poster.admin_notes) == 1 and "!gone" in poster.admin_notes[0]
        assert sched.aps.get_job(f"sub:{sub.id}") is None
        later = await sched.run_slot(sub.id, datetime(2026, 1, 15, 7, tzinfo=UTC))
        assert later.outcome == "disabled" and poster.posts == []


async def test_autumn_overlap_posts_once(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    """02:30 happens twice in Berlin on 25.10.2026; the cron trigger fires at both."""
    sub = await subscribe(
        store, "!dst", "02:30", "Europe/Berlin", datetime(2026, 10, 20, tzinfo=UTC)
    )
    sched = make_scheduler()
    first = await sched.run_slot(sub.id, datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    second = await sched.run_slot(sub.id, datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    following = await sched.run_slot(sub.id, datetime(2026, 10, 26, 1, 30, tzinfo=UTC))
    assert (first.outcome, second.outcome, following.outcome) == ("sent", "duplicate", "sent")
    assert len(poster.posts) == 2


async def test_changing_the_zone_the_same_day_is_not_mistaken_for_a_repeat(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    """Subscribing again at the same time with another zone moves that subscription's slot
    (07:00 UTC -> 13:00 UTC the same day); the moved slot is a new wish, not a repeat."""
    sub = await subscribe(store, "!m", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    sched = make_scheduler()
    assert (await sched.run_slot(sub.id, datetime(2026, 1, 14, 7, tzinfo=UTC))).outcome == "sent"
    moved = await subscribe(
        store, "!m", "08:00", "America/New_York", datetime(2026, 1, 14, 9, tzinfo=UTC)
    )
    assert moved.id == sub.id
    assert (await sched.run_slot(sub.id, datetime(2026, 1, 14, 13, tzinfo=UTC))).outcome == "sent"


async def test_two_subscriptions_a_day_do_not_repeat_each_other(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    """Issue 15: /subscribe 07:00 and /subscribe 18:00 in one room: two digests a day, the
    evening one covering what came after the morning one."""
    created = datetime(2026, 1, 10, tzinfo=UTC)
    morning = await subscribe(store, "!two", "07:00", "UTC", created)
    evening = await subscribe(store, "!two", "18:00", "UTC", created)
    assert morning.id != evening.id
    sched = make_scheduler()
    first = await sched.run_slot(morning.id, datetime(2026, 1, 14, 7, tzinfo=UTC))
    assert first.outcome == "sent"
    second = await sched.run_slot(evening.id, datetime(2026, 1, 14, 18, tzinfo=UTC))
    assert second.outcome == "sent"
    assert [channel for channel, _ in poster.posts] == ["!two", "!two"]
    morning_text, evening_text = (digest_as_text(reply) for _, reply in poster.posts)
    assert "Neue Artikel" in morning_text
    assert "Neue Artikel" not in evening_text  # nothing new since the morning digest


async def test_nothing_new_is_skipped_or_noticed_as_configured(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await subscribe(store, "!e", "08:00", "Europe/Berlin", datetime(2026, 1, 10, tzinfo=UTC))
    await mark_sent(store, sub, datetime(2026, 1, 13, 7, tzinfo=UTC))  # after the only article
    skipping = make_scheduler(when_empty="skip")
    result = await skipping.run_slot(sub.id, datetime(2026, 1, 14, 7, tzinfo=UTC))
    assert result.outcome == "empty" and poster.posts == []
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == datetime(2026, 1, 14, 7, tzinfo=UTC)

    # "notice" tells the channel once that nothing is new, but not after an empty slot
    await mark_sent(store, sub, datetime(2026, 1, 15, 7, tzinfo=UTC))
    noticing = make_scheduler(when_empty="notice")
    result = await noticing.run_slot(sub.id, datetime(2026, 1, 16, 7, tzinfo=UTC))
    assert result.outcome == "sent"
    (reply,) = [r for _, r in poster.posts]
    assert reply.kind == "info" and "nichts Neues" in reply.blocks[0].text
    result = await noticing.run_slot(sub.id, datetime(2026, 1, 17, 7, tzinfo=UTC))
    assert result.outcome == "empty" and len(poster.posts) == 1
    # "repeat" (load tests, demos): the notice at every slot
    repeating = make_scheduler(when_empty="repeat")
    result = await repeating.run_slot(sub.id, datetime(2026, 1, 18, 7, tzinfo=UTC))
    assert result.outcome == "sent" and len(poster.posts) == 2


async def test_a_quiet_topic_is_announced_once_not_every_day(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    """A daily digest on a topic nothing matches posted "nichts gefunden" every morning. Now
    the channel hears it once, then nothing until there is news; after news, one "nichts
    Neues" at the next empty slot. Driven through the job APScheduler runs (_fire)."""
    sub = await store.subscriptions.upsert(
        "matrix",
        "!flut",
        "08:00",
        "Europe/Berlin",
        "u1",
        topic="Hochwasser",
        now=datetime(2026, 3, 1, tzinfo=UTC),
    )
    sched = make_scheduler()  # the default: digest.when_empty = "notice"
    await sched.start()
    job = sched.aps.get_job(job_id(sub.id))
    assert job is not None

    async def morning(day: int) -> list[str]:
        before = len(poster.posts)
        with time_machine.travel(datetime(2026, 3, day, 7, 0, 5, tzinfo=UTC), tick=False):
            await job.func(*job.args)
            await sched.idle()
        return [digest_as_text(reply) for _, reply in poster.posts[before:]]

    (first,) = await morning(2)
    assert "Hochwasser" in first and "nichts" in first
    assert await morning(3) == [] and await morning(4) == []

    flood = one_article(7)
    text = "Das Hochwasser an der Oder hat 1.200 Menschen aus ihren Häusern vertrieben."
    flood = dataclasses.replace(
        flood,
        article=dataclasses.replace(flood.article, paragraphs=(Paragraph(text),)),
        sentences=(Sentence(0, text, 0, len(text), 0, "report"),),
    )
    await store.corpus.apply([flood], [], [], [], now=datetime(2026, 3, 4, 12, tzinfo=UTC))
    (news,) = await morning(5)
    assert "Meldung 7" in news
    (quiet,) = await morning(6)
    assert "nichts Neues" in quiet
    assert await morning(7) == []
    await sched.shutdown()

    # asked for, the digest still answers, also when nothing is new
    on_demand = await dispatch(
        Request(
            command="digest",
            args={"topic": "Hochwasser"},
            user=UserRef("u1", "Leserin"),
            channel=ChannelRef("matrix", "!flut"),
            locale="de",
        ),
        sched.services,
        DIGEST_HANDLERS,
    )
    assert "nichts Neues" in digest_as_text(on_demand)


async def test_subscription_of_an_absent_transport_is_left_for_later(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "discord", "123", "08:00", "Europe/Berlin", "u1", now=datetime(2026, 1, 10, tzinfo=UTC)
    )
    slot = datetime(2026, 1, 14, 7, tzinfo=UTC)
    result = await make_scheduler().run_slot(sub.id, slot)
    assert result.outcome == "no_transport"
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.intent_slot is None  # a Discord process may still send it


async def test_a_stored_subscription_with_a_bad_zone_does_not_stop_the_others(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    created = datetime(2026, 1, 10, tzinfo=UTC)
    bad = await subscribe(store, "!bad", "08:00", "Mars/Olympus", created)  # e.g. tzdata removed it
    good = await subscribe(store, "!good", "08:00", "Europe/Berlin", created)
    with time_machine.travel(created, tick=False):
        sched = make_scheduler()
        await sched.start()
    assert sched.aps.get_job(f"sub:{bad.id}") is None
    assert sched.aps.get_job(f"sub:{good.id}") is not None
