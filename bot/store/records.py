"""Dataclasses the store hands out. Handlers, the scheduler and transports only ever see these,
never rows or cursors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from bot.models import Qualifier, QuoteKind, Section, SkippedFile, SpeakerKind, SpeechAct


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    file: str
    title: str
    published: date | None
    outlet: str | None
    content_hash: str
    first_seen: datetime  # when this file was first ingested (digests use it)
    updated_at: datetime
    sentence_count: int = 0
    quote_count: int = 0
    figure_count: int = 0
    url: str | None = None  # the original article (feeds, or `url:` in front matter)


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    id: int
    article_id: int
    index: int
    text: str
    section: Section


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    id: int
    name: str  # canonical, corpus-wide
    kind: SpeakerKind
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    quote_count: int = 0
    article_count: int = 0
    latest: date | None = None  # publication date of the newest dated article quoting them


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    id: int
    article_id: int
    speaker_id: int | None
    speaker: str | None
    speaker_role: str | None
    kind: QuoteKind
    text: str
    cue: str | None
    sentence: str
    # provenance of the article
    article_title: str
    outlet: str | None
    published: date | None
    first_seen: datetime
    act: SpeechAct = "claim"
    target: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FigureRecord:
    id: int
    article_id: int
    value: float
    value_max: float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    subject_key: str | None  # normalised grouping key (lower-case subject or unit)
    text: str
    source: str | None
    sentence: str
    refers_to: date | None
    is_addition: bool
    article_title: str
    outlet: str | None
    published: date | None
    first_seen: datetime
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SubjectSummary:
    subject_key: str
    subject: str  # display form
    unit: str | None
    figure_count: int
    latest: FigureRecord  # newest dated report (undated ones only when no dated exists)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "sentence" | "quote"
    article_id: int
    text: str  # the matching sentence or quote text
    speaker: str | None
    rank: float
    article_title: str
    outlet: str | None
    published: date | None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ReloadRecord:
    id: int
    requested_by: str
    started_at: datetime
    finished_at: datetime | None
    status: str  # "running" | "ok" | "partial" | "failed"
    summary: str | None  # human-readable result or error


@dataclass(frozen=True, slots=True)
class CorpusStatus:
    version: int  # increases with every applied ingest/reload that changed something
    updated_at: datetime | None
    articles: int
    sentences: int
    quotes: int
    figures: int
    speakers: int
    subscriptions: int
    last_reload: ReloadRecord | None


@dataclass(frozen=True, slots=True)
class CorpusChange:
    """What one ingest or reload changed; shown by `lagebild ingest` and `/reload`."""

    version: int
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    new_quotes: int = 0
    new_figures: int = 0
    totals: dict[str, int] = field(default_factory=dict)  # articles, sentences, quotes, figures

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    transport: str  # "discord" | "matrix" | "console"
    channel_id: str
    guild_id: str | None
    time: str  # "HH:MM" local
    timezone: str  # IANA
    created_by: str
    created_at: datetime
    enabled: bool
    disabled_reason: str | None
    # The latest slot (UTC) dealt with: sent, empty, or given up (too old) and reported.
    last_slot: datetime | None
    intent_slot: datetime | None  # a slot whose send was started (crash safety)
    last_sent_at: datetime | None
    intent_parts: int = 0  # parts (messages) of the intended slot already posted
    intent_run: str | None = None  # claim token of the run that owns the intent
    intent_at: datetime | None = None  # the owner's last sign of life (intent, progress)
    topic: str = ""  # "" = the whole corpus; else words, a speaker or a figure subject
    mention_role: str | None = None  # Discord role id mentioned when the digest is posted


@dataclass(frozen=True, slots=True)
class Watch:
    """A channel following a speaker (new quotes) or a figure subject (changed values)."""

    id: int
    transport: str
    channel_id: str
    guild_id: str | None
    kind: str  # "speaker" | "figure"
    target: str  # display name / subject as the user chose it
    target_key: str  # folded, for matching and uniqueness
    created_by: str
    created_at: datetime
    last_posted_at: datetime | None


FeedState = Literal["active", "backing_off", "disabled"]


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """A followed news feed and how its fetching goes (/feeds, `lagebild feeds list`)."""

    id: int
    url: str
    name: str | None  # given by the admin
    title: str | None  # the feed's own title
    etag: str | None
    last_modified: str | None
    added_by: str
    added_at: datetime
    last_fetch: datetime | None
    last_new_article: datetime | None
    failures: int  # consecutive
    last_error: str | None
    next_fetch: datetime | None
    state: FeedState

    @property
    def label(self) -> str:
        return self.name or self.title or self.url


@dataclass(frozen=True, slots=True)
class FeedArticleRecord:
    """An article a feed brought: its text and metadata, kept so a reload re-extracts it."""

    id: int
    link: str  # normalised link to the original; also the article's url
    file: str  # its name in the articles table
    title: str
    published: date | None
    outlet: str | None
    body: str  # main text, paragraphs separated by blank lines
    content_hash: str
    first_seen: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class FeedItemState:
    """What the store remembers of one item of one feed (its identity is the key)."""

    content_hash: str
    feed_article_id: int | None
