"""PostgreSQL's per-block lexeme summaries (bot.store.fts_blocks): kept exact by every swap,
built by the migration and by `store copy`, and what lets an old match be found newest first.

A summary that misses a lexeme of its block hides that block's matches from full-text queries,
so every test compares the stored summaries with ones computed afresh from the rows.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pg_rebuilt import copied_store, migration_rebuilds
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, dialect, fts_blocks, migrations, pg
from bot.store.fts_blocks import BLOCK_SIZE
from bot.store.topic import TopicQuery

_FRESH = f"""
SELECT kind, block, CAST(array_to_tsvector(array_agg(DISTINCT l)) AS TEXT) FROM (
    SELECT 'sentence' AS kind, id / {BLOCK_SIZE} AS block, l
    FROM sentences, unnest(tsvector_to_array(fts)) l
    UNION ALL
    SELECT 'quote', id / {BLOCK_SIZE}, l FROM quotes, unnest(tsvector_to_array(fts)) l) x
GROUP BY kind, block ORDER BY kind, block"""
_STORED = "SELECT kind, block, CAST(lexemes AS TEXT) FROM fts_blocks ORDER BY kind, block"


async def summaries(store: Store) -> list[tuple[str, int, str]]:
    """The stored summaries, after checking that they equal ones computed from the rows."""
    cur = await store._db.conn.execute(_STORED)
    stored = [tuple(r) for r in await cur.fetchall()]
    cur = await store._db.conn.execute(_FRESH)
    assert stored == [tuple(r) for r in await cur.fetchall()], "a block summary is stale"
    return stored  # type: ignore[return-value]


async def lexemes(store: Store) -> set[str]:
    return {w for _, _, text in await summaries(store) for w in text.replace("'", "").split()}


def article(file: str, sentences: list[str], quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, quotes)


async def test_every_swap_keeps_the_summaries_exact(pg_url: str) -> None:
    """Adding, changing and removing articles recomputes the summaries of the blocks they
    touch: a word of a changed article is found at once, a removed one no longer matches."""
    store = await Store.open(pg_url)
    try:
        tanks = article(
            "a.txt",
            ["Panzer rollen nach Kursk.", "Der Winter kommt."],
            (Q(0, "Kim", "Panzer rollen"),),
        )
        drones = article("b.txt", ["Drohnen über Moskau."])
        await store.corpus.apply([tanks, drones], [], [], [], now=SAMPLE_NOW)
        assert {"panz", "kursk", "drohn"} <= await lexemes(store)

        guns = article("a.txt", ["Haubitzen feuern auf Belgorod."])
        await store.corpus.apply([guns], ["b.txt"], [], [], now=SAMPLE_NOW)
        words = await lexemes(store)
        assert "haubitz" in words and not {"panz", "kursk", "drohn"} & words
        assert [h.text for h in await store.search.search("Haubitzen")] == [
            "Haubitzen feuern auf Belgorod."
        ]
        assert await store.search.search("Drohnen") == []
        assert await store.search.search("Panzer") == []

        await store.corpus.apply([], ["a.txt"], [], [], now=SAMPLE_NOW)
        assert await summaries(store) == []
    finally:
        await store.close()


async def two_blocks(store: Store) -> None:
    """An article of 120 'Panzer' sentences (one quoted), then weather reports enough to fill
    the first block of sentences and start the second."""
    old = article(
        "alt.txt",
        [f"Panzer Nummer {i} rollt vorbei." for i in range(120)],
        (Q(7, "Kim", "Panzer Nummer 7 rollt"),),
    )
    await store.corpus.apply([old], [], [], [], now=SAMPLE_NOW)
    filler = [
        article(
            f"wetter{n}.txt", [f"Wetterbericht {n} meldet Regen am Tag {i}." for i in range(100)]
        )
        for n in range(BLOCK_SIZE // 100 + 1)
    ]
    await store.corpus.apply(filler, [], [], [], now=SAMPLE_NOW)
    await store._db.conn.execute("ANALYZE sentences")


async def test_a_word_only_in_an_old_block_is_found(pg_url: str) -> None:
    """'Panzer' is common (in 3% of the rows, the statistics say) but only in the first block:
    the newest match and the newest three are found by walking the summaries, which passes the
    newer block by (the 1,000 candidates of a topic come from one GIN bitmap at that share);
    sentences, quotes and the topic's articles all find it."""
    store = await Store.open(pg_url)
    try:
        await two_blocks(store)
        blocks = [(kind, block) for kind, block, text in await summaries(store) if "panz" in text]
        assert blocks == [("quote", 0), ("sentence", 0)]  # and sentence block 1 exists without
        cur = await store._db.conn.execute(
            """SELECT 'panz' = ANY(CAST(CAST(most_common_elems AS TEXT) AS TEXT[])) FROM pg_stats
               WHERE tablename = 'sentences' AND attname = 'fts'"""
        )
        assert (await cur.fetchone())[0], "the statistics should call 'panz' common"

        topic = TopicQuery('"panzer"')
        found = await store.articles.for_topic(topic, None, limit=5)
        assert [a.file for a in found.articles] == ["alt.txt"]
        assert [q.text for q in await store.quotes.for_topic(topic, None)] == [
            "Panzer Nummer 7 rollt"
        ]
        assert await store.search.matches_any('"panzer"')
        d = store._db.dialect
        cur = await store._db.conn.execute(
            f"""SELECT s.text FROM ({d.fts_newest("sentence", limit=3)}) m
                JOIN sentences s ON s.id = m.id ORDER BY s.id DESC""",
            (d.match('"panzer"'),),
        )
        assert [r[0] for r in await cur.fetchall()] == [
            f"Panzer Nummer {i} rollt vorbei." for i in (119, 118, 117)
        ]
    finally:
        await store.close()


async def test_the_migration_builds_the_summaries_of_an_existing_store(pg_url: str) -> None:
    drops = ["DROP TABLE fts_blocks, fts_blocks_stale", "DROP FUNCTION fts_blocks_matching"]
    await migration_rebuilds(pg_url, summaries, migrations._PG_FTS_BLOCKS, drops)


async def test_a_copy_into_postgresql_has_the_summaries(tmp_path: Path, pg_url: str) -> None:
    store = await copied_store(tmp_path, pg_url)
    try:
        assert await summaries(store)
        [hit] = await store.search.search("Wladiwostok")
        assert hit.speaker == "John Kirby"
    finally:
        await store.close()


async def test_a_block_that_lost_rows_is_recomputed_by_a_later_swap(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A swap recomputes at most STALE_PER_SWAP summaries of blocks that only lost rows; the
    others keep the lexemes of the deleted rows (more than the block holds, never less: the
    answers stay right) until a later swap recomputes them."""
    store = await Store.open(pg_url)
    try:
        await two_blocks(store)
        monkeypatch.setattr(fts_blocks, "STALE_PER_SWAP", 0)
        tanks_gone = article("alt.txt", ["Haubitzen feuern auf Belgorod."])
        await store.corpus.apply([tanks_gone], [], [], [], now=SAMPLE_NOW)
        cur = await store._db.conn.execute("SELECT kind, block FROM fts_blocks_stale ORDER BY 1")
        # the quote block lost its only row: its summary is gone, not stale
        assert [tuple(r) for r in await cur.fetchall()] == [("sentence", 0)]
        cur = await store._db.conn.execute(_STORED)
        assert any("panz" in r[2] for r in await cur.fetchall())  # a superset, for now
        topic = TopicQuery('"panzer"')
        assert (await store.articles.for_topic(topic, None, limit=5)).articles == []
        assert await store.search.search("Panzer") == []
        assert [h.text for h in await store.search.search("Haubitzen")] == [
            "Haubitzen feuern auf Belgorod."
        ]

        monkeypatch.undo()
        await store.corpus.apply([article("neu.txt", ["Es schneit."])], [], [], [], now=SAMPLE_NOW)
        assert "panz" not in await lexemes(store)  # exact again (summaries() checks every block)
        cur = await store._db.conn.execute("SELECT count(*) FROM fts_blocks_stale")
        assert (await cur.fetchone())[0] == 0
    finally:
        await store.close()


async def test_a_walk_cut_short_by_its_budget_is_completed_below_it(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a budget of one block, the newest 300 'Regen' sentences are the ~220 of the newest
    block (walked) and the rest from the block before it (GIN below the walked block): the
    same 300 as the plain newest-first query, in the same order."""
    store = await Store.open(pg_url)
    try:
        await two_blocks(store)
        monkeypatch.setattr(dialect, "WALK_BUDGET", 1)
        d = store._db.dialect
        cur = await store._db.conn.execute(
            f"SELECT m.id FROM ({d.fts_newest('sentence', 'recent', 300)}) m ORDER BY m.rank",
            (d.match('"regen"'),),
        )
        got = [r[0] for r in await cur.fetchall()]
        cur = await store._db.conn.execute(
            """SELECT id FROM sentences WHERE fts @@ to_tsquery('german', 'regen')
               ORDER BY id DESC LIMIT 300"""
        )
        expected = [r[0] for r in await cur.fetchall()]
        assert got == expected
        assert expected[0] // BLOCK_SIZE == 1 and expected[-1] // BLOCK_SIZE == 0
    finally:
        await store.close()


async def words_apart_store(store: Store) -> None:
    """Blocks of 10 ids; the first article says 'Kiew' and 'Soldaten' in the same sentences,
    each later one in different sentences, so every block's summary holds both words."""
    together = article("alt.txt", [f"In Kiew warten Soldaten {i}." for i in range(4)])
    await store.corpus.apply([together], [], [], [], now=SAMPLE_NOW)
    apart = [
        article(f"neu{n}.txt", [f"Kiew meldet Regen {n}.", f"Soldaten marschieren {n}."])
        for n in range(150)
    ]
    await store.corpus.apply(apart, [], [], [], now=SAMPLE_NOW)


async def test_words_that_never_meet_are_not_walked_through_every_block(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Kiew Soldaten' (each word in half the sentences, so together in a quarter if they
    were independent) are together only in the oldest article. The walk reads a few times
    the blocks their shares say it needs, not all 30 matching blocks, and GIN finds the
    matches below them: the newest three are the plain newest-first query's ('kiew' &
    'soldat' in /search walked 64 blocks for none, 9,800 buffers per stage)."""
    monkeypatch.setattr(fts_blocks, "BLOCK_SIZE", 10)
    monkeypatch.setattr(dialect, "BLOCK_SIZE", 10)
    store = await Store.open(pg_url)
    try:
        await words_apart_store(store)
        d = store._db.dialect
        words = d.match('"kiew" AND "soldaten"')
        select = f"SELECT m.id FROM ({d.fts_newest('sentence', 'recent', 3)}) m ORDER BY m.rank"
        conn = store._db.conn
        assert isinstance(conn, pg.PgConnection)
        await conn.raw.execute("SET enable_seqscan = off")
        plan = await conn.raw.fetchval(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(select)}", words
        )
        assert blocks_walked(json.loads(plan)[0]["Plan"]) <= 2 * fts_blocks.WALK_SLACK
        cur = await conn.execute(select, (words,))
        got = [r[0] for r in await cur.fetchall()]
        cur = await conn.execute(
            """SELECT id FROM sentences WHERE fts @@ to_tsquery('german', 'kiew & soldat')
               ORDER BY id DESC LIMIT 3"""
        )
        assert got == [r[0] for r in await cur.fetchall()]
        assert len(got) == 3
    finally:
        await store.close()


def blocks_walked(node: dict[str, Any]) -> int:
    """How many block ranges of `sentences` the walk read (its loops of the id-range scan)."""
    own = 0
    if node.get("Index Name") == "sentences_pkey" and "block" in node.get("Index Cond", ""):
        own = int(node.get("Actual Loops", 0))
    return own + sum(blocks_walked(child) for child in node.get("Plans", []))


async def test_whether_a_word_matches_at_all_reads_only_its_blocks(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest topic asks whether its whole words match any sentence before it tries their
    prefixes. 'Panzer' is common by the statistics (a tenth of the rows) but only in the
    newest article: the probe tests the rows of the blocks whose summary holds it, not every
    older row first (a sequential scan stopping at the first match read 1M rows, 1.5-3 s, for
    a rare word of the 100k-article store's newest articles)."""
    monkeypatch.setattr(fts_blocks, "BLOCK_SIZE", 10)
    monkeypatch.setattr(dialect, "BLOCK_SIZE", 10)
    store = await Store.open(pg_url)
    try:
        filler = [
            article(
                f"wetter{n}.txt", [f"Wetterbericht {n} meldet Regen am Tag {i}." for i in range(20)]
            )
            for n in range(50)
        ]
        await store.corpus.apply(filler, [], [], [], now=SAMPLE_NOW)
        tanks = article("neu.txt", [f"Panzer Nummer {i} rollt vorbei." for i in range(120)])
        await store.corpus.apply([tanks], [], [], [], now=SAMPLE_NOW)
        await store._db.conn.execute("ANALYZE sentences")
        assert await store.search.matches_any('"panzer"')
        assert await store.search.matches_any('"wetterbericht"')
        assert not await store.search.matches_any('"zeppelin"')  # in no block: no row read
        assert not await store.search.matches_any('"panzer" AND "regen"')  # never one row

        d = store._db.dialect
        conn = store._db.conn
        assert isinstance(conn, pg.PgConnection)
        plan = await conn.raw.fetchval(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(d.any_match('sentence', one_word=True))}",
            d.match('"panzer"'),
        )
        assert sentence_rows_read(json.loads(plan)[0]["Plan"]) <= 10  # one block at most
    finally:
        await store.close()


def sentence_rows_read(node: dict[str, Any]) -> int:
    """Rows of `sentences` a plan read from the table (returned or removed by a filter)."""
    own = 0
    if node.get("Relation Name") == "sentences":
        own = int(node.get("Actual Rows", 0)) * int(node.get("Actual Loops", 1))
        own += int(node.get("Rows Removed by Filter", 0))
    return own + sum(sentence_rows_read(child) for child in node.get("Plans", []))
