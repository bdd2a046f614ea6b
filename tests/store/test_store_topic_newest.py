"""A topic's newest full-text matches are the same on both backends whichever plan PostgreSQL
takes: for a topic naming a speaker its GIN plan first looks among the newest ids only (a BRIN
range, PgDialect.fts_newest with `together`) and must find below them what that range lacks.

The store: two words each in many sentences ("Anna …", "… Berg") but together ("Anna Berg", a
full name, who is also quoted once) only in a few old articles and the two newest. The rarest
word's share says the newest few ids should hold the matches; they hold two, so the rest must
come from below.
"""

from __future__ import annotations

from datetime import date

import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, dialect
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
