"""/search: German folding, prefixes, and user input that must never break FTS5."""

from __future__ import annotations

import pytest

from bot.store import Store
from bot.store.folding import MAX_QUERY_TERMS, fold_text, fts_queries, fts_query


async def test_finds_the_quote_with_speaker_and_provenance(sample_store: Store) -> None:
    [hit] = await sample_store.search.search("Wladiwostok")
    assert hit.kind == "quote" and hit.speaker == "John Kirby"
    assert hit.article_title == "Nordkoreanische Soldaten in Russland eingetroffen"
    assert hit.outlet == "Tagesschau" and hit.published is not None


@pytest.mark.parametrize("query", ["Strasse", "Straße", "STRASSE", "strasse kursk"])
async def test_sharp_s_folding(sample_store: Store, query: str) -> None:
    hits = await sample_store.search.search(query)
    assert [h.text for h in hits] == ["Die Straße nach Kursk ist seit Wochen gesperrt."]


@pytest.mark.parametrize("query", ["Schröder", "Schroder", "Schroeder", "schrö"])
async def test_umlaut_folding_and_transliteration(sample_store: Store, query: str) -> None:
    hits = await sample_store.search.search(query)
    assert [h.text for h in hits] == ["Gerhard Schröder äußerte sich nicht."]


async def test_prefix_matching(sample_store: Store) -> None:
    hits = await sample_store.search.search("Wladi")
    assert [h.speaker for h in hits] == ["John Kirby"]
    assert len(await sample_store.search.search("Nordkorea")) >= 2  # Nordkoreaner, nordkoreanische


async def test_words_are_anded_and_ranked(sample_store: Store) -> None:
    hits = await sample_store.search.search("Soldaten Kursk")
    assert hits and all("kursk" in fold_text(h.text) for h in hits)
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)


async def test_whole_words_come_before_prefix_matches(store_url: str, make_extraction) -> None:
    store = await Store.open(store_url)
    try:
        ex = make_extraction(
            "k.txt", "Kim", None, None,
            ["Kimchi Kimchi Kimchi wird exportiert.", "Auch Kim äußerte sich zu Kimchi."],
        )  # fmt: skip
        await store.corpus.apply([ex], [], [], [])
        assert [h.text[:4] for h in await store.search.search("Kim")] == ["Auch", "Kimc"]
        assert len(await store.search.search("Kim", limit=1)) == 1
    finally:
        await store.close()


def test_query_stages_go_from_whole_words_to_prefixes() -> None:
    assert fts_queries("Soldaten Wladi") == [
        '"soldaten" AND "wladi"',
        '"soldaten" AND "wladi"*',
        '"soldaten"* AND "wladi"*',
    ]
    assert fts_queries("Kim") == ['"kim"', '"kim"*']
    assert fts_queries("ab") == ['"ab"']
    assert fts_queries(" ,;") == []


async def test_a_sentence_holding_a_matching_quote_is_listed_once(sample_store: Store) -> None:
    hits = await sample_store.search.search("gefährliche Entwicklung")
    assert [(h.kind, h.speaker) for h in hits] == [("quote", "Lloyd Austin")]


@pytest.mark.parametrize(
    "query",
    ['"', "Kim*OR(", "NEAR(", "-", ":", "Kim:", "(Kim", 'Kim"', "AND", "OR NOT", "^Kim", "*",
     "Kim Jong-Un", "kim AND OR", "{col}: x", "'", "\\", "\x00", "🙂 Kim"],
)  # fmt: skip
async def test_fts_syntax_in_user_input_never_raises(sample_store: Store, query: str) -> None:
    hits = await sample_store.search.search(query)
    if "kim" in query.lower() and "jong" not in query.lower() and "or" not in query.lower():
        assert any("Kim" in h.text for h in hits)


@pytest.mark.parametrize("query", ["", "   ", '"', "?!.,;", "()*"])
async def test_input_without_words_gives_no_hits(sample_store: Store, query: str) -> None:
    assert await sample_store.search.search(query) == []
    assert await sample_store.quotes.about(query) == []


async def test_very_long_input_is_cut_not_rejected(sample_store: Store) -> None:
    long_query = "Straße " + " ".join(f"wort{i}" for i in range(5000))
    assert await sample_store.search.search(long_query) == []  # AND of many unknown words
    query = fts_query(long_query)
    assert query is not None and query.count(" AND ") == MAX_QUERY_TERMS - 1
    assert await sample_store.search.search("Straße " * 2000) != []  # repeats collapse


def test_query_expressions_quote_every_term() -> None:
    assert fts_query('Kim*OR( "NEAR"') == '"kim"* AND "or" AND "near"*'
    assert fts_query("Schroeder") == '("schroeder"* OR "schroder"*)'
    assert fts_query("neue") == '"neue"*'
    assert fts_query("?!") is None


async def test_a_word_in_very_many_rows_is_ranked_newest_first(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Near-stopwords skip bm25 (its document count reads the whole match list)."""
    import bot.store.repos.search as search_repo

    all_hits = await sample_store.search.search("Soldaten", limit=50)
    assert len(all_hits) >= 3
    monkeypatch.setattr(search_repo, "FTS_CANDIDATES", 1)
    hits = await sample_store.search.search("Soldaten", limit=50)
    assert {(h.kind, h.text) for h in hits} == {(h.kind, h.text) for h in all_hits}
    # among the sentences, those of the newest ingested articles come first
    articles = [h.article_id for h in hits if h.kind == "sentence"]
    assert len(set(articles)) > 1
    assert articles == sorted(articles, reverse=True)


@pytest.mark.parametrize("text", ["Soldaten", "Soldaten Wladiwostok"])
async def test_searches_of_a_common_word_with_other_pages_send_one_statement(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Newest first, the page size (a search's limit, plus the sentences its quotes showed)
    is a parameter of the walk, not a number in its text: written in, each page size was a
    statement of its own, which every read connection prepared and its server planned anew.
    So it is beside a rare word (PostgreSQL looks its rows up alone: fts_newest_within). The
    answers are those of their pages."""
    import aiosqlite

    import bot.store.repos.search as search_repo
    from bot.store.pg import PgConnection

    monkeypatch.setattr(search_repo, "FTS_CANDIDATES", 1)  # "Soldaten": newest first
    sent: list[str] = []
    for cls in (aiosqlite.Connection, PgConnection):

        def noted(original: object) -> object:
            async def execute(conn: object, sql: str, parameters: object = None) -> object:
                sent.append(sql)
                return await original(conn, sql, parameters)  # type: ignore[operator]

            return execute

        monkeypatch.setattr(cls, "execute", noted(cls.execute))
    every = await sample_store.search.search(text, limit=50)
    texts: list[set[str]] = []
    for limit in (1, 2, 3):
        sent.clear()
        hits = await sample_store.search.search(text, limit=limit)
        assert [(h.kind, h.text) for h in hits] == [(h.kind, h.text) for h in every[:limit]]
        texts.append(set(sent))
    # a smaller page may stop at an earlier stage (whole words), sending fewer statements
    assert set().union(*texts) == texts[-1]


@pytest.mark.parametrize("text", ["Streik Hafen", "Streik Haf", "Hafen Streik"])
async def test_a_common_and_a_rare_word_find_the_newest_rows_holding_both(
    store_url: str, make_extraction, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """One word in many rows (newest first), one in few: only rows holding both, newest
    article first, also when the rare word is a prefix (PostgreSQL then looks up the rare
    word's rows alone and tests the common word on them)."""
    import bot.store.repos.search as search_repo

    monkeypatch.setattr(search_repo, "FTS_CANDIDATES", 3)  # Streik in 5 rows, Hafen in 3
    store = await Store.open(store_url)
    try:
        older = make_extraction(
            "a.txt", "Alt", None, None,
            ["Der Streik im Hafen dauert an.", "Der Streik geht weiter.", "Kein Streik."],
        )  # fmt: skip
        newer = make_extraction(
            "b.txt", "Neu", None, None,
            ["Ein Streik ohne Ende.", "Der Streik im Hafen endet.", "Am Hafen ist es ruhig."],
        )  # fmt: skip
        await store.corpus.apply([older], [], [], [])
        await store.corpus.apply([newer], [], [], [])
        hits = await store.search.search(text)
        assert [h.text for h in hits] == [
            "Der Streik im Hafen endet.",
            "Der Streik im Hafen dauert an.",
        ]
    finally:
        await store.close()


@pytest.mark.parametrize("text", ["die Lage", "Lage und die", "LAGE DER"])
async def test_stop_words_are_ignored_alike_on_both_backends(
    store_url: str, make_extraction, text: str
) -> None:
    """PostgreSQL's German configuration drops "die", "und", "der": the same query finds the
    same rows on SQLite (which indexes every word) as there."""
    store = await Store.open(store_url)
    try:
        ex = make_extraction(
            "l.txt", "Lage", None, None,
            ["Die Lage ist ernst.", "Eine Lage ohne Ausweg.", "Die Wetterlage bleibt."],
        )  # fmt: skip
        await store.corpus.apply([ex], [], [], [])
        hits = await store.search.search(text)
        assert sorted(h.text for h in hits) == ["Die Lage ist ernst.", "Eine Lage ohne Ausweg."]
        assert await store.search.search("die und der") == []
    finally:
        await store.close()


def test_stop_words_leave_no_query_term() -> None:
    assert fts_queries("die Lage") == fts_queries("Lage")
    assert fts_queries("und die der") == []


async def test_newest_within_rare_words_gives_the_newest_rows_of_the_whole_query(
    sample_store: Store,
) -> None:
    """fts_newest_within (the rare words looked up, the rest tested on their rows) returns
    the rows of the plain newest-first query, on either backend, with its limit written in or
    given as a parameter."""
    d = sample_store._db.dialect
    conn = sample_store._db.conn
    query, rare = '"soldaten" AND "kursk"', '"kursk"'
    cur = await conn.execute(
        f"SELECT id FROM ({d.fts_newest('sentence', 'recent', 10)}) m ORDER BY rank",
        (d.match(query),),
    )
    plain = [r[0] for r in await cur.fetchall()]
    cur = await conn.execute(
        f"SELECT id FROM ({d.fts_newest_within('sentence', 10)}) m ORDER BY rank",
        (d.match(query), d.match(rare)),
    )
    assert [r[0] for r in await cur.fetchall()] == plain and plain
    # the limit as a parameter (the search's page), after the rare words: the same rows
    for limit in (1, 10):
        cur = await conn.execute(
            f"SELECT id FROM ({d.fts_newest_within('sentence')}) m ORDER BY rank",
            (d.match(query), d.match(rare), limit),
        )
        assert [r[0] for r in await cur.fetchall()] == plain[:limit]


async def test_a_word_does_not_find_unrelated_longer_words_its_stem_begins(
    store_url: str, make_extraction
) -> None:
    """/search Übersee found "Übersetzer", "übersetzt" and "Übersetzung": Snowball stems
    "ubersee" to "uberse", and the widening prefix stage matched every stem that begins with
    it. A prefix is now the word as typed, a whole word still its stem: inflected forms and
    compounds of the word are found, its stem's other words are not."""
    store = await Store.open(store_url)
    try:
        ex = make_extraction(
            "u.txt", "Verhandlungen", None, None,
            ["Der Übersetzer kam spät.", "Sie hat das Buch übersetzt.",
             "Die Übersetzung liegt vor.", "Der Soldat wartete am Hafen.",
             "Die Ware kommt aus Übersee.", "Der Überseehandel wächst."],
        )  # fmt: skip
        await store.corpus.apply([ex], [], [], [])
        texts = {h.text for h in await store.search.search("Übersee")}
        assert texts == {"Die Ware kommt aus Übersee.", "Der Überseehandel wächst."}
        assert [h.text for h in await store.search.search("Soldaten")] == [
            "Der Soldat wartete am Hafen."
        ]
        assert len(await store.search.search("Überset")) == 3  # a fragment still widens
    finally:
        await store.close()
