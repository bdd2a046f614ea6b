"""Full-text search over sentences and quotes (/search)."""

from __future__ import annotations

from typing import Literal

from bot.store.convert import date_from_db
from bot.store.db import Database
from bot.store.dialect import Dialect, Rank
from bot.store.folding import expression_terms, fts_queries
from bot.store.records import SearchHit
from bot.store.repos import quotes as quote_repo
from bot.store.repos.quotes import FTS_CANDIDATES
from bot.store.rows import Row

_QUOTES = """WITH m AS ({m}),
    top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
    SELECT top.rank, q.id AS ref, q.sentence_id, q.article_id, q.text,
           COALESCE(s.name, q.speaker_name) AS speaker, a.title, a.outlet, a.published, a.url
    FROM top JOIN quotes q ON q.id = top.id
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    ORDER BY top.rank, q.id"""

_SENTENCES = """WITH m AS ({m}),
    top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
    SELECT top.rank, s.id AS ref, s.id AS sentence_id, s.article_id, s.text, NULL AS speaker,
           a.title, a.outlet, a.published, a.url
    FROM top JOIN sentences s ON s.id = top.id
    JOIN articles a ON a.id = s.article_id
    ORDER BY top.rank, s.id"""


# A word in more than FTS_CANDIDATES rows (a near-stopword) is ranked by recency instead:
# bm25() needs the word's document frequency, and FTS5 counts it by reading the word's whole
# match list (50 ms for a word in a million sentences), however few rows are then ranked.


def _ranked(d: Dialect, sql: str, kind: Literal["quote", "sentence"], rank: Rank, page: int) -> str:
    """The query with its candidates: best ranked, or newest first ("recent"). Newest first,
    the page is the newest `page` candidates, so no more are read: on PostgreSQL that is a
    walk down the primary key that stops after `page` matches instead of FTS_CANDIDATES."""
    cap = quote_repo.FTS_CANDIDATES
    candidates = min(page, cap) if rank == "recent" else cap
    return sql.format(m=d.fts_newest(kind, rank, candidates))


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 over sentences and quotes; user text is never passed as FTS syntax (every word
        becomes a quoted term), German folding (ß/ss, umlauts), ranked by bm25.

        Whole-word matches come first; prefix matches (last word, then every word) fill up a
        page that whole words leave short (see folding.fts_queries). `rank` is the negated bm25
        score: higher is better. A sentence that holds a matching quote is returned once, as
        the quote (with its speaker). Only the FTS_CANDIDATES most recently ingested matches
        of each stage are ranked (bounded latency on huge corpora). Text without any word
        returns no hits.
        """
        hits: list[SearchHit] = []
        seen_quotes: set[int] = set()
        seen_sentences: set[int] = set()  # shown as a sentence or inside a quote
        for query in fts_queries(text):
            if len(hits) >= limit:
                break
            hits.extend(await self._stage(query, limit, seen_quotes, seen_sentences))
        return hits[:limit]

    async def _stage(
        self, query: str, limit: int, seen_quotes: set[int], seen_sentences: set[int]
    ) -> list[SearchHit]:
        conn = self._db.conn
        d = self._db.dialect
        match = d.match(query)
        ranked: list[tuple[float, int, SearchHit]] = []
        rank: Rank = "recent" if await self._frequent("quote", query) else "best"
        cur = await conn.execute(_ranked(d, _QUOTES, "quote", rank, limit), (match, limit))
        for r in await cur.fetchall():
            if r["ref"] in seen_quotes:
                continue
            seen_quotes.add(r["ref"])
            if r["sentence_id"] is not None:
                seen_sentences.add(r["sentence_id"])
            ranked.append((r["rank"], len(ranked), self._hit("quote", r)))
        # Ask for more sentences than needed: some are already shown (as quotes).
        rank = "recent" if await self._frequent("sentence", query) else "best"
        page = limit + len(seen_sentences)
        cur = await conn.execute(_ranked(d, _SENTENCES, "sentence", rank, page), (match, page))
        for r in await cur.fetchall():
            if r["ref"] in seen_sentences:
                continue
            seen_sentences.add(r["ref"])
            ranked.append((r["rank"], len(ranked), self._hit("sentence", r)))
        ranked.sort(key=lambda h: (h[0], h[1]))
        return [h[2] for h in ranked]

    async def matches_any(self, query: str) -> bool:
        """Whether an fts_queries() expression matches any sentence (one index probe; on
        PostgreSQL none when no block summary matches)."""
        d = self._db.dialect
        sql = d.any_match("sentence", prefixes="*" in query)  # folding.fts_queries' prefix mark
        cur = await self._db.conn.execute(sql, (d.match(query),))
        return await cur.fetchone() is not None

    async def _frequent(self, kind: Literal["quote", "sentence"], query: str) -> bool:
        """Whether any word of the query is in more than FTS_CANDIDATES rows (each count stops
        there, so this costs a millisecond or two however common the word)."""
        d = self._db.dialect
        sql = f"SELECT count(*) FROM ({d.fts_newest(kind, ordered=False)}) c"
        for term in expression_terms(query):
            cur = await self._db.conn.execute(sql, (d.match(term), FTS_CANDIDATES + 1))
            row = await cur.fetchone()
            if row is not None and row[0] > FTS_CANDIDATES:
                return True
        return False

    @staticmethod
    def _hit(kind: str, row: Row) -> SearchHit:
        return SearchHit(
            kind=kind,
            article_id=row["article_id"],
            text=row["text"],
            speaker=row["speaker"],
            rank=-float(row["rank"]),
            article_title=row["title"],
            url=row["url"],
            outlet=row["outlet"],
            published=date_from_db(row["published"]),
        )
