"""CONTRACT SKELETON - the store helper replaces the bodies (keep the signatures).

Store = one aiosqlite connection for reads/writes (WAL, foreign keys, busy timeout) and the
repositories below. Every method is async and returns records from bot.store.records.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from bot.models import ArticleExtraction, SkippedFile
from bot.store.records import (
    ArticleRecord,
    CorpusChange,
    CorpusStatus,
    FigureRecord,
    QuoteRecord,
    ReloadRecord,
    SearchHit,
    SentenceRecord,
    SpeakerRecord,
    SubjectSummary,
    Subscription,
)


class CorpusRepo:
    async def hashes(self) -> dict[str, str]:
        """file name -> content hash of every stored article (ingest skips unchanged files)."""
        raise NotImplementedError

    async def apply(
        self,
        upserts: Sequence[ArticleExtraction],
        removed_files: Sequence[str],
        unchanged_files: Sequence[str],
        skipped: Sequence[SkippedFile],
    ) -> CorpusChange:
        """Apply one ingest/reload in ONE transaction (readers keep the old corpus until commit):
        insert new articles, replace changed ones (by file name), delete removed ones, merge
        speakers corpus-wide (canonical names, aliases, roles), refresh FTS, bump the version
        if anything changed. A failure rolls everything back."""
        raise NotImplementedError

    async def status(self) -> CorpusStatus:
        raise NotImplementedError


class ArticleRepo:
    async def list(self, limit: int = 100, offset: int = 0) -> list[ArticleRecord]:
        """Newest first (published desc, undated last, then id)."""
        raise NotImplementedError

    async def get(self, article_id: int) -> ArticleRecord | None:
        raise NotImplementedError

    async def complete(self, prefix: str, limit: int = 25) -> list[ArticleRecord]:
        """For autocomplete: id prefix or title words."""
        raise NotImplementedError

    async def sentences(self, article_id: int) -> list[SentenceRecord]:
        raise NotImplementedError

    async def since(self, when: datetime | None) -> list[ArticleRecord]:
        """Articles first seen after `when` (all when None), newest first."""
        raise NotImplementedError


class SpeakerRepo:
    async def all(self) -> list[SpeakerRecord]:
        """Every speaker with counts, most quoted first."""
        raise NotImplementedError

    async def get(self, speaker_id: int) -> SpeakerRecord | None:
        raise NotImplementedError

    async def names(self) -> list[tuple[int, str]]:
        """(speaker id, name or alias) for every canonical name and alias: fuzzy lookup input."""
        raise NotImplementedError


class QuoteRepo:
    async def by_speaker(
        self, speaker_id: int, about: str | None = None, limit: int = 50
    ) -> list[QuoteRecord]:
        """Newest first; `about` filters by full-text match on the quote or its sentence."""
        raise NotImplementedError

    async def about(self, topic: str, limit: int = 50) -> list[QuoteRecord]:
        """Quotes whose text or sentence matches the topic (full text), best first."""
        raise NotImplementedError

    async def for_article(self, article_id: int) -> list[QuoteRecord]:
        raise NotImplementedError

    async def since(self, when: datetime | None, limit: int = 200) -> list[QuoteRecord]:
        """Quotes from articles first seen after `when`."""
        raise NotImplementedError


class FigureRepo:
    async def subjects(self, limit: int = 50) -> list[SubjectSummary]:
        raise NotImplementedError

    async def for_subject(self, subject_key: str) -> list[FigureRecord]:
        """All figures of a subject, oldest first (refers_to/published, undated last)."""
        raise NotImplementedError

    async def complete_subject(self, prefix: str, limit: int = 25) -> list[SubjectSummary]:
        raise NotImplementedError

    async def for_article(self, article_id: int) -> list[FigureRecord]:
        raise NotImplementedError

    async def as_of(self, when: datetime | None) -> list[FigureRecord]:
        """Figures from articles first seen at or before `when` (digest: what changed)."""
        raise NotImplementedError


class SearchRepo:
    async def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """FTS5 over sentences and quotes; user text is never passed as FTS syntax (every word
        becomes a quoted prefix term), German folding (ß/ss, umlauts), ranked by bm25."""
        raise NotImplementedError


class SubscriptionRepo:
    async def upsert(
        self,
        transport: str,
        channel_id: str,
        time: str,
        timezone: str,
        created_by: str,
        guild_id: str | None = None,
        now: datetime | None = None,
    ) -> Subscription:
        """One subscription per (transport, channel); subscribing again updates time/zone and
        re-enables it. A new subscription's last_slot is `now`, so it never catches up on
        slots from before it existed."""
        raise NotImplementedError

    async def remove(self, transport: str, channel_id: str) -> bool:
        raise NotImplementedError

    async def get(self, subscription_id: int) -> Subscription | None:
        raise NotImplementedError

    async def for_channel(self, transport: str, channel_id: str) -> Subscription | None:
        raise NotImplementedError

    async def list(self, transport: str | None = None, enabled_only: bool = False) -> list[Subscription]:
        raise NotImplementedError

    async def record_intent(self, subscription_id: int, slot: datetime) -> bool:
        """Mark that the digest for `slot` is about to be sent. Returns False (and changes nothing)
        when this slot, or a later one, was already sent or intended: the caller must not send."""
        raise NotImplementedError

    async def record_sent(self, subscription_id: int, slot: datetime, sent_at: datetime, digest_text: str) -> None:
        """Mark `slot` as sent (last_slot=slot, intent cleared) and log it in digests_sent."""
        raise NotImplementedError

    async def clear_intent(self, subscription_id: int) -> None:
        """A send failed for good before anything was posted: allow a later slot."""
        raise NotImplementedError

    async def disable(self, subscription_id: int, reason: str) -> None:
        raise NotImplementedError


class ReloadRepo:
    async def start(self, requested_by: str, started_at: datetime) -> int:
        raise NotImplementedError

    async def finish(self, reload_id: int, status: str, summary: str, finished_at: datetime) -> None:
        raise NotImplementedError

    async def last(self) -> ReloadRecord | None:
        raise NotImplementedError


class Store:
    corpus: CorpusRepo
    articles: ArticleRepo
    speakers: SpeakerRepo
    quotes: QuoteRepo
    figures: FigureRepo
    search: SearchRepo
    subscriptions: SubscriptionRepo
    reloads: ReloadRepo

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate. Raises StoreError with a clear message for a
        read-only directory or a corrupt file, StoreVersionError for a newer schema."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


_unused = (date,)
