"""Full-text search over sentences and quotes (/search)."""

from __future__ import annotations

from bot.store.convert import date_from_db
from bot.store.db import Database
from bot.store.folding import fts_query
from bot.store.records import SearchHit
from bot.store.repos.quotes import FTS_CANDIDATES


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 over sentences and quotes; user text is never passed as FTS syntax (every word
        becomes a quoted prefix term), German folding (ß/ss, umlauts), ranked by bm25.

        `rank` is the negated bm25 score: higher is better. A sentence that holds a matching
        quote is returned once, as the quote (with its speaker). Only the FTS_CANDIDATES most
        recently ingested matches of each index are ranked (bounded latency on huge corpora).
        Text without any word returns no hits.
        """
        query = fts_query(text)
        if query is None or limit <= 0:
            return []
        conn = self._db.conn
        cur = await conn.execute(
            f"""WITH m AS (
                    SELECT rowid AS id, bm25(quote_fts) AS rank FROM quote_fts
                    WHERE quote_fts MATCH ? ORDER BY rowid DESC LIMIT {FTS_CANDIDATES}),
                top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
                SELECT top.rank, q.sentence_id, q.article_id, q.text,
                       COALESCE(s.name, q.speaker_name) AS speaker,
                       a.title, a.outlet, a.published
                FROM top JOIN quotes q ON q.id = top.id
                JOIN articles a ON a.id = q.article_id
                LEFT JOIN speakers s ON s.id = q.speaker_id
                ORDER BY top.rank, q.id""",
            (query, limit),
        )
        hits: list[tuple[float, int, SearchHit]] = []
        quoted_sentences: set[int] = set()
        for r in await cur.fetchall():
            if r["sentence_id"] is not None:
                quoted_sentences.add(r["sentence_id"])
            hits.append((r["rank"], len(hits), self._hit("quote", r)))
        # Ask for more sentences than needed: some are dropped as already shown as quotes.
        cur = await conn.execute(
            f"""WITH m AS (
                    SELECT rowid AS id, bm25(sentence_fts) AS rank FROM sentence_fts
                    WHERE sentence_fts MATCH ? ORDER BY rowid DESC LIMIT {FTS_CANDIDATES}),
                top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
                SELECT top.rank, s.id AS sentence_id, s.article_id, s.text, NULL AS speaker,
                       a.title, a.outlet, a.published
                FROM top JOIN sentences s ON s.id = top.id
                JOIN articles a ON a.id = s.article_id
                ORDER BY top.rank, s.id""",
            (query, limit + len(quoted_sentences)),
        )
        for r in await cur.fetchall():
            if r["sentence_id"] not in quoted_sentences:
                hits.append((r["rank"], len(hits), self._hit("sentence", r)))
        hits.sort(key=lambda h: (h[0], h[1]))
        return [h[2] for h in hits[:limit]]

    @staticmethod
    def _hit(kind: str, r: object) -> SearchHit:
        row = r  # sqlite3.Row
        return SearchHit(
            kind=kind,
            article_id=row["article_id"],  # type: ignore[index]
            text=row["text"],  # type: ignore[index]
            speaker=row["speaker"],  # type: ignore[index]
            rank=-float(row["rank"]),  # type: ignore[index]
            article_title=row["title"],  # type: ignore[index]
            outlet=row["outlet"],  # type: ignore[index]
            published=date_from_db(row["published"]),  # type: ignore[index]
        )
