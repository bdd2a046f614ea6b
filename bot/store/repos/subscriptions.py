"""Digest subscriptions and the exactly-once bookkeeping of their slots.

A slot is the scheduled UTC time of one daily digest. The scheduler calls record_intent before
posting and record_sent after; because record_intent is one conditional UPDATE, two racing
runs (a catch-up and a cron fire, or two processes) cannot both win the same slot, and a crash
between intent and send leaves the intent in place so a restart never posts that slot twice.
"""

from __future__ import annotations

import builtins
from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db, utc_now
from bot.store.db import Database
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
        """One subscription per (transport, channel, topic): a channel may have several with
        different topics; subscribing again to a topic updates its time, zone and mention and
        re-enables it. A new subscription's last_slot is `now`, so it
        never catches up on slots from before it existed."""
        stamp = dt_to_db(now or utc_now())
        async with self._db.transaction() as conn:
            await conn.execute(
                """INSERT INTO subscriptions (transport, channel_id, guild_id, time, timezone,
                       created_by, created_at, enabled, last_slot, topic, mention_role)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?7, ?8, ?9)
                   ON CONFLICT (transport, channel_id, topic) DO UPDATE SET
                       time = excluded.time,
                       timezone = excluded.timezone,
                       guild_id = coalesce(excluded.guild_id, guild_id),
                       mention_role = excluded.mention_role,
                       enabled = 1,
                       disabled_reason = NULL""",
                (transport, channel_id, guild_id, time, timezone, created_by, stamp, topic,
                 mention_role),
            )  # fmt: skip
            cur = await conn.execute(
                """SELECT * FROM subscriptions WHERE transport = ? AND channel_id = ?
                   AND topic = ?""",
                (transport, channel_id, topic),
            )
            row = await cur.fetchone()
        assert row is not None
        return rows.subscription(row)

    async def remove(
        self, transport: str, channel_id: str, subscription_id: int | None = None
    ) -> bool:
        """Remove one subscription of the channel (by id), or all of them."""
        async with self._db.write_lock:
            cur = await self._db.conn.execute(
                """DELETE FROM subscriptions WHERE transport = ? AND channel_id = ?
                   AND (? IS NULL OR id = ?)""",
                (transport, channel_id, subscription_id, subscription_id),
            )
        return cur.rowcount > 0

    async def in_channel(self, transport: str, channel_id: str) -> builtins.list[Subscription]:
        """Every subscription of one channel, oldest first."""
        cur = await self._db.conn.execute(
            "SELECT * FROM subscriptions WHERE transport = ? AND channel_id = ? ORDER BY id",
            (transport, channel_id),
        )
        return [rows.subscription(r) for r in await cur.fetchall()]

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
        sql = "SELECT * FROM subscriptions WHERE (?1 IS NULL OR transport = ?1)"
        if enabled_only:
            sql += " AND enabled = 1"
        cur = await self._db.conn.execute(sql + " ORDER BY id", (transport,))
        return [rows.subscription(r) for r in await cur.fetchall()]

    async def record_intent(self, subscription_id: int, slot: datetime) -> bool:
        """Mark that the digest for `slot` is about to be sent. Returns False (and changes nothing)
        when this slot, or a later one, was already sent or intended, or the subscription is
        disabled or gone: the caller must not send."""
        s = dt_to_db(slot)
        async with self._db.write_lock:
            cur = await self._db.conn.execute(
                """UPDATE subscriptions SET intent_slot = ?1
                   WHERE id = ?2 AND enabled = 1
                     AND (last_slot IS NULL OR last_slot < ?1)
                     AND (intent_slot IS NULL OR intent_slot < ?1)""",
                (s, subscription_id),
            )
        return cur.rowcount == 1

    async def record_sent(
        self, subscription_id: int, slot: datetime, sent_at: datetime, digest_text: str
    ) -> None:
        """Mark `slot` as sent (last_slot=slot, intent cleared) and log it in digests_sent."""
        s = dt_to_db(slot)
        async with self._db.transaction() as conn:
            await conn.execute(
                """UPDATE subscriptions SET
                       last_slot = CASE WHEN last_slot IS NULL OR last_slot < ?1 THEN ?1
                                        ELSE last_slot END,
                       intent_slot = CASE WHEN intent_slot <= ?1 THEN NULL ELSE intent_slot END,
                       last_sent_at = ?2
                   WHERE id = ?3""",
                (s, dt_to_db(sent_at), subscription_id),
            )
            await conn.execute(
                """INSERT INTO digests_sent (subscription_id, slot, sent_at, digest_text)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (subscription_id, slot) DO NOTHING""",
                (subscription_id, s, dt_to_db(sent_at), digest_text),
            )

    async def clear_intent(self, subscription_id: int) -> None:
        """A send failed for good before anything was posted: allow a later slot."""
        async with self._db.write_lock:
            await self._db.conn.execute(
                "UPDATE subscriptions SET intent_slot = NULL WHERE id = ?", (subscription_id,)
            )

    async def disable(self, subscription_id: int, reason: str) -> None:
        async with self._db.write_lock:
            await self._db.conn.execute(
                "UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE id = ?",
                (reason, subscription_id),
            )

    async def sent(
        self, subscription_id: int, limit: int = 20
    ) -> builtins.list[tuple[datetime, datetime, str]]:
        """(slot, sent_at, text) of the latest digests sent to a subscription, newest first."""
        from bot.store.convert import dt_from_db

        cur = await self._db.conn.execute(
            """SELECT slot, sent_at, digest_text FROM digests_sent WHERE subscription_id = ?
               ORDER BY slot DESC LIMIT ?""",
            (subscription_id, limit),
        )
        return [(dt_from_db(r[0]), dt_from_db(r[1]), r[2]) for r in await cur.fetchall()]
