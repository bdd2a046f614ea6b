"""Digest subscriptions and the exactly-once bookkeeping of their slots.

A slot is the scheduled UTC time of one daily digest. The scheduler calls record_intent before
posting, record_progress after each part (message) that went out, and record_sent at the end;
because record_intent is one conditional UPDATE, two racing runs (a catch-up and a cron fire,
or two processes) cannot both win the same slot. A crash between intent and sent leaves the
intent and its progress in place: a restart resumes at the first unsent part (resume_intent,
one winner among racing processes) or, when too late, gives the slot up (record_given_up).
All keyed by subscription id; the SQL is portable (no SQLite-only functions).
"""

from __future__ import annotations

import builtins
import secrets
from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_from_db, dt_to_db, utc_now
from bot.store.db import Connection, Database
from bot.store.records import Subscription


class SubscriptionRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(
        self,
        transport: str,
        channel_id: str,
        time: str,
        timezone: str,
        created_by: str,
        guild_id: str | None = None,
        now: datetime | None = None,
        topic: str = "",
        mention_role: str | None = None,
    ) -> Subscription:
        """One subscription per (transport, channel, topic, time): a channel may have several,
        with different topics or at different times ("07:00" and "18:00"). Subscribing again
        to the same topic and time adds no duplicate: it updates that subscription's zone and
        mention and re-enables it (a zone change moves its slot). A new subscription's
        last_slot is `now`, so it never catches up on slots from before it existed."""
        stamp = dt_to_db(now or utc_now())
        async with self._db.transaction() as conn:
            await conn.execute(
                """INSERT INTO subscriptions (transport, channel_id, guild_id, time, timezone,
                       created_by, created_at, enabled, last_slot, topic, mention_role)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?7, ?8, ?9)
                   ON CONFLICT (transport, channel_id, topic, time) DO UPDATE SET
                       timezone = excluded.timezone,
                       guild_id = coalesce(excluded.guild_id, subscriptions.guild_id),
                       mention_role = excluded.mention_role,
                       enabled = 1,
                       disabled_reason = NULL""",
                (transport, channel_id, guild_id, time, timezone, created_by, stamp, topic,
                 mention_role),
            )  # fmt: skip
            cur = await conn.execute(
                """SELECT * FROM subscriptions WHERE transport = ? AND channel_id = ?
                   AND topic = ? AND time = ?""",
                (transport, channel_id, topic, time),
            )
            row = await cur.fetchone()
        assert row is not None
        return rows.subscription(row)

    async def remove(
        self, transport: str, channel_id: str, subscription_id: int | None = None
    ) -> bool:
        """Remove one subscription of the channel (by id), or all of them."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """DELETE FROM subscriptions WHERE transport = ? AND channel_id = ?
                   AND (CAST(? AS INTEGER) IS NULL OR id = ?)""",
                (transport, channel_id, subscription_id, subscription_id),
            )
        return cur.rowcount > 0

    async def move_channel(self, transport: str, old_id: str, new_id: str) -> int:
        """Moves a channel's subscriptions to another channel id (a Matrix room upgrade
        replaces the room), keeping their slots and progress; one the new channel already has
        (same topic and time) stays where it was. Returns how many moved."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE subscriptions SET channel_id = ?1
                   WHERE transport = ?2 AND channel_id = ?3 AND NOT EXISTS (
                       SELECT 1 FROM subscriptions AS s WHERE s.transport = ?2
                       AND s.channel_id = ?1 AND s.topic = subscriptions.topic
                       AND s.time = subscriptions.time)""",
                (new_id, transport, old_id),
            )
        return int(cur.rowcount)

    async def in_channel(self, transport: str, channel_id: str) -> builtins.list[Subscription]:
        """Every subscription of one channel, oldest first."""
        cur = await self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE transport = ? AND channel_id = ? ORDER BY id",
            (transport, channel_id),
        )
        return [rows.subscription(r) for r in await cur.fetchall()]

    async def last_sent_on_topic(
        self, transport: str, channel_id: str, topic: str
    ) -> datetime | None:
        """When the channel last got a digest on `topic` ('' = the whole corpus) from any of
        its subscriptions: with one at 07:00 and one at 18:00, the evening digest covers what
        came after the morning one instead of repeating it."""
        cur = await self._db.conn.execute(
            """SELECT max(last_sent_at) FROM subscriptions
               WHERE transport = ? AND channel_id = ? AND lower(topic) = lower(CAST(? AS TEXT))""",
            (transport, channel_id, topic),
        )
        row = await cur.fetchone()
        return dt_from_db(row[0]) if row and row[0] else None

    async def get(self, subscription_id: int) -> Subscription | None:
        cur = await self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE id = ?", (subscription_id,)
        )
        row = await cur.fetchone()
        return rows.subscription(row) if row else None

    async def for_channel(self, transport: str, channel_id: str) -> Subscription | None:
        """The channel's first subscription (see in_channel for all of them)."""
        cur = await self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE transport = ? AND channel_id = ? ORDER BY id",
            (transport, channel_id),
        )
        row = await cur.fetchone()
        return rows.subscription(row) if row else None

    async def list(
        self, transport: str | None = None, enabled_only: bool = False
    ) -> builtins.list[Subscription]:
        sql = "SELECT * FROM subscriptions WHERE (CAST(?1 AS TEXT) IS NULL OR transport = ?1)"
        if enabled_only:
            sql += " AND enabled = 1"
        cur = await self._db.conn.execute(sql + " ORDER BY id", (transport,))
        return [rows.subscription(r) for r in await cur.fetchall()]

    async def record_intent(
        self, subscription_id: int, slot: datetime, now: datetime | None = None
    ) -> str | None:
        """Mark that the digest for `slot` is about to be sent, with no part posted yet. Returns
        the claim token of this run, or None (changing nothing) when this slot, or a later one,
        was already sent or intended, or the subscription is disabled or gone: the caller must
        not send."""
        s = dt_to_db(slot)
        run = secrets.token_hex(8)
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE subscriptions
                   SET intent_slot = ?1, intent_parts = 0, intent_run = ?3, intent_at = ?4
                   WHERE id = ?2 AND enabled = 1
                     AND (last_slot IS NULL OR last_slot < ?1)
                     AND (intent_slot IS NULL OR intent_slot < ?1)""",
                (s, subscription_id, run, dt_to_db(now or utc_now())),
            )
        return run if cur.rowcount == 1 else None

    async def resume_intent(
        self,
        subscription_id: int,
        slot: datetime,
        seen_run: str | None,
        now: datetime | None = None,
    ) -> str | None:
        """Take over an interrupted intent (a crash, or a send that gave up after some parts) to
        finish it. Compare-and-swap on the claim token the caller read: of several processes
        resuming the same intent, one wins. Returns the new token, or None."""
        run = secrets.token_hex(8)
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE subscriptions SET intent_run = ?1, intent_at = ?5
                   WHERE id = ?2 AND enabled = 1 AND intent_slot = ?3
                     AND coalesce(intent_run, '') = ?4
                     AND (last_slot IS NULL OR last_slot < ?3)""",
                (run, subscription_id, dt_to_db(slot), seen_run or "", dt_to_db(now or utc_now())),
            )
        return run if cur.rowcount == 1 else None

    async def record_progress(
        self, subscription_id: int, run: str, parts: int, now: datetime | None = None
    ) -> bool:
        """`parts` parts of the intended digest are out (only the run holding the claim).
        False when `run` no longer holds the intent: another process took the slot over."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE subscriptions SET intent_parts = ?, intent_at = ?
                   WHERE id = ? AND intent_run = ?""",
                (parts, dt_to_db(now or utc_now()), subscription_id, run),
            )
        return cur.rowcount == 1

    async def record_sent(
        self, subscription_id: int, slot: datetime, sent_at: datetime, digest_text: str
    ) -> None:
        """Mark `slot` as sent (last_slot=slot, intent cleared) and log it in digests_sent."""
        s = dt_to_db(slot)
        async with self._db.transaction() as conn:
            await self._advance(conn, subscription_id, s)
            await conn.execute(
                "UPDATE subscriptions SET last_sent_at = ? WHERE id = ?",
                (dt_to_db(sent_at), subscription_id),
            )
            await conn.execute(
                """INSERT INTO digests_sent (subscription_id, slot, sent_at, digest_text)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (subscription_id, slot) DO NOTHING""",
                (subscription_id, s, dt_to_db(sent_at), digest_text),
            )

    async def record_given_up(self, subscription_id: int, slot: datetime) -> None:
        """`slot` will not be sent (missed or interrupted longer ago than the catch-up window; the
        admins are told): it counts as dealt with, so no restart reconsiders or reports it again.
        last_sent_at stays, so the next digest still covers everything since the last one."""
        async with self._db.transaction() as conn:
            await self._advance(conn, subscription_id, dt_to_db(slot))

    @staticmethod
    async def _advance(conn: Connection, subscription_id: int, slot: str) -> None:
        await conn.execute(
            """UPDATE subscriptions SET
                   last_slot = CASE WHEN last_slot IS NULL OR last_slot < ?1 THEN ?1
                                    ELSE last_slot END,
                   intent_slot = CASE WHEN intent_slot <= ?1 THEN NULL ELSE intent_slot END,
                   intent_parts = CASE WHEN intent_slot <= ?1 THEN 0 ELSE intent_parts END,
                   intent_run = CASE WHEN intent_slot <= ?1 THEN NULL ELSE intent_run END,
                   intent_at = CASE WHEN intent_slot <= ?1 THEN NULL ELSE intent_at END
               WHERE id = ?2""",
            (slot, subscription_id),
        )

    async def clear_intent(self, subscription_id: int) -> None:
        """A send failed for good before anything was posted: allow a later slot."""
        async with self._db.writing() as conn:
            await conn.execute(
                """UPDATE subscriptions
                   SET intent_slot = NULL, intent_parts = 0, intent_run = NULL, intent_at = NULL
                   WHERE id = ?""",
                (subscription_id,),
            )

    async def disable(self, subscription_id: int, reason: str) -> None:
        async with self._db.writing() as conn:
            await conn.execute(
                "UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE id = ?",
                (reason, subscription_id),
            )

    async def sent(
        self, subscription_id: int, limit: int = 20
    ) -> builtins.list[tuple[datetime, datetime, str]]:
        """(slot, sent_at, text) of the latest digests sent to a subscription, newest first."""
        cur = await self._db.conn.execute(
            """SELECT slot, sent_at, digest_text FROM digests_sent WHERE subscription_id = ?
               ORDER BY slot DESC LIMIT ?""",
            (subscription_id, limit),
        )
        return [(dt_from_db(r[0]), dt_from_db(r[1]), r[2]) for r in await cur.fetchall()]
