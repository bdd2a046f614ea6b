"""Watches (/watch, /unwatch, /watches) and what each one has already reported.

`watch_seen` holds the item keys (quote keys, figure value keys) a watch knows: everything that
existed when it was created, and everything posted since. Only keys not in it are news, so a
reload that re-creates every row posts nothing, and a post that was rate-limited is simply
reported with the next one.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import datetime

from bot.store.convert import dt_from_db, dt_from_db_opt, dt_to_db
from bot.store.db import Database
from bot.store.records import Watch
from bot.store.rows import Row


def _watch(row: Row) -> Watch:
    return Watch(
        id=row["id"],
        transport=row["transport"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        kind=row["kind"],
        target=row["target"],
        target_key=row["target_key"],
        created_by=row["created_by"],
        created_at=dt_from_db(row["created_at"]),
        last_posted_at=dt_from_db_opt(row["last_posted_at"]),
    )


class WatchRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        transport: str,
        channel_id: str,
        kind: str,
        target: str,
        target_key: str,
        created_by: str,
        now: datetime,
        known: Iterable[str] = (),
        guild_id: str | None = None,
    ) -> tuple[Watch, bool]:
        """(the watch, True if it is new). `known` are the item keys that exist now and are
        therefore not news."""
        async with self._db.transaction() as conn:
            cur = await conn.execute(
                """INSERT INTO watches (transport, channel_id, guild_id, kind, target,
                       target_key, created_by, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (transport, channel_id, kind, target_key) DO NOTHING
                   RETURNING id""",
                (transport, channel_id, guild_id, kind, target, target_key, created_by,
                 dt_to_db(now)),
            )  # fmt: skip
            row = await cur.fetchone()
            created = row is not None
            if created:
                assert row is not None
                await conn.executemany(
                    "INSERT INTO watch_seen (watch_id, item_key) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [(row[0], k) for k in set(known)],
                )
            cur = await conn.execute(
                """SELECT * FROM watches WHERE transport = ? AND channel_id = ? AND kind = ?
                   AND target_key = ?""",
                (transport, channel_id, kind, target_key),
            )
            found = await cur.fetchone()
        assert found is not None
        return _watch(found), created

    async def remove(self, transport: str, channel_id: str, kind: str, target_key: str) -> bool:
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """DELETE FROM watches WHERE transport = ? AND channel_id = ? AND kind = ?
                   AND target_key = ?""",
                (transport, channel_id, kind, target_key),
            )
        return cur.rowcount > 0

    async def move_channel(self, transport: str, old_id: str, new_id: str) -> int:
        """Moves a channel's watches to another channel id (a Matrix room upgrade replaces
        the room), with what they have seen; a watch the new channel already has stays.
        Returns how many moved."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE watches SET channel_id = ?1
                   WHERE transport = ?2 AND channel_id = ?3 AND NOT EXISTS (
                       SELECT 1 FROM watches AS w WHERE w.transport = ?2
                       AND w.channel_id = ?1 AND w.kind = watches.kind
                       AND w.target_key = watches.target_key)""",
                (new_id, transport, old_id),
            )
        return int(cur.rowcount)

    async def for_channel(self, transport: str, channel_id: str) -> builtins.list[Watch]:
        cur = await self._db.conn.execute(
            "SELECT * FROM watches WHERE transport = ? AND channel_id = ? ORDER BY id",
            (transport, channel_id),
        )
        return [_watch(r) for r in await cur.fetchall()]

    async def list(self) -> builtins.list[Watch]:
        cur = await self._db.conn.execute("SELECT * FROM watches ORDER BY id")
        return [_watch(r) for r in await cur.fetchall()]

    async def seen(self, watch_id: int) -> set[str]:
        cur = await self._db.conn.execute(
            "SELECT item_key FROM watch_seen WHERE watch_id = ?", (watch_id,)
        )
        return {r[0] for r in await cur.fetchall()}

    async def mark_seen(self, watch_id: int, keys: Iterable[str], posted_at: datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO watch_seen (watch_id, item_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(watch_id, k) for k in set(keys)],
            )
            await conn.execute(
                "UPDATE watches SET last_posted_at = ? WHERE id = ?",
                (dt_to_db(posted_at), watch_id),
            )
