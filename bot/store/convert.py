"""Conversions between Python values and the text SQLite stores.

Datetimes are stored as ISO-8601 UTC text with a fixed format so that string comparison in SQL
(`first_seen > ?`, `last_slot < ?`) is chronological comparison. Naive datetimes are taken to
be UTC (the project only ever creates aware ones; this keeps a stray naive value from shifting).
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def dt_to_db(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def dt_to_db_opt(value: datetime | None) -> str | None:
    return None if value is None else dt_to_db(value)


def dt_from_db(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def dt_from_db_opt(text: str | None) -> datetime | None:
    return None if text is None else dt_from_db(text)


def date_to_db(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_from_db(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def utc_now() -> datetime:
    return datetime.now(UTC)
