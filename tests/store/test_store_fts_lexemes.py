"""PostgreSQL's rows per lexeme (bot.store.fts_lexemes): kept exact by every swap, built by the
migration and by `store copy`; /search decides relevance or recency ranking by them.

A count that is off makes /search rank a word by relevance where it must go newest first (or
the other way round), so every test compares the stored counts with ts_stat() of the rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pg_rebuilt import copied_store, migration_rebuilds
from sample_corpus import SAMPLE_NOW, Q, build_extraction

import bot.store.repos.search as search_repo
from bot.models import ArticleExtraction
from bot.store import Store, dialect, migrations

_FRESH = """
SELECT 'quote' AS kind, word, ndoc FROM ts_stat('SELECT fts FROM quotes')
UNION ALL SELECT 'sentence', word, ndoc FROM ts_stat('SELECT fts FROM sentences')
ORDER BY 1, 2"""
_STORED = "SELECT kind, lexeme, nrows FROM fts_lexemes ORDER BY 1, 2"


async def counts(store: Store) -> dict[tuple[str, str], int]:
    """The stored counts, after checking that they equal ones computed from the rows."""
    cur = await store._db.conn.execute(_STORED)
    stored = [tuple(r) for r in await cur.fetchall()]
    cur = await store._db.conn.execute(_FRESH)
    assert stored == [tuple(r) for r in await cur.fetchall()], "a lexeme count is stale"
    return {(k, w): n for k, w, n in stored}


def article(file: str, sentences: list[str], quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, quotes)


async def test_every_swap_keeps_the_counts_exact(pg_url: str) -> None:
    store = await Store.open(pg_url)
    try:
        tanks = article(
            "a.txt",
            ["Panzer rollen nach Kursk.", "Panzer im Winter."],
            (Q(0, "Kim", "Panzer rollen"),),
        )
        drones = article("b.txt", ["Drohnen über Kursk."])
        await store.corpus.apply([tanks, drones], [], [], [], now=SAMPLE_NOW)
        found = await counts(store)
        assert found[("sentence", "panz")] == 2 and found[("sentence", "kursk")] == 2
        assert found[("quote", "panz")] == 1

        guns = article("a.txt", ["Haubitzen feuern auf Kursk."])
        await store.corpus.apply([guns], ["b.txt"], [], [], now=SAMPLE_NOW)
        found = await counts(store)
        assert ("sentence", "panz") not in found and ("quote", "panz") not in found
        assert found[("sentence", "kursk")] == 1

        await store.corpus.apply([], ["a.txt"], [], [], now=SAMPLE_NOW)
        assert await counts(store) == {}
    finally:
        await store.close()


@pytest.mark.parametrize("text", ["Streik", "Strei", "Streik Hafen", "Streik Haf", "Hafen"])
async def test_the_counts_decide_the_ranking_as_counting_does(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A word in more rows than FTS_CANDIDATES is listed newest first, whether the counts
    decide it (a whole word, a prefix whose bounds are clear) or a count (a prefix whose
    bounds straddle the threshold): the same hits, in the same order, as counting alone."""
    monkeypatch.setattr(search_repo, "FTS_CANDIDATES", 2)
    store = await Store.open(pg_url)
    try:
        news = ["Streik im Hafen", "Streik am Bahnhof", "Streiks im Hafen", "Streikende"]
        for i, words in enumerate(news):
            ex = article(f"{i}.txt", [f"{words} heute.", "Kein Anschluss."])
            await store.corpus.apply([ex], [], [], [], now=SAMPLE_NOW)
        assert (await counts(store))[("sentence", "streik")] == 3
        by_counts = [h.text for h in await store.search.search(text)]
        monkeypatch.setattr(dialect.PgDialect, "term_bounds", lambda self, kind: None)
        assert [h.text for h in await store.search.search(text)] == by_counts
        if text == "Streik":  # in 3 rows: newest first, then the prefix stage
            assert by_counts == [
                "Streiks im Hafen heute.",
                "Streik am Bahnhof heute.",
                "Streik im Hafen heute.",
                "Streikende heute.",
            ]
    finally:
        await store.close()


async def test_the_migration_counts_an_existing_store(pg_url: str) -> None:
    await migration_rebuilds(pg_url, counts, migrations._PG_FTS_LEXEMES, ["DROP TABLE fts_lexemes"])


async def test_a_copy_into_postgresql_has_the_counts(tmp_path: Path, pg_url: str) -> None:
    store = await copied_store(tmp_path, pg_url)
    try:
        assert await counts(store)
    finally:
        await store.close()
