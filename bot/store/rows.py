"""SELECT column lists and row -> record mappers shared by the repositories."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, cast

from bot.models import Qualifier, QuoteKind, Section, SpeakerKind, SpeechAct
from bot.store.convert import date_from_db, dt_from_db, dt_from_db_opt
from bot.store.records import (
    ArticleRecord,
    FigureRecord,
    QuoteRecord,
    ReloadRecord,
    SentenceRecord,
    SpeakerRecord,
    Subscription,
)

Row = sqlite3.Row | Any

ARTICLE_COLUMNS = """a.id, a.file, a.title, a.published, a.outlet, a.content_hash, a.first_seen,
    a.updated_at, a.sentence_count, a.quote_count, a.figure_count, a.url"""

NEWEST_ARTICLES = "(a.published IS NULL), a.published DESC, a.first_seen DESC, a.id DESC"

QUOTE_SELECT = """SELECT q.id, q.article_id, q.speaker_id, COALESCE(s.name, q.speaker_name) AS speaker,
    q.speaker_role, q.kind, q.text, q.cue, q.sentence, q.sentence_id, q.act, q.target,
    a.title AS article_title, a.outlet, a.published, a.first_seen, a.url
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id"""

NEWEST_QUOTES = "(q.published IS NULL), q.published DESC, q.first_seen DESC, q.id"

FIGURE_SELECT = """SELECT f.id, f.article_id, f.value, f.value_max, f.qualifier, f.unit, f.subject,
    f.subject_key, f.text, f.source, f.sentence, f.refers_to, f.is_addition,
    a.title AS article_title, a.outlet, a.published, a.first_seen, a.url
FROM figures f
JOIN articles a ON a.id = f.article_id"""

# f.first_seen is the article's (copied onto the figure so that an index gives this order).
OLDEST_FIGURES = "(f.sort_date IS NULL), f.sort_date, f.first_seen, f.id"

SPEAKER_SELECT = """SELECT sp.id, sp.name, sp.kind, sp.quote_count, sp.article_count, sp.latest,
    sp.roles, sp.aliases
FROM speakers sp"""


def in_list(values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """The placeholders and parameters of `IN (…)` for `values` (not empty), padded with the
    last value to the next power of two: a statement text per count of values would be
    prepared anew by PostgreSQL for nearly every call (a round trip and a parse: 2-3 ms of a
    4 ms query under load); padded, a few texts serve every count."""
    size = 1 << (len(values) - 1).bit_length()
    padded = (*values, *([values[-1]] * (size - len(values))))
    return ", ".join("?" * size), padded


def split_list(value: str | None) -> tuple[str, ...]:
    return tuple(value.split("\x1f")) if value else ()


def article(row: Row) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        file=row["file"],
        title=row["title"],
        published=date_from_db(row["published"]),
        outlet=row["outlet"],
        content_hash=row["content_hash"],
        first_seen=dt_from_db(row["first_seen"]),
        updated_at=dt_from_db(row["updated_at"]),
        sentence_count=row["sentence_count"],
        quote_count=row["quote_count"],
        figure_count=row["figure_count"],
        url=row["url"],
    )


def sentence(row: Row) -> SentenceRecord:
    return SentenceRecord(
        id=row["id"],
        article_id=row["article_id"],
        index=row["idx"],
        text=row["text"],
        section=cast(Section, row["section"]),
    )


def speaker(row: Row) -> SpeakerRecord:
    return SpeakerRecord(
        id=row["id"],
        name=row["name"],
        kind=cast(SpeakerKind, row["kind"]),
        roles=split_list(row["roles"]),
        aliases=split_list(row["aliases"]),
        quote_count=row["quote_count"],
        article_count=row["article_count"],
        latest=date_from_db(row["latest"]),
    )


def quote(row: Row) -> QuoteRecord:
    return QuoteRecord(
        id=row["id"],
        article_id=row["article_id"],
        speaker_id=row["speaker_id"],
        speaker=row["speaker"],
        speaker_role=row["speaker_role"],
        kind=cast(QuoteKind, row["kind"]),
        text=row["text"],
        cue=row["cue"],
        sentence=row["sentence"],
        article_title=row["article_title"],
        outlet=row["outlet"],
        published=date_from_db(row["published"]),
        first_seen=dt_from_db(row["first_seen"]),
        act=cast(SpeechAct, row["act"]),
        target=row["target"],
        url=row["url"],
    )


def figure(row: Row) -> FigureRecord:
    return FigureRecord(
        id=row["id"],
        article_id=row["article_id"],
        value=row["value"],
        value_max=row["value_max"],
        qualifier=cast(Qualifier, row["qualifier"]),
        unit=row["unit"],
        subject=row["subject"],
        subject_key=row["subject_key"],
        text=row["text"],
        source=row["source"],
        sentence=row["sentence"],
        refers_to=date_from_db(row["refers_to"]),
        is_addition=bool(row["is_addition"]),
        article_title=row["article_title"],
        outlet=row["outlet"],
        published=date_from_db(row["published"]),
        first_seen=dt_from_db(row["first_seen"]),
        url=row["url"],
    )


def subscription(row: Row) -> Subscription:
    return Subscription(
        id=row["id"],
        transport=row["transport"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        time=row["time"],
        timezone=row["timezone"],
        created_by=row["created_by"],
        created_at=dt_from_db(row["created_at"]),
        enabled=bool(row["enabled"]),
        disabled_reason=row["disabled_reason"],
        last_slot=dt_from_db_opt(row["last_slot"]),
        intent_slot=dt_from_db_opt(row["intent_slot"]),
        last_sent_at=dt_from_db_opt(row["last_sent_at"]),
        intent_parts=int(row["intent_parts"] or 0),
        intent_run=row["intent_run"],
        intent_at=dt_from_db_opt(row["intent_at"]),
        topic=row["topic"] or "",
        mention_role=row["mention_role"],
    )


def reload(row: Row) -> ReloadRecord:
    return ReloadRecord(
        id=row["id"],
        requested_by=row["requested_by"],
        started_at=dt_from_db(row["started_at"]),
        finished_at=dt_from_db_opt(row["finished_at"]),
        status=row["status"],
        summary=row["summary"],
    )
