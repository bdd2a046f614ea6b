"""Store = the opened SQLite file and its repositories.

Every method is async and returns records from bot.store.records; handlers, the scheduler and
the ingest service never see rows, cursors or SQL. See bot.store.db for why there are two
connections (reads and small writes on one, the corpus swap on the other).
"""

from __future__ import annotations

from pathlib import Path

from bot.store.db import Database, open_database
from bot.store.repos.articles import ArticleRepo
from bot.store.repos.corpus import CorpusRepo
from bot.store.repos.feeds import FeedRepo
from bot.store.repos.figures import FigureRepo
from bot.store.repos.quotes import QuoteRepo
from bot.store.repos.reloads import ReloadRepo
from bot.store.repos.search import SearchRepo
from bot.store.repos.speakers import SpeakerRepo
from bot.store.repos.subscriptions import SubscriptionRepo

__all__ = [
    "ArticleRepo",
    "CorpusRepo",
    "FeedRepo",
    "FigureRepo",
    "QuoteRepo",
    "ReloadRepo",
    "SearchRepo",
    "SpeakerRepo",
    "Store",
    "SubscriptionRepo",
]


class Store:
    corpus: CorpusRepo
    articles: ArticleRepo
    speakers: SpeakerRepo
    quotes: QuoteRepo
    figures: FigureRepo
    search: SearchRepo
    subscriptions: SubscriptionRepo
    reloads: ReloadRepo
    feeds: FeedRepo

    def __init__(self, db: Database) -> None:
        self._db = db
        self.reloads = ReloadRepo(db)
        self.corpus = CorpusRepo(db, self.reloads)
        self.articles = ArticleRepo(db)
        self.speakers = SpeakerRepo(db)
        self.quotes = QuoteRepo(db)
        self.figures = FigureRepo(db)
        self.search = SearchRepo(db)
        self.subscriptions = SubscriptionRepo(db)
        self.feeds = FeedRepo(db)

    @property
    def path(self) -> Path:
        return self._db.path

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate. Raises StoreError with a clear message for a
        read-only directory or a corrupt file, StoreVersionError for a newer schema."""
        return cls(await open_database(path))

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
