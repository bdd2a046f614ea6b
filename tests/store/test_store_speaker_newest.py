"""A topic digest naming a speaker reads that speaker's newest quotes, and only as many as it
shows: an index of each speaker's quote ids (schema 25, quotes_speaker_ids) hands them out
newest first, per member of a merged speaker, on both backends. Before it, every quote of the
speaker was read and sorted (4,800 rows of a speaker with 1% of the quotes at 100k articles).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.store import Store, pg
from bot.store.repos import quotes as quotes_repo
from bot.store.topic import TopicQuery

SHOWN = 3


def said(file: str, speaker: str, n: int) -> Any:
    sentence = f"{speaker} sprach am Tag {n} über die Brücke."
    return build_extraction(
        file, file, date(2024, 11, 1), "ZDF", [sentence], (Q(0, speaker, f"am Tag {n}"),)
    )


async def two_speakers(store: Store) -> tuple[int, int]:
    """Ida Stern and Tom Berg, quoted in turns over four applies (ids grow with each), and
    Eva Roth quoted newest of all. Returns the ids of Ida Stern and Tom Berg."""
    n = 0
    for _batch in range(4):
        extractions = []
        for speaker in ("Ida Stern", "Tom Berg", "Ida Stern"):
            extractions.append(said(f"a{n}.txt", speaker, n))
            n += 1
        await store.corpus.apply(extractions, [], [], [], now=SAMPLE_NOW)
    await store.corpus.apply([said("eva.txt", "Eva Roth", 99)], [], [], [], now=SAMPLE_NOW)
    ids = {name: i for i, name in await store.speakers.names()}
    return ids["Ida Stern"], ids["Tom Berg"]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes_repo, "TOPIC_CANDIDATES", SHOWN)


@pytest.mark.usefixtures("shown")
async def test_a_merged_speakers_topic_gets_the_newest_quotes_of_both(store_url: str) -> None:
    """Ida Stern merged with Tom Berg: the topic's quotes are the 3 newest of the two
    together (days 11, 10 and 9: Ida, Ida, Tom), not Eva Roth's, not older ones."""
    store = await Store.open(store_url)
    try:
        ida, tom = await two_speakers(store)
        quotes = await store.quotes.for_topic(TopicQuery(None, (ida, tom)), None)
        assert sorted((q.text, q.speaker) for q in quotes) == [
            ("am Tag 10", "Tom Berg"),
            ("am Tag 11", "Ida Stern"),
            ("am Tag 9", "Ida Stern"),
        ]
        alone = await store.quotes.for_topic(TopicQuery(None, (tom,)), None)
        assert sorted(q.text for q in alone) == ["am Tag 10", "am Tag 4", "am Tag 7"]
    finally:
        await store.close()


def _index_rows(node: dict[str, Any], found: dict[str, list[int]]) -> None:
    if "Index Name" in node:
        found.setdefault(node["Index Name"], []).append(int(node.get("Actual Rows", 0)))
    for child in node.get("Plans", []):
        _index_rows(child, found)


async def test_a_speakers_newest_quotes_are_read_from_the_index_alone(pg_url: str) -> None:
    """PostgreSQL reads Tom Berg's 3 newest quote ids (of 4) as index entries, one scan per
    member, each stopping by the 3 the topic needs: no quote row is read, none sorted."""
    store = await Store.open(pg_url)
    try:
        ida, tom = await two_speakers(store)
        conn = store._db.conn
        assert isinstance(conn, pg.PgConnection)
        await conn.raw.execute("SET enable_seqscan = off")
        sql = pg.translate(quotes_repo.speakers_newest(2))
        text = await conn.raw.fetchval(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", ida, SHOWN, tom, SHOWN, SHOWN
        )
        found: dict[str, list[int]] = {}
        _index_rows(json.loads(text)[0]["Plan"], found)
        assert set(found) == {"quotes_speaker_ids"}
        scans = found["quotes_speaker_ids"]
        assert len(scans) == 2 and all(rows <= SHOWN for rows in scans)
    finally:
        await store.close()


async def test_sqlite_reads_a_speakers_newest_quotes_from_the_index_alone(tmp_path: Any) -> None:
    """SQLite reads each member's newest quotes from the covering index, in its order (no
    temporary sort of the speaker's quotes)."""
    store = await Store.open(tmp_path / "store.db")
    try:
        ida, tom = await two_speakers(store)
        cur = await store._db.conn.execute(
            f"EXPLAIN QUERY PLAN {quotes_repo.speakers_newest(2)}", (ida, 3, tom, 3, 3)
        )
        plan = [str(r[3]) for r in await cur.fetchall()]
        scans = [p for p in plan if "quotes" in p]
        assert scans and all("COVERING INDEX quotes_speaker_ids" in p for p in scans)
    finally:
        await store.close()


@pytest.mark.usefixtures("shown")
async def test_a_swap_that_removes_and_replaces_quotes_moves_the_newest(store_url: str) -> None:
    """After a swap removes Ida Stern's newest article and rewrites Tom Berg's (his quote gets
    a new row), the merged topic's newest three are Tom's new one and Ida's next two."""
    store = await Store.open(store_url)
    try:
        ida, tom = await two_speakers(store)
        await store.corpus.apply(
            [said("a10.txt", "Tom Berg", 12)], ["a11.txt"], [], [], now=SAMPLE_NOW
        )
        quotes = await store.quotes.for_topic(TopicQuery(None, (ida, tom)), None)
        assert sorted((q.text, q.speaker) for q in quotes) == [
            ("am Tag 12", "Tom Berg"),
            ("am Tag 8", "Ida Stern"),
            ("am Tag 9", "Ida Stern"),
        ]
    finally:
        await store.close()
