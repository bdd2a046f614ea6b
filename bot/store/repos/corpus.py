"""The corpus swap: one ingest or reload, staged in batches, then swapped in one transaction.

Staging builds every row of the new and changed articles (ids assigned, speakers resolved,
FTS text folded) into TEMP tables of the writer connection, batch by batch. Temp tables live
in the connection's own temporary database, so staging never takes the store's write lock:
digests, /subscribe and other processes keep writing meanwhile, and readers see nothing of
it. The swap then moves the staged rows into place with set-based SQL in ONE short write
transaction (a 10k-article reload held the lock for ~15 s while Python built rows inside it,
longer than the busy timeout). See docs/deploy.md for the measured lock times.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from bot.feeds.urls import normalize_url
from bot.models import ArticleExtraction, SkippedFile, SpeakerInfo
from bot.nlp.figures.intervals import stored_bounds
from bot.nlp.figures.lemmas import table_lemmatize
from bot.nlp.figures.subjects import subject_group
from bot.nlp.names import fold_name
from bot.store import fts_blocks, fts_lexemes, fts_newest, gin_pending
from bot.store.convert import date_to_db, dt_from_db_opt, dt_to_db, utc_now
from bot.store.db import Connection, Database
from bot.store.dialect import Dialect
from bot.store.errors import CorpusBusy, StoreError
from bot.store.folding import Stemmer, fold_key, fold_text
from bot.store.migrations import pg_text
from bot.store.pg import PgConnection
from bot.store.records import CorpusChange, CorpusStatus
from bot.store.repos.reloads import ReloadRepo
from bot.store.speaker_index import (
    ANONYMOUS,
    KnownSpeaker,
    SpeakerIndex,
    better_name,
    is_anonymous,
)

_TOTALS = ("articles", "sentences", "quotes", "figures", "speakers")
_CHUNK = 500  # stays below SQLite's bound-parameter limit
STAGE_BATCH = 200
"""Articles staged per batch: bounds the rows held in Python at once."""
WAL_AUTOCHECKPOINT = 1000  # SQLite's default, restored after the swap's COMMIT

BatchHook = Callable[[int, int], Awaitable[None]]
"""Called after each staged batch with (articles staged, articles to stage)."""

log = logging.getLogger(__name__)


def _chunks(items: Sequence[int] | Sequence[str]) -> Iterable[Sequence[int] | Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def article_url(meta: Sequence[tuple[str, str]]) -> str | None:
    """The article's link to its original, from its `url` metadata: http(s) only, because the
    renderers turn it into a link and nothing else (javascript:, file:) may become one.
    Normalised like a feed's links (bot.feeds.urls: host case, default port, tracking
    parameters and fragment dropped), so a folder file and a feed item about the same page
    store the same url and the feed poller can tell it is already in the corpus."""
    for key, value in meta:
        if key == "url":
            url = value.strip()
            if url.lower().startswith(("http://", "https://")) and not any(
                c.isspace() or ord(c) < 32 for c in url
            ):
                return normalize_url(url)
    return None


def _display(row: Mapping[str, Any], count: int) -> str | None:
    """A subject's name: its most frequent wording when most reports use it, else the group's
    own phrase ("Tote" for "Leichen in Mandalay", "Todesopfer", "Tote beim Erdbeben")."""
    text = row["display"]
    if text and row["n"] * 2 >= count and (row["n"] >= 2 or count == 1):
        return str(text)
    return subject_group(text, row["unit"]) or text


def subject_key_for(subject: str | None, unit: str | None) -> str | None:
    """Figures group by the folded concept of their subject (bot.nlp.figures.subjects: synonyms
    joined, bare units, ages and durations no topic)."""
    group = subject_group(subject, unit)
    return (fold_key(group) or None) if group else None


async def _load_subject_lemmas() -> None:
    """Subject keys read spaCy's lemma table (bot.nlp.figures.lemmas), which takes over a second
    to load once per process. Staging runs on the event loop: load the table in a thread first,
    so the first reload of a running bot does not stall every reply meanwhile."""
    if not table_lemmatize.cache_info().currsize:
        await asyncio.to_thread(table_lemmatize)


@contextmanager
def _one_connection(w: Connection) -> Iterator[None]:
    """An apply stages into TEMP tables of the writer connection: on PostgreSQL a connection
    lost meanwhile (a server restart) must fail the apply with StoreUnavailable ("run it
    again"), not be replaced by a new connection that lacks them."""
    if not isinstance(w, PgConnection):
        yield
        return
    w.keep_session = True
    try:
        yield
    finally:
        w.keep_session = False


@dataclass
class _Ids:
    """Next free row ids: assigned in Python so executemany can insert FTS rows alongside."""

    article: int
    sentence: int
    quote: int
    figure: int
    speaker: int


@dataclass
class _Rows:
    """Rows of one staged batch (sentences and quotes carry their folded FTS text last)."""

    speakers: list[tuple[int, str, str, str]] = field(default_factory=list)
    new_articles: list[tuple[object, ...]] = field(default_factory=list)
    updated_articles: list[tuple[object, ...]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)
    paragraphs: list[tuple[object, ...]] = field(default_factory=list)
    sentences: list[tuple[object, ...]] = field(default_factory=list)
    quotes: list[tuple[object, ...]] = field(default_factory=list)
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    aliases: list[tuple[int, int, str]] = field(default_factory=list)
    figures: list[tuple[object, ...]] = field(default_factory=list)


def _stem_fts_columns(out: _Rows) -> None:
    """Stem the folded FTS columns of a batch for SQLite's FTS tables (PostgreSQL's
    to_tsvector stems by itself). In a worker thread: a batch has thousands of sentences."""
    stem = Stemmer().text
    out.titles = [(i, stem(t)) for i, t in out.titles]
    out.sentences = [(*r[:-1], stem(cast(str, r[-1]))) for r in out.sentences]
    out.quotes = [(*r[:-2], stem(cast(str, r[-2])), stem(cast(str, r[-1]))) for r in out.quotes]


@dataclass
class _Work:
    affected_speakers: set[int] = field(default_factory=set)
    affected_subjects: set[str] = field(default_factory=set)
    renamed: dict[int, str] = field(default_factory=dict)  # speaker id -> previous name
    resolved: dict[str, KnownSpeaker] = field(default_factory=dict)  # name -> speaker, this swap
    new_quotes: int = 0
    new_figures: int = 0


@dataclass
class _Plan:
    """What one apply does, filled in as batches are staged."""

    existing: dict[str, tuple[int, str, str]]  # file -> (id, content hash, first_seen)
    base: tuple[int, int, int]  # see CorpusRepo._base
    index: SpeakerIndex
    ids: _Ids
    removed: list[str]
    unchanged: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    staged: set[str] = field(default_factory=set)
    old_texts: dict[int, tuple[set[str], set[str]]] = field(default_factory=dict)
    work: _Work = field(default_factory=_Work)
    # Rows the swap adds (staged) minus the rows it deletes (stale articles), per corpus_state
    # total: the totals move by delta instead of counting 2M sentences on every apply.
    deltas: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_TOTALS, 0))

    @property
    def stale_ids(self) -> list[int]:
        """Articles whose rows the swap deletes: changed and removed ones."""
        return [self.existing[f][0] for f in self.changed + self.removed]


_I, _T, _F = "BIGINT", "TEXT", "DOUBLE PRECISION"
_ARTICLE_TYPES = f"path {_T}, title {_T}, published {_T}, outlet {_T}, content_hash {_T}, " \
    f"updated_at {_T}, meta {_T}, sentence_count {_I}, quote_count {_I}, figure_count {_I}, " \
    f"url {_T}"  # fmt: skip
# Column types matter to PostgreSQL only (SQLite's temp tables stay untyped, as before).
_STAGED_TYPES = {
    "speakers": f"id {_I}, name {_T}, kind {_T}, fold_key {_T}",
    "new_articles": f"id {_I}, {_ARTICLE_TYPES}, file {_T}, first_seen {_T}",
    "updated_articles": f"{_ARTICLE_TYPES}, id {_I}",
    "titles": f"id {_I}, title {_T}",
    "paragraphs": f"article_id {_I}, idx {_I}, section {_T}, heading {_T}, start_char {_I}, "
    f"end_char {_I}",
    "sentences": f"id {_I}, article_id {_I}, idx {_I}, paragraph_idx {_I}, section {_T}, "
    f"text {_T}, start_char {_I}, end_char {_I}, fts {_T}",
    "quotes": f"id {_I}, article_id {_I}, sentence_id {_I}, speaker_id {_I}, speaker_name {_T}, "
    f"speaker_role {_T}, speaker_mention {_T}, kind {_T}, text {_T}, cue {_T}, sentence {_T}, "
    f"sentence_idx {_I}, start_char {_I}, end_char {_I}, published {_T}, first_seen {_T}, "
    f"act {_T}, target {_T}, fts_text {_T}, fts_sentence {_T}",
    "roles": f"speaker_id {_I}, article_id {_I}, role {_T}",
    "aliases": f"speaker_id {_I}, article_id {_I}, alias {_T}",
    "figures": f"id {_I}, article_id {_I}, sentence_id {_I}, value {_F}, value_max {_F}, "
    f"qualifier {_T}, unit {_T}, subject {_T}, subject_key {_T}, text {_T}, source {_T}, "
    f"source_speaker_id {_I}, sentence {_T}, sentence_idx {_I}, start_char {_I}, "
    f"end_char {_I}, refers_to {_T}, sort_date {_T}, is_addition {_I}, interval_low {_F}, "
    f"interval_high {_F}, first_seen {_T}",
    "stale": f"id {_I}",  # articles whose rows the swap deletes (changed or removed)
    "subjects": f"subject_key {_T}, subject {_T}, unit {_T}, figure_count {_I}, "
    f"latest_figure_id {_I}",
    "wordings": f"subject_key {_T}, wording {_T}, unit {_T}, delta {_I}",  # of subject_wordings
    # quotes and articles each speaker gains (staged) or loses (stale articles) in the swap
    "speaker_deltas": f"speaker_id {_I}, quotes {_I}, articles {_I}",
    # of speaker_role_counts and speaker_alias_counts
    "role_deltas": f"speaker_id {_I}, role {_T}, delta {_I}",
    "alias_deltas": f"speaker_id {_I}, alias {_T}, delta {_I}",
}
_STAGED_COLUMNS = {
    table: ", ".join(c.split()[0] for c in types.split(", "))
    for table, types in _STAGED_TYPES.items()
}
_STAGED = tuple(_STAGED_COLUMNS)
# Full-text rows of staged sentences and quotes go into the store's FTS tables batch by batch,
# ahead of the swap (tokenising them was most of a large swap's time). Their rowids are the
# negated new ids (migration 4), below every committed one: readers filter them out with
# Dialect.visible() until the swap commits the rows they index. Left over by a failed apply, they
# are removed by the next one (under the lease) before it stages its own.
_STAGED_FTS = (
    ("sentence_fts", "sentences", "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)"),
    ("quote_fts", "quotes", "INSERT INTO quote_fts (rowid, text, sentence) VALUES (?, ?, ?)"),
)
_RELEASE_LEASE = "DELETE FROM corpus_lease WHERE owner = ?"
LEASE_SECONDS = 600
"""A corpus apply renews its lease after every batch; a crashed one blocks others this long."""

_STAGE_TABLES = (
    *(
        f"CREATE TEMP TABLE IF NOT EXISTS stage_{table} ({columns})"
        for table, columns in _STAGED_COLUMNS.items()
    ),
    # the recount reads the staged figures subject by subject
    "CREATE INDEX IF NOT EXISTS temp.stage_figures_subject ON stage_figures (subject_key)",
)
_PG_STAGE_TABLES = (
    *(
        pg_text(f"CREATE TEMP TABLE IF NOT EXISTS stage_{table} ({types})")
        for table, types in _STAGED_TYPES.items()
    ),
    "CREATE INDEX IF NOT EXISTS stage_figures_subject ON stage_figures (subject_key)",
)


def _copy(table: str, staged: str, columns: str) -> str:
    return f"INSERT INTO {table} ({columns}) SELECT {columns} FROM temp.stage_{staged}"


_ARTICLE_SET = ("path", "title", "published", "outlet", "content_hash", "updated_at", "meta",
                "sentence_count", "quote_count", "figure_count", "url")  # fmt: skip
_SENTENCE_COLUMNS = _STAGED_COLUMNS["sentences"].removesuffix(", fts")
_QUOTE_COLUMNS = _STAGED_COLUMNS["quotes"].removesuffix(", fts_text, fts_sentence")
_SWAP_IN = (
    _copy("speakers", "speakers", _STAGED_COLUMNS["speakers"]),
    _copy("articles", "new_articles", _STAGED_COLUMNS["new_articles"]),
    "UPDATE articles SET "
    + ", ".join(f"{c} = u.{c}" for c in _ARTICLE_SET)
    + " FROM temp.stage_updated_articles u WHERE articles.id = u.id",
    "DELETE FROM title_fts WHERE rowid IN (SELECT id FROM temp.stage_updated_articles)",
    "INSERT INTO title_fts (rowid, title) SELECT id, title FROM temp.stage_titles",
    _copy("paragraphs", "paragraphs", _STAGED_COLUMNS["paragraphs"]),
    _copy("sentences", "sentences", _SENTENCE_COLUMNS),
    _copy("quotes", "quotes", _QUOTE_COLUMNS),
    _copy("speaker_roles", "roles", _STAGED_COLUMNS["roles"]),
    _copy("speaker_aliases", "aliases", _STAGED_COLUMNS["aliases"]),
    _copy("figures", "figures", _STAGED_COLUMNS["figures"]),
)
# PostgreSQL: the tsvector is a column of the row, computed in the swap from the folded text.
_PG_SWAP_IN = (
    _SWAP_IN[0],
    _SWAP_IN[1],
    _SWAP_IN[2],
    """UPDATE articles SET title_fts = to_tsvector('german', t.title)
       FROM temp.stage_titles t WHERE articles.id = t.id""",
    _SWAP_IN[5],
    f"""INSERT INTO sentences ({_SENTENCE_COLUMNS}, fts)
        SELECT {_SENTENCE_COLUMNS}, to_tsvector('german', fts) FROM temp.stage_sentences""",
    f"""INSERT INTO quotes ({_QUOTE_COLUMNS}, fts)
        SELECT {_QUOTE_COLUMNS}, to_tsvector('german', fts_text || ' ' || fts_sentence)
        FROM temp.stage_quotes""",
    *_SWAP_IN[8:],
)

# Speakers' counts move by what the swap deletes (quotes of the stale articles, read through
# quotes_article) and inserts (the staged quotes). An article's quotes all go or come together,
# so "articles with a quote of the speaker" is a sum over articles as well.
_STAGE_SPEAKER_DELTAS = """
INSERT INTO temp.stage_speaker_deltas (speaker_id, quotes, articles)
SELECT speaker_id, -count(*), -count(DISTINCT article_id) FROM quotes
WHERE article_id IN (SELECT id FROM temp.stage_stale) AND speaker_id IS NOT NULL
GROUP BY speaker_id
UNION ALL
SELECT speaker_id, count(*), count(DISTINCT article_id) FROM temp.stage_quotes
WHERE speaker_id IS NOT NULL
GROUP BY speaker_id"""
_SPEAKER_COUNTS = """
UPDATE speakers SET quote_count = quote_count + d.quotes, article_count = article_count + d.articles
FROM (SELECT speaker_id, sum(quotes) AS quotes, sum(articles) AS articles
      FROM temp.stage_speaker_deltas GROUP BY speaker_id) AS d
WHERE speakers.id = d.speaker_id"""
# Roles and aliases of speakers the same way (rows of the stale articles out, staged rows in);
# the swap adds the names a rename replaced. {0}: role or alias; {1}: roles or aliases.
_STAGE_SUMMARY_DELTAS = """
INSERT INTO temp.stage_{0}_deltas (speaker_id, {0}, delta)
SELECT speaker_id, {0}, -count(*) FROM speaker_{1}
WHERE article_id IN (SELECT id FROM temp.stage_stale)
GROUP BY speaker_id, {0}
UNION ALL
SELECT speaker_id, {0}, count(*) FROM temp.stage_{1}
GROUP BY speaker_id, {0}"""
_SUMMARY_COUNTS = (
    """INSERT INTO speaker_{0}_counts (speaker_id, {0}, n)
       SELECT speaker_id, {0}, CAST(sum(delta) AS INTEGER) FROM temp.stage_{0}_deltas
       GROUP BY speaker_id, {0}
       ON CONFLICT (speaker_id, {0}) DO UPDATE SET n = speaker_{0}_counts.n + excluded.n""",
    """DELETE FROM speaker_{0}_counts
       WHERE n <= 0 AND speaker_id IN (SELECT speaker_id FROM temp.stage_{0}_deltas)""",
)
_SUMMARY_LIMITS = {"role": 20, "alias": 50}
"""How many of a speaker's roles and aliases its row lists, most frequent first."""
_SUMMARY_SEPARATOR = "\x1f"  # char(31), as the speaker rows have always been read

# Rows of the stale articles (deleted by the swap); removed articles leave the articles total.
_STALE_TOTALS = """
SELECT (SELECT count(*) FROM sentences WHERE article_id IN (SELECT id FROM temp.stage_stale)),
       (SELECT count(*) FROM quotes WHERE article_id IN (SELECT id FROM temp.stage_stale)),
       (SELECT count(*) FROM figures WHERE article_id IN (SELECT id FROM temp.stage_stale))"""

_SWAP_SUBJECTS = (
    """DELETE FROM subjects WHERE subject_key IN (SELECT subject_key FROM temp.stage_subjects)""",
    """INSERT INTO subjects (subject_key, subject, unit, figure_count, latest_figure_id)
       SELECT subject_key, subject, unit, figure_count, latest_figure_id
       FROM temp.stage_subjects WHERE figure_count > 0""",
    """INSERT INTO subject_wordings (subject_key, wording, unit, figure_count)
       SELECT subject_key, wording, unit, CAST(sum(delta) AS INTEGER) FROM temp.stage_wordings
       GROUP BY subject_key, wording, unit
       ON CONFLICT (subject_key, wording, unit)
       DO UPDATE SET figure_count = subject_wordings.figure_count + excluded.figure_count""",
    """DELETE FROM subject_wordings WHERE figure_count <= 0""",
)

# The recount of a subject is incremental: it reads the subject's wording counts
# (subject_wordings), the stale articles' and the staged figures of it, and its newest figure
# through the figures_subject_newest index, never every figure of the subject (recounting those
# made an apply of 1,000 articles take 2.8 s into a 100k-article store against 0.7 s into an
# empty one). `wording` is what /figures calls the subject (the figure's subject, else its
# unit); '' stands for "none" so that the key columns can be compared.
_WORDING = "coalesce(subject, unit, ''), coalesce(unit, '')"
_STAGE_WORDINGS = f"""
INSERT INTO temp.stage_wordings (subject_key, wording, unit, delta)
SELECT subject_key, {_WORDING}, -count(*) FROM figures
WHERE subject_key = ?1 AND article_id IN (SELECT id FROM temp.stage_stale)
GROUP BY subject_key, {_WORDING}
UNION ALL
SELECT subject_key, {_WORDING}, count(*) FROM temp.stage_figures
WHERE subject_key = ?1
GROUP BY subject_key, {_WORDING}"""
_WORDINGS_AFTER_SWAP = """
SELECT wording, unit, CAST(sum(n) AS INTEGER) FROM (
    SELECT wording, unit, figure_count AS n FROM subject_wordings WHERE subject_key = ?1
    UNION ALL
    SELECT wording, unit, delta FROM temp.stage_wordings WHERE subject_key = ?1) AS w
GROUP BY wording, unit HAVING sum(n) > 0"""
# The newest figure of a subject, dated ones first (?2 false), as /figures orders them: among the
# committed figures of articles that stay, and among the staged ones.
_NEWEST = "ORDER BY sort_date DESC, first_seen DESC, id DESC LIMIT 1"
# ?3 false: a precise total only; a vague word ("Dutzende") or an increment ("weitere 11")
# leads only a subject that has no other (handlers.figures: a vague amount is never the
# current value beside a count, and an increment is listed beside the day's total).
_NEWEST_COMMITTED = f"""
SELECT sort_date, first_seen, id FROM figures
WHERE subject_key = ?1 AND (sort_date IS NULL) = ?2 AND (?3 OR (qualifier <> 'vague' AND is_addition = 0))
  AND article_id NOT IN (SELECT id FROM temp.stage_stale)
{_NEWEST}"""
_NEWEST_STAGED = f"""
SELECT sort_date, first_seen, id FROM temp.stage_figures
WHERE subject_key = ?1 AND (sort_date IS NULL) = ?2 AND (?3 OR (qualifier <> 'vague' AND is_addition = 0))
{_NEWEST}"""


@dataclass(frozen=True, slots=True)
class _SubjectAfter:
    """One subject as it will be after the swap (a subjects row)."""

    display: str | None
    unit: str | None
    count: int
    latest: int | None

    @classmethod
    def of(cls, wordings: Sequence[tuple[str, str, int]], latest: int | None) -> _SubjectAfter:
        """From the (wording, unit, count) rows: the most frequent wording and unit (ties: the
        first in text order), as the full recount's GROUP BY ... ORDER BY count DESC did."""
        by_wording: dict[str, int] = {}
        by_unit: dict[str, int] = {}
        for wording, unit, n in wordings:
            by_wording[wording] = by_wording.get(wording, 0) + n
            if unit:
                by_unit[unit] = by_unit.get(unit, 0) + n
        top = min(by_wording.items(), key=lambda kv: (-kv[1], kv[0]), default=("", 0))
        units = sorted(by_unit.items(), key=lambda kv: (-kv[1], kv[0]))
        top_unit = units[0][0] if units else None
        total = sum(by_wording.values())
        row = {"display": top[0] or None, "n": top[1], "unit": top_unit}
        return cls(_display(row, total), top_unit, total, latest)


class ApplySession:
    """A corpus apply in progress (CorpusRepo.session): stage batches, then commit."""

    def __init__(
        self, repo: CorpusRepo, w: Connection, plan: _Plan, now: datetime, owner: str
    ) -> None:
        self._repo = repo
        self._w = w
        self._plan = plan
        self._now = now
        self._owner = owner
        self.committed = False
        self.change: CorpusChange | None = None

    async def stage(self, upserts: Sequence[ArticleExtraction]) -> None:
        """Stage one batch of extractions (a file at most once per apply)."""
        if self.committed:
            raise RuntimeError("this corpus apply is already committed")
        await self._repo._stage_batch(self._w, self._plan, upserts, self._now, self._owner)

    async def remove(self, files: Sequence[str]) -> None:
        """Remove these stored articles too, found while staging (a reload learns which feed
        articles the folder now holds only once the folder is extracted). A file staged in
        this apply, or not stored, is not removed."""
        if self.committed:
            raise RuntimeError("this corpus apply is already committed")
        plan = self._plan
        new = [f for f in dict.fromkeys(files) if f not in plan.staged and f not in plan.removed]
        plan.existing.update(
            await self._repo._existing(self._w, [f for f in new if f not in plan.existing])
        )
        plan.removed.extend(f for f in new if f in plan.existing)

    async def commit(
        self, unchanged_files: Sequence[str] = (), skipped: Sequence[SkippedFile] = ()
    ) -> CorpusChange:
        """Swap everything staged in, in one short write transaction."""
        if self.committed:
            raise RuntimeError("this corpus apply is already committed")
        plan = self._plan
        plan.unchanged.extend(unchanged_files)
        await self._repo._collect_affected(self._w, plan.stale_ids, plan.work)
        await self._repo._stage_subjects(self._w, plan)
        await self._repo._stage_deltas(self._w, plan)
        change = await self._repo._swap(self._w, plan, skipped, self._now, self._owner)
        self.committed = True
        self.change = change
        return change


class CorpusRepo:
    def __init__(self, db: Database, reloads: ReloadRepo) -> None:
        self._db = db
        self._reloads = reloads
        # Told about every committed change (watches post news); a failing listener is logged
        # and never fails the apply.
        self.listeners: list[Callable[[CorpusChange], Awaitable[None]]] = []

    async def hashes(self) -> dict[str, str]:
        """file name -> content hash of every stored article (ingest skips unchanged files)."""
        cur = await self._db.conn.execute("SELECT file, content_hash FROM articles")
        return {row[0]: row[1] for row in await cur.fetchall()}

    async def mark_all_stale(self) -> None:
        """Make the next apply re-create every stored article (`ingest --rebuild` on
        PostgreSQL): their content hashes no longer match any file."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE articles SET content_hash = 'rebuild:' || content_hash "
                "WHERE content_hash NOT LIKE 'rebuild:%'"
            )

    async def stamp(self) -> tuple[int, datetime | None]:
        """(corpus version, when it was applied): what a reply's "Stand:" line names. A snapshot
        read both as its first statement, so inside one this costs no round trip (a digest
        needs nothing else of status(), which also reads the reload log and subscriptions)."""
        if self._db.version is not None:
            return self._db.version, self._db.updated_at
        cur = await self._db.conn.execute(
            "SELECT version, updated_at FROM corpus_state WHERE id = 1"
        )
        row = await cur.fetchone()
        assert row is not None  # created by the first migration
        return int(row[0]), dt_from_db_opt(row[1])

    async def status(self) -> CorpusStatus:
        cur = await self._db.conn.execute(
            """SELECT version, updated_at, articles, sentences, quotes, figures, speakers,
                      (SELECT count(*) FROM subscriptions WHERE enabled = 1) AS subscriptions
               FROM corpus_state WHERE id = 1"""
        )
        row = await cur.fetchone()
        assert row is not None  # created by the first migration
        return CorpusStatus(
            version=row["version"],
            updated_at=dt_from_db_opt(row["updated_at"]),
            articles=row["articles"],
            sentences=row["sentences"],
            quotes=row["quotes"],
            figures=row["figures"],
            speakers=row["speakers"],
            subscriptions=row["subscriptions"],
            last_reload=await self._reloads.last(),
        )

    async def apply(
        self,
        upserts: Sequence[ArticleExtraction],
        removed_files: Sequence[str],
        unchanged_files: Sequence[str],
        skipped: Sequence[SkippedFile],
        now: datetime | None = None,
        *,
        on_batch: BatchHook | None = None,
    ) -> CorpusChange:
        """Apply one ingest/reload atomically (readers keep the old corpus until the swap
        commits): insert new articles, replace changed ones (by file name), delete removed
        ones, merge speakers corpus-wide (canonical names, aliases, roles), refresh FTS, bump
        the version if anything changed. A failure changes nothing.

        The rows are staged first in batches of STAGE_BATCH articles without holding the
        store's write lock (`on_batch` runs after each); only the final swap writes the store.
        `session()` does the same for extractions that arrive batch by batch.

        An upsert whose content hash equals the stored one counts as unchanged and is not
        rewritten, so applying the same extraction twice changes nothing. A changed article
        keeps its id and first_seen (links and digests stay valid).
        """
        by_file: dict[str, ArticleExtraction] = {}
        for ex in upserts:
            by_file[ex.article.file] = ex  # a file given twice: the last extraction wins
        items = list(by_file.values())
        async with self.session(removed_files, now) as session:
            for start in range(0, len(items), STAGE_BATCH):
                await session.stage(items[start : start + STAGE_BATCH])
                if on_batch is not None:
                    await on_batch(min(start + STAGE_BATCH, len(items)), len(items))
            return await session.commit(unchanged_files, skipped)

    @asynccontextmanager
    async def session(
        self, removed_files: Sequence[str] = (), now: datetime | None = None
    ) -> AsyncIterator[ApplySession]:
        """One corpus apply whose extractions arrive in batches (`stage`), swapped in by
        `commit`: an ingest can extract, stage and forget batch by batch, so its memory does
        not grow with the corpus. Leaving the block without commit changes nothing. Holds the
        apply lock and the cross-process corpus lease until the block ends."""
        now = now or utc_now()
        await _load_subject_lemmas()
        self._db.check_file()
        async with self._db.apply_lock:
            w = self._db.writer
            owner = uuid.uuid4().hex
            await self._lease(w, owner)
            session: ApplySession | None = None
            try:
                with _one_connection(w):
                    await self._drop_staged_fts(w)
                    await self._clear_stage(w)
                    plan = await self._plan(w, removed_files)
                    session = ApplySession(self, w, plan, now, owner)
                    try:
                        yield session
                    finally:
                        if not session.committed:
                            await self._drop_staged_fts(w)
            finally:
                await self._clear_stage(w)
                if session is None or not session.committed:  # a swap releases it itself
                    await self._write_now(w, _RELEASE_LEASE, [(owner,)])
        if session is not None and session.change is not None:
            await self._notify(session.change)

    async def _notify(self, change: CorpusChange) -> None:
        """Tell the listeners (watches) about a committed change, outside the apply lock; a
        failing listener is logged and never fails the apply."""
        for listener in list(self.listeners):
            try:
                await listener(change)
            except Exception:
                log.exception("corpus change listener failed")

    @staticmethod
    async def _write_now(w: Connection, sql: str, rows: Sequence[tuple[object, ...]]) -> int:
        """One short write transaction on the store (the only kind staging takes)."""
        if w.in_transaction:
            await w.execute("ROLLBACK")
        await w.execute("BEGIN IMMEDIATE")
        try:
            if len(rows) == 1:
                cur = await w.execute(sql, rows[0])
            else:
                cur = await w.executemany(sql, rows)
        except BaseException:
            await w.execute("ROLLBACK")
            raise
        await w.execute("COMMIT")
        return cur.rowcount

    async def _lease(self, w: Connection, owner: str) -> None:
        """Take or renew the corpus lease, or refuse: another process is applying a corpus."""
        now = utc_now()
        taken = await self._write_now(
            w,
            """INSERT INTO corpus_lease (id, owner, expires) VALUES (1, ?1, ?2)
               ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, expires = excluded.expires
               WHERE corpus_lease.owner = excluded.owner OR corpus_lease.expires < ?3""",
            [(owner, dt_to_db(now + timedelta(seconds=LEASE_SECONDS)), dt_to_db(now))],
        )
        if taken != 1:
            raise CorpusBusy(
                "another process is reloading the corpus into this store; "
                "nothing was changed, run it again when it has finished"
            )

    async def _drop_staged_fts(self, w: Connection) -> None:
        """Remove full-text rows staged by an apply that never swapped (see _STAGED_FTS)."""
        if self._db.dialect.fts_in_rows:
            return  # written with their rows, in the swap: nothing is staged in the store
        for fts, table, _ in _STAGED_FTS:
            await self._write_now(
                w,
                f"DELETE FROM {fts} WHERE rowid < (SELECT -coalesce(max(id), 0) FROM {table})",
                [()],
            )

    async def _plan(self, w: Connection, removed_files: Sequence[str]) -> _Plan:
        """The starting point, read from one snapshot of the store (no write lock)."""
        await w.execute("BEGIN")
        try:
            existing = await self._existing(w, list(dict.fromkeys(removed_files)))
            return _Plan(
                existing=existing,
                base=await self._base(w),
                index=await self._speaker_index(w),
                ids=await self._next_ids(w),
                removed=[f for f in dict.fromkeys(removed_files) if f in existing],
            )
        finally:
            await w.execute("COMMIT")

    @staticmethod
    async def _existing(w: Connection, files: Sequence[str]) -> dict[str, tuple[int, str, str]]:
        existing: dict[str, tuple[int, str, str]] = {}
        for chunk in _chunks(sorted(files)):
            cur = await w.execute(
                f"SELECT id, file, content_hash, first_seen FROM articles WHERE file IN ({_marks(len(chunk))})",
                tuple(chunk),
            )
            for row in await cur.fetchall():
                existing[row["file"]] = (row["id"], row["content_hash"], row["first_seen"])
        return existing

    @staticmethod
    async def _base(w: Connection) -> tuple[int, int, int]:
        """Corpus version and id high-water marks: another process's swap changes them."""
        cur = await w.execute(
            """SELECT (SELECT version FROM corpus_state WHERE id = 1),
                      (SELECT coalesce(max(id), 0) FROM articles),
                      (SELECT coalesce(max(id), 0) FROM speakers)"""
        )
        row = await cur.fetchone()
        assert row is not None
        return (row[0], row[1], row[2])

    async def _stage_batch(
        self,
        w: Connection,
        plan: _Plan,
        upserts: Sequence[ArticleExtraction],
        now: datetime,
        owner: str,
    ) -> None:
        """Classify one batch (added, changed, unchanged), build the rows of the new and
        changed articles into the temp tables (the connection's own temporary database: no
        store lock), and their full-text rows into the store, hidden until the swap, in one
        short transaction."""
        batch: dict[str, ArticleExtraction] = {}
        for ex in upserts:
            if ex.article.file in plan.staged:
                raise ValueError(f"{ex.article.file} was staged twice in one corpus apply")
            batch[ex.article.file] = ex
        unknown = [f for f in batch if f not in plan.existing]
        plan.existing.update(await self._existing(w, unknown))
        out = _Rows()
        to_stage: list[ArticleExtraction] = []
        for file, ex in batch.items():
            plan.staged.add(file)
            if file in plan.removed:
                plan.removed.remove(file)  # given as removed and as extracted: it stays
            if file not in plan.existing:
                plan.added.append(file)
            elif plan.existing[file][1] == ex.article.content_hash:
                plan.unchanged.append(file)
                continue
            else:
                plan.changed.append(file)
            to_stage.append(ex)
        changed_ids = [plan.existing[ex.article.file][0] for ex in to_stage
                       if ex.article.file in plan.existing]  # fmt: skip
        plan.old_texts.update(await self._texts(w, changed_ids))
        for ex in to_stage:
            self._stage_article(plan, ex, now, out)
        if not self._db.dialect.fts_in_rows:  # SQLite indexes stems (bot.store.folding)
            await asyncio.to_thread(_stem_fts_columns, out)
        for total, rows in (("articles", out.new_articles), ("sentences", out.sentences),
                            ("quotes", out.quotes), ("figures", out.figures),
                            ("speakers", out.speakers)):  # fmt: skip
            plan.deltas[total] += len(rows)
        await w.execute("BEGIN")
        try:
            await self._write(w, out)
        except BaseException:
            await w.execute("ROLLBACK")
            raise
        await w.execute("COMMIT")
        await self._lease(w, owner)
        if self._db.dialect.fts_in_rows:
            return
        # Ascending rowids (the negated ids, newest first): FTS5 flushes its pending terms to a
        # new segment whenever a rowid is lower than the previous one, so rows inserted in id
        # order each became a segment of their own, merged again and again (most of a 1,000
        # article apply into a 100k-article store).
        fts_rows: list[list[tuple[object, ...]]] = [
            [(-cast(int, row[0]), row[-1]) for row in reversed(out.sentences)],
            [(-cast(int, row[0]), row[-2], row[-1]) for row in reversed(out.quotes)],
        ]
        for (_, _, sql), rows in zip(_STAGED_FTS, fts_rows, strict=True):
            if rows:
                await self._write_now(w, sql, rows)

    def _stage_article(self, plan: _Plan, ex: ArticleExtraction, now: datetime, out: _Rows) -> None:
        file = ex.article.file
        values = self._article_values(ex, now)
        if file in plan.existing:
            article_id, _, first_seen = plan.existing[file]
            out.updated_articles.append((*values, article_id))
        else:
            article_id, first_seen = plan.ids.article, dt_to_db(now)
            plan.ids.article += 1
            out.new_articles.append((article_id, *values, file, first_seen))
        out.titles.append((article_id, fold_text(ex.article.title)))
        self._article_content(
            article_id,
            first_seen,
            ex,
            plan.index,
            plan.ids,
            plan.work,
            out,
            # popped: a file is staged once per apply, and kept texts grew with the corpus
            plan.old_texts.pop(article_id, None),
        )

    async def _swap(
        self,
        w: Connection,
        plan: _Plan,
        skipped: Sequence[SkippedFile],
        now: datetime,
        owner: str,
    ) -> CorpusChange:
        """The one write transaction: old rows out, staged rows in, derived tables refreshed,
        and the corpus lease released with them. Released in a write transaction of its own
        after the swap, the lease was the writer's first COMMIT with the automatic checkpoint
        back on: it wrote the whole swap back into the file itself whenever it came before the
        background write-back (Database.checkpoint_soon), 0.3-0.5 s of an apply at 100k
        articles against nothing into an empty store."""
        await w.execute("BEGIN IMMEDIATE")
        try:
            if await self._base(w) != plan.base:
                raise StoreError(
                    "the corpus was changed by another process while this reload was being "
                    "prepared; nothing was changed, run it again"
                )
            change = await self._swap_rows(w, plan, skipped, now)
            await w.execute(_RELEASE_LEASE, (owner,))
        except BaseException:
            if w.in_transaction:
                await w.execute("ROLLBACK")
            raise
        await self._commit_swap(w)
        return change

    async def _commit_swap(self, w: Connection) -> None:
        """COMMIT the swap; on SQLite without the automatic checkpoint inside it: the WAL is
        written back beside the apply (Database.checkpoint_soon)."""
        if isinstance(w, PgConnection):
            await w.execute("COMMIT")
            return
        await w.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            await w.execute("COMMIT")
        finally:
            await w.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        self._db.checkpoint_soon()

    async def _swap_rows(
        self, w: Connection, plan: _Plan, skipped: Sequence[SkippedFile], now: datetime
    ) -> CorpusChange:
        work = plan.work
        d = self._db.dialect
        if isinstance(
            w, PgConnection
        ):  # bot.store.fts_blocks, fts_lexemes, fts_newest, gin_pending
            await fts_blocks.note_stale(w)
            await fts_lexemes.note_removed(w)
            await fts_newest.note_removed(w)
        await self._delete_children(w, d, plan.stale_ids)
        for chunk in _chunks([plan.existing[f][0] for f in plan.removed]):
            marks = _marks(len(chunk))
            if not d.fts_in_rows:
                await w.execute(f"DELETE FROM title_fts WHERE rowid IN ({marks})", tuple(chunk))
            await w.execute(f"DELETE FROM articles WHERE id IN ({marks})", tuple(chunk))
        for statement in _PG_SWAP_IN if d.fts_in_rows else _SWAP_IN:
            await w.execute(statement)
        if isinstance(w, PgConnection):
            await fts_blocks.refresh(w)
            await fts_lexemes.note_added(w)
            await fts_newest.note_added(w)
            await gin_pending.merge(w)  # every GIN lookup would read the new rows' list
        await self._rename_speakers(w, plan.index, work)
        plan.deltas["speakers"] -= await self._refresh_speakers(w, work.affected_speakers)
        for statement in _SWAP_SUBJECTS:
            await w.execute(statement)
        changed_anything = bool(plan.added or plan.changed or plan.removed)
        totals = await self._refresh_totals(w, plan.deltas, bump=changed_anything, now=now)
        return CorpusChange(
            version=totals.pop("version"),
            added=tuple(sorted(plan.added)),
            changed=tuple(sorted(plan.changed)),
            removed=tuple(sorted(plan.removed)),
            unchanged=tuple(sorted(dict.fromkeys(plan.unchanged))),
            skipped=tuple(skipped),
            new_quotes=work.new_quotes,
            new_figures=work.new_figures,
            totals=totals,
        )

    async def _clear_stage(self, w: Connection) -> None:
        if w.in_transaction:
            await w.execute("ROLLBACK")
        for statement in _PG_STAGE_TABLES if self._db.dialect.fts_in_rows else _STAGE_TABLES:
            await w.execute(statement)
        for table in _STAGED:
            await w.execute(f"DELETE FROM temp.stage_{table}")

    # -- removal -------------------------------------------------------------------------

    @staticmethod
    async def _texts(
        w: Connection, article_ids: Sequence[int]
    ) -> dict[int, tuple[set[str], set[str]]]:
        """The quote and figure texts of changed articles (what counts as new in them), one
        query per chunk of articles: a query per article was most of staging a replacement."""
        texts: dict[int, tuple[set[str], set[str]]] = {i: (set(), set()) for i in article_ids}
        for chunk in _chunks(article_ids):
            marks = _marks(len(chunk))
            for pos, table in enumerate(("quotes", "figures")):
                cur = await w.execute(
                    f"SELECT article_id, text FROM {table} WHERE article_id IN ({marks})",
                    tuple(chunk),
                )
                for row in await cur.fetchall():
                    texts[row[0]][pos].add(row[1])
        return texts

    @staticmethod
    async def _collect_affected(w: Connection, article_ids: Sequence[int], work: _Work) -> None:
        for chunk in _chunks(article_ids):
            marks = _marks(len(chunk))
            cur = await w.execute(
                f"SELECT DISTINCT speaker_id FROM quotes WHERE article_id IN ({marks}) AND speaker_id IS NOT NULL",
                tuple(chunk),
            )
            work.affected_speakers.update(r[0] for r in await cur.fetchall())
            cur = await w.execute(
                f"SELECT DISTINCT subject_key FROM figures WHERE article_id IN ({marks}) AND subject_key IS NOT NULL",
                tuple(chunk),
            )
            work.affected_subjects.update(r[0] for r in await cur.fetchall())

    @staticmethod
    async def _delete_children(w: Connection, d: Dialect, article_ids: Sequence[int]) -> None:
        for chunk in _chunks(article_ids):
            marks = _marks(len(chunk))
            args = tuple(chunk)
            if not d.fts_in_rows:
                await w.execute(
                    f"DELETE FROM sentence_fts WHERE rowid IN (SELECT -id FROM sentences WHERE article_id IN ({marks}))",
                    args,
                )
                await w.execute(
                    f"DELETE FROM quote_fts WHERE rowid IN (SELECT -id FROM quotes WHERE article_id IN ({marks}))",
                    args,
                )
            for table in (
                "quotes",
                "figures",
                "sentences",
                "paragraphs",
                "speaker_roles",
                "speaker_aliases",
            ):
                await w.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", args)

    # -- insertion -----------------------------------------------------------------------

    @staticmethod
    async def _speaker_index(w: Connection) -> SpeakerIndex:
        cur = await w.execute("SELECT id, name, kind, quote_count FROM speakers")
        return SpeakerIndex([KnownSpeaker(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()])

    @staticmethod
    async def _next_ids(w: Connection) -> _Ids:
        cur = await w.execute(
            """SELECT (SELECT coalesce(max(id), 0) + 1 FROM articles),
                      (SELECT coalesce(max(id), 0) + 1 FROM sentences),
                      (SELECT coalesce(max(id), 0) + 1 FROM quotes),
                      (SELECT coalesce(max(id), 0) + 1 FROM figures),
                      (SELECT coalesce(max(id), 0) + 1 FROM speakers)"""
        )
        row = await cur.fetchone()
        assert row is not None
        return _Ids(row[0], row[1], row[2], row[3], row[4])

    @staticmethod
    def _article_values(ex: ArticleExtraction, now: datetime) -> tuple[object, ...]:
        a = ex.article
        return (
            a.path,
            a.title,
            date_to_db(a.published),
            a.outlet,
            a.content_hash,
            dt_to_db(now),
            json.dumps([list(pair) for pair in a.meta], ensure_ascii=False),
            len(ex.sentences),
            len(ex.quotes),
            len(ex.figures),
            article_url(a.meta),
        )

    @staticmethod
    async def _write(w: Connection, out: _Rows) -> None:
        """One batch into the temp tables (one executemany per table: a round trip to the
        SQLite thread per row would dominate a large ingest; COPY on PostgreSQL)."""
        for table, rows in (
            ("speakers", out.speakers),
            ("new_articles", out.new_articles),
            ("updated_articles", out.updated_articles),
            ("titles", out.titles),
            ("paragraphs", out.paragraphs),
            ("sentences", out.sentences),
            ("quotes", out.quotes),
            ("roles", out.roles),
            ("aliases", out.aliases),
            ("figures", out.figures),
        ):
            if not rows:
                continue
            if isinstance(w, PgConnection):
                columns = _STAGED_COLUMNS[table].split(", ")
                await w.copy_rows(f"stage_{table}", columns, cast(list[tuple[Any, ...]], rows))
                continue
            marks = _marks(len(rows[0]))
            await w.executemany(f"INSERT INTO temp.stage_{table} VALUES ({marks})", rows)

    def _article_content(
        self,
        article_id: int,
        first_seen: str,
        ex: ArticleExtraction,
        index: SpeakerIndex,
        ids: _Ids,
        work: _Work,
        out: _Rows,
        old_texts: tuple[set[str], set[str]] | None,
    ) -> None:
        """Rows of one article's content into `out` (new speakers too)."""
        art = ex.article
        published = date_to_db(art.published)
        spans = art.paragraph_spans()
        out.paragraphs.extend(
            (article_id, i, p.section, p.heading, spans[i][0], spans[i][1])
            for i, p in enumerate(art.paragraphs)
        )

        sentence_ids: dict[int, int] = {}
        for s in ex.sentences:
            sentence_ids[s.index] = ids.sentence
            out.sentences.append(
                (ids.sentence, article_id, s.index, s.paragraph_index, s.section, s.text,
                 s.start_char, s.end_char, fold_text(s.text))
            )  # fmt: skip
            ids.sentence += 1

        infos = {info.name: info for info in ex.speakers}
        local: dict[str, KnownSpeaker] = {}
        for q in ex.quotes:
            if q.speaker and q.speaker not in local:
                local[q.speaker] = self._resolve(
                    q.speaker, infos.get(q.speaker), index, ids, out, work
                )

        roles: set[tuple[int, str]] = set()
        aliases: set[tuple[int, str]] = set()
        old_quotes, old_figures = old_texts or (set(), set())
        for q in ex.quotes:
            sp = local.get(q.speaker) if q.speaker else None
            if sp is not None:
                sp.quote_count += 1
                work.affected_speakers.add(sp.id)
                if q.speaker_role:
                    roles.add((sp.id, q.speaker_role))
                if q.speaker and q.speaker != sp.name and sp.kind != ANONYMOUS:
                    aliases.add((sp.id, q.speaker))
            if q.text not in old_quotes:
                work.new_quotes += 1
            out.quotes.append(
                (ids.quote, article_id, sentence_ids.get(q.sentence_index),
                 sp.id if sp else None, q.speaker, q.speaker_role, q.speaker_mention, q.kind,
                 q.text, q.cue, q.sentence, q.sentence_index, q.start_char, q.end_char,
                 published, first_seen, q.act, q.target, fold_text(q.text),
                 fold_text(q.sentence))
            )  # fmt: skip
            ids.quote += 1
        for name, sp in local.items():
            info = infos.get(name)
            if info is None:
                continue
            roles.update((sp.id, r) for r in info.roles)
            if sp.kind != ANONYMOUS:
                aliases.update((sp.id, a) for a in info.aliases if a != sp.name)
        out.roles.extend((sid, article_id, role) for sid, role in sorted(roles))
        out.aliases.extend((sid, article_id, alias) for sid, alias in sorted(aliases))

        for f in ex.figures:
            source = f.source
            source_id: int | None = None
            if source and not is_anonymous(source):
                match = local.get(source) or index.match(source)
                if match is not None:
                    source, source_id = match.name, match.id
            key = subject_key_for(f.subject, f.unit)
            if key:
                work.affected_subjects.add(key)
            if f.text not in old_figures:
                work.new_figures += 1
            refers_to = date_to_db(f.refers_to)
            out.figures.append(
                (ids.figure, article_id, sentence_ids.get(f.sentence_index), f.value,
                 f.value_max, f.qualifier, f.unit, f.subject, key, f.text, source, source_id,
                 f.sentence, f.sentence_index, f.start_char, f.end_char, refers_to,
                 refers_to or published, int(f.is_addition),
                 *stored_bounds(f.qualifier, f.value, f.value_max), first_seen)
            )  # fmt: skip
            ids.figure += 1

    def _resolve(
        self,
        name: str,
        info: SpeakerInfo | None,
        index: SpeakerIndex,
        ids: _Ids,
        out: _Rows,
        work: _Work,
    ) -> KnownSpeaker:
        """The corpus-wide speaker for an article's canonical speaker name (created if new)."""
        kind = info.kind if info is not None else "person"
        if kind != ANONYMOUS and name in work.resolved:
            return work.resolved[name]
        if is_anonymous(name, kind):
            if index.anonymous is None:
                index.anonymous = self._create(ANONYMOUS, ANONYMOUS, index, ids, out)
            return index.anonymous
        found = index.match(name)
        if found is None:
            found = self._create(name, kind, index, ids, out)
        elif better_name(found.name, name):
            work.renamed.setdefault(found.id, found.name)
            index.rename(found, name)
        work.resolved[name] = found
        return found

    @staticmethod
    def _create(name: str, kind: str, index: SpeakerIndex, ids: _Ids, out: _Rows) -> KnownSpeaker:
        sp = KnownSpeaker(ids.speaker, name, kind, 0)
        ids.speaker += 1
        out.speakers.append((sp.id, name, kind, fold_name(name) or name.lower()))
        index.add(sp)
        return sp

    # -- derived tables ------------------------------------------------------------------

    @staticmethod
    async def _rename_speakers(w: Connection, index: SpeakerIndex, work: _Work) -> None:
        """Write upgraded canonical names; the replaced name stays findable as an alias."""
        for speaker_id, old_name in work.renamed.items():
            sp = index.by_id(speaker_id)
            if sp is None or sp.name == old_name:
                continue
            work.affected_speakers.add(speaker_id)
            await w.execute(
                "UPDATE speakers SET name = ?, fold_key = ? WHERE id = ?",
                (sp.name, fold_name(sp.name) or sp.name.lower(), speaker_id),
            )
            await w.execute(
                "INSERT INTO speaker_aliases (speaker_id, article_id, alias) VALUES (?, NULL, ?)",
                (speaker_id, old_name),
            )
            await w.execute(
                "INSERT INTO temp.stage_alias_deltas (speaker_id, alias, delta) VALUES (?, ?, 1)",
                (speaker_id, old_name),
            )

    @staticmethod
    async def _refresh_speakers(w: Connection, speaker_ids: set[int]) -> int:
        """Counts, roles and aliases by delta (staged by _stage_deltas), the newest quote
        through the quotes_speaker_newest index; speakers left without quotes are deleted
        (their number is returned). Counting and grouping every quote, role and alias of a
        much-quoted speaker made this grow with the store."""
        await w.execute(_SPEAKER_COUNTS)
        for kind in _SUMMARY_LIMITS:
            for statement in _SUMMARY_COUNTS:
                await w.execute(statement.format(kind))
        deleted = 0
        for chunk in _chunks(sorted(speaker_ids)):
            marks = _marks(len(chunk))
            ids = cast(Sequence[int], chunk)
            summaries = await CorpusRepo._summaries(w, ids)
            await w.executemany(
                """UPDATE speakers SET
                       latest = (SELECT published FROM quotes WHERE speaker_id = speakers.id
                                 ORDER BY (published IS NULL), published DESC LIMIT 1),
                       roles = CAST(? AS TEXT), aliases = CAST(? AS TEXT)
                   WHERE id = ?""",
                [(*summaries[i], i) for i in ids],
            )
            cur = await w.execute(
                f"DELETE FROM speakers WHERE id IN ({marks}) AND quote_count = 0", tuple(chunk)
            )
            deleted += max(cur.rowcount, 0)
        return deleted

    @staticmethod
    async def _summaries(
        w: Connection, speaker_ids: Sequence[int]
    ) -> dict[int, tuple[str | None, str | None]]:
        """speaker id -> (roles, aliases) columns: the most frequent first (ties by text), at
        most _SUMMARY_LIMITS of each, joined by char(31); an alias equal to the speaker's
        name is no alias."""
        marks = _marks(len(speaker_ids))
        counted: dict[str, dict[int, list[tuple[int, str]]]] = {"role": {}, "alias": {}}
        cur = await w.execute(
            f"SELECT speaker_id, role, n FROM speaker_role_counts WHERE speaker_id IN ({marks})",
            tuple(speaker_ids),
        )
        for r in await cur.fetchall():
            counted["role"].setdefault(r[0], []).append((-r[2], r[1]))
        cur = await w.execute(
            f"""SELECT c.speaker_id, c.alias, c.n FROM speaker_alias_counts c
                JOIN speakers s ON s.id = c.speaker_id
                WHERE c.speaker_id IN ({marks}) AND c.alias <> s.name""",
            tuple(speaker_ids),
        )
        for r in await cur.fetchall():
            counted["alias"].setdefault(r[0], []).append((-r[2], r[1]))

        def joined(kind: str, speaker_id: int) -> str | None:
            top = sorted(counted[kind].get(speaker_id, []))[: _SUMMARY_LIMITS[kind]]
            return _SUMMARY_SEPARATOR.join(text for _, text in top) or None

        return {i: (joined("role", i), joined("alias", i)) for i in speaker_ids}

    @staticmethod
    async def _stage_deltas(w: Connection, plan: _Plan) -> None:
        """What the swap's deletions take away from the totals and the speakers' counts, read
        through the article indexes of the stale articles only (before the write lock; after
        _stage_subjects, which stages the stale articles' ids)."""
        await w.execute("BEGIN")
        try:
            await w.execute(_STAGE_SPEAKER_DELTAS)
            for kind, table in (("role", "roles"), ("alias", "aliases")):
                await w.execute(_STAGE_SUMMARY_DELTAS.format(kind, table))
            cur = await w.execute(_STALE_TOTALS)
            row = await cur.fetchone()
            assert row is not None
            for total, n in zip(("sentences", "quotes", "figures"), row, strict=True):
                plan.deltas[total] -= int(n or 0)
            plan.deltas["articles"] -= len(plan.removed)
        except BaseException:
            await w.execute("ROLLBACK")
            raise
        await w.execute("COMMIT")

    @staticmethod
    async def _stage_subjects(w: Connection, plan: _Plan) -> None:
        """The subjects rows of every touched subject as they will be after the swap, computed
        from the committed figures minus the stale articles' plus the staged ones. Read-only
        on the store (the lease keeps it unchanged until the swap), so this recount no longer
        holds the write lock (it was a third of a large swap)."""
        await w.execute("BEGIN")
        try:
            await w.executemany(
                "INSERT INTO temp.stage_stale (id) VALUES (?)", [(i,) for i in plan.stale_ids]
            )
            for key in sorted(plan.work.affected_subjects):
                after = await CorpusRepo._subject_after(w, key)
                await w.execute(
                    "INSERT INTO temp.stage_subjects VALUES (?, ?, ?, ?, ?)",
                    (key, after.display or key, after.unit, after.count, after.latest or 0),
                )
        except BaseException:
            await w.execute("ROLLBACK")
            raise
        await w.execute("COMMIT")

    @staticmethod
    async def _subject_after(w: Connection, key: str) -> _SubjectAfter:
        """One subject after the swap, from its wording counts and the staged changes."""
        await w.execute(_STAGE_WORDINGS, (key,))
        cur = await w.execute(_WORDINGS_AFTER_SWAP, (key,))
        wordings = [(r[0], r[1], r[2]) for r in await cur.fetchall()]
        latest: int | None = None
        # booleans: they compare with IS NULL on PostgreSQL too
        for undated, vague in ((False, False), (False, True), (True, False), (True, True)):
            newest = []
            for sql in (_NEWEST_COMMITTED, _NEWEST_STAGED):
                cur = await w.execute(sql, (key, undated, vague))
                newest += [(r[0] or "", r[1] or "", r[2]) for r in await cur.fetchall()]
            if newest:
                latest = max(newest)[2]
                break
        return _SubjectAfter.of(wordings, latest)

    @staticmethod
    async def _refresh_totals(
        w: Connection, deltas: Mapping[str, int], bump: bool, now: datetime
    ) -> dict[str, int]:
        await w.execute(
            """UPDATE corpus_state SET
                   version = version + ?1,
                   updated_at = CASE WHEN ?1 = 1 THEN ?2 ELSE updated_at END,
                   articles = articles + ?3,
                   sentences = sentences + ?4,
                   quotes = quotes + ?5,
                   figures = figures + ?6,
                   speakers = speakers + ?7
               WHERE id = 1""",
            (1 if bump else 0, dt_to_db(now), *(deltas[t] for t in _TOTALS)),
        )
        cur = await w.execute(
            "SELECT version, articles, sentences, quotes, figures, speakers FROM corpus_state"
        )
        row = await cur.fetchone()
        assert row is not None
        return {k: row[k] for k in row.keys()}  # noqa: SIM118 - sqlite3.Row is not a dict
