"""A topic digest's subject source reads only what it keeps, and its answer stays the same.

A place is in the keys of several figure subjects ('tote kursk', 'verletzte kursk'): its
digest's subject source must give the newest articles with a figure on any of them (each
article once, however many figures it holds), reading each subject's newest index entries
only.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sample_corpus import SAMPLE_NOW, F, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, pg
from bot.store.repos import articles as articles_repo
from bot.store.topic import TopicQuery

KILLED = "getötete Soldaten"
WOUNDED = "verletzte Soldaten"
TANKS = "zerstörte Panzer"


def article(i: int, subjects: list[str]) -> ArticleExtraction:
    """Article `b{i}`: a sentence with two figures per subject, and two on destroyed tanks."""
    subjects = [*subjects, TANKS, TANKS]
    sentences = [f"Bericht {n}: es waren {i} und {i + 100}." for n in range(len(subjects))]
    figures = [
        F(n, f"{value}", value, subject=subject, unit="Soldat")
        for n, subject in enumerate(subjects)
        for value in (i, i + 100)
    ]
    return build_extraction(
        f"b{i:02}.txt", f"Bericht {i}", date(2024, 11, 1), "ZDF", sentences, (), figures
    )


async def subjects_store(store: Store, articles: int = 12) -> TopicQuery:
    """Articles b00..b{n-1}, applied oldest first (ids ascending), each reporting destroyed
    tanks: the even ones killed soldiers, those from b03 on wounded ones too, b{n-1}
    neither. The topic of the two soldier subjects (as a place is of its subjects)."""
    batch = []
    for i in range(articles):
        subjects = ([KILLED] if i % 2 == 0 else []) + ([WOUNDED] if i >= 3 else [])
        batch.append(article(i, subjects if i < articles - 1 else []))
    for one in batch:  # one apply each: ids follow the order
        await store.corpus.apply([one], [], [], [], now=SAMPLE_NOW)
    keys = tuple(await store.figures.topic_keys("Soldaten"))
    assert len(keys) == 2
    return TopicQuery(None, (), keys)


@pytest.mark.parametrize(
    ("candidates", "files", "count", "at_least"),
    [
        (3, ["b08.txt", "b09.txt", "b10.txt"], 3, True),
        (20, [f"b{i:02}.txt" for i in (0, 2, *range(3, 11))], 10, False),
    ],
)
async def test_a_topics_subjects_give_their_newest_articles_each_once(
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    candidates: int,
    files: list[str],
    count: int,
    at_least: bool,
) -> None:
    """Reading 3 candidates, the digest of both subjects shows the 3 newest articles with a
    figure on either (each holds 2-4 of its figures) and says there may be more; reading 20,
    all 10 of them, counted exactly (b01 reports neither, b11 nothing)."""
    monkeypatch.setattr(articles_repo, "TOPIC_CANDIDATES", candidates)
    store = await Store.open(store_url)
    try:
        topic = await subjects_store(store)
        found = await store.articles.for_topic(topic, None, limit=10)
        assert sorted(a.file for a in found.articles) == files
        assert (found.count, found.at_least) == (count, at_least)
    finally:
        await store.close()


def _figure_rows_read(plan: dict[str, Any]) -> int:
    """Rows the plan's scans of `figures` handed on or threw away (EXPLAIN ANALYZE, JSON)."""
    own = 0
    if plan.get("Relation Name") == "figures":
        own = plan["Actual Rows"] + plan.get("Rows Removed by Filter", 0)
        own += plan.get("Rows Removed by Index Recheck", 0)
    return own + sum(_figure_rows_read(p) for p in plan.get("Plans", []))


async def test_the_subject_source_reads_only_each_subjects_newest_figures(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL (no sequential scan, as at 100k articles): 3 candidates of two subjects read
    at most their 3 newest articles' figures per subject (2 each: 12 rows). Testing each
    figure's subject newest first read the tank figures too (at 100k articles, 'Kursk':
    12,710 figures for 1,000 articles)."""
    monkeypatch.setattr(articles_repo, "TOPIC_CANDIDATES", 3)
    store = await Store.open(pg_url)
    try:
        topic = await subjects_store(store, articles=40)
        ((_, sql, params),) = [
            s for s in articles_repo._topic_sources(store._db.dialect, topic) if s[0] == "subjects"
        ]
        raw = store._db.conn.raw
        await raw.execute("VACUUM ANALYZE figures")
        await raw.execute("SET enable_seqscan = off")
        plan = await raw.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(sql)}", *params, 3)
        assert _figure_rows_read(json.loads(plan)[0]["Plan"]) <= 12
    finally:
        await store.close()
