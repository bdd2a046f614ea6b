"""The reload log: who asked for a corpus reload, when, and how it ended (/status shows it)."""

from __future__ import annotations

from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.records import ReloadRecord

RELOAD_STATUSES = ("running", "ok", "partial", "failed")


class ReloadRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def start(self, requested_by: str, started_at: datetime) -> int:
        async with self._db.writing() as conn:
            cur = await conn.execute(
                """INSERT INTO reload_log (requested_by, started_at, status)
                   VALUES (?, ?, 'running') RETURNING id""",
                (requested_by, dt_to_db(started_at)),
            )
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def finish(
        self, reload_id: int, status: str, summary: str, finished_at: datetime
    ) -> None:
        if status not in RELOAD_STATUSES:
            raise ValueError(f"unknown reload status {status!r}; expected one of {RELOAD_STATUSES}")
        async with self._db.writing() as conn:
            await conn.execute(
                "UPDATE reload_log SET status = ?, summary = ?, finished_at = ? WHERE id = ?",
                (status, summary, dt_to_db(finished_at), reload_id),
            )

    async def last(self) -> ReloadRecord | None:
        """The most recently started reload (a running one included)."""
        cur = await self._db.conn.execute("SELECT * FROM reload_log ORDER BY id DESC LIMIT 1")
        row = await cur.fetchone()
        return rows.reload(row) if row else None
