"""A topic digest's articles are counted and the newest picked in the database, on both
backends: exactly below the candidate bound, only those first seen after `when`.

Counting in the statement that picks the newest (count(*) OVER () before the LIMIT) was
tried and dropped: PostgreSQL then walked the whole articles_newest index to count (100k
rows, 50-130 ms) where the LIMIT alone stops after the first few matches."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store
from bot.store.folding import fts_queries
from bot.store.topic import TopicQuery


def article(n: int, sentence: str, quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(
        f"a{n}.txt", f"Meldung {n}", date(2024, 11, 1) + timedelta(days=n), "ZDF", [sentence],
        quotes,
    )  # fmt: skip


async def kursk_store(store: Store) -> None:
    """Six Kursk articles seen on the first day, five on the next, and three about other
    things; article 20 (on day two) quotes Vera Holm, who never mentions Kursk."""
    first = [article(i, f"In Kursk wurde am Tag {i} gekämpft.") for i in range(6)]
    first += [article(10 + i, f"Anderswo blieb es am Tag {i} ruhig.") for i in range(3)]
    await store.corpus.apply(first, [], [], [], now=SAMPLE_NOW)
    second = [article(30 + i, f"Auch in Kursk am Tag {i}.") for i in range(5)]
    second.append(article(20, "Wir bleiben hier.", (Q(0, "Vera Holm", "Wir bleiben hier"),)))
    await store.corpus.apply(second, [], [], [], now=SAMPLE_NOW + timedelta(days=1))


@pytest.mark.parametrize(
    ("since_first_day", "count", "newest"),
    [(False, 11, ["a34.txt", "a33.txt", "a32.txt"]), (True, 5, ["a34.txt", "a33.txt", "a32.txt"])],
)
async def test_a_topics_articles_are_counted_exactly_and_the_newest_shown(
    store_url: str, since_first_day: bool, count: int, newest: list[str]
) -> None:
    """'Kursk': eleven articles (five of them new since the first day), the three newest
    shown, nothing else counted."""
    store = await Store.open(store_url)
    try:
        await kursk_store(store)
        topic = TopicQuery(fts_queries("Kursk")[0])
        when = SAMPLE_NOW if since_first_day else None
        found = await store.articles.for_topic(topic, when, limit=3)
        assert [a.file for a in found.articles] == newest
        assert (found.count, found.at_least) == (count, False)
    finally:
        await store.close()


async def test_a_topic_with_nothing_new_counts_none(store_url: str) -> None:
    store = await Store.open(store_url)
    try:
        await kursk_store(store)
        topic = TopicQuery(fts_queries("Kursk")[0])
        found = await store.articles.for_topic(topic, SAMPLE_NOW + timedelta(days=2), limit=3)
        assert (found.count, found.at_least, found.articles) == (0, False, [])
    finally:
        await store.close()


@pytest.mark.parametrize(("since_first_day", "statements"), [(False, 3), (True, 4)])
async def test_a_topic_of_all_time_is_counted_without_reading_its_articles_again(
    store_url: str, monkeypatch: pytest.MonkeyPatch, since_first_day: bool, statements: int
) -> None:
    """All time (a channel's first digest): every id the sources found is an article, so
    the count is theirs, and only the newest are read (title and sentence look-ups, one
    select). Since a moment, a count of those first seen after it is needed."""
    store = await Store.open(store_url)
    try:
        await kursk_store(store)
        conn: Any = store._db.conn
        sent: list[str] = []
        execute = conn.execute

        async def counting(sql: str, parameters: Any = None) -> Any:
            sent.append(sql)
            return await execute(sql, parameters)

        monkeypatch.setattr(conn, "execute", counting)
        when = SAMPLE_NOW if since_first_day else None
        found = await store.articles.for_topic(TopicQuery(fts_queries("Kursk")[0]), when, 3)
        assert found.count == (5 if since_first_day else 11)
        assert len(sent) == statements
    finally:
        await store.close()


async def holm_store(store: Store) -> TopicQuery:
    """Vera Holm quoted in articles 0-7 (published a day apart), two of them seen a day
    later; articles 10-13 quote Tom Rau on what Vera Holm said (her name in the sentence);
    articles 20-21 quote Tom Rau on something else. The topic 'Vera Holm' as the digest
    resolves it: her name's words and her speaker id."""
    first = [
        article(i, f"Vera Holm sagte am Tag {i}: Wir bleiben.", (Q(0, "Vera Holm", "Wir bleiben"),))
        for i in range(6)
    ]
    first += [
        article(
            10 + i,
            f"Tom Rau widersprach Vera Holm am Tag {i}.",
            (Q(0, "Tom Rau", f"widersprach Vera Holm am Tag {i}"),),
        )
        for i in range(4)
    ]
    first += [
        article(20 + i, f"Tom Rau lobte das Brot am Tag {i}.", (Q(0, "Tom Rau", "lobte das Brot"),))
        for i in range(2)
    ]
    await store.corpus.apply(first, [], [], [], now=SAMPLE_NOW)
    later = [
        article(6 + i, "Wir gehen nicht, sagte sie.", (Q(0, "Vera Holm", "Wir gehen nicht"),))
        for i in range(2)
    ]
    await store.corpus.apply(later, [], [], [], now=SAMPLE_NOW + timedelta(days=1))
    ids = tuple(i for i, name in await store.speakers.names() if name == "Vera Holm")
    assert len(ids) == 1
    return TopicQuery(fts_queries("Vera Holm")[0], ids)  # fmt: skip


@pytest.mark.parametrize(
    ("since_first_day", "limit", "days"),
    [(False, 5, [13, 12, 11, 10, 7]), (False, 20, [13, 12, 11, 10, 7, 6, 5, 4, 3, 2, 1, 0]),
     (True, 5, [7, 6])],
)  # fmt: skip
async def test_a_name_topics_quotes_are_hers_and_those_naming_her_newest_first(
    store_url: str, since_first_day: bool, limit: int, days: list[int]
) -> None:
    """Her own quotes (also those whose sentence does not name her) and Tom Rau's naming
    her, newest publication first, at most `limit`; since the first day only the two seen
    later. Tom Rau's other quotes never."""
    store = await Store.open(store_url)
    try:
        topic = await holm_store(store)
        when = SAMPLE_NOW if since_first_day else None
        quotes = await store.quotes.for_topic(topic, when, limit=limit)
        start = date(2024, 11, 1)
        assert [(q.published - start).days for q in quotes if q.published] == days
        assert all("Brot" not in q.text for q in quotes)
    finally:
        await store.close()
