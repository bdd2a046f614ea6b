# ruff: noqa: F811 (pytest fixtures imported from sched_support)
"""Digest faults over a real store: a send failing on part 2, a crash between intent and sent,
clock jumps and stalls beyond the misfire grace, a store busy with a long write. The rules:
nobody gets a part twice, a missed slot inside digest.catch_up_hours is sent once, an older
one is reported to the bot admins, nothing is dropped silently."""

from __future__ import annotations

import asyncio
import sqlite3
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

from bot.notify import AdminNotifier
from bot.store import Store
from bot.store.records import Subscription
from bot.transports.base import TransientSendError

CREATED = datetime(2026, 1, 10, tzinfo=UTC)
SLOT = datetime(2026, 1, 14, 7, tzinfo=UTC)  # 08:00 in Berlin


def fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


async def three_part_subscription(store: Store, channel: str) -> Subscription:
    """A subscription whose digest has three parts (one per new article)."""
    await store.corpus.apply(
        [one_article(2), one_article(3)], [], [], [], now=datetime(2024, 10, 23, 13, tzinfo=UTC)
    )
    return await store.subscriptions.upsert(
        "matrix", channel, "08:00", "Europe/Berlin", "u1", now=CREATED
    )


def part_numbers(poster: RecordingPoster, channel: str) -> list[int]:
    return [i for c, i, _ in poster.parts if c == channel]


async def restart(make_scheduler: SchedulerFactory, now: datetime, **digest: object) -> None:
    with time_machine.travel(now, tick=False):
        sched = make_scheduler(now=fixed(now), **digest)
        await sched.start()
        await sched.idle()
        await sched.shutdown()


# -- resuming at the first unsent part ---------------------------------------------------------


async def test_a_digest_failing_on_part_two_is_resumed_at_part_two(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await three_part_subscription(store, "!p")
    poster.fail_on_part = {1: [TransientSendError("502 Bad Gateway")]}
    result = await make_scheduler().run_slot(sub.id, SLOT)
    assert result.outcome == "sent" and result.attempts == 2
    assert part_numbers(poster, "!p") == [0, 1, 2]  # part 1 (index 0) exactly once
    assert sleeps.delays == [2.0]
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT and after.intent_slot is None


async def test_retries_running_out_after_part_one_resume_at_part_two_later(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    """E.g. the transport is down for a while: the slot keeps its progress, is tried again
    later (and by a restart meanwhile), and part 1 is still posted only once."""
    sub = await three_part_subscription(store, "!q")
    poster.fail_on_part = {1: [TransientSendError("timeout") for _ in range(4)]}
    sched = make_scheduler(now=fixed(SLOT + timedelta(minutes=1)), max_send_attempts=2)
    result = await sched.run_slot(sub.id, SLOT)
    assert result.outcome == "failed"
    kept = await store.subscriptions.get(sub.id)
    assert kept is not None and (kept.intent_slot, kept.intent_parts) == (SLOT, 1)

    await restart(make_scheduler, SLOT + timedelta(hours=1))  # races the later attempts
    await sched.idle()
    assert part_numbers(poster, "!q") == [0, 1, 2]
    assert sleeps.delays.count(sched.backoff_max) >= 1  # a later attempt was made
    (note,) = poster.admin_notes  # told once, not at every failed round
    assert "!q" in note and "1 message(s) out" in note and "Trying again" in note
    done = await store.subscriptions.get(sub.id)
    assert done is not None and done.last_slot == SLOT and done.intent_slot is None


async def test_this_process_resumes_its_own_failed_slot_at_the_next_attempt(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    """No 10-minute wait for a slot this process itself gave up on (it is not sending it)."""
    sub = await three_part_subscription(store, "!w")
    poster.fail_on_part = {1: [TransientSendError("timeout") for _ in range(2)]}
    clock = [SLOT + timedelta(minutes=1)]

    async def time_passes(delay: float) -> None:
        clock[0] += timedelta(seconds=delay)

    sleeps.hook = time_passes
    sched = make_scheduler(now=lambda: clock[0], max_send_attempts=2)
    assert (await sched.run_slot(sub.id, SLOT)).outcome == "failed"
    await sched.idle()
    assert part_numbers(poster, "!w") == [0, 1, 2]
    assert sleeps.delays == [2.0, sched.backoff_max]


async def test_a_slot_taken_over_by_another_run_meanwhile_is_not_resumed_twice(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await three_part_subscription(store, "!u")
    stale = await store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    assert stale is not None
    await store.subscriptions.record_progress(sub.id, stale, 1, SLOT)
    # Judged stale by this scheduler, but another process took the slot over in between.
    assert await store.subscriptions.resume_intent(sub.id, SLOT, stale)
    sched = make_scheduler(now=fixed(SLOT + timedelta(hours=1)))
    result = await sched.run_slot(sub.id, SLOT, resume=stale)
    assert result.outcome == "duplicate" and poster.parts == []


async def test_a_transport_down_for_a_while_gets_the_digest_once_it_is_back(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!t", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    poster.failures = [TransientSendError("not connected") for _ in range(6)]  # 3 rounds
    sched = make_scheduler(now=fixed(SLOT + timedelta(minutes=1)), max_send_attempts=2)
    assert (await sched.run_slot(sub.id, SLOT)).outcome == "failed"
    await sched.idle()
    assert [c for c, _ in poster.posts] == ["!t"]
    assert sleeps.delays.count(sched.backoff_max) == 3
    assert len(poster.admin_notes) == 1


# -- a crash between intent and sent -------------------------------------------------------------


async def test_a_crash_after_part_one_resumes_at_part_two_after_restart(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await three_part_subscription(store, "!c")
    # The previous process posted part 1 of the slot's digest and died.
    run = await store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    assert run is not None
    await store.subscriptions.record_progress(sub.id, run, 1, SLOT + timedelta(seconds=2))

    await restart(make_scheduler, SLOT + timedelta(minutes=30))
    assert part_numbers(poster, "!c") == [1, 2]
    await restart(make_scheduler, SLOT + timedelta(minutes=40))
    assert part_numbers(poster, "!c") == [1, 2]  # a second restart sends nothing more
    assert poster.admin_notes == []


async def test_a_crash_before_any_part_sends_the_digest_once_within_the_window(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!z", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    assert await store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    await restart(make_scheduler, SLOT + timedelta(hours=5))
    assert [c for c, _ in poster.posts] == ["!z"]
    await restart(make_scheduler, SLOT + timedelta(hours=5, minutes=1))
    assert [c for c, _ in poster.posts] == ["!z"]


async def test_an_interrupted_digest_older_than_the_window_is_reported_as_lost_once(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await three_part_subscription(store, "!l")
    run = await store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    assert run is not None
    await store.subscriptions.record_progress(sub.id, run, 1, SLOT)

    await restart(make_scheduler, SLOT + timedelta(hours=7))  # window: 6 h
    assert poster.parts == []
    (note,) = poster.admin_notes
    assert "!l" in note and "interrupted after 1 message(s)" in note
    assert "catch_up_hours" in note
    await restart(make_scheduler, SLOT + timedelta(hours=7, minutes=5))
    assert len(poster.admin_notes) == 1  # reported once, not at every restart
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT and after.intent_slot is None

    # The next day's digest covers the news of the lost one (nothing was marked as sent).
    with time_machine.travel(SLOT + timedelta(days=1), tick=False):
        nxt = await make_scheduler().run_slot(sub.id, SLOT + timedelta(days=1))
    assert nxt.outcome == "sent" and part_numbers(poster, "!l") == [0, 1, 2]


async def test_a_slot_another_process_is_still_sending_is_not_resumed_until_it_goes_quiet(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await three_part_subscription(store, "!o")
    # Another process (e.g. a second shard) is sending: part 1 out a minute ago.
    run = await store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    assert run is not None
    await store.subscriptions.record_progress(sub.id, run, 1, SLOT + timedelta(minutes=1))
    clock = [SLOT + timedelta(minutes=2)]

    async def time_passes(delay: float) -> None:
        if clock[0] == SLOT + timedelta(minutes=2):
            # Meanwhile the other process posts part 2, then dies.
            await store.subscriptions.record_progress(sub.id, run, 2, SLOT + timedelta(minutes=3))
        clock[0] += timedelta(seconds=delay)

    sleeps.hook = time_passes
    with time_machine.travel(clock[0], tick=False):
        sched = make_scheduler(now=lambda: clock[0])
        await sched.start()
        await sched.idle()
    assert part_numbers(poster, "!o") == [2]  # only what the other process never sent
    # Looked again when 10 min would have passed since the first sign of life, then since the
    # last one (part 2 at 08:03): resumed at 08:13.
    assert sleeps.delays == [540.0, 120.0]
    assert clock[0] == SLOT + timedelta(minutes=13)


# -- missed slots: restart, clock jump, stall ---------------------------------------------------


async def test_a_restart_8_hours_after_the_slot_reports_it_instead_of_dropping_it(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!d", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    await restart(make_scheduler, SLOT + timedelta(hours=8))
    assert poster.posts == []
    (note,) = poster.admin_notes
    assert "!d" in note and "2026-01-14 08:00 CET" in note and "was not sent" in note
    await restart(make_scheduler, SLOT + timedelta(hours=8, minutes=1))
    assert len(poster.admin_notes) == 1
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT


async def test_several_missed_days_within_the_window_give_one_digest(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    await store.subscriptions.upsert("matrix", "!m", "08:00", "Europe/Berlin", "u1", now=CREATED)
    await restart(make_scheduler, SLOT + timedelta(hours=2))  # down since 10 January
    assert [c for c, _ in poster.posts] == ["!m"] and poster.admin_notes == []


async def jump_after_the_slot(
    store: Store, make_scheduler: SchedulerFactory, channel: str, jump: timedelta
) -> Subscription:
    """Run the scheduler before the slot, then let the clock jump (or the loop stall) past the
    slot by more than the misfire grace (1 h here) before APScheduler looks again."""
    start = SLOT - timedelta(seconds=10)
    sub = await store.subscriptions.upsert(
        "matrix", channel, "08:00", "Europe/Berlin", "u1", now=start - timedelta(hours=1)
    )
    with time_machine.travel(start, tick=False) as traveller:
        sched = make_scheduler(misfire_grace_seconds=3600)
        await sched.start()
        await sched.idle()
        traveller.move_to(SLOT + jump)
        sched.aps.wakeup()

        async def dealt_with() -> bool:
            now = await store.subscriptions.get(sub.id)
            return now is not None and now.last_slot == SLOT

        await eventually(dealt_with)
        await sched.idle()
        sched.aps.wakeup()  # APScheduler looks again: nothing more happens
        await asyncio.sleep(0.05)
        await sched.idle()
    return sub


async def test_a_clock_jump_of_8_hours_is_reported_not_dropped(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    await jump_after_the_slot(store, make_scheduler, "!j", timedelta(hours=8))
    assert poster.posts == []
    (note,) = poster.admin_notes
    assert "!j" in note and "was not sent" in note


async def test_a_stall_beyond_the_grace_but_within_the_window_sends_once(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    await jump_after_the_slot(store, make_scheduler, "!s", timedelta(hours=2))
    assert [c for c, _ in poster.posts] == ["!s"]
    assert poster.admin_notes == []


async def test_admin_notices_go_to_the_configured_admin_channel(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    await store.subscriptions.upsert("matrix", "!x", "08:00", "Europe/Berlin", "u1", now=CREATED)
    notifier = AdminNotifier({"matrix": poster}, ["matrix:!ops:example.org"])
    now = SLOT + timedelta(hours=9)
    with time_machine.travel(now, tick=False):
        sched = make_scheduler(now=fixed(now), notifier=notifier)
        await sched.start()
        await sched.idle()
    (admin_post,) = [r for c, r in poster.posts if c == "!ops:example.org"]
    assert "!x" in admin_post.blocks[0].text and "was not sent" in admin_post.blocks[0].text
    assert poster.admin_notes == []  # the channel replaces the DMs


# -- a store busy with a long write ---------------------------------------------------------------


def hold_write_lock(store: Store) -> sqlite3.Connection:
    """Another connection holding the write lock, as a long corpus swap does."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def short_busy_timeout(store: Store) -> None:
    # The store waits 10 s for a lock before `database is locked`; the tests need not.
    for conn in (store._db.conn, store._db.edits):
        if conn is not None:
            await conn.execute("PRAGMA busy_timeout = 20")


async def test_a_busy_store_is_retried_with_backoff_and_the_digest_sent(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!b", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    await short_busy_timeout(store)
    other = hold_write_lock(store)

    async def swap_finishes(_delay: float) -> None:
        if len(sleeps.delays) == 2:
            other.execute("COMMIT")

    sleeps.hook = swap_finishes
    try:
        result = await make_scheduler().run_slot(sub.id, SLOT)
    finally:
        other.close()
    assert result.outcome == "sent" and [c for c, _ in poster.posts] == ["!b"]
    assert sleeps.delays == [2.0, 4.0]
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT


async def test_a_store_busy_beyond_the_retries_tells_admins_and_sends_later(
    store: Store, poster: RecordingPoster, sleeps: Sleeps, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!k", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    await short_busy_timeout(store)
    other = hold_write_lock(store)
    sched = make_scheduler(now=fixed(SLOT + timedelta(minutes=10)))

    async def swap_finishes(delay: float) -> None:
        if delay == sched.backoff_max:  # the scheduler's later attempt
            other.execute("COMMIT")

    sleeps.hook = swap_finishes
    try:
        result = await sched.run_slot(sub.id, SLOT)
        assert result.outcome == "failed"
        assert poster.posts == []
        (note,) = poster.admin_notes
        assert "store stayed busy" in note
        await sched.idle()
    finally:
        other.close()
    assert [c for c, _ in poster.posts] == ["!k"]  # not lost: sent once the store was free


async def test_an_unexpected_failure_is_reported_not_silent(
    store: Store, poster: RecordingPoster, make_scheduler: SchedulerFactory
) -> None:
    sub = await store.subscriptions.upsert(
        "matrix", "!v", "08:00", "Europe/Berlin", "u1", now=CREATED
    )
    poster.failures = [RuntimeError("renderer bug")]  # type: ignore[list-item]
    result = await make_scheduler().run_slot(sub.id, SLOT)
    assert result.outcome == "unknown" and poster.posts == []
    (note,) = poster.admin_notes
    assert f"subscription {sub.id}" in note and "RuntimeError" in note
