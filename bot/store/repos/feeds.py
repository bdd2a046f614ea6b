"""News feeds: the feeds followed, their fetch state, the items they carried, their articles.

The poller (bot/feeds) decides; this repository only remembers. Item identities and content
hashes are what make a re-dated or re-published item "not new"; feed_articles keeps the text of
every article a feed brought, so /reload and a pipeline upgrade re-extract them like folder files.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from bot.store.convert import (
    date_from_db,
    date_to_db,
    dt_from_db,
    dt_from_db_opt,
    dt_to_db,
    dt_to_db_opt,
)
from bot.store.db import Database
from bot.store.records import FeedArticleRecord, FeedItemState, FeedRecord, FeedState
from bot.store.rows import Row

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class NewFeedArticle:
    """An article to insert or update (by link)."""

    link: str
    file: str
    title: str
    published: date | None
    outlet: str | None
    body: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class SeenItem:
    """One item of one feed as seen by a poll, pointing at its article by link."""

    feed_id: int
    item_key: str
    content_hash: str
    link: str | None


@dataclass(frozen=True, slots=True)
class StoredUrl:
    """A stored article of the corpus (folder file or feed article) and its url."""

    url: str
    file: str


def _feed(row: Row) -> FeedRecord:
    return FeedRecord(
        id=row["id"],
        url=row["url"],
        name=row["name"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        added_by=row["added_by"],
        added_at=dt_from_db(row["added_at"]),
        last_fetch=dt_from_db_opt(row["last_fetch"]),
        last_new_article=dt_from_db_opt(row["last_new_article"]),
        failures=row["failures"],
        last_error=row["last_error"],
        next_fetch=dt_from_db_opt(row["next_fetch"]),
        state=cast(FeedState, row["state"]),
    )


def _article(row: Row) -> FeedArticleRecord:
    return FeedArticleRecord(
        id=row["id"],
        link=row["link"],
        file=row["file"],
        title=row["title"],
        published=date_from_db(row["published"]),
        outlet=row["outlet"],
        body=row["body"],
        content_hash=row["content_hash"],
        first_seen=dt_from_db(row["first_seen"]),
        updated_at=dt_from_db(row["updated_at"]),
    )


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class FeedRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the feeds ----------------------------------------------------------------------------

    async def add(
        self, url: str, name: str | None, added_by: str, now: datetime
    ) -> tuple[FeedRecord, bool]:
        """(feed, created). Adding a known feed again re-enables it (failures reset, due now)
        and renames it when a name is given: that is how an admin revives a disabled feed."""
        stamp = dt_to_db(now)
        async with self._db.transaction() as conn:
            cur = await conn.execute("SELECT id FROM feeds WHERE url = ?", (url,))
            created = await cur.fetchone() is None
            await conn.execute(
                """INSERT INTO feeds (url, name, added_by, added_at, next_fetch, state)
                   VALUES (?1, ?2, ?3, ?4, ?4, 'active')
                   ON CONFLICT (url) DO UPDATE SET
                       name = coalesce(excluded.name, feeds.name),
                       failures = 0, last_error = NULL, state = 'active',
                       next_fetch = excluded.next_fetch""",
                (url, name, added_by, stamp),
            )
            cur = await conn.execute("SELECT * FROM feeds WHERE url = ?", (url,))
            row = await cur.fetchone()
        assert row is not None
        return _feed(row), created

    async def remove(self, url: str) -> bool:
        """Stop following a feed. The articles it brought stay in the corpus (they are news
        that was read and quoted); only its items and fetch state go."""
        async with self._db.transaction() as conn:
            cur = await conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
            return (cur.rowcount or 0) > 0

    async def get(self, url: str) -> FeedRecord | None:
        cur = await self._db.conn.execute("SELECT * FROM feeds WHERE url = ?", (url,))
        row = await cur.fetchone()
        return _feed(row) if row else None

    async def list(self) -> builtins.list[FeedRecord]:
        cur = await self._db.conn.execute("SELECT * FROM feeds ORDER BY id")
        return [_feed(r) for r in await cur.fetchall()]

    async def due(self, now: datetime) -> builtins.list[FeedRecord]:
        """Feeds whose next fetch has come (disabled ones never are)."""
        cur = await self._db.conn.execute(
            """SELECT * FROM feeds WHERE state <> 'disabled'
                   AND (next_fetch IS NULL OR next_fetch <= ?) ORDER BY id""",
            (dt_to_db(now),),
        )
        return [_feed(r) for r in await cur.fetchall()]

    async def next_due(self) -> datetime | None:
        cur = await self._db.conn.execute(
            "SELECT min(next_fetch) FROM feeds WHERE state <> 'disabled'"
        )
        row = await cur.fetchone()
        return dt_from_db_opt(row[0]) if row else None

    async def record_success(
        self,
        feed_id: int,
        now: datetime,
        next_fetch: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        new_articles: bool,
    ) -> None:
        """A fetch that worked (200 or 304): failures reset; validators kept for the next
        conditional GET (a 304 passes None and keeps the old ones)."""
        async with self._db.writing() as conn:
            await conn.execute(
                """UPDATE feeds SET last_fetch = ?1, next_fetch = ?2,
                       etag = coalesce(?3, etag), last_modified = coalesce(?4, last_modified),
                       title = coalesce(?5, title),
                       last_new_article = CASE WHEN ?6 = 1 THEN ?1 ELSE last_new_article END,
                       failures = 0, last_error = NULL, state = 'active'
                   WHERE id = ?7""",
                (
                    dt_to_db(now),
                    dt_to_db(next_fetch),
                    etag,
                    last_modified,
                    title,
                    1 if new_articles else 0,
                    feed_id,
                ),
            )

    async def record_failure(
        self,
        feed_id: int,
        now: datetime,
        error: str,
        failures: int,
        state: FeedState,
        next_fetch: datetime | None,
    ) -> None:
        async with self._db.writing() as conn:
            await conn.execute(
                """UPDATE feeds SET last_fetch = ?, last_error = ?, failures = ?, state = ?,
                       next_fetch = ? WHERE id = ?""",
                (dt_to_db(now), error, failures, state, dt_to_db_opt(next_fetch), feed_id),
            )

    # -- items and articles -------------------------------------------------------------------

    async def items(self, feed_id: int, keys: Sequence[str]) -> dict[str, FeedItemState]:
        """What is known of these items of this feed."""
        found: dict[str, FeedItemState] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            cur = await self._db.conn.execute(
                f"""SELECT item_key, content_hash, feed_article_id FROM feed_items
                    WHERE feed_id = ? AND item_key IN ({marks})""",
                (feed_id, *chunk),
            )
            for r in await cur.fetchall():
                found[r[0]] = FeedItemState(r[1], r[2])
        return found

    async def articles_by_link(self, links: Sequence[str]) -> dict[str, FeedArticleRecord]:
        found: dict[str, FeedArticleRecord] = {}
        for chunk in _chunks(sorted(set(links))):
            marks = ",".join("?" * len(chunk))
            cur = await self._db.conn.execute(
                f"SELECT * FROM feed_articles WHERE link IN ({marks})", tuple(chunk)
            )
            for r in await cur.fetchall():
                found[r["link"]] = _article(r)
        return found

    async def stored_by_url(self, urls: Sequence[str]) -> builtins.list[StoredUrl]:
        """The articles of the corpus (any source) stored under one of these urls, by url and
        file. Urls are compared as stored: callers pass normalised forms (bot.feeds.urls), which
        is what the corpus stores (CorpusRepo's article_url)."""
        found: list[StoredUrl] = []
        for chunk in _chunks(sorted(set(urls))):
            marks = ",".join("?" * len(chunk))
            cur = await self._db.conn.execute(
                f"SELECT url, file FROM articles WHERE url IN ({marks}) ORDER BY url, file",
                tuple(chunk),
            )
            found.extend(StoredUrl(r[0], r[1]) for r in await cur.fetchall())
        return found

    async def articles_by_id(self, ids: Sequence[int]) -> dict[int, FeedArticleRecord]:
        found: dict[int, FeedArticleRecord] = {}
        unique = sorted(set(ids))
        for i in range(0, len(unique), _CHUNK):
            chunk = unique[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            cur = await self._db.conn.execute(
                f"SELECT * FROM feed_articles WHERE id IN ({marks})", tuple(chunk)
            )
            for r in await cur.fetchall():
                found[r["id"]] = _article(r)
        return found

    async def articles(self) -> builtins.list[FeedArticleRecord]:
        """Every article feeds brought, at once (tests and small tools; a reload pages)."""
        cur = await self._db.conn.execute("SELECT * FROM feed_articles ORDER BY id")
        return [_article(r) for r in await cur.fetchall()]

    async def articles_after(self, after_id: int, limit: int) -> builtins.list[FeedArticleRecord]:
        """The next `limit` feed articles with an id above `after_id`, by id: a reload pages
        through the feed archive with these, so it never holds every stored text at once."""
        cur = await self._db.conn.execute(
            "SELECT * FROM feed_articles WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
        )
        return [_article(r) for r in await cur.fetchall()]

    async def article_count(self) -> int:
        """How many articles feeds brought (a reload's progress total)."""
        cur = await self._db.conn.execute("SELECT count(*) FROM feed_articles")
        row = await cur.fetchone()
        return int(row[0]) if row is not None else 0

    async def save(
        self, articles: Sequence[NewFeedArticle], items: Sequence[SeenItem], now: datetime
    ) -> None:
        """Insert or update articles (by link) and remember the items, in one transaction: an
        item is only ever recorded together with the article it points at."""
        stamp = dt_to_db(now)
        async with self._db.transaction() as conn:
            for a in articles:
                await conn.execute(
                    """INSERT INTO feed_articles (link, file, title, published, outlet, body,
                           content_hash, first_seen, updated_at)
                       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                       ON CONFLICT (link) DO UPDATE SET
                           title = excluded.title, published = excluded.published,
                           outlet = excluded.outlet, body = excluded.body,
                           content_hash = excluded.content_hash,
                           updated_at = excluded.updated_at""",
                    (
                        a.link,
                        a.file,
                        a.title,
                        date_to_db(a.published),
                        a.outlet,
                        a.body,
                        a.content_hash,
                        stamp,
                    ),
                )
            ids: dict[str, int] = {}
            links = sorted({i.link for i in items if i.link})
            for chunk in _chunks(links):
                marks = ",".join("?" * len(chunk))
                cur = await conn.execute(
                    f"SELECT id, link FROM feed_articles WHERE link IN ({marks})", tuple(chunk)
                )
                ids.update({r["link"]: r["id"] for r in await cur.fetchall()})
            for item in items:
                await conn.execute(
                    """INSERT INTO feed_items (feed_id, item_key, content_hash, feed_article_id,
                           first_seen, last_seen)
                       VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                       ON CONFLICT (feed_id, item_key) DO UPDATE SET
                           content_hash = excluded.content_hash,
                           feed_article_id = coalesce(excluded.feed_article_id,
                                                      feed_items.feed_article_id),
                           last_seen = excluded.last_seen""",
                    (
                        item.feed_id,
                        item.item_key,
                        item.content_hash,
                        ids.get(item.link) if item.link else None,
                        stamp,
                    ),
                )
