"""Named leases shared by the processes of one store: who leads, and who is still alive.

A lease is a row (name, owner, expires_at). Taking or renewing it is one upsert that only
succeeds while the row is free, expired, or already ours, so two processes can never both hold
it; a holder that dies simply stops renewing and the lease expires. No advisory locks or
SQLite-only functions: the same statements run on PostgreSQL.

Names in use: LEADER (feed polls and the start-up ingest, one process at a time) and
`replica_lease(owner)`, one per running process, renewed by its heartbeat: digest claims of an
owner whose replica lease has expired may be taken over (bot.store.repos.claims).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.store.convert import dt_from_db, dt_to_db
from bot.store.db import Database

LEADER = "leader"
WATCHES = "watches"  # held while one process posts the news of watches (bot.watch_notifier)
REPLICA_PREFIX = "replica:"


def replica_lease(owner: str) -> str:
    """The name of the lease that says process `owner` is alive."""
    return REPLICA_PREFIX + owner


class LeaseRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def acquire(self, name: str, owner: str, ttl: timedelta, now: datetime) -> bool:
        """Take `name` for `owner` until now + ttl, or renew it; False (changing nothing) while
        another owner holds it unexpired."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """INSERT INTO leases (name, owner, expires_at) VALUES (?1, ?2, ?3)
                   ON CONFLICT (name) DO UPDATE
                       SET owner = excluded.owner, expires_at = excluded.expires_at
                       WHERE leases.owner = excluded.owner OR leases.expires_at < ?4
                   RETURNING owner""",
                (name, owner, dt_to_db(now + ttl), dt_to_db(now)),
            )
            row = await cur.fetchone()
        return row is not None and row[0] == owner

    async def release(self, name: str, owner: str) -> None:
        """Give `name` up at once (an orderly shutdown), if `owner` still holds it."""
        async with self._db.writing() as conn:
            await conn.execute("DELETE FROM leases WHERE name = ? AND owner = ?", (name, owner))

    async def holder(self, name: str, now: datetime) -> tuple[str, datetime] | None:
        """(owner, expires_at) of an unexpired lease, else None."""
        cur = await self._db.conn.execute(
            "SELECT owner, expires_at FROM leases WHERE name = ? AND expires_at >= ?",
            (name, dt_to_db(now)),
        )
        row = await cur.fetchone()
        return (str(row[0]), dt_from_db(row[1])) if row else None

    async def live_replicas(self, now: datetime) -> list[str]:
        """Owners of the processes alive now (unexpired replica leases), for operators."""
        cur = await self._db.conn.execute(
            "SELECT owner FROM leases WHERE name LIKE ? AND expires_at >= ? ORDER BY owner",
            (REPLICA_PREFIX + "%", dt_to_db(now)),
        )
        return [str(r[0]) for r in await cur.fetchall()]

    async def prune(self, now: datetime, keep: timedelta) -> int:
        """Forget leases expired longer than `keep` ago (replica leases of long-gone processes)."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                "DELETE FROM leases WHERE expires_at < ?", (dt_to_db(now - keep),)
            )
        return cur.rowcount
