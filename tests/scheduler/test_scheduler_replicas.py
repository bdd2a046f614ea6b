"""Several processes on one store: each digest slot is claimed in the database before it is
sent, so exactly one process posts it; a claim whose owner died (its replica lease expired) is
taken over at the next heartbeat and resumed at the first unsent part; an owner that was only
stalled and got taken over stops posting. Two Store objects on one SQLite file stand for two
processes (separate connections, separate locks); their clocks are explicit."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sched_support import RecordingPoster, Sleeps, one_article

from bot.config import Config, DigestConfig, ReplicasConfig
from bot.scheduler import DigestScheduler
from bot.scheduler.replica import Replica
from bot.store import Store
from bot.store.records import Subscription
from handlers.types import Services

SLOT = datetime(2026, 1, 14, 7, tzinfo=UTC)  # 08:00 in Berlin
CREATED = datetime(2026, 1, 10, tzinfo=UTC)
CONFIG = Config(
    digest=DigestConfig(), replicas=ReplicasConfig(heartbeat_seconds=5, dead_after_seconds=30)
)


class Process:
    """One `lagebild run` as far as digests go: its own store connections, replica, poster."""

    def __init__(self, store: Store, name: str, clock: list[datetime]) -> None:
        self.store = store
        self.clock = clock
        self.poster = RecordingPoster()
        self.replica = Replica(
            store.leases, lambda: clock[0], heartbeat_seconds=5, dead_after_seconds=30, owner=name
        )
        services = Services(config=CONFIG, store=store, clock=lambda: clock[0])
        self.scheduler = DigestScheduler(
            services, {"matrix": self.poster}, sleep=Sleeps(), replica=self.replica
        )
        # What start() registers, without its APScheduler jobs and start-up recovery: the
        # tests drive the heartbeat themselves.
        self.replica.on_beat.append(self.scheduler.sweep)


@pytest.fixture
async def two(store_url: str) -> AsyncIterator[tuple[Process, Process, list[datetime]]]:
    first = await Store.open(store_url)
    await first.corpus.apply(
        [one_article(1), one_article(2), one_article(3)], [], [], [],
        now=datetime(2024, 10, 23, 12, tzinfo=UTC),
    )  # fmt: skip
    second = await Store.open(store_url)
    clock = [SLOT]
    a, b = Process(first, "host-a:1:aa", clock), Process(second, "host-b:2:bb", clock)
    try:
        yield a, b, clock
    finally:
        for p in (a, b):
            await p.scheduler.shutdown()
            await p.store.close()


async def subscription(store: Store) -> Subscription:
    return await store.subscriptions.upsert(
        "matrix", "!r", "08:00", "Europe/Berlin", "u1", now=CREATED
    )


def parts(*processes: Process) -> list[int]:
    return sorted(i for p in processes for _, i, _ in p.poster.parts)


async def test_two_processes_firing_the_same_slot_post_it_once(two) -> None:
    a, b, _ = two
    sub = await subscription(a.store)
    await a.replica.beat()
    await b.replica.beat()
    results = await asyncio.gather(
        a.scheduler.run_slot(sub.id, SLOT), b.scheduler.run_slot(sub.id, SLOT)
    )
    assert sorted(r.outcome for r in results) == ["duplicate", "sent"]
    assert parts(a, b) == [0, 1, 2]  # one three-part digest, from one of them
    claim = await a.store.claims.get(sub.id, SLOT)
    winner = a if results[0].outcome == "sent" else b
    assert claim is not None and claim.owner == winner.replica.owner


async def test_a_dead_owners_slot_is_taken_over_at_the_next_heartbeat_and_resumed(two) -> None:
    a, b, clock = two
    sub = await subscription(a.store)
    await a.replica.beat()
    await b.replica.beat()
    # A claimed the slot and posted part 1 of 3, then was killed (no more heartbeats).
    assert await a.store.claims.claim(sub.id, SLOT, a.replica.owner, SLOT)
    run = await a.store.subscriptions.record_intent(sub.id, SLOT, SLOT)
    assert run is not None
    assert await a.store.subscriptions.record_progress(sub.id, run, 1, SLOT)

    clock[0] = SLOT + timedelta(seconds=20)  # A's replica lease (30 s) still runs
    await b.replica.beat()
    await b.scheduler.idle()
    assert parts(b) == []  # a live owner's slot is never taken
    assert (await b.scheduler.run_slot(sub.id, SLOT)).outcome == "duplicate"

    clock[0] = SLOT + timedelta(seconds=31)  # A missed its beats: dead
    await b.replica.beat()
    await b.scheduler.idle()
    assert parts(b) == [1, 2]  # only what A never sent
    after = await b.store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT and after.intent_slot is None
    claim = await b.store.claims.get(sub.id, SLOT)
    assert claim is not None and claim.owner == b.replica.owner


async def test_a_stalled_owner_that_was_taken_over_stops_posting(two) -> None:
    a, b, clock = two
    sub = await subscription(a.store)
    await a.replica.beat()
    await b.replica.beat()
    taken_over = asyncio.Event()

    async def stall_after_part_one(n: int) -> None:
        # A's event loop stalls after its first part for longer than dead_after; meanwhile B
        # takes the slot over and finishes it.
        if n == 1 and not taken_over.is_set():
            clock[0] = SLOT + timedelta(seconds=31)
            await b.replica.beat()
            await b.scheduler.idle()
            taken_over.set()

    real_post = a.poster.post

    async def post(channel_id, reply, *, skip=0, on_part=None):  # type: ignore[no-untyped-def]
        async def both(n: int) -> None:
            if on_part is not None:
                await on_part(n)
            await stall_after_part_one(n)

        return await real_post(channel_id, reply, skip=skip, on_part=both)

    a.poster.post = post  # type: ignore[method-assign]
    result = await a.scheduler.run_slot(sub.id, SLOT)
    assert taken_over.is_set()
    assert parts(b) == [1, 2]
    # A posted part 1, was taken over, and stopped at its next part instead of doubling it.
    assert result.outcome == "duplicate" and "taken over" in (result.detail or "")
    assert parts(a) == [0, 1]
    assert sum(1 for i in parts(a, b) if i == 2) == 1


async def test_the_leader_forgets_old_claims_and_leases_of_long_gone_processes(two) -> None:
    a, b, _ = two
    sub = await subscription(a.store)
    old = SLOT - timedelta(days=8)
    await a.store.leases.acquire("replica:gone", "gone", timedelta(seconds=30), old)
    assert await a.store.claims.claim(sub.id, old, "gone", old)
    assert await a.store.claims.claim(sub.id, SLOT, a.replica.owner, SLOT)
    await a.replica.beat()  # the first to beat leads
    await b.replica.beat()
    assert a.replica.is_leader and not b.replica.is_leader
    assert await a.store.claims.get(sub.id, old) is None
    assert await a.store.claims.get(sub.id, SLOT) is not None  # a recent one stays
    assert await a.store.leases.holder("replica:gone", old) is None


async def test_a_subscription_made_in_another_process_is_scheduled_here_at_the_next_beat(
    two,
) -> None:
    a, b, _ = two
    await b.scheduler.start()  # before the subscription exists
    assert b.scheduler.aps.get_jobs() == []
    sub = await subscription(a.store)  # /subscribe, answered by process A
    await b.replica.beat()
    job = b.scheduler.aps.get_job(f"sub:{sub.id}")
    assert job is not None  # B fires it too, and so posts it when A is gone
    await a.store.subscriptions.upsert("matrix", "!r", "08:00", "Asia/Tokyo", "u1", now=CREATED)
    await b.replica.beat()
    job = b.scheduler.aps.get_job(f"sub:{sub.id}")
    assert job is not None and str(job.trigger.timezone) == "Asia/Tokyo"
    assert await a.store.subscriptions.remove("matrix", "!r")  # /unsubscribe in A
    await b.replica.beat()
    assert b.scheduler.aps.get_jobs() == []


async def test_a_process_without_the_transport_leaves_a_dead_owners_slot_alone(two) -> None:
    a, b, clock = two
    sub = await subscription(a.store)  # a Matrix room; B runs Discord only
    b.scheduler.posters = {"discord": b.poster}
    await a.replica.beat()
    assert await a.store.claims.claim(sub.id, SLOT, a.replica.owner, SLOT)
    clock[0] = SLOT + timedelta(seconds=31)  # A died
    assert await b.store.claims.orphaned(clock[0], b.replica.owner, ["discord"]) == []
    await b.replica.beat()
    await b.scheduler.idle()
    claim = await b.store.claims.get(sub.id, SLOT)
    assert claim is not None and claim.owner == a.replica.owner  # left for a Matrix process
    assert await b.store.claims.orphaned(clock[0], b.replica.owner, ["matrix"]) != []


async def test_a_slow_heartbeat_callback_does_not_stop_the_renewals(store_url: str) -> None:
    """A sweep held up by a busy store must not let this live process look dead."""
    store = await Store.open(store_url)
    replica = Replica(store.leases, lambda: datetime.now(UTC), heartbeat_seconds=0.05,
                      dead_after_seconds=0.5)  # fmt: skip
    release = asyncio.Event()
    rounds = []

    async def slow() -> None:
        rounds.append(1)
        await release.wait()

    try:
        await replica.start()
        replica.on_beat.append(slow)
        await asyncio.sleep(1.0)  # twice dead_after with the callback stuck all along
        holder = await store.leases.holder(f"replica:{replica.owner}", datetime.now(UTC))
        assert holder is not None and replica.is_leader
        assert rounds == [1]  # one round at a time, not one piled up per beat
        release.set()
    finally:
        await replica.close()
        await store.close()
