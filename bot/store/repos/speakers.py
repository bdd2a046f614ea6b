"""Speakers with their counts, roles and aliases (/speakers, /who_said lookup)."""

from __future__ import annotations

from collections.abc import Sequence

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

    async def most_quoted(self) -> SpeakerRecord | None:
        """The most quoted speaker that is not anonymous (what `all()` lists first of them),
        one row along the index: a warm-up wants that one and read every speaker (~9,000 rows
        at 100k articles) to take it."""
        cur = await self._db.conn.execute(
            f"{rows.SPEAKER_SELECT} WHERE sp.kind <> 'anonymous' "
            "ORDER BY sp.quote_count DESC, sp.name LIMIT 1"
        )
        row = await cur.fetchone()
        return rows.speaker(row) if row else None

    async def get(self, speaker_id: int) -> SpeakerRecord | None:
        cur = await self._db.conn.execute(f"{rows.SPEAKER_SELECT} WHERE sp.id = ?", (speaker_id,))
        row = await cur.fetchone()
        return rows.speaker(row) if row else None

    async def get_many(self, speaker_ids: Sequence[int]) -> dict[int, SpeakerRecord]:
        """The speakers of `speaker_ids` that exist, by id, in one statement: a reply that
        names several candidates (an ambiguous /who_said) looked each up on its own, a round
        trip per id."""
        if not speaker_ids:
            return {}
        marks, params = rows.in_list(list(dict.fromkeys(speaker_ids)))
        cur = await self._db.conn.execute(f"{rows.SPEAKER_SELECT} WHERE sp.id IN ({marks})", params)
        found = (rows.speaker(r) for r in await cur.fetchall())
        return {rec.id: rec for rec in found}

    async def names(self) -> list[tuple[int, str]]:
        """(speaker id, name or alias) for every canonical name and alias: fuzzy lookup input.
        Inside a snapshot it is read once per corpus version (bot.store.read_cache): a topic
        digest asks for all of them."""
        version = self._db.version
        if version is not None:
            cached = self._db.reads.get("speaker_names", version)
            if isinstance(cached, tuple):
                return list(cached)
        cur = await self._db.conn.execute("SELECT id, name, aliases FROM speakers ORDER BY id")
        out: list[tuple[int, str]] = []
        for row in await cur.fetchall():
            out.append((row[0], row[1]))
            out.extend((row[0], alias) for alias in sorted(set(rows.split_list(row[2]))))
        if version is not None:
            self._db.reads.put("speaker_names", version, tuple(out))
        return out
