"""Quotes with their article's provenance (/who_said, /article, digests)."""

from __future__ import annotations

from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.folding import fts_query
from bot.store.records import QuoteRecord

FTS_CANDIDATES = 5_000
"""How many of the most recently ingested full-text matches are ranked. bm25 scores every
candidate, so an unbounded match on a common word in a 100k-article corpus would cost seconds."""


class QuoteRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def by_speaker(
        self, speaker_id: int, about: str | None = None, limit: int = 50
    ) -> list[QuoteRecord]:
        """Newest first; `about` filters by full-text match on the quote or its sentence
        (German folding and prefix terms as in search; `about` without words matches nothing)."""
        if about is None or not about.strip():
            cur = await self._db.conn.execute(
                f"{rows.QUOTE_SELECT} WHERE q.speaker_id = ? ORDER BY {rows.NEWEST_QUOTES} LIMIT ?",
                (speaker_id, limit),
            )
            return [rows.quote(r) for r in await cur.fetchall()]
        query = fts_query(about)
        if query is None:
            return []
        cur = await self._db.conn.execute(
            f"""{rows.QUOTE_SELECT}
                WHERE q.speaker_id = ?
                  AND q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)
                ORDER BY {rows.NEWEST_QUOTES} LIMIT ?""",
            (speaker_id, query, limit),
        )
        return [rows.quote(r) for r in await cur.fetchall()]

    async def about(self, topic: str, limit: int = 50) -> list[QuoteRecord]:
        """Quotes whose text or sentence matches the topic (full text), best first."""
        query = fts_query(topic)
        if query is None:
            return []
        cur = await self._db.conn.execute(
            f"""WITH m AS (
                    SELECT rowid AS id, bm25(quote_fts) AS rank FROM quote_fts
                    WHERE quote_fts MATCH ? ORDER BY rowid DESC LIMIT {FTS_CANDIDATES}),
                top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
                {rows.QUOTE_SELECT.replace("FROM quotes q", "FROM top JOIN quotes q ON q.id = top.id")}
                ORDER BY top.rank, q.id""",
            (query, limit),
        )
        return [rows.quote(r) for r in await cur.fetchall()]

    async def for_article(self, article_id: int) -> list[QuoteRecord]:
        """In text order."""
        cur = await self._db.conn.execute(
            f"{rows.QUOTE_SELECT} WHERE q.article_id = ? ORDER BY q.start_char, q.id",
            (article_id,),
        )
        return [rows.quote(r) for r in await cur.fetchall()]

    async def since(self, when: datetime | None, limit: int = 200) -> list[QuoteRecord]:
        """Quotes from articles first seen after `when`, newest article first."""
        if when is None:
            cur = await self._db.conn.execute(
                f"{rows.QUOTE_SELECT} ORDER BY {rows.NEWEST_QUOTES} LIMIT ?", (limit,)
            )
        else:
            cur = await self._db.conn.execute(
                f"""{rows.QUOTE_SELECT} WHERE q.first_seen > ?
                    ORDER BY {rows.NEWEST_QUOTES} LIMIT ?""",
                (dt_to_db(when), limit),
            )
        return [rows.quote(r) for r in await cur.fetchall()]
