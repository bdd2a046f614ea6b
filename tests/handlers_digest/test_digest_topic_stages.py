"""A topic's words are read in stages (whole words, then prefixes: handlers.digest._body), and
a stage is replaced by the next when no sentence holds its words. A figure subject's words
('abgeschossene Drohne') are often in no sentence at all, so its digest passed every stage;
each stage read all of the topic's sources, the subject's articles included, to throw them
away. The digest must show the same subject and article while reading them once."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite
import pytest
from digest_support import BATCH1_AT, make_article, make_services

from bot.models import ArticleExtraction
from bot.store import Store, pg
from handlers.digest import build_digest, digest_as_text

SUBJECT_SOURCE = "SELECT DISTINCT article_id FROM figures WHERE subject_key = ?"


def _clock() -> datetime:
    return datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _air_defence() -> ArticleExtraction:
    """An article whose figure's subject words no sentence uses together."""
    article = make_article(
        "c1.txt",
        "Nächtlicher Angriff auf Cherson",
        date(2024, 11, 2),
        "dpa",
        [
            "Die Luftabwehr holte in der Nacht 40 Drohnen vom Himmel über Cherson.",
            "Die Behörden meldeten keine Verletzten.",
        ],
        figures=[(40, "exact", "40 Drohnen", None, 0)],
    )
    figures = tuple(
        dataclasses.replace(f, subject="abgeschossene Drohnen", unit="Drohne")
        for f in article.figures
    )
    return dataclasses.replace(article, figures=figures)


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Every statement text either backend's connections run, counted."""
    seen: Counter[str] = Counter()
    for cls in (aiosqlite.Connection, pg.PgConnection):
        original = cls.execute

        def counting(original: Any = original) -> Any:
            async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
                seen[" ".join(sql.split())] += 1
                return await original(conn, sql, parameters)

            return execute

        monkeypatch.setattr(cls, "execute", counting())
    yield seen


def _runs(seen: Counter[str], part: str) -> int:
    return sum(n for sql, n in seen.items() if part in sql)


async def test_a_subject_no_sentence_names_reads_its_articles_once(
    store_url: str, statements: Counter[str]
) -> None:
    store = await Store.open(store_url)
    try:
        await store.corpus.apply([_air_defence()], [], [], [], now=BATCH1_AT)
        statements.clear()
        reply = await build_digest(
            make_services(store, _clock), None, "de", topic="abgeschossene Drohne"
        )
        assert reply is not None
        out = digest_as_text(reply)
        assert "Angriff auf Cherson" in out and "Neue Artikel (1)" in out
        assert "abgeschossene Drohnen" in out and "40" in out
        # three stages of the words, the subject's articles read in the last one only
        assert _runs(statements, SUBJECT_SOURCE) == 1
        # one second connection (PostgreSQL) for all stages, which trusts the snapshot's log
        assert _runs(statements, "pg_export_snapshot") <= 1
        assert _runs(statements, "count(undone_at) FROM curation_log") == 1
    finally:
        await store.close()


async def test_a_topic_whose_prefix_a_sentence_holds_keeps_that_stage(
    store_url: str, statements: Counter[str]
) -> None:
    """'Himm' is no word of the sentences but begins 'Himmel': the stage of the last word as
    a prefix is kept (and read in full) as before, though a stage of prefixes follows."""
    store = await Store.open(store_url)
    try:
        await store.corpus.apply([_air_defence()], [], [], [], now=BATCH1_AT)
        topic = "Luftabwehr Himm"
        reply = await build_digest(make_services(store, _clock), None, "de", topic=topic)
        assert reply is not None
        out = digest_as_text(reply)
        assert "Angriff auf Cherson" in out and "40 Drohnen vom Himmel" in out
        assert "„Luftabwehr Himm“" in out.splitlines()[0]
        assert _runs(statements, "pg_export_snapshot") <= 1
    finally:
        await store.close()
