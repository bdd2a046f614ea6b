"""Full-text search over sentences and quotes (/search)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.store import fts_lexemes
from bot.store.convert import date_from_db
from bot.store.db import Database
from bot.store.dialect import Dialect, Rank
from bot.store.folding import and_terms, expression_terms, fts_queries, is_one_word
from bot.store.fts_lexemes import PREFIX_WORDS
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


def _ranked(
    d: Dialect,
    sql: str,
    kind: Literal["quote", "sentence"],
    rank: Rank,
    page: int,
    match: str,
    one_word: bool = False,
) -> tuple[str, tuple[object, ...]]:
    """The query with its candidates, and their parameters (`match`, then the page where it
    is one): best ranked, or newest first ("recent"). Newest first, the page is the newest
    `page` candidates, so no more are read: on PostgreSQL that is a walk down the primary key
    that stops after `page` matches instead of FTS_CANDIDATES. The page is a parameter, not a
    number in the text: a search's sentence page is its limit plus the sentences its quotes
    showed, so with the number written in, nearly every search of a common word sent a walk
    (3.7 kB) of its own, which its connection prepared and its server process planned anew,
    and which crowded the statement caches (a process had one per page size seen)."""
    cap = quote_repo.FTS_CANDIDATES
    if rank == "recent":
        newest = d.fts_newest(kind, rank, "?", one_word=one_word)
        return sql.format(m=newest), (match, min(page, cap))
    return sql.format(m=d.fts_newest(kind, rank, cap, one_word=one_word, few=True)), (match,)


Words = dict[tuple[str, str], tuple[str, ...] | None]
"""(kind, prefix) -> the words of that kind's rows it begins; None: more than PREFIX_WORDS."""


@dataclass(slots=True)
class _Known:
    """What one search learnt of its terms, kept across its stages (`stages`)."""

    stages: list[str] = field(default_factory=list)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # see _term_rows
    words: Words = field(default_factory=dict)  # see _match


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
        stages = fts_queries(text)
        known = _Known(stages=stages)
        for query in stages:
            if len(hits) >= limit:
                break
            hits.extend(await self._stage(query, limit, seen_quotes, seen_sentences, known))
        return hits[:limit]

    async def _match(self, kind: Literal["quote", "sentence"], query: str, known: _Known) -> str:
        """The match() value of `query` for `kind`, its prefixes written as the words of the
        rows they begin where the dialect gains by it (Dialect.prefix_words: PostgreSQL's GIN
        collects every row id of every word a prefix begins before ANDing; the same words
        ORed are looked up as words). At the first prefix the words of every prefix of the
        search's stages are read at once, for both kinds (one indexed statement); `known`
        keeps them for the later stages."""
        d = self._db.dialect
        match = d.match(query)
        sql = d.prefix_words()
        prefixes = fts_lexemes.prefixes_of(match) if sql is not None else []
        if any((kind, p) not in known.words for p in prefixes):
            staged = [p for stage in known.stages for p in fts_lexemes.prefixes_of(d.match(stage))]
            missing = [p for p in dict.fromkeys(prefixes + staged) if (kind, p) not in known.words]
            found: dict[tuple[str, str], list[str]] = {}
            cur = await self._db.conn.execute(str(sql), (missing,))
            for r in await cur.fetchall():
                found.setdefault((r[1], r[0]), []).append(r[2])
            for k in ("quote", "sentence"):
                for p in missing:
                    w = found.get((k, p), [])
                    known.words[(k, p)] = tuple(w) if len(w) <= PREFIX_WORDS else None
        words = {p: w for (k, p), w in known.words.items() if k == kind}
        return d.match_words(match, words)

    async def _stage(
        self,
        query: str,
        limit: int,
        seen_quotes: set[int],
        seen_sentences: set[int],
        known: _Known,
    ) -> list[SearchHit]:
        conn = self._db.conn
        ranked: list[tuple[float, int, SearchHit]] = []
        sql, params = await self._candidates(_QUOTES, "quote", query, limit, known)
        cur = await conn.execute(sql, (*params, limit))
        for r in await cur.fetchall():
            if r["ref"] in seen_quotes:
                continue
            seen_quotes.add(r["ref"])
            if r["sentence_id"] is not None:
                seen_sentences.add(r["sentence_id"])
            ranked.append((r["rank"], len(ranked), self._hit("quote", r)))
        # Ask for more sentences than needed: some are already shown (as quotes).
        page = limit + len(seen_sentences)
        sql, params = await self._candidates(_SENTENCES, "sentence", query, page, known)
        cur = await conn.execute(sql, (*params, page))
        for r in await cur.fetchall():
            if r["ref"] in seen_sentences:
                continue
            seen_sentences.add(r["ref"])
            ranked.append((r["rank"], len(ranked), self._hit("sentence", r)))
        ranked.sort(key=lambda h: (h[0], h[1]))
        return [h[2] for h in ranked]

    async def _candidates(
        self,
        sql: str,
        kind: Literal["quote", "sentence"],
        query: str,
        page: int,
        known: _Known,
    ) -> tuple[str, tuple[object, ...]]:
        """The stage's query for `kind` and its full-text parameters: best ranked when every
        word is in at most FTS_CANDIDATES rows, else newest first. Newest first with some words
        in few rows, a backend that can (narrow_by_rare) looks up only those words' rows and
        tests the rest of the query on them: on PostgreSQL a GIN lookup of a prefix reads every
        row id of every word with that prefix ('brussel':* & 'berko':*: 15 ms for 14 matches),
        the rare word alone reads its few hundred (1.4 ms)."""
        d = self._db.dialect
        terms = expression_terms(query)
        rows = await self._term_rows(kind, terms, known.counts)
        rare = [t for t, n in zip(terms, rows, strict=True) if n <= FTS_CANDIDATES]
        match = await self._match(kind, query, known)
        if len(rare) == len(terms):
            return _ranked(d, sql, kind, "best", page, match)
        if rare and d.narrow_by_rare:
            # the page a parameter, as in _ranked: one statement for every page size
            return sql.format(m=d.fts_newest_within(kind)), (
                match,
                await self._match(kind, and_terms(rare), known),
                min(page, FTS_CANDIDATES),
            )
        return _ranked(d, sql, kind, "recent", page, match, is_one_word(query))

    async def matches_any(self, query: str) -> bool:
        """Whether an fts_queries() expression matches any sentence (one index probe; on
        PostgreSQL none when no block summary matches)."""
        d = self._db.dialect
        words = d.match(query)
        one_word = not any(op in words for op in ("&", "|", " AND ", " OR "))
        # "*": folding.fts_queries' prefix mark
        sql = d.any_match("sentence", prefixes="*" in query, one_word=one_word)
        cur = await self._db.conn.execute(sql, (words,))
        return await cur.fetchone() is not None

    async def _term_rows(
        self,
        kind: Literal["quote", "sentence"],
        terms: list[str],
        counts: dict[tuple[str, str], int],
    ) -> list[int]:
        """How many rows of `kind` each term matches, up to FTS_CANDIDATES + 1 (all that the
        ranking asks: over FTS_CANDIDATES or not, exactly). Where the dialect has rows per
        lexeme (PostgreSQL: bot.store.fts_lexemes) they answer a whole word, and a prefix or
        spellings whose bounds lie on one side of the threshold; the other terms are counted,
        each count stopping at FTS_CANDIDATES + 1 matches, all in one statement. `counts`
        keeps them across the stages of one search: a term is looked up once, and a prefix
        whose whole word is already over the cap is over it too (it matches every row the
        word does), so the later stages of a common word ask nothing."""
        cap = FTS_CANDIDATES + 1
        for term in terms:
            whole = term.replace("*", "")
            if (kind, term) not in counts and counts.get((kind, whole), 0) >= cap:
                counts[(kind, term)] = cap
        missing = [t for t in terms if (kind, t) not in counts]
        d = self._db.dialect
        bounds = d.term_bounds(kind)
        if missing and bounds is not None:
            # rows per lexeme: exact for a whole word, bounds for a prefix or spellings
            cur = await self._db.conn.execute(
                "SELECT " + ", ".join([bounds] * len(missing)), [d.match(t) for t in missing]
            )
            row = await cur.fetchone()
            assert row is not None
            for i, term in enumerate(list(missing)):
                low, high = (int(x) for x in str(row[i]).split())
                if low >= cap or high < cap:  # else the threshold lies between: count
                    counts[(kind, term)] = cap if low >= cap else high
                    missing.remove(term)
        if missing:
            each = f"(SELECT count(*) FROM ({d.fts_newest(kind, limit=cap, ordered=False)}) c)"
            cur = await self._db.conn.execute(
                "SELECT " + ", ".join([each] * len(missing)), [d.match(t) for t in missing]
            )
            row = await cur.fetchone()
            assert row is not None
            for i, term in enumerate(missing):
                counts[(kind, term)] = int(row[i])
        return [counts[(kind, t)] for t in terms]

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
