"""PostgreSQL's lists of each lexeme's newest row ids (bot.store.fts_newest): kept a prefix of
the lexeme's rows newest first by every swap, built by the migration and by `store copy`; a
one-word topic or search reads them instead of walking the rows.

A list that skips a newer row, or holds a deleted one, would change what a digest or a search
shows, so every test compares the stored lists with the rows themselves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pg_rebuilt import copied_store, migration_rebuilds
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, fts_newest, migrations
from bot.store.dialect import POSTGRESQL
from bot.store.folding import fts_queries, is_one_word
from bot.store.topic import TopicQuery

_ROWS = """
SELECT kind, lexeme, array_agg(id ORDER BY id DESC) FROM (
    SELECT 'sentence' AS kind, id, l AS lexeme FROM sentences, unnest(tsvector_to_array(fts)) l
    UNION ALL
    SELECT 'quote', id, l FROM quotes, unnest(tsvector_to_array(fts)) l) x
GROUP BY kind, lexeme"""
_STORED = "SELECT kind, lexeme, ids FROM fts_newest ORDER BY kind, lexeme"

Lists = dict[tuple[str, str], list[int]]


async def lists(store: Store, full: bool = False) -> Lists:
    """The stored lists, after checking that each is its lexeme's newest rows, newest first
    (`full`: as many as NEWEST_KEPT allows, as after a build or swaps that only added)."""
    cur = await store._db.conn.execute(_ROWS)
    rows: Lists = {(k, w): list(ids) for k, w, ids in await cur.fetchall()}
    cur = await store._db.conn.execute(_STORED)
    stored: Lists = {(k, w): list(ids) for k, w, ids in await cur.fetchall()}
    for key, ids in stored.items():
        assert ids and ids == rows.get(key, [])[: len(ids)], f"the list of {key} is stale"
    if full:
        assert stored == {k: ids[: fts_newest.NEWEST_KEPT] for k, ids in rows.items()}
    return stored


def article(file: str, sentences: list[str], quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, quotes)


async def test_every_swap_keeps_each_list_the_newest_rows(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Added rows go in front (cut to NEWEST_KEPT), deleted ones leave and the list is filled
    again from older rows; a removed word's list goes with its last row."""
    monkeypatch.setattr(fts_newest, "NEWEST_KEPT", 2)
    store = await Store.open(pg_url)
    try:
        tanks = article(
            "a.txt",
            ["Panzer rollen nach Kursk.", "Panzer im Winter bei Kursk."],
            (Q(0, "Kim", "Panzer rollen"),),
        )
        drones = article("b.txt", ["Drohnen über Kursk.", "Kursk meldet Drohnen."])
        await store.corpus.apply([tanks, drones], [], [], [], now=SAMPLE_NOW)
        found = await lists(store, full=True)
        assert len(found[("sentence", "kursk")]) == 2 and ("quote", "panz") in found

        guns = article("a.txt", ["Haubitzen feuern auf Kursk."])
        await store.corpus.apply([guns], [], [], [], now=SAMPLE_NOW)
        found = await lists(store, full=True)
        assert ("sentence", "panz") not in found and ("quote", "panz") not in found
        assert ("sentence", "haubitz") in found

        # the newest article goes: 'kursk' lost its newest ids and is listed again in full
        await store.corpus.apply([], ["a.txt"], [], [], now=SAMPLE_NOW)
        assert len((await lists(store, full=True))[("sentence", "kursk")]) == 2
        await store.corpus.apply([], ["b.txt"], [], [], now=SAMPLE_NOW)
        assert await lists(store) == {}
    finally:
        await store.close()


@pytest.mark.parametrize("kept", [2, 1000])
@pytest.mark.parametrize("words", ["Kursk", "Panzer", "Drohnen", "Kursk Panzer", "Kur"])
async def test_topics_and_searches_read_what_the_rows_hold(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, kept: int, words: str
) -> None:
    """A topic's articles and quotes and a search's hits are the same whether the lists
    answer (one whole word, a list long enough or complete) or the rows are walked, also
    after changes left lists shorter than NEWEST_KEPT."""
    monkeypatch.setattr(fts_newest, "NEWEST_KEPT", kept)
    store = await Store.open(pg_url)
    try:
        for i in range(4):
            lines = [f"Panzer Nummer {i} rollen nach Kursk.", f"Drohnen {i} über Kursk."]
            quotes = (Q(0, "Kim", f"Panzer Nummer {i} rollen"),)
            await store.corpus.apply(
                [article(f"{i}.txt", lines, quotes)], [], [], [], now=SAMPLE_NOW
            )
        changed = article("1.txt", ["Kursk bleibt ruhig."], (Q(0, "Kim", "Kursk bleibt ruhig"),))
        await store.corpus.apply([changed], ["2.txt"], [], [], now=SAMPLE_NOW)
        await lists(store)

        async def answers() -> list[object]:
            seen: list[object] = [[(h.kind, h.text) for h in await store.search.search(words)]]
            for stage in fts_queries(words):  # whole words, then prefixes
                found = await store.articles.for_topic(TopicQuery(stage), None, 10)
                quotes = await store.quotes.for_topic(TopicQuery(stage), None, 10)
                seen += [found.count, {a.file for a in found.articles}, [q.text for q in quotes]]
            return seen

        with_lists = await answers()
        if words == "Kursk":  # a list answers a query that wants no more than it holds
            usable = fts_newest.usable_ids("sentence", "to_tsquery('simple', 'kursk')", "1")
            cur = await store._db.conn.execute(f"SELECT {usable}")
            assert (await cur.fetchone())[0] == (await lists(store))[("sentence", "kursk")]
        monkeypatch.setattr(
            fts_newest, "usable_ids", lambda kind, q, limit: "CAST(NULL AS BIGINT[])"
        )
        assert with_lists == await answers()
        if words == "Kursk":
            assert with_lists[2] == {"0.txt", "1.txt", "3.txt"}
    finally:
        await store.close()


async def test_the_migration_lists_an_existing_store(pg_url: str) -> None:
    async def full(store: Store) -> Lists:
        return await lists(store, full=True)

    await migration_rebuilds(pg_url, full, migrations._PG_FTS_NEWEST, ["DROP TABLE fts_newest"])


async def test_a_copy_into_postgresql_has_the_lists(tmp_path: Path, pg_url: str) -> None:
    store = await copied_store(tmp_path, pg_url)
    try:
        assert await lists(store, full=True)
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("text", "listed"),
    [("Kursk", True), ("Kursk Panzer", False), ("Schröder", True), ("Kur", True)],
)
def test_only_a_query_of_one_whole_word_plans_the_list(text: str, listed: bool) -> None:
    """A name, two words or a prefix plan the walk alone: the list's subquery would only make
    planning them dearer. A folded word ('schroder') is one word; the first stage of 'Kur'
    is the whole word."""
    stage = next(iter(fts_queries(text)))
    assert is_one_word(stage) is listed
    sql = POSTGRESQL.fts_newest_of("sentence", ("article_id",), one_word=is_one_word(stage))
    assert ("fts_newest" in sql) is listed
    prefixes = [*fts_queries(text)][-1]
    assert not is_one_word(prefixes)
