"""Reported figures grouped by subject (/figures, digests)."""

from __future__ import annotations

from datetime import datetime

from bot.store import rows
from bot.store.convert import dt_to_db
from bot.store.db import Database
from bot.store.folding import fold_key, query_terms
from bot.store.records import FigureRecord, SubjectSummary

_SUBJECT_SELECT = f"""SELECT su.subject_key AS su_key, su.subject AS su_subject, su.unit AS su_unit,
    su.figure_count AS su_count, f2.*
FROM subjects su
JOIN ({rows.FIGURE_SELECT}) f2 ON f2.id = su.latest_figure_id"""


def _summary(row: rows.Row) -> SubjectSummary:
    return SubjectSummary(
        subject_key=row["su_key"],
        subject=row["su_subject"],
        unit=row["su_unit"],
        figure_count=row["su_count"],
        latest=rows.figure(row),
    )


class FigureRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def subjects(self, limit: int = 50) -> list[SubjectSummary]:
        """Most reported subjects first, each with its newest dated figure."""
        cur = await self._db.conn.execute(
            f"{_SUBJECT_SELECT} ORDER BY su.figure_count DESC, su.subject_key LIMIT ?", (limit,)
        )
        return [_summary(r) for r in await cur.fetchall()]

    async def subject(self, subject_key: str) -> SubjectSummary | None:
        cur = await self._db.conn.execute(
            f"{_SUBJECT_SELECT} WHERE su.subject_key = ?", (subject_key,)
        )
        row = await cur.fetchone()
        return _summary(row) if row else None

    async def for_subject(self, subject_key: str, limit: int | None = None) -> list[FigureRecord]:
        """All figures of a subject, oldest first (refers_to/published, undated last).

        With `limit`, only the newest `limit` dated-or-not figures (still oldest first): a
        subject reported by 100k articles is too long for a chat reply anyway."""
        if limit is None:
            cur = await self._db.conn.execute(
                f"{rows.FIGURE_SELECT} WHERE f.subject_key = ? ORDER BY {rows.OLDEST_FIGURES}",
                (subject_key,),
            )
            return [rows.figure(r) for r in await cur.fetchall()]
        cur = await self._db.conn.execute(
            f"""{rows.FIGURE_SELECT} WHERE f.subject_key = ?
                ORDER BY (f.sort_date IS NULL) DESC, f.sort_date DESC, f.first_seen DESC, f.id DESC
                LIMIT ?""",
            (subject_key, limit),
        )
        return [rows.figure(r) for r in list(await cur.fetchall())[::-1]]

    async def complete_subject(self, prefix: str, limit: int = 25) -> list[SubjectSummary]:
        """Subjects whose key starts with, or contains, the folded prefix (starts-with first)."""
        key = fold_key(prefix)
        cur = await self._db.conn.execute(
            f"""{_SUBJECT_SELECT} WHERE instr(su.subject_key, ?1) > 0
                ORDER BY substr(su.subject_key, 1, length(CAST(?1 AS TEXT))) <> ?1,
                         su.figure_count DESC,
                         su.subject_key
                LIMIT ?2""",
            (key, limit),
        )
        return [_summary(r) for r in await cur.fetchall()]

    async def topic_keys(self, text: str, limit: int = 50) -> list[str]:
        """The subjects a topic keeps: the one it names (its key, or its name as /figures shows
        it) first, then those whose key holds every word of it, most reported first. A name
        keeps words its grouping key drops ("verletzte Soldaten in Kursk" groups under
        'verletzte soldaten'), so a name copied from /figures has words its key lacks and must
        find its subject by name; the word match is not loosened for it. Names compare
        case-blind (SQLite lowers ASCII letters only). Words are letters and digits only
        (folding), so LIKE sees no wildcards in them. One statement for both."""
        key, words = fold_key(text), query_terms(text)
        if not key:
            return []
        named = "(subject_key = ? OR lower(subject) = lower(CAST(? AS TEXT)))"
        worded = " AND ".join("(' ' || subject_key || ' ') LIKE ?" for _ in words)
        likes = [f"% {w} %" for w in words]
        cur = await self._db.conn.execute(
            f"""SELECT subject_key FROM subjects WHERE {named} OR ({worded})
                ORDER BY CASE WHEN {named} THEN 0 ELSE 1 END, figure_count DESC, subject_key
                LIMIT ?""",
            (key, text.strip(), *likes, key, text.strip(), limit),
        )
        return [r[0] for r in await cur.fetchall()]

    async def keys_measured_in(self, unit: str, limit: int = 1000) -> set[str]:
        """The subjects with a figure measured in `unit` ("/figures Prozent": a unit is no
        topic, but a way to find the subjects measured in it)."""
        cur = await self._db.conn.execute(
            """SELECT subject_key FROM figures WHERE unit = ? AND subject_key IS NOT NULL
               GROUP BY subject_key ORDER BY COUNT(*) DESC, subject_key LIMIT ?""",
            (unit, limit),
        )
        return {r[0] for r in await cur.fetchall()}

    async def without_topic(self, unit: str, limit: int = 10) -> list[FigureRecord]:
        """The newest figures measured in `unit` that have no subject key (an age, a
        duration, an amount whose sentence names no owner): real figures, shown under their
        unit since no topic lists them. Newest first."""
        cur = await self._db.conn.execute(
            f"""{rows.FIGURE_SELECT} WHERE f.unit = ? AND f.subject_key IS NULL
                ORDER BY (f.sort_date IS NULL), f.sort_date DESC, f.first_seen DESC, f.id DESC
                LIMIT ?""",
            (unit, limit),
        )
        return [rows.figure(r) for r in await cur.fetchall()]

    async def for_article(self, article_id: int) -> list[FigureRecord]:
        """In text order."""
        cur = await self._db.conn.execute(
            f"{rows.FIGURE_SELECT} WHERE f.article_id = ? ORDER BY f.start_char, f.id",
            (article_id,),
        )
        return [rows.figure(r) for r in await cur.fetchall()]

    async def subject_keys_since(self, when: datetime) -> set[str]:
        """The subjects with a figure from an article first seen after `when` (what a digest
        calls changed), found in SQL from the new articles instead of per article."""
        cur = await self._db.conn.execute(
            """SELECT DISTINCT f.subject_key FROM articles a
               JOIN figures f ON f.article_id = a.id
               WHERE a.first_seen > ? AND f.subject_key IS NOT NULL""",
            (dt_to_db(when),),
        )
        return {r[0] for r in await cur.fetchall()}

    async def as_of(self, when: datetime | None) -> list[FigureRecord]:
        """Figures from articles first seen at or before `when` (all when None), grouped by
        subject and oldest first within a subject (digest: what changed)."""
        order = f"ORDER BY f.subject_key, {rows.OLDEST_FIGURES}"
        if when is None:
            cur = await self._db.conn.execute(f"{rows.FIGURE_SELECT} {order}")
        else:
            cur = await self._db.conn.execute(
                f"{rows.FIGURE_SELECT} WHERE a.first_seen <= ? {order}", (dt_to_db(when),)
            )
        return [rows.figure(r) for r in await cur.fetchall()]
