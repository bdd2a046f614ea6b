"""On PostgreSQL a /search prefix is looked up as the words of the rows it begins (an OR of
them, from fts_lexemes), not as a prefix: GIN collects every row id of every such word before
it can AND a prefix with another word ('kursk' & 'tenmi':* in 2M sentences: 66-75 ms, as words
26-31 ms). The hits must stay exactly those of the prefix.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import asyncpg
import pytest
from sample_corpus import SAMPLE_NOW, Q, build_extraction

from bot.models import ArticleExtraction
from bot.store import Store, dialect, fts_lexemes, pg


def article(file: str, sentences: list[str], quotes: tuple[Q, ...] = ()) -> ArticleExtraction:
    return build_extraction(file, file, date(2024, 11, 1), "ZDF", sentences, quotes)


def test_a_prefix_is_written_as_the_words_it_begins() -> None:
    words: dict[str, tuple[str, ...] | None] = {"pan": ("panz", "panzerhaubitz")}
    assert fts_lexemes.prefixes_of("'kursk' & 'pan':*") == ["pan"]
    assert (
        fts_lexemes.expand_prefixes("'kursk' & 'pan':*", words)
        == "'kursk' & ('panz' | 'panzerhaubitz')"
    )
    # inside an OR of spellings, and a whole word that is also a prefix elsewhere
    assert (
        fts_lexemes.expand_prefixes("'pan' & ('mull' | 'pan':*)", words)
        == "'pan' & ('mull' | ('panz' | 'panzerhaubitz'))"
    )


@pytest.mark.parametrize(
    "words",
    [
        {"pan": None},  # more words than PREFIX_WORDS
        {"pan": ()},  # no row's word begins with it
        {"pan": ("panz", "pan-kanal")},  # a word to_tsquery would split
        {"pan": ("panz", "pan'z")},  # a word that would need quoting
        {},  # not looked up
    ],
)
def test_a_prefix_stays_a_prefix_unless_its_words_are_plain_and_known(
    words: dict[str, tuple[str, ...] | None],
) -> None:
    assert fts_lexemes.expand_prefixes("'kursk' & 'pan':*", words) == "'kursk' & 'pan':*"


async def tank_store(store: Store) -> None:
    """'Kursk' with words beginning 'panz' in sentences and quotes, and without them."""
    articles = [
        article(f"p{i}.txt", [f"Panzer rollen durch Kursk {i}.", "Ruhe in Kursk."])
        for i in range(3)
    ]
    articles += [
        article(
            "h.txt",
            ["Panzerhaubitzen feuern bei Kursk.", "Panzerung hält in Orel."],
            (Q(0, "Kim Berg", "Panzerhaubitzen feuern"),),
        ),
        article("o.txt", ["Panzer rollen durch Orel."]),
    ]
    await store.corpus.apply(articles, [], [], [], now=SAMPLE_NOW)


def hits_of(found: list[Any]) -> list[tuple[str, int, str]]:
    return [(h.kind, h.article_id, h.text) for h in found]


async def test_a_search_with_a_prefix_finds_what_the_prefix_finds(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Kursk Panz' (the last word a prefix) finds the three sentences and the quote naming
    Kursk with a word beginning 'panz', none of Orel, the same as the prefix itself; the
    statements AND 'kursk' with the words of each kind's rows, not with the prefix, and the
    words of the search's prefixes are read once."""
    store = await Store.open(pg_url)
    sent: list[str] = []
    original = pg.PgConnection.execute

    lookups: list[Any] = []

    async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
        sent.extend(str(p) for p in parameters or () if isinstance(p, str))
        if sql == fts_lexemes.PREFIX_WORDS_SQL:
            lookups.append(parameters)
        return await original(conn, sql, parameters)

    try:
        await tank_store(store)
        monkeypatch.setattr(pg.PgConnection, "execute", execute)
        found = hits_of(await store.search.search("Kursk Panz"))
        # each kind's own words: 'Panzerung' (panzer) is in a sentence, in no quote
        assert "'kursk' & ('panz' | 'panzer' | 'panzerhaubitz')" in sent
        assert "'kursk' & ('panzerhaubitz')" in sent
        assert not any("'panz':*" in p and "&" in p for p in sent)
        # the words of both stages' prefixes ('panz', then 'kursk' too) in one look-up
        assert [sorted(p[0]) for p in lookups] == [["kursk", "panz"]]
        monkeypatch.setattr(dialect.PgDialect, "prefix_words", lambda self: None)
        assert found == hits_of(await store.search.search("Kursk Panz"))
        assert sorted(text for _kind, _id, text in found) == [
            "Panzer rollen durch Kursk 0.",
            "Panzer rollen durch Kursk 1.",
            "Panzer rollen durch Kursk 2.",
            "Panzerhaubitzen feuern",
        ]
    finally:
        await store.close()


async def test_a_best_ranked_search_reads_its_few_matches_from_the_index(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search whose terms are each in few rows is ranked by relevance, over all its matches.
    The planner guessed an OR of a prefix's words in thousands of rows and walked the primary
    key down testing every row ("Rober" at 100k articles: 1.3-2.4 s, 5 ms from the index).
    With sorting made dear (as a misestimate makes the walk look cheap; and no sequential
    scan, which a table of a few rows would take), the statement must
    still read the full-text index, never walk the primary key."""
    store = await Store.open(pg_url)
    ranked: list[tuple[str, tuple[Any, ...]]] = []
    original = pg.PgConnection.execute

    async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
        if "ts_rank" in sql:
            ranked.append((sql, tuple(parameters or ())))
        return await original(conn, sql, parameters)

    try:
        await tank_store(store)
        monkeypatch.setattr(pg.PgConnection, "execute", execute)
        assert await store.search.search("Kursk Panz")
        assert ranked
        raw = await asyncpg.connect(pg_url)
        try:
            await raw.execute("SET enable_sort = off; SET enable_seqscan = off")
            for sql, params in ranked:
                plan = "\n".join(
                    r[0] for r in await raw.fetch("EXPLAIN " + pg.translate(sql), *params)
                )
                assert "Index Scan Backward" not in plan, plan
                assert "_fts" in plan, plan
        finally:
            await raw.close()
    finally:
        await store.close()
