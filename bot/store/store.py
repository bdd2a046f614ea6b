"""Store = the opened store (an SQLite file or a PostgreSQL database) and its repositories.

Every method is async and returns records from bot.store.records; handlers, the scheduler and
the ingest service never see rows, cursors or SQL. See bot.store.db for why there are two
connections (reads and small writes on one, the corpus swap on the other).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager
from pathlib import Path

from bot.store.curated import (
    CuratedFigureRepo,
    CuratedQuoteRepo,
    CuratedSearchRepo,
    CuratedSpeakerRepo,
)
from bot.store.db import Database, open_database
from bot.store.repos.articles import ArticleRepo
from bot.store.repos.claims import ClaimRepo
from bot.store.repos.corpus import CorpusRepo
from bot.store.repos.curation import CurationRepo
from bot.store.repos.feeds import FeedRepo
from bot.store.repos.figures import FigureRepo
from bot.store.repos.leases import LeaseRepo
from bot.store.repos.quotes import QuoteRepo
from bot.store.repos.reloads import ReloadRepo
from bot.store.repos.search import SearchRepo
from bot.store.repos.speakers import SpeakerRepo
from bot.store.repos.subscriptions import SubscriptionRepo
from bot.store.repos.watches import WatchRepo

__all__ = [
    "ArticleRepo",
    "ClaimRepo",
    "CorpusRepo",
    "CurationRepo",
    "FeedRepo",
    "FigureRepo",
    "LeaseRepo",
    "QuoteRepo",
    "ReloadRepo",
    "SearchRepo",
    "SpeakerRepo",
    "Store",
    "SubscriptionRepo",
    "WatchRepo",
]


class Store:
    corpus: CorpusRepo
    articles: ArticleRepo
    speakers: CuratedSpeakerRepo
    quotes: CuratedQuoteRepo
    figures: CuratedFigureRepo
    search: CuratedSearchRepo
    subscriptions: SubscriptionRepo
    reloads: ReloadRepo
    curation: CurationRepo
    watches: WatchRepo
    feeds: FeedRepo
    leases: LeaseRepo
    claims: ClaimRepo

    def __init__(self, db: Database) -> None:
        self._db = db
        self.reloads = ReloadRepo(db)
        self.corpus = CorpusRepo(db, self.reloads)
        self.articles = ArticleRepo(db)
        # Readers see the extraction with the editors' corrections applied (bot.store.curated).
        self.curation = CurationRepo(db)
        self.speakers = CuratedSpeakerRepo(db, self.curation)
        self.quotes = CuratedQuoteRepo(db, self.curation, self.speakers)
        self.figures = CuratedFigureRepo(db, self.curation)
        self.search = CuratedSearchRepo(db, self.curation)
        self.subscriptions = SubscriptionRepo(db)
        self.watches = WatchRepo(db)
        self.feeds = FeedRepo(db)
        self.leases = LeaseRepo(db)
        self.claims = ClaimRepo(db)

    @property
    def path(self) -> Path | None:
        """The SQLite file; None for a PostgreSQL store."""
        return self._db.path

    @property
    def location(self) -> str:
        """The store as messages may name it (a PostgreSQL URL with its password masked)."""
        return self._db.location

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._db.dialect.name

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate. Raises StoreError with a clear message for a
        read-only directory or a corrupt file, StoreVersionError for a newer schema."""
        return cls(await open_database(path))

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Store]:
        """The store as of one moment, for the reads of one reply (several queries that must
        agree: a subject's summary and its figures, a digest's articles and quotes). Inside
        the block a corpus swap committed by a reload is not seen; after it, it is. Only the
        read methods may be used on it. Nested calls reuse the outer snapshot."""
        async with self._db.snapshot() as view:
            yield self if view is self._db else Store(view)

    @asynccontextmanager
    async def sibling(self) -> AsyncIterator[Store | None]:
        """Inside a snapshot: the same snapshot on a second read connection, for a read to run
        at the same time as this store's (Database.sibling: PostgreSQL only); None when there
        is none (SQLite, outside a snapshot, every read connection taken), and the reads then
        run one after the other on this store."""
        async with self._db.sibling() as view:
            if view is None:
                yield None
                return
            other = Store(view)
            other.curation.share_signature(self.curation)
            yield other

    async def kept(self, name: str) -> dict[Hashable, object]:
        """A dict for values derived from the corpus and its corrections alone (a digest's
        current figure of a subject), kept across replies while the corpus version and the
        curation log are the ones this snapshot reads (bot.store.read_cache): a swap or a
        correction, also by another process, starts it empty. Outside a snapshot (no version
        pinned) a new empty dict each time: nothing is kept."""
        version = self._db.version
        if version is None:
            return {}
        key = (version, await self.curation.signature())
        values = self._db.reads.get(name, key)
        if isinstance(values, dict):
            return values
        values = {}
        self._db.reads.put(name, key, values)
        return values

    async def warm(self) -> int:
        """Open every read connection and run on each the statements replies have used so far
        (PostgreSQL; see Database.warm and bot.warmup). Returns how many ran."""
        return await self._db.warm()

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
