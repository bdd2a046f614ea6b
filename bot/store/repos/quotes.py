"""Quotes with their article's provenance (/who_said, /article, digests)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.folding import fts_queries, is_one_word, is_whole_words
from bot.store.records import QuoteRecord
from bot.store.topic import TOPIC_CANDIDATES, TopicQuery

FTS_CANDIDATES = 1_000
"""How many of the most recently ingested full-text matches are ranked per query stage. bm25
scores every candidate, so ranking all matches of a common word in a 100k-article corpus would
cost seconds; FTS rowids are negated ids (migration 4), so `ORDER BY rowid` is newest first."""


_FEW_QUOTES = 300
"""Up to this many quotes, a speaker's quotes are checked one by one against a topic."""
_WALK_SHARE = 20
"""A speaker with at least 1/_WALK_SHARE of all quotes finds `limit` of theirs quickly among
the topic's newest matches."""

_QUOTE_FROM_TOP = rows.QUOTE_SELECT.replace(
    "FROM quotes q", "FROM top JOIN quotes q ON q.id = top.id"
)


def speakers_newest(members: int) -> str:
    """The newest TOPIC_CANDIDATES quotes by id of `members` speakers (id, published,
    first_seen); parameters (speaker id, limit) per member, then the limit. One bounded read
    of the quotes_speaker_ids index per member: `speaker_id IN (…) ORDER BY id DESC` sorted
    every quote of every member first (a speaker with 1% of 400k quotes: 4,800 rows)."""
    each = """SELECT * FROM (SELECT id, published, first_seen FROM quotes
        WHERE speaker_id = ? ORDER BY id DESC LIMIT ?) m"""
    return f"""SELECT * FROM (SELECT id, published, first_seen FROM (
        {" UNION ALL ".join([each] * members)}) u ORDER BY id DESC LIMIT ?) p"""


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
        conn = self._db.conn
        d = self._db.dialect
        # Three plans, chosen by the speaker's share of all quotes, each with bounded work:
        # - few quotes: look each of them up in the full-text index (rowid = ?);
        # - a large share: walk the topic's matches newest first until `limit` are theirs;
        # - otherwise: the topic's match list joined with the speaker's quotes.
        cur = await conn.execute("SELECT max(id) FROM quotes")
        row = await cur.fetchone()
        total = (row[0] or 0) if row is not None else 0
        # counting stops as soon as the answer is clear
        cap = max(_FEW_QUOTES, total // _WALK_SHARE) + 1
        cur = await conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker_id = ? LIMIT ?) c",
            (speaker_id, cap),
        )
        row = await cur.fetchone()
        theirs = row[0] if row is not None else 0
        plan: Literal["each", "walk", "join"]
        if theirs <= _FEW_QUOTES:
            plan = "each"
        elif theirs * _WALK_SHARE >= total:
            plan = "walk"
        else:
            plan = "join"
        found: list[QuoteRecord] = []
        # Stages match ever more (whole words, then prefixes). A topic is a filter: whole-word
        # hits are what was asked for, prefixes only a fallback when there are none. Prefix
        # terms make FTS5 merge every matching term's list, so they never take the
        # look-up-each plan (one merge per quote).
        for stage, query in enumerate(fts_queries(about)):
            if stage > 0 and plan == "each":
                plan = "join"
            match = d.match(query)
            params: tuple[object, ...] = (
                (match, speaker_id, limit, limit) if plan == "walk" else (match, speaker_id, limit)
            )
            cur = await conn.execute(
                f"""{rows.QUOTE_SELECT} WHERE q.id IN ({d.speaker_matches(plan)})
                    ORDER BY {rows.NEWEST_QUOTES} LIMIT ?""",
                params,
            )
            found = [rows.quote(r) for r in await cur.fetchall()]
            if found:
                break
        return found

    async def about(self, topic: str, limit: int = 50) -> list[QuoteRecord]:
        """Quotes whose text or sentence matches the topic (full text), best first."""
        found: dict[int, QuoteRecord] = {}
        d = self._db.dialect
        for query in fts_queries(topic):
            if len(found) >= limit:
                break
            cur = await self._db.conn.execute(
                f"""WITH m AS ({d.fts_newest("quote", "best", FTS_CANDIDATES)}),
                    top AS (SELECT id, rank FROM m ORDER BY rank LIMIT ?)
                    {_QUOTE_FROM_TOP}
                    ORDER BY top.rank, q.id""",
                (d.match(query), limit),
            )
            for r in await cur.fetchall():
                found.setdefault(r["id"], rows.quote(r))
        return list(found.values())[:limit]

    async def for_article(self, article_id: int) -> list[QuoteRecord]:
        """In text order."""
        cur = await self._db.conn.execute(
            f"{rows.QUOTE_SELECT} WHERE q.article_id = ? ORDER BY q.start_char, q.id",
            (article_id,),
        )
        return [rows.quote(r) for r in await cur.fetchall()]

    async def for_articles(self, article_ids: Sequence[int]) -> dict[int, list[QuoteRecord]]:
        """The quotes of several articles (each in text order) in one query: /search shows
        up to 30 hits, and a round trip per article cost more than the search itself. Every
        id is a key, an article without quotes with an empty list."""
        out: dict[int, list[QuoteRecord]] = {i: [] for i in article_ids}
        if not out:
            return out
        marks, params = rows.in_list(list(out))
        cur = await self._db.conn.execute(
            f"""{rows.QUOTE_SELECT} WHERE q.article_id IN ({marks})
                ORDER BY q.article_id, q.start_char, q.id""",
            params,
        )
        for r in await cur.fetchall():
            out[r["article_id"]].append(rows.quote(r))
        return out

    async def since(self, when: datetime | None, limit: int = 200) -> list[QuoteRecord]:
        """Quotes from articles first seen after `when`, newest article first."""
        if when is None:
            cur = await self._db.conn.execute(
                f"{rows.QUOTE_SELECT} ORDER BY {rows.NEWEST_QUOTES} LIMIT ?", (limit,)
            )
        else:
            # The newest `limit` are picked on the quotes alone, then joined (every quote has its
            # article): the planner cannot know how many quotes a recent moment leaves (1 by its
            # statistics, 8,000 for one day of the 100k bench store) and joined every one with
            # its article before sorting (31,000 buffers, 130 ms of a subscribed channel's
            # /digest at idle).
            cur = await self._db.conn.execute(
                f"""WITH top AS (SELECT q.id FROM quotes q WHERE q.first_seen > ?
                        ORDER BY {rows.NEWEST_QUOTES} LIMIT ?)
                    {_QUOTE_FROM_TOP} ORDER BY {rows.NEWEST_QUOTES}""",
                (dt_to_db(when), limit),
            )
        return [rows.quote(r) for r in await cur.fetchall()]

    async def for_topic(
        self, topic: TopicQuery, when: datetime | None, limit: int = 200
    ) -> list[QuoteRecord]:
        """Quotes first seen after `when` (all when None) by one of the topic's speakers or
        with its words in the quote or its sentence, newest first. Each source reads at most
        TOPIC_CANDIDATES of its newest matches (bounded work for a common word)."""
        sources: list[str] = []
        params: list[object] = []
        d = self._db.dialect
        # The newest `limit` candidates are picked on what orders them (published, first_seen
        # and id are copied onto the quotes), and only those are joined with their articles
        # and speakers: joining every candidate first cost 2,000 index lookups for 200 shown.
        # The sources hand out those columns themselves (PostgreSQL's full-text walk from the
        # rows it tested, a speaker's from their rows): looking every candidate up again by id
        # read 1,200-2,000 quotes a second time ('John Weiß': 8,000 buffers).
        ordering = ("id", "published", "first_seen")
        if topic.match is not None:
            # a topic that names a speaker: its words are a name (a plan hint, same rows)
            together, rarest = bool(topic.speaker_ids), is_whole_words(topic.match)
            one_word = is_one_word(topic.match)
            sources.append(
                d.fts_newest_of(
                    "quote", ordering, together=together, rarest=rarest, one_word=one_word
                )
            )
            params += [d.match(topic.match), TOPIC_CANDIDATES]
        if topic.speaker_ids:
            sources.append(speakers_newest(len(topic.speaker_ids)))
            for speaker_id in topic.speaker_ids:
                params += [speaker_id, TOPIC_CANDIDATES]
            params.append(TOPIC_CANDIDATES)
        if not sources:
            return []
        newest = rows.NEWEST_QUOTES.replace("q.", "c.")
        after = ""
        if when is not None:
            after = " WHERE c.first_seen > ?"
            params.append(dt_to_db(when))
        cur = await self._db.conn.execute(
            f"""WITH top AS (SELECT c.id, row_number() OVER (ORDER BY {newest}) AS pos
                    FROM ({" UNION ".join(sources)}) c{after}
                    ORDER BY {newest} LIMIT ?)
                {_QUOTE_FROM_TOP} ORDER BY top.pos""",
            (*params, limit),
        )
        return [rows.quote(r) for r in await cur.fetchall()]
