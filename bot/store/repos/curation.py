"""The curation log: admin corrections (merge, rename, role, hide), who made them and when.

Entries are appended and never deleted: `undo` marks one undone, so `/curate log` always tells
the whole story. `active()` folds the log into a Curation that the curated repositories apply.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from bot.store.convert import dt_from_db, dt_from_db_opt, dt_to_db
from bot.store.curation import Curation, CurationAction, CurationEntry, figure_key, quote_key
from bot.store.db import Database
from bot.store.rows import Row

_SELECT = """SELECT id, action, target, value, label, created_by, created_at, undone_by, undone_at
FROM curation_log"""


def _entry(row: Row) -> CurationEntry:
    return CurationEntry(
        id=row["id"],
        action=cast(CurationAction, row["action"]),
        target=row["target"],
        value=row["value"],
        label=row["label"],
        created_by=row["created_by"],
        created_at=dt_from_db(row["created_at"]),
        undone_by=row["undone_by"],
        undone_at=dt_from_db_opt(row["undone_at"]),
    )


class CurationRepo:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._signature: tuple[int, int, int] | None = None  # only inside a snapshot

    async def add(
        self,
        action: CurationAction,
        target: str,
        created_by: str,
        now: datetime,
        value: str | None = None,
        label: str | None = None,
    ) -> CurationEntry:
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """INSERT INTO curation_log (action, target, value, label, created_by, created_at)
                   VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
                (action, target, value, label, created_by, dt_to_db(now)),
            )
            row = await cur.fetchone()
        assert row is not None
        entry = await self.get(int(row[0]))
        assert entry is not None
        return entry

    async def get(self, entry_id: int) -> CurationEntry | None:
        cur = await self._db.conn.execute(f"{_SELECT} WHERE id = ?", (entry_id,))
        row = await cur.fetchone()
        return _entry(row) if row else None

    async def log(self, limit: int = 200) -> list[CurationEntry]:
        """Newest first, undone entries included."""
        cur = await self._db.conn.execute(f"{_SELECT} ORDER BY id DESC LIMIT ?", (limit,))
        return [_entry(r) for r in await cur.fetchall()]

    async def undo(self, entry_id: int, undone_by: str, now: datetime) -> CurationEntry | None:
        """Mark an active entry undone; None when there is no such active entry."""
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """UPDATE curation_log SET undone_by = ?, undone_at = ?
                   WHERE id = ? AND undone_at IS NULL""",
                (undone_by, dt_to_db(now), entry_id),
            )
        if cur.rowcount == 0:
            return None
        return await self.get(entry_id)

    async def signature(self) -> tuple[int, int, int]:
        """Changes with every add and undo (also those of other processes on the same store).

        Inside a snapshot (a pinned read-only view) the log cannot change, so it is read once:
        a digest asks for it about ten times, each a round trip to PostgreSQL."""
        if self._db.pinned and self._signature is not None:
            return self._signature
        cur = await self._db.conn.execute(
            "SELECT count(*), coalesce(max(id), 0), count(undone_at) FROM curation_log"
        )
        row = await cur.fetchone()
        sig = (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)
        if self._db.pinned:
            self._signature = sig
        return sig

    def share_signature(self, other: CurationRepo) -> None:
        """Take the signature `other` read in the same snapshot (this repository reads a
        sibling connection of it, Store.sibling): the log is the same, and reading it again
        cost a round trip per sibling (a topic digest's quotes asked for it once per stage)."""
        if self._db.pinned and other._signature is not None:
            self._signature = other._signature

    async def active(self) -> Curation:
        """The folded log, reused while its signature is unchanged (bot.store.read_cache: also
        by the next snapshots, which build their repositories anew): every curated read asks."""
        sig = await self.signature()
        cached = self._db.reads.get("curation", sig)
        if isinstance(cached, Curation):
            return cached
        cur = await self._db.conn.execute(f"{_SELECT} WHERE undone_at IS NULL ORDER BY id")
        curation = Curation.from_entries(_entry(r) for r in await cur.fetchall())
        self._db.reads.put("curation", sig, curation)
        return curation

    async def quote_ref(self, quote_id: int) -> tuple[str, str] | None:
        """(stable key, quote text) of the quote row shown as #quote_id."""
        cur = await self._db.conn.execute(
            "SELECT sentence, text FROM quotes WHERE id = ?", (quote_id,)
        )
        row = await cur.fetchone()
        return (quote_key(row[0], row[1]), row[1]) if row else None

    async def figure_ref(self, figure_id: int) -> tuple[str, str] | None:
        cur = await self._db.conn.execute(
            "SELECT sentence, text FROM figures WHERE id = ?", (figure_id,)
        )
        row = await cur.fetchone()
        return (figure_key(row[0], row[1]), row[1]) if row else None
