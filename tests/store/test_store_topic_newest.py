"""A topic's newest full-text matches are the same on both backends whichever plan PostgreSQL
takes: for a topic naming a speaker its GIN plan first looks among the newest ids only (a BRIN
range, PgDialect.fts_newest with `together`) and must find below them what that range lacks.

The store: two words each in many sentences ("Anna …", "… Berg") but together ("Anna Berg", a
full name, who is also quoted once) only in a few old articles and the two newest. The rarest
word's share says the newest few ids should hold the matches; they hold two, so the rest must
come from below.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal

import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, dialect, pg
from bot.store.folding import fts_queries, is_whole_words
from bot.store.repos import articles as articles_repo
from bot.store.topic import TopicQuery

NAME_WORDS = '"anna" AND "berg"'


def article(file: str, sentences: list[str], quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, quotes)


async def full_name_store(store: Store) -> TopicQuery:
    """Old 'Anna Berg' articles (the first quotes her), then 60 with only one of the two
    words, then two new ones. The topic 'Anna Berg' as the digest resolves it."""
    quote = (Q(1, "Anna Berg", "Wir bleiben"),)
    old = [
        article(f"alt{i}.txt", [f"Anna Berg sprach am Morgen {i}.", "Wir bleiben."], quote)
        if i == 0
        else article(f"alt{i}.txt", [f"Anna Berg sprach am Morgen {i}."])
        for i in range(4)
    ]
    await store.corpus.apply(old, [], [], [], now=SAMPLE_NOW)
    filler = [
        article(f"füll{n}.txt", [f"Anna Meier lobt Brot {n}.", f"Tom Berg kauft Milch {n}."])
        for n in range(60)
    ]
    await store.corpus.apply(filler, [], [], [], now=SAMPLE_NOW)
    new = [article(f"neu{i}.txt", [f"Anna Berg sprach am Abend {i}."]) for i in range(2)]
    await store.corpus.apply(new, [], [], [], now=SAMPLE_NOW)
    ids = [i for i, name in await store.speakers.names() if name == "Anna Berg"]
    assert len(ids) == 1
    return TopicQuery(NAME_WORDS, tuple(ids))


@pytest.fixture
def gin_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL takes its GIN plan (walking the few blocks of a small store is cheaper)."""
    monkeypatch.setattr(dialect, "GIN_ROW_COST", 0)


@pytest.mark.usefixtures("gin_plan")
async def test_a_full_names_newest_articles_include_those_below_the_newest_ids(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A topic digest reading 3 candidates per source shows the two new 'Anna Berg' articles,
    the newest old one, and the one quoting her, and says there may be more (3 sentence
    candidates were read)."""
    monkeypatch.setattr(articles_repo, "TOPIC_CANDIDATES", 3)
    store = await Store.open(store_url)
    try:
        topic = await full_name_store(store)
        found = await store.articles.for_topic(topic, None, limit=10)
        files = sorted(a.file for a in found.articles)
        assert files == ["alt0.txt", "alt3.txt", "neu0.txt", "neu1.txt"]
        assert (found.count, found.at_least) == (4, True)
        assert [q.text for q in await store.quotes.for_topic(topic, None)] == ["Wir bleiben"]
    finally:
        await store.close()


@pytest.mark.usefixtures("gin_plan")
@pytest.mark.parametrize("limit", [1, 2, 3, 6, 7])
async def test_the_gin_plan_gives_the_rows_of_the_plain_newest_first_query(
    pg_url: str, limit: int
) -> None:
    """Whether the newest ids hold `limit` matches (1, 2) or not (3 and more: found below
    them; 7: fewer matches than asked for), the same rows as ORDER BY id DESC LIMIT n."""
    store = await Store.open(pg_url)
    try:
        await full_name_store(store)
        d = store._db.dialect
        cur = await store._db.conn.execute(
            f"""SELECT m.id FROM ({d.fts_newest("sentence", "recent", limit, together=True)}) m
                ORDER BY m.rank""",
            (d.match(NAME_WORDS),),
        )
        got = [r[0] for r in await cur.fetchall()]
        cur = await store._db.conn.execute(
            f"""SELECT id FROM sentences WHERE fts @@ to_tsquery('german', 'anna & berg')
               ORDER BY id DESC LIMIT {limit}"""
        )
        assert got == [r[0] for r in await cur.fetchall()]
        assert len(got) == min(limit, 6)
    finally:
        await store.close()


RARE_NAME = '"ida" AND "stern"'


@pytest.fixture
def rare_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL looks up a name's rarer word alone ('stern': 15 rows) although the other
    word ('ida': 45 rows) is not far more common, as a long list of a first name would be."""
    monkeypatch.setattr(dialect, "RARE_LOOKUP_RATIO", 1)


async def rarer_word_store(store: Store) -> None:
    """'Ida Stern' in old and new articles; 'ida' alone in many rows, 'stern' alone in fewer,
    among them the newest rows of all ('Tom Stern …'): the rarer word's rows that are not the
    name's come first, newest first. Each sentence is quoted (a quote's row holds its
    sentence's words too), so the quotes match as the sentences do."""

    def said(file: str, speaker: str, sentence: str, text: str) -> ArticleExtraction:
        return article(file, [sentence], (Q(0, speaker, text),))

    old = [
        said(f"alt{i}.txt", "Ida Stern", f"Ida Stern sprach am Morgen {i}.", "am Morgen")
        for i in range(3)
    ]
    await store.corpus.apply(old, [], [], [], now=SAMPLE_NOW)
    common = [
        said(f"ida{n}.txt", "Ida Meier", f"Ida Meier lobt Brot {n}.", "lobt Brot")
        for n in range(40)
    ]
    await store.corpus.apply(common, [], [], [], now=SAMPLE_NOW)
    new = [
        said(f"neu{i}.txt", "Ida Stern", f"Ida Stern sprach am Abend {i}.", "am Abend")
        for i in range(2)
    ]
    await store.corpus.apply(new, [], [], [], now=SAMPLE_NOW)
    newest = [
        said(f"tom{n}.txt", "Tom Stern", f"Tom Stern kauft Milch {n}.", "kauft Milch")
        for n in range(8)
    ]
    await store.corpus.apply(newest, [], [], [], now=SAMPLE_NOW)


async def plain_newest(store: Store, kind: str, words: str, limit: int) -> list[int]:
    """The ids of ORDER BY id DESC LIMIT n over the plain full-text match of `words`."""
    d = store._db.dialect
    if d.name == "postgresql":
        table = {"sentence": "sentences", "quote": "quotes"}[kind]
        sql = f"""SELECT id FROM {table} WHERE fts @@ to_tsquery('german', CAST(? AS TEXT))
            ORDER BY id DESC LIMIT {limit}"""
    else:
        sql = f"""SELECT -rowid FROM {kind}_fts WHERE {kind}_fts MATCH ?
            ORDER BY rowid LIMIT {limit}"""
    cur = await store._db.conn.execute(sql, (d.match(words),))
    return [r[0] for r in await cur.fetchall()]


@pytest.mark.usefixtures("gin_plan", "rare_lookup")
@pytest.mark.parametrize("limit", [1, 2, 4, 5, 9])
@pytest.mark.parametrize("kind", ["sentence", "quote"])
async def test_a_names_rarer_word_lookup_gives_the_rows_of_the_plain_query(
    store_url: str, kind: Literal["sentence", "quote"], limit: int
) -> None:
    """A full name (a pure AND of whole words) is looked up by its rarer word on PostgreSQL
    ('stern': its newest rows are another man's): the same rows as the plain newest-first
    query, on both backends, whether the newest ids hold `limit` matches or not."""
    store = await Store.open(store_url)
    try:
        await rarer_word_store(store)
        d = store._db.dialect
        sql = d.fts_newest(kind, "recent", limit, together=True, rarest=True)
        cur = await store._db.conn.execute(
            f"SELECT m.id FROM ({sql}) m ORDER BY m.rank", (d.match(RARE_NAME),)
        )
        got = [r[0] for r in await cur.fetchall()]
        assert got == await plain_newest(store, kind, RARE_NAME, limit)
        assert len(got) == min(limit, 5)
    finally:
        await store.close()


@pytest.mark.usefixtures("gin_plan", "rare_lookup")
async def test_a_topic_digest_of_a_full_name_shows_only_the_names_articles(store_url: str) -> None:
    """The digest's topic 'Ida Stern' (her name's words and her speaker id, as the digest
    resolves it) lists the five articles and quotes naming her, and none of the newer ones
    of Tom Stern."""
    store = await Store.open(store_url)
    try:
        await rarer_word_store(store)
        ids = tuple(i for i, name in await store.speakers.names() if name == "Ida Stern")
        topic = TopicQuery(RARE_NAME, ids)
        found = await store.articles.for_topic(topic, None, limit=10)
        files = [a.file for a in found.articles]
        assert sorted(files) == ["alt0.txt", "alt1.txt", "alt2.txt", "neu0.txt", "neu1.txt"]
        assert (found.count, found.at_least) == (5, False)
        quotes = await store.quotes.for_topic(topic, None)
        assert sorted(q.text for q in quotes) == ["am Abend"] * 2 + ["am Morgen"] * 3
    finally:
        await store.close()


def test_only_whole_words_and_their_spellings_may_be_looked_up_by_the_rarest() -> None:
    """A word's OR-ed spellings are one word (some spelling is in every match); prefixes keep
    the plan that looks up the whole query."""
    assert is_whole_words('"john" AND "harris"')
    assert is_whole_words('"harris"')
    assert is_whole_words('("mueller" OR "muller") AND "hans"')
    assert not is_whole_words('"john" AND "harris"*')
    assert not is_whole_words('("mueller"* OR "muller"*) AND "hans"')


async def index_loops(store: Store, sql: str, params: tuple[object, ...]) -> dict[str, int]:
    """How often each index in the plan of `sql` was scanned (EXPLAIN ANALYZE). Sequential
    scans are off, as they would be for a store of millions of rows (in a small one the
    planner reads the table instead)."""
    conn = store._db.conn
    assert isinstance(conn, pg.PgConnection)
    await conn.raw.execute("SET enable_seqscan = off")
    text = await conn.raw.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(sql)}", *params)
    loops: dict[str, int] = {}

    def visit(node: dict[str, Any]) -> None:
        if "Index Name" in node:
            name = node["Index Name"]
            loops[name] = loops.get(name, 0) + int(node.get("Actual Loops", 0))
        for child in node.get("Plans", []):
            visit(child)

    visit(json.loads(text)[0]["Plan"])
    return loops


@pytest.mark.usefixtures("gin_plan", "rare_lookup")
@pytest.mark.parametrize("kind", ["sentence", "quote"])
@pytest.mark.parametrize("limit", [1, 9])
async def test_a_names_range_of_newest_ids_holding_every_row_is_looked_up_once(
    pg_url: str, kind: Literal["sentence", "quote"], limit: int
) -> None:
    """'Ida Stern' wanting 9 matches: her rarer word 'stern' is in so few rows that the range
    of newest ids to look in first starts below the lowest id. Then GIN looks at every row at
    once and not again below that range, where no row is (the range and the rest below it
    each cost a scan of the BRIN index of the ids, all of it: 5 ms for 2M sentences).
    Wanting 1, the range holds it and is the only lookup. The rows stay the plain query's."""
    store = await Store.open(pg_url)
    try:
        await rarer_word_store(store)
        d = store._db.dialect
        sql = d.fts_newest(kind, "recent", limit, together=True, rarest=True)
        select = f"SELECT m.id FROM ({sql}) m ORDER BY m.rank"
        loops = await index_loops(store, select, (d.match(RARE_NAME),))
        assert loops[f"{kind}s_fts"] == 1
        cur = await store._db.conn.execute(select, (d.match(RARE_NAME),))
        assert [r[0] for r in await cur.fetchall()] == await plain_newest(
            store, kind, RARE_NAME, limit
        )
    finally:
        await store.close()


@pytest.mark.usefixtures("gin_plan")
@pytest.mark.parametrize("limit", [3, 40, 50])
async def test_a_topics_sentence_source_gives_the_article_of_each_newest_match(
    store_url: str, limit: int
) -> None:
    """'Ida Meier' is in one sentence of each of 40 articles: the source gives the articles of
    her `limit` newest sentences, one row per sentence, on both backends."""
    store = await Store.open(store_url)
    try:
        await rarer_word_store(store)
        d = store._db.dialect
        words = '"ida" AND "meier"'
        sql = d.fts_newest_of("sentence", ("article_id",), together=True, rarest=True)
        cur = await store._db.conn.execute(sql, (d.match(words), limit))
        got = [r[0] for r in await cur.fetchall()]
        cur = await store._db.conn.execute(
            "SELECT id FROM articles WHERE file LIKE 'ida%' ORDER BY id DESC"
        )
        assert sorted(got, reverse=True) == [r[0] for r in await cur.fetchall()][:limit]
    finally:
        await store.close()


@pytest.mark.usefixtures("gin_plan")
async def test_the_article_of_each_match_comes_with_the_match_not_by_a_second_lookup(
    pg_url: str,
) -> None:
    """On PostgreSQL the rows GIN (or the walk) finds hand out their article id: the 30
    matches are not each looked up again by id (4,000 buffers for a name's 1,000)."""
    store = await Store.open(pg_url)
    try:
        await rarer_word_store(store)
        d = store._db.dialect
        sql = d.fts_newest_of("sentence", ("article_id",), together=True, rarest=True)
        loops = await index_loops(store, sql, (d.match('"ida" AND "meier"'), 30))
        assert loops.get("sentences_pkey", 0) < 30
    finally:
        await store.close()


async def spelled_name_store(store: Store) -> str:
    """'Anna Baerbock' (so spelled in every text) in old and new articles, 'Tom Baerbock' and
    'Anna Meier' in many between; each sentence quoted. Returns the topic's words as the
    digest resolves them: her surname with its other spelling OR-ed in ('barbock', in no
    row)."""

    def said(file: str, speaker: str, sentence: str) -> ArticleExtraction:
        return article(file, [sentence], (Q(0, speaker, sentence.rstrip(".")),))

    old = [
        said(f"alt{i}.txt", "Anna Baerbock", f"Anna Baerbock warnt am Morgen {i}.")
        for i in range(30)
    ]
    filler = [
        said(f"füll{n}.txt", "Tom Baerbock", f"Tom Baerbock kauft Milch {n}.")
        if n % 2
        else said(f"füll{n}.txt", "Anna Meier", f"Anna Meier lobt Brot {n}.")
        for n in range(60)
    ]
    new = [
        said(f"neu{i}.txt", "Anna Baerbock", f"Anna Baerbock warnt am Abend {i}.") for i in range(2)
    ]
    for batch in (old, filler, new):
        await store.corpus.apply(batch, [], [], [], now=SAMPLE_NOW)
    words = fts_queries("Anna Baerbock")[0]
    assert words == '"anna" AND ("baerbock" OR "barbock")'
    return words


@pytest.mark.usefixtures("gin_plan")
@pytest.mark.parametrize("kind", ["sentence", "quote"])
@pytest.mark.parametrize("limit", [1, 2, 3])
async def test_a_name_with_two_spellings_is_looked_up_among_the_newest_ids_first(
    pg_url: str, kind: Literal["sentence", "quote"], limit: int
) -> None:
    """A name whose surname has a second spelling in no row ('barbock') is as common as its
    word 'baerbock': GIN looks for 'Anna Baerbock' among the newest ids first (a range of
    them), not at all her 32 matches of all time (taken spelling by spelling, the empty one
    looked rarest and the range spanned every row: 21k matches fetched for 1,000 at 100k
    articles). The rows stay those of the plain newest-first query, also when the range
    holds too few (3: found below it)."""
    store = await Store.open(pg_url)
    try:
        words = await spelled_name_store(store)
        d = store._db.dialect
        sql = d.fts_newest(kind, "recent", limit, together=True, rarest=is_whole_words(words))
        select = f"SELECT m.id FROM ({sql}) m ORDER BY m.rank"
        if limit < 3:  # the two newest are hers: the range holds them
            # the range narrows GIN's bitmap (BRIN), or, where the planner expects the name in
            # a row or two (no GIN pending list left to price in: bot.store.gin_pending), cuts
            # the 30 older matches it fetched; a range spanning every row does neither
            read, cut = await range_reads(store, select, (d.match(words),), f"{kind}s")
            assert read <= 10 or cut >= 30
        cur = await store._db.conn.execute(select, (d.match(words),))
        got = [r[0] for r in await cur.fetchall()]
        assert got == await plain_newest(store, kind, words, limit)
        assert len(got) == limit
    finally:
        await store.close()


async def range_reads(
    store: Store, sql: str, params: tuple[object, ...], table: str
) -> tuple[int, int]:
    """(rows of `table` the plan of `sql` read, rows of them a range of ids filtered out)."""
    conn = store._db.conn
    assert isinstance(conn, pg.PgConnection)
    await conn.raw.execute("SET enable_seqscan = off")
    text = await conn.raw.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(sql)}", *params)
    read = cut = 0

    def visit(node: dict[str, Any]) -> None:
        nonlocal read, cut
        if node.get("Relation Name") == table and node["Node Type"] != "Index Only Scan":
            removed = int(node.get("Rows Removed by Filter", 0))
            read += int(node.get("Actual Rows", 0)) * int(node.get("Actual Loops", 0)) + removed
            if "id >=" in node.get("Filter", ""):
                cut += removed
        for child in node.get("Plans", []):
            visit(child)

    visit(json.loads(text)[0]["Plan"])
    return read, cut


async def rows_read(store: Store, sql: str, params: tuple[object, ...], table: str) -> int:
    """How many rows of `table` the plan of `sql` read from the table itself (EXPLAIN
    ANALYZE: heap and index scans, not index-only ones), sequential scans off."""
    conn = store._db.conn
    assert isinstance(conn, pg.PgConnection)
    await conn.raw.execute("SET enable_seqscan = off")
    text = await conn.raw.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {pg.translate(sql)}", *params)
    total = 0

    def visit(node: dict[str, Any]) -> None:
        nonlocal total
        if node.get("Relation Name") == table and node["Node Type"] != "Index Only Scan":
            total += int(node.get("Actual Rows", 0)) * int(node.get("Actual Loops", 0))
            total += int(node.get("Rows Removed by Filter", 0))
        for child in node.get("Plans", []):
            visit(child)

    visit(json.loads(text)[0]["Plan"])
    return total


@pytest.mark.usefixtures("gin_plan")
async def test_a_topic_digest_of_a_name_with_two_spellings_shows_her_articles(
    store_url: str,
) -> None:
    """The digest's topic 'Anna Baerbock' lists the 32 articles and quotes naming her, the
    same on both backends, and none of Tom Baerbock's or Anna Meier's."""
    store = await Store.open(store_url)
    try:
        words = await spelled_name_store(store)
        ids = tuple(i for i, name in await store.speakers.names() if name == "Anna Baerbock")
        topic = TopicQuery(words, ids)
        found = await store.articles.for_topic(topic, None, limit=40)
        assert sorted(a.file for a in found.articles) == sorted(
            [f"alt{i}.txt" for i in range(30)] + ["neu0.txt", "neu1.txt"]
        )
        assert (found.count, found.at_least) == (32, False)
        quotes = await store.quotes.for_topic(topic, None)
        assert len(quotes) == 32 and all("Anna Baerbock warnt" in q.sentence for q in quotes)
    finally:
        await store.close()
