"""Digest claims: which process posts one slot of one subscription, across all processes.

A claim is taken before anything is sent, with one upsert keyed by (subscription, slot): the
first process inserts it; a later one gets it only when it is already its owner (a retry) or
when the owner's replica lease (bot.store.repos.leases) has expired -- the owner died or hung,
so its slot is taken over and resumed at its first unsent part (the intent and progress on the
subscription say which). A live owner's claim is never taken, however slow its send is.
Portable SQL: the same statements run on PostgreSQL.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.store.convert import dt_from_db, dt_to_db
from bot.store.db import Database
from bot.store.repos.leases import REPLICA_PREFIX

# A claim's owner counts as alive while its replica lease is unexpired.
_OWNER_ALIVE = """EXISTS (SELECT 1 FROM leases l
                          WHERE l.name = '{prefix}' || {owner} AND l.expires_at >= ?)"""


def _alive(owner: str) -> str:
    return _OWNER_ALIVE.format(prefix=REPLICA_PREFIX, owner=owner)


@dataclass(frozen=True, slots=True)
class DigestClaim:
    subscription_id: int
    slot: datetime
    owner: str
    claimed_at: datetime


class ClaimRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def claim(self, subscription_id: int, slot: datetime, owner: str, now: datetime) -> bool:
        """Whether `owner` may post this slot: it took the claim now, held it already, or took
        it over from an owner whose replica lease expired."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                f"""INSERT INTO digest_claims (subscription_id, slot, owner, claimed_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (subscription_id, slot) DO UPDATE
                        SET owner = excluded.owner, claimed_at = excluded.claimed_at
                        WHERE digest_claims.owner = excluded.owner
                           OR NOT {_alive("digest_claims.owner")}
                    RETURNING owner""",
                (subscription_id, dt_to_db(slot), owner, dt_to_db(now), dt_to_db(now)),
            )
            row = await cur.fetchone()
        return row is not None and row[0] == owner

    async def get(self, subscription_id: int, slot: datetime) -> DigestClaim | None:
        cur = await self._db.conn.execute(
            """SELECT subscription_id, slot, owner, claimed_at FROM digest_claims
               WHERE subscription_id = ? AND slot = ?""",
            (subscription_id, dt_to_db(slot)),
        )
        row = await cur.fetchone()
        return _claim(row) if row else None

    async def owner_alive(self, owner: str, now: datetime) -> bool:
        cur = await self._db.conn.execute(f"SELECT 1 WHERE {_alive('?')}", (owner, dt_to_db(now)))
        return await cur.fetchone() is not None

    async def orphaned(
        self, now: datetime, me: str, transports: Sequence[str]
    ) -> builtins.list[DigestClaim]:
        """Claims of enabled subscriptions on `transports` whose slot is not done yet (neither
        sent nor given up) and whose owner is dead: the slots to take over and finish."""
        if not transports:
            return []
        marks = ", ".join("?" * len(transports))
        cur = await self._db.conn.execute(
            f"""SELECT c.subscription_id, c.slot, c.owner, c.claimed_at
                FROM digest_claims c JOIN subscriptions s ON s.id = c.subscription_id
                WHERE s.enabled = 1 AND (s.last_slot IS NULL OR s.last_slot < c.slot)
                  AND s.transport IN ({marks})
                  AND c.owner <> ? AND NOT {_alive("c.owner")}
                ORDER BY c.slot""",
            (*transports, me, dt_to_db(now)),
        )
        return [_claim(r) for r in await cur.fetchall()]

    async def prune(self, before: datetime) -> int:
        """Forget claims of slots older than `before` (digests_sent keeps the history)."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                "DELETE FROM digest_claims WHERE slot < ?", (dt_to_db(before),)
            )
        return cur.rowcount


def _claim(row: Sequence[Any]) -> DigestClaim:
    """(subscription_id, slot, owner, claimed_at) -> DigestClaim."""
    return DigestClaim(int(row[0]), dt_from_db(row[1]), str(row[2]), dt_from_db(row[3]))
