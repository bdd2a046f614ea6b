"""Articles and their sentences (/sources, /article, digests)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.dialect import Dialect
from bot.store.folding import fts_query, is_one_word, is_whole_words
from bot.store.records import ArticleRecord, SentenceRecord
from bot.store.topic import TOPIC_CANDIDATES, TopicArticles, TopicQuery

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

    async def newest_paths(self, limit: int = 50) -> builtins.list[tuple[str, str]]:
        """(file, path as read) of the latest stored articles, newest row first: where the
        stored corpus was read from, for a reload that should read the same folder."""
        cur = await self._db.conn.execute(
            "SELECT file, path FROM articles ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [(r["file"], r["path"]) for r in await cur.fetchall()]

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
            d = self._db.dialect
            cur = await self._db.conn.execute(
                f"""{_SELECT} WHERE a.id IN (SELECT id FROM ({d.fts_newest("title", limit=1000)}) t)
                    ORDER BY {rows.NEWEST_ARTICLES} LIMIT ?""",
                (d.match(query), limit),
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

    async def sentences_of(
        self, article_ids: Sequence[int]
    ) -> dict[int, builtins.list[SentenceRecord]]:
        """The sentences of several articles (each in text order) in one query: a digest
        summarises ten articles, and ten round trips cost more than the reading on a busy
        PostgreSQL server. Every id is a key, an unknown one with no sentences."""
        out: dict[int, builtins.list[SentenceRecord]] = {i: [] for i in article_ids}
        if not out:
            return out
        marks, params = rows.in_list(list(out))
        cur = await self._db.conn.execute(
            f"""SELECT id, article_id, idx, text, section FROM sentences
                WHERE article_id IN ({marks}) ORDER BY article_id, idx""",
            params,
        )
        for r in await cur.fetchall():
            out[r["article_id"]].append(rows.sentence(r))
        return out

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
        """How many articles were first seen after `when` (all when None), counted in SQL.
        All of them is the total the corpus swap keeps in corpus_state (counting 100k index
        entries took 10 ms on PostgreSQL, a tenth of a plain /digest)."""
        if when is None:
            cur = await self._db.conn.execute("SELECT articles FROM corpus_state WHERE id = 1")
            row = await cur.fetchone()
            return int(row[0]) if row else 0
        where, params = _first_seen_after(when)
        cur = await self._db.conn.execute(f"SELECT count(*) FROM articles a {where}", params)
        row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def for_topic(
        self, topic: TopicQuery, when: datetime | None, limit: int, replaceable: bool = False
    ) -> TopicArticles:
        """Articles first seen after `when` (all when None) that match the topic: its words in
        the title or a sentence, a quote of one of its speakers, a figure on one of its
        subjects. Newest first, at most `limit`, counted in SQL (of all time: the distinct ids
        the sources found). Each source yields at most TOPIC_CANDIDATES of its newest matches
        (FTS rowids of sentences are negated ids, so ascending rowid is newest first), which
        bounds the work for a word found everywhere. `in_sentences` says whether the topic's
        words are in any sentence (its sentence source found a row), which spares a caller
        that falls back to prefixes a probe of its own.

        A `replaceable` stage (a caller reads the next stage of the topic's words when no
        sentence holds these) stops after its sentence source when that found none: its
        titles, speakers, subjects and articles would be thrown away. A figure-subject topic
        ('getötete Drohne') passed two such stages, each reading its subject's 1,000 newest
        articles (1,100 buffers on PostgreSQL at 100k articles) for nothing."""
        conn = self._db.conn
        found: set[int] = set()
        at_least = in_sentences = False
        for source, sql, params in _topic_sources(self._db.dialect, topic):
            cur = await conn.execute(sql, (*params, TOPIC_CANDIDATES))
            ids = [r[0] for r in await cur.fetchall()]
            at_least |= len(ids) >= TOPIC_CANDIDATES
            in_sentences |= source == "sentences" and bool(ids)
            if source == "sentences" and replaceable and not ids:
                return TopicArticles(0, False, [])
            found.update(ids)
        if not found:
            return TopicArticles(0, False, [])
        where, params = _first_seen_after(when)
        marks, padded = rows.in_list(sorted(found))
        where = f"{where} AND a.id IN ({marks})" if where else f"WHERE a.id IN ({marks})"
        params = (*params, *padded)
        if when is None:
            # Every id is an article's: read from articles or through a foreign key to one,
            # in the caller's snapshot. Counting them again cost a look-up per id (1,700 for
            # 'John Blinken': 2 ms, 3,600 buffers).
            count = len(found)
        else:
            cur = await conn.execute(f"SELECT count(*) FROM articles a {where}", params)
            row = await cur.fetchone()
            count = int(row[0]) if row else 0
        # The newest `limit` are picked on what orders them (the index articles_newest holds
        # it all, with the id), and only those rows are read: reading every candidate's row to
        # sort them cost 750-9,500 buffers on PostgreSQL at 100k articles (a rare word's prefix
        # stage, 'Kölau': 9,496), picking them 66-289, the same ids.
        cur = await conn.execute(
            f"""WITH top AS (SELECT a.id FROM articles a {where}
                    ORDER BY {rows.NEWEST_ARTICLES} LIMIT ?)
                {_SELECT} JOIN top ON top.id = a.id ORDER BY {rows.NEWEST_ARTICLES}""",
            (*params, limit),
        )
        articles = [rows.article(r) for r in await cur.fetchall()]
        return TopicArticles(count, at_least, articles, in_sentences)


def _topic_sources(d: Dialect, topic: TopicQuery) -> list[tuple[str, str, tuple[object, ...]]]:
    """(source, SQL, parameters) per source of a topic's articles; each ends with `LIMIT ?`.
    The sentences come first: whether they found any decides whether a stage is kept."""
    out: list[tuple[str, str, tuple[object, ...]]] = []
    # a topic that names a speaker: its words are a name, found together (a plan hint only)
    named = bool(topic.speaker_ids)
    if topic.match is not None:
        match = d.match(topic.match)
        rarest = is_whole_words(topic.match)  # its rarest word's spellings' rows hold all
        out.append(
            (
                "sentences",
                # one row per sentence (not DISTINCT): reaching the bound is seen by the caller
                d.fts_newest_of(
                    "sentence",
                    ("article_id",),
                    together=named,
                    rarest=rarest,
                    one_word=is_one_word(topic.match),
                ),
                (match,),
            )
        )
        out.append(("titles", d.fts_newest("title"), (match,)))
    if topic.speaker_ids:
        marks = ", ".join("?" * len(topic.speaker_ids))
        out.append(
            (
                "speakers",
                f"""SELECT DISTINCT article_id FROM quotes WHERE speaker_id IN ({marks})
                    ORDER BY article_id DESC LIMIT ?""",
                topic.speaker_ids,
            )
        )
    if topic.subject_keys:
        params = tuple(p for key in topic.subject_keys for p in (key, TOPIC_CANDIDATES))
        out.append(("subjects", subjects_newest(len(topic.subject_keys)), params))
    return out


def subjects_newest(keys: int) -> str:
    """The newest articles (by id) with a figure on one of `keys` subjects; parameters (subject
    key, limit) per key, then the limit. Each key's are read newest first from the index
    figures_subject_article and stop at the limit, which holds every article of the newest
    `limit` of all keys. `subject_key IN (…) ORDER BY article_id DESC` walked the figures
    newest first testing each row's key: a place's two subjects at 100k articles ('tote
    kursk', 'verletzte kursk') tested 12,710 figures for 1,000 articles (1,377 buffers, 7-8 ms
    of server CPU), where the index gives them in 25 buffers (2.6-2.8 ms)."""
    each = """SELECT * FROM (SELECT DISTINCT article_id FROM figures WHERE subject_key = ?
        ORDER BY article_id DESC LIMIT ?) f"""
    # the compound ordered and cut as it is: SQLite then merges the keys' ordered reads (0.7 ms
    # for two subjects at 100k articles, 1.0 for three), where a wrapping subquery was 1.7-2.4
    # and the plain `IN (…)`, its covering index read in full, 1.1-2.8
    return f"""{" UNION ".join([each] * keys)} ORDER BY article_id DESC LIMIT ?"""


def _first_seen_after(when: datetime | None) -> tuple[str, tuple[object, ...]]:
    if when is None:
        return "", ()
    return "WHERE a.first_seen > ?", (dt_to_db(when),)
