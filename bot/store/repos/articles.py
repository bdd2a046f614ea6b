"""Articles and their sentences (/sources, /article, digests)."""

from __future__ import annotations

import builtins
from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.folding import fts_query
from bot.store.records import ArticleRecord, SentenceRecord

_SELECT = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles a"


class ArticleRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def list(self, limit: int = 100, offset: int = 0) -> builtins.list[ArticleRecord]:
        """Newest first (published desc, undated last, then first seen, then id)."""
        cur = await self._db.conn.execute(
            f"{_SELECT} ORDER BY {rows.NEWEST_ARTICLES} LIMIT ? OFFSET ?", (limit, offset)
        )
        return [rows.article(r) for r in await cur.fetchall()]

    async def get(self, article_id: int) -> ArticleRecord | None:
        cur = await self._db.conn.execute(f"{_SELECT} WHERE a.id = ?", (article_id,))
        row = await cur.fetchone()
        return rows.article(row) if row else None

    async def by_file(self, file: str) -> ArticleRecord | None:
        cur = await self._db.conn.execute(f"{_SELECT} WHERE a.file = ?", (file,))
        row = await cur.fetchone()
        return rows.article(row) if row else None

    async def complete(self, prefix: str, limit: int = 25) -> builtins.list[ArticleRecord]:
        """For autocomplete: id prefix or title words (newest first within each kind)."""
        prefix = prefix.strip()
        found: dict[int, ArticleRecord] = {}
        if prefix.isdigit():
            article = await self.get(int(prefix))
            if article is not None:
                found[article.id] = article
        query = fts_query(prefix)
        if query is None and not prefix:
            return await self.list(limit)
        if query is not None:
            cur = await self._db.conn.execute(
                f"""{_SELECT} WHERE a.id IN (
                        SELECT rowid FROM title_fts WHERE title_fts MATCH ?
                        ORDER BY rowid DESC LIMIT 1000)
                    ORDER BY {rows.NEWEST_ARTICLES} LIMIT ?""",
                (query, limit),
            )
            for row in await cur.fetchall():
                found.setdefault(row["id"], rows.article(row))
        return builtins.list(found.values())[:limit]

    async def sentences(self, article_id: int) -> builtins.list[SentenceRecord]:
        cur = await self._db.conn.execute(
            "SELECT id, article_id, idx, text, section FROM sentences WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
        return [rows.sentence(r) for r in await cur.fetchall()]

    async def since(
        self, when: datetime | None, limit: int | None = None
    ) -> builtins.list[ArticleRecord]:
        """Articles first seen after `when` (all when None), newest first; at most `limit`."""
        where, params = _first_seen_after(when)
        sql = f"{_SELECT} {where} ORDER BY {rows.NEWEST_ARTICLES}"
        if limit is not None:
            sql += " LIMIT ?"
            params = (*params, limit)
        cur = await self._db.conn.execute(sql, params)
        return [rows.article(r) for r in await cur.fetchall()]

    async def count_since(self, when: datetime | None) -> int:
        """How many articles were first seen after `when` (all when None), counted in SQL."""
        where, params = _first_seen_after(when)
        cur = await self._db.conn.execute(f"SELECT count(*) FROM articles a {where}", params)
        row = await cur.fetchone()
        return int(row[0]) if row else 0


def _first_seen_after(when: datetime | None) -> tuple[str, tuple[object, ...]]:
    if when is None:
        return "", ()
    return "WHERE a.first_seen > ?", (dt_to_db(when),)
