"""Speakers with their counts, roles and aliases (/speakers, /who_said lookup)."""

from __future__ import annotations

from bot.store import rows
from bot.store.db import Database
from bot.store.records import SpeakerRecord


class SpeakerRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def all(self) -> list[SpeakerRecord]:
        """Every speaker with counts, most quoted first (counts are kept by CorpusRepo.apply)."""
        cur = await self._db.conn.execute(
            f"{rows.SPEAKER_SELECT} ORDER BY sp.quote_count DESC, sp.name"
        )
        return [rows.speaker(r) for r in await cur.fetchall()]

    async def get(self, speaker_id: int) -> SpeakerRecord | None:
        cur = await self._db.conn.execute(f"{rows.SPEAKER_SELECT} WHERE sp.id = ?", (speaker_id,))
        row = await cur.fetchone()
        return rows.speaker(row) if row else None

    async def names(self) -> list[tuple[int, str]]:
        """(speaker id, name or alias) for every canonical name and alias: fuzzy lookup input."""
        cur = await self._db.conn.execute(
            """SELECT id, name FROM speakers
               UNION
               SELECT speaker_id, alias FROM speaker_aliases
               ORDER BY 1, 2"""
        )
        return [(r[0], r[1]) for r in await cur.fetchall()]
