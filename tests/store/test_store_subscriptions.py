"""Subscriptions: one per channel, topic and time, and each daily slot posted at most once."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import Store
from bot.store.migrations import MIGRATIONS

NOW = datetime(2024, 11, 20, 6, 0, tzinfo=UTC)
SLOT = datetime(2024, 11, 21, 7, 0, tzinfo=UTC)


@pytest.fixture
async def store(store_url: str):  # type: ignore[no-untyped-def]
    s = await Store.open(store_url)
    try:
        yield s
    finally:
        await s.close()


async def test_upsert_creates_once_per_topic_and_time_and_updates(store: Store) -> None:
    sub = await store.subscriptions.upsert(
        "discord", "c1", "08:00", "Europe/Berlin", "u1", "g1", now=NOW
    )
    assert sub.enabled and sub.last_slot == NOW and sub.created_at == NOW
    assert sub.last_slot is not None and sub.last_slot.tzinfo is not None
    again = await store.subscriptions.upsert(
        "discord", "c1", "08:00", "UTC", "u2", now=NOW + timedelta(days=3), mention_role="5"
    )
    assert again.id == sub.id and (again.time, again.timezone) == ("08:00", "UTC")
    assert again.created_by == "u1" and again.guild_id == "g1" and again.last_slot == NOW
    assert again.mention_role == "5"
    other = await store.subscriptions.upsert("matrix", "c1", "08:00", "UTC", "u3", now=NOW)
    assert other.id != sub.id
    assert [s.id for s in await store.subscriptions.list("discord")] == [sub.id]
    assert len(await store.subscriptions.list()) == 2
    assert await store.subscriptions.for_channel("matrix", "c1") == other


async def test_a_channel_holds_several_subscriptions_at_different_times(store: Store) -> None:
    """Issue 15: /subscribe 07:00 and /subscribe 18:00 are two digests a day, not a move."""
    morning = await store.subscriptions.upsert("matrix", "!r", "07:00", "UTC", "u", now=NOW)
    evening = await store.subscriptions.upsert("matrix", "!r", "18:00", "UTC", "u", now=NOW)
    repeat = await store.subscriptions.upsert("matrix", "!r", "07:00", "UTC", "u", now=NOW)
    assert morning.id != evening.id and repeat.id == morning.id
    here = await store.subscriptions.in_channel("matrix", "!r")
    assert [(s.id, s.time) for s in here] == [(morning.id, "07:00"), (evening.id, "18:00")]


async def test_last_digest_on_a_topic_counts_every_subscription_of_the_channel(
    store: Store,
) -> None:
    repo = store.subscriptions
    morning = await repo.upsert("matrix", "!r", "07:00", "UTC", "u", now=NOW)
    evening = await repo.upsert("matrix", "!r", "18:00", "UTC", "u", now=NOW)
    kursk = await repo.upsert("matrix", "!r", "07:00", "UTC", "u", now=NOW, topic="Kursk")
    assert await repo.last_sent_on_topic("matrix", "!r", "") is None
    first = NOW + timedelta(hours=1)
    await repo.record_sent(morning.id, first, first, "morgens")
    later = NOW + timedelta(hours=12)
    await repo.record_sent(evening.id, later, later, "abends")
    await repo.record_sent(morning.id, first + timedelta(days=1), first, "again")  # an old stamp
    assert await repo.last_sent_on_topic("matrix", "!r", "") == later
    assert await repo.last_sent_on_topic("matrix", "!r", "kursk") is None
    await repo.record_sent(kursk.id, first, first, "kursk")
    assert await repo.last_sent_on_topic("matrix", "!r", "KURSK") == first
    assert await repo.last_sent_on_topic("matrix", "!other", "") is None


async def test_a_channel_holds_one_subscription_per_topic(store: Store) -> None:
    plain = await store.subscriptions.upsert("discord", "c1", "08:00", "UTC", "u", now=NOW)
    later = await store.subscriptions.upsert(
        "discord", "c1", "18:00", "UTC", "u", now=NOW, topic="Selenskyj"
    )
    topic = await store.subscriptions.upsert(
        "discord", "c1", "08:00", "UTC", "u", now=NOW, topic="Kursk", mention_role="77"
    )
    assert len({plain.id, later.id, topic.id}) == 3
    assert topic.topic == "Kursk" and topic.mention_role == "77" and plain.topic == ""
    here = await store.subscriptions.in_channel("discord", "c1")
    assert [s.id for s in here] == [plain.id, later.id, topic.id]
    assert await store.subscriptions.remove("discord", "c1", later.id)
    assert [s.id for s in await store.subscriptions.in_channel("discord", "c1")] == [
        plain.id,
        topic.id,
    ]


async def test_migration_keeps_subscriptions_and_sent_digests(tmp_path: Path) -> None:
    """A store from before several-per-channel keeps its subscriptions and digest history."""
    import sqlite3

    from bot.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    old = MIGRATIONS.index(next(m for m in MIGRATIONS if "subscriptions_new" in m))
    for script in MIGRATIONS[:old]:
        con.executescript(script)
    con.execute(
        "INSERT INTO subscriptions (id, transport, channel_id, time, timezone, created_by, "
        "created_at) VALUES (5, 'discord', 'c', '08:00', 'UTC', 'u', '2024-11-20T06:00:00+00:00')"
    )
    con.execute(
        "INSERT INTO digests_sent (subscription_id, slot, sent_at, digest_text) "
        "VALUES (5, '2024-11-21T07:00:00+00:00', '2024-11-21T07:00:01+00:00', 'Digest')"
    )
    con.execute(f"PRAGMA user_version = {old}")
    con.commit()
    con.close()
    s = await Store.open(path)
    try:
        sub = await s.subscriptions.get(5)
        assert sub is not None and sub.time == "08:00" and sub.topic == ""
        assert [text for _, _, text in await s.subscriptions.sent(5)] == ["Digest"]
    finally:
        await s.close()


async def test_intent_is_granted_once_per_slot(store: Store) -> None:
    sub = await store.subscriptions.upsert("console", "c", "08:00", "UTC", "u", now=NOW)
    assert await store.subscriptions.record_intent(sub.id, SLOT) is not None
    assert await store.subscriptions.record_intent(sub.id, SLOT) is None  # crash + restart
    assert await store.subscriptions.record_intent(sub.id, SLOT - timedelta(days=1)) is None
    await store.subscriptions.record_sent(sub.id, SLOT, SLOT + timedelta(seconds=3), "Digest 1")
    after = await store.subscriptions.get(sub.id)
    assert after is not None
    assert after.last_slot == SLOT and after.intent_slot is None
    assert after.last_sent_at == SLOT + timedelta(seconds=3)
    assert await store.subscriptions.record_intent(sub.id, SLOT) is None  # already sent
    assert await store.subscriptions.record_intent(sub.id, SLOT + timedelta(days=1)) is not None
    assert [text for _, _, text in await store.subscriptions.sent(sub.id)] == ["Digest 1"]


async def test_slots_before_the_subscription_existed_are_refused(store: Store) -> None:
    sub = await store.subscriptions.upsert("console", "c", "08:00", "UTC", "u", now=NOW)
    assert await store.subscriptions.record_intent(sub.id, NOW - timedelta(hours=1)) is None
    assert await store.subscriptions.record_intent(sub.id, NOW) is None
    assert await store.subscriptions.record_intent(sub.id, NOW + timedelta(hours=1)) is not None


async def test_concurrent_intents_for_one_slot_have_one_winner(store: Store) -> None:
    sub = await store.subscriptions.upsert("console", "c", "08:00", "UTC", "u", now=NOW)
    results = await asyncio.gather(
        *(store.subscriptions.record_intent(sub.id, SLOT) for _ in range(10))
    )
    assert sum(r is not None for r in results) == 1


async def test_intent_survives_a_restart(store_url: str) -> None:
    db = store_url
    first = await Store.open(db)
    sub = await first.subscriptions.upsert("console", "c", "08:00", "UTC", "u", now=NOW)
    assert await first.subscriptions.record_intent(sub.id, SLOT)
    await first.close()  # "crash" between intent and send
    second = await Store.open(db)
    try:
        assert await second.subscriptions.record_intent(sub.id, SLOT) is None
        reloaded = await second.subscriptions.get(sub.id)
        assert reloaded is not None and reloaded.intent_slot == SLOT
    finally:
        await second.close()


async def test_clear_intent_allows_a_retry_of_the_slot(store: Store) -> None:
    sub = await store.subscriptions.upsert("console", "c", "08:00", "UTC", "u", now=NOW)
    assert await store.subscriptions.record_intent(sub.id, SLOT)
    await store.subscriptions.clear_intent(sub.id)
    assert await store.subscriptions.record_intent(sub.id, SLOT)


async def test_disabled_subscription_gets_no_intent_until_resubscribed(store: Store) -> None:
    sub = await store.subscriptions.upsert("discord", "gone", "08:00", "UTC", "u", now=NOW)
    await store.subscriptions.disable(sub.id, "channel deleted")
    disabled = await store.subscriptions.get(sub.id)
    assert disabled is not None and not disabled.enabled
    assert disabled.disabled_reason == "channel deleted"
    assert await store.subscriptions.list(enabled_only=True) == []
    assert await store.subscriptions.record_intent(sub.id, SLOT) is None
    again = await store.subscriptions.upsert("discord", "gone", "08:00", "UTC", "u", now=NOW)
    assert again.enabled and again.disabled_reason is None
    assert await store.subscriptions.record_intent(sub.id, SLOT)
    assert (await store.corpus.status()).subscriptions == 1


async def test_remove(store: Store) -> None:
    await store.subscriptions.upsert("matrix", "!room", "08:00", "UTC", "u", now=NOW)
    assert await store.subscriptions.remove("matrix", "!room") is True
    assert await store.subscriptions.remove("matrix", "!room") is False
    assert await store.subscriptions.for_channel("matrix", "!room") is None


async def test_reload_log_start_finish_last(store: Store) -> None:
    assert await store.reloads.last() is None
    started = datetime(2024, 11, 20, 12, 0, tzinfo=UTC)
    rid = await store.reloads.start("admin#1", started)
    running = await store.reloads.last()
    assert running is not None and running.status == "running" and running.finished_at is None
    await store.reloads.finish(
        rid, "partial", "1 neu, 1 übersprungen", started + timedelta(seconds=5)
    )
    done = await store.reloads.last()
    assert done is not None and done.id == rid
    assert (done.status, done.summary, done.requested_by) == (
        "partial",
        "1 neu, 1 übersprungen",
        "admin#1",
    )
    assert done.finished_at == started + timedelta(seconds=5)
    assert (await store.corpus.status()).last_reload == done
    with pytest.raises(ValueError):
        await store.reloads.finish(rid, "weird", "", started)


async def test_progress_survives_a_restart_and_one_resumer_wins(store_url: str) -> None:
    db = store_url
    first = await Store.open(db)
    sub = await first.subscriptions.upsert("matrix", "!r", "08:00", "UTC", "u", now=NOW)
    run = await first.subscriptions.record_intent(sub.id, SLOT)
    assert run is not None
    await first.subscriptions.record_progress(sub.id, run, 2)
    await first.close()  # crash after part 2 of the digest

    second, third = await Store.open(db), await Store.open(db)  # two processes restart
    try:
        seen = await second.subscriptions.get(sub.id)
        assert seen is not None and (seen.intent_slot, seen.intent_parts) == (SLOT, 2)
        claims = await asyncio.gather(
            second.subscriptions.resume_intent(sub.id, SLOT, seen.intent_run),
            third.subscriptions.resume_intent(sub.id, SLOT, seen.intent_run),
        )
        (winner,) = [c for c in claims if c is not None]
        # The old run's late progress report cannot overwrite the new owner's.
        await second.subscriptions.record_progress(sub.id, run, 1)
        await second.subscriptions.record_progress(sub.id, winner, 3)
        now = await second.subscriptions.get(sub.id)
        assert now is not None and now.intent_parts == 3
        await second.subscriptions.record_sent(sub.id, SLOT, SLOT, "digest")
        done = await second.subscriptions.get(sub.id)
        assert done is not None and done.last_slot == SLOT
        assert (done.intent_slot, done.intent_parts, done.intent_run) == (None, 0, None)
        assert await second.subscriptions.resume_intent(sub.id, SLOT, winner) is None
    finally:
        await second.close()
        await third.close()


async def test_a_given_up_slot_is_done_but_the_next_digest_covers_its_news(store: Store) -> None:
    sub = await store.subscriptions.upsert("matrix", "!g", "08:00", "UTC", "u", now=NOW)
    assert await store.subscriptions.record_intent(sub.id, SLOT)
    await store.subscriptions.record_given_up(sub.id, SLOT)
    after = await store.subscriptions.get(sub.id)
    assert after is not None and after.last_slot == SLOT and after.intent_slot is None
    assert after.last_sent_at is None  # nothing was sent: "since" stays where it was
    assert await store.subscriptions.sent(sub.id) == []
    assert await store.subscriptions.record_intent(sub.id, SLOT) is None
    assert await store.subscriptions.record_intent(sub.id, SLOT + timedelta(days=1))


async def test_upgrade_keeps_subscriptions_and_their_sent_digests(tmp_path: Path) -> None:
    """The migration to several subscriptions per topic keeps every row, id and sent digest,
    and a store upgraded from it accepts a second time for the same topic."""
    db = tmp_path / "old.db"
    before = next(i for i, m in enumerate(MIGRATIONS) if "topic, time)" in m)
    with sqlite3.connect(db) as conn:
        for script in MIGRATIONS[:before]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {before}")
        conn.execute(
            """INSERT INTO subscriptions (id, transport, channel_id, time, timezone, created_by,
                   created_at, last_sent_at, topic, mention_role)
               VALUES (7, 'discord', 'c', '08:00', 'UTC', 'u', '2026-01-01T00:00:00+00:00',
                       '2026-01-02T08:00:00+00:00', 'Kursk', '55')"""
        )
        conn.execute(
            """INSERT INTO digests_sent (subscription_id, slot, sent_at, digest_text)
               VALUES (7, '2026-01-02T08:00:00+00:00', '2026-01-02T08:00:00+00:00', 'x')"""
        )
    store = await Store.open(db)
    try:
        (sub,) = await store.subscriptions.in_channel("discord", "c")
        assert (sub.id, sub.topic, sub.mention_role) == (7, "Kursk", "55")
        assert [text for _, _, text in await store.subscriptions.sent(7)] == ["x"]
        evening = await store.subscriptions.upsert(
            "discord", "c", "18:00", "UTC", "u", now=NOW, topic="Kursk"
        )
        assert evening.id != 7
    finally:
        await store.close()
