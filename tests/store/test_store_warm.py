"""A serving process warms its store before users ask (issue 14: a cold first answer after a
start or a corpus swap is what a user sees).

On PostgreSQL every read connection prepares each statement the first time it runs it, and
each of the SNAPSHOT_READERS connections is opened only when a reply first needs it. After
bot.warmup.warm_up every read connection is open and has prepared the statements of the
warm-up commands: replies on any of them then prepare nothing new, and give the answers they
gave before. The prepared statements are read from the server (pg_prepared_statements of each
connection's session), not from the driver.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import asyncpg
import pytest
from sample_corpus import SAMPLE_NOW, sample_corpus

import bot.warmup
import handlers.digest as handlers_digest
from bot.app import App
from bot.config import Config, CorpusConfig, NlpConfig, StoreConfig
from bot.store import Store
from bot.store.db import SNAPSHOT_READERS
from bot.store.pg import REPLAY_MAX_S, PgConnection, StatementLog, translate
from bot.store.repos.articles import ArticleRepo
from bot.warmup import warm_up, warm_up_requests
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

_INSPECT = "SELECT statement FROM pg_prepared_statements"


def _request(command: str, args: dict[str, str]) -> Request:
    return Request(command, args, UserRef("console:tester", "tester"), ChannelRef("console", "c"))


async def _prepared(conn: PgConnection) -> set[str]:
    """The statements the server holds prepared for this connection's session."""
    cur = await conn.execute(_INSPECT)
    return {row[0] for row in await cur.fetchall()} - {_INSPECT}


async def _digests(services: Services, n: int) -> list[Reply]:
    """n topic digests at once: each holds a snapshot, so each runs on its own connection."""
    handlers = build_handlers()
    req = _request("digest", {"topic": "Selenskyj"})
    return await asyncio.gather(*(dispatch(req, services, handlers) for _ in range(n)))


async def test_after_the_warm_up_every_read_connection_serves_a_digest_without_preparing(
    pg_url: str,
) -> None:
    store = await Store.open(pg_url)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        services = Services(config=Config(), store=store)
        cold = await _digests(services, 1)  # the answer of a process that was not warmed
        readers = store._db._all_readers
        assert len(readers) == 2  # its snapshot's, and the sibling's its quotes ran on

        prepared = await warm_up(services, build_handlers())
        learned = set(store._db.statements.texts())
        warm = await _digests(services, SNAPSHOT_READERS)  # right away: each on its own reader

        assert prepared > 0 and len(learned) >= 10
        assert [r.kind for r in warm] == ["ok"] * SNAPSHOT_READERS
        assert all(r.blocks == cold[0].blocks for r in warm)
        assert set(store._db.statements.texts()) == learned  # the digests prepared nothing new
        assert len(readers) == SNAPSHOT_READERS
        for reader in readers:
            assert isinstance(reader, PgConnection)
            assert await _prepared(reader) == learned  # each holds all, on the server
    finally:
        await store.close()


async def test_after_the_warm_up_a_place_or_subject_digest_prepares_nothing_new(
    pg_url: str,
) -> None:
    """A topic's full-text walks are other statements for one word or several words that name
    no speaker than for a name: warmed with the most quoted speaker alone, a process's first
    digest of a place or a subject prepared them on its connection and planned them in a
    server process that had never seen them. The warm-up also asks for the most reported
    subject, its words and its last word, so the digests of other such topics prepare no
    full-text statement, and answer as an unwarmed process does."""
    store = await Store.open(pg_url)
    other = None
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        subjects = await store.figures.subjects(limit=1)
        assert subjects and subjects[0].subject.lower() != "gefährliche entwicklung"
        services = Services(config=Config(), store=store)
        handlers = build_handlers()
        await warm_up(services, handlers)
        learned = set(store._db.statements.texts())
        # a place, and two words that are no speaker's name (not the warm-up's words)
        requests = [
            _request("digest", {"topic": t}) for t in ("Wladiwostok", "gefährliche Entwicklung")
        ]
        warm = [await dispatch(req, services, handlers) for req in requests]

        new = set(store._db.statements.texts()) - learned
        assert [text for text in new if "to_tsquery" in text] == []  # (IN lists vary in size)
        other = await Store.open(pg_url)  # a process that was not warmed
        cold = [
            await dispatch(req, Services(config=Config(), store=other), handlers)
            for req in requests
        ]
        assert [r.kind for r in warm] == ["ok", "ok"]
        assert [r.blocks for r in warm] == [r.blocks for r in cold]
    finally:
        if other is not None:
            await other.close()
        await store.close()


async def test_a_reader_that_reconnected_is_warmed_again(pg_url: str) -> None:
    """Prepared statements live in the server session: a connection replaced after a lost
    one starts cold, and the next warm prepares the statements on it again."""
    store = await Store.open(pg_url)
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        services = Services(config=Config(), store=store)
        await warm_up(services, build_handlers())
        reader = store._db._all_readers[0]
        assert isinstance(reader, PgConnection)
        learned = await _prepared(reader)
        await reader.raw.close()  # as a server restart would
        assert await _prepared(reader) == set()  # a new session: nothing prepared

        assert await store.warm() > 0

        assert await _prepared(reader) >= learned
    finally:
        await store.close()


async def test_warming_an_sqlite_store_changes_nothing(tmp_path: object) -> None:
    """SQLite compiles a statement in microseconds and its connections share one page cache:
    there is nothing to warm, and the warm-up's commands leave answers as they were."""
    store = await Store.open(str(tmp_path) + "/store.db")  # type: ignore[operator]
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        services = Services(config=Config(), store=store)
        before = await _digests(services, 1)
        assert await warm_up(services, build_handlers()) == 0
        assert (await _digests(services, 1))[0].blocks == before[0].blocks
    finally:
        await store.close()


def test_the_warm_up_asks_for_the_most_quoted_speaker_only_when_there_is_one() -> None:
    assert [r.command for r in warm_up_requests(None)] == ["digest", "figures"]
    subject = warm_up_requests(None, "nordkoreanische Soldaten")
    assert [(r.command, r.args) for r in subject[2:]] == [
        ("digest", {"topic": "nordkoreanische Soldaten"}),
        ("search", {"text": "nordkoreanische Soldaten"}),
        ("digest", {"topic": "Soldaten"}),
    ]
    named = warm_up_requests("Wolodymyr Selenskyj")
    assert [(r.command, r.args) for r in named[2:]] == [
        ("digest", {"topic": "Wolodymyr Selenskyj"}),
        ("who_said", {"speaker": "Wolodymyr Selenskyj"}),
        ("search", {"text": "Selenskyj"}),
    ]


async def test_the_app_warms_its_store_at_start_and_after_a_corpus_swap(
    pg_url: str, tmp_path: Path
) -> None:
    (tmp_path / "corpus").mkdir()
    config = replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path=pg_url),
        nlp=NlpConfig(workers=0),
    )
    app = await App.build(config)
    try:
        await app.store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        app.keep_warm()
        first = app._warming
        assert first is not None
        await first
        readers = app.store._db._all_readers
        assert len(readers) == SNAPSHOT_READERS
        for reader in readers:
            assert isinstance(reader, PgConnection)
            assert len(await _prepared(reader)) >= 10

        await app.store.corpus.apply([], ["002_kommentar.txt"], [], [], now=SAMPLE_NOW)

        again = app._warming
        assert again is not None and again is not first
        await again
    finally:
        await app.close()


def test_a_statement_whose_latest_run_was_slow_is_not_run_again_by_a_warm_up() -> None:
    log = StatementLog()
    log.add("SELECT a FROM t WHERE b = $1", (1,), seconds=0.01)
    log.add("SELECT c FROM t WHERE d = $1", ("x",), seconds=REPLAY_MAX_S * 4)
    assert log.runs() == [("SELECT a FROM t WHERE b = $1", (1,))]
    log.add("SELECT c FROM t WHERE d = $1", ("y",), seconds=0.01)  # fast this time
    assert log.runs()[-1] == ("SELECT c FROM t WHERE d = $1", ("y",))
    assert len(log) == 2


async def test_a_fast_statement_that_waited_for_its_connection_is_replayed(pg_url: str) -> None:
    """The time noted is the statement's own, not the wait behind another reply's slow one
    on the same connection (which made a fast statement "too slow" for every warm-up)."""
    raw = await asyncpg.connect(pg_url)

    async def reconnect() -> asyncpg.Connection:
        return await asyncpg.connect(pg_url)

    conn = PgConnection(raw, reconnect, "test")
    conn.log = StatementLog()
    fast = "SELECT CAST(? AS INTEGER) + 1"
    try:
        slow = asyncio.create_task(conn.execute("SELECT pg_sleep(0.5)"))
        await asyncio.sleep(0.05)  # the slow statement holds the connection now
        await conn.execute(fast, (1,))
        await slow
    finally:
        await conn.close()
    assert (translate(fast), (1,)) in conn.log.runs()


async def test_the_most_quoted_speaker_is_the_first_named_one_of_the_list(
    sample_store: Store,
) -> None:
    """`most_quoted` is what the speaker list shows first (anonymous speakers aside), also
    after an editor hid that speaker."""
    named = [s for s in await sample_store.speakers.all() if s.kind != "anonymous"]
    assert len(named) >= 2
    assert await sample_store.speakers.most_quoted() == named[0]
    await sample_store.curation.add("hide_speaker", named[0].name, "tester", SAMPLE_NOW)
    after = [s for s in await sample_store.speakers.all() if s.kind != "anonymous"]
    assert after[0] != named[0]
    assert await sample_store.speakers.most_quoted() == after[0]


async def test_the_warm_up_does_not_read_every_speaker(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It asks the store for the most quoted speaker (one row), not for all of them."""
    sent: list[str] = []
    for cls in (aiosqlite.Connection, PgConnection):

        def counted(original: Any) -> Any:
            async def execute(conn: Any, sql: str, parameters: Any = None) -> Any:
                sent.append(" ".join(sql.split()))
                return await original(conn, sql, parameters)

            return execute

        monkeypatch.setattr(cls, "execute", counted(cls.execute))
    top = await sample_store.speakers.most_quoted()
    assert top is not None
    digests: list[Request] = []
    real_dispatch = bot.warmup.dispatch

    async def noted(req: Request, services: Services, handlers: Any) -> Reply:
        digests.append(req)
        return await real_dispatch(req, services, handlers)

    monkeypatch.setattr(bot.warmup, "dispatch", noted)
    sent.clear()
    await warm_up(Services(config=Config(), store=sample_store), build_handlers())
    every_speaker = [
        s for s in sent if s.endswith("FROM speakers sp ORDER BY sp.quote_count DESC, sp.name")
    ]
    assert every_speaker == []
    assert {"topic": top.name} in [r.args for r in digests]


async def test_the_warm_up_builds_the_digest_a_subscribed_channel_gets_next(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subscribed channel's digest is built since its last posting, and the first one of a
    moment after a swap summarised every subject changed since then (0.4-0.7 s at 100k
    articles). The warm-up after a swap builds it (bot.warmup.warm_subscribed), so the
    channel's /digest reads its lines kept, and says what an unwarmed process says."""
    channel = ChannelRef("matrix", "!lage:example.org")
    req = Request("digest", {}, UserRef("matrix:@u:example.org", "u"), channel)
    handlers = build_handlers()
    store = await Store.open(store_url)
    other = None
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        sub = await store.subscriptions.upsert(
            channel.transport, channel.id, "08:00", "UTC", "u", now=SAMPLE_NOW - timedelta(days=3)
        )
        posted = SAMPLE_NOW - timedelta(days=1)
        await store.subscriptions.record_sent(sub.id, posted, posted, "")
        await store.subscriptions.upsert(  # a topic, never posted yet: everything on it
            "matrix", "!thema:example.org", "08:00", "UTC", "u", topic="Soldaten", now=posted
        )
        services = Services(config=Config(), store=store)
        await warm_up(services, handlers)
        topics: list[object] = []
        original_topic = ArticleRepo.for_topic

        async def reading(self: ArticleRepo, *args: Any) -> Any:
            topics.append(args[0])
            return await original_topic(self, *args)

        monkeypatch.setattr(ArticleRepo, "for_topic", reading)
        on_topic = replace(
            req, args={"topic": "Soldaten"}, channel=ChannelRef("matrix", "!thema:example.org")
        )
        assert (await dispatch(on_topic, services, handlers)).kind == "ok"
        assert topics == []  # built by the warm-up

        built: list[str] = []
        original = handlers_digest._since_line

        def counting(subject: str, *args: Any) -> Any:
            built.append(subject)
            return original(subject, *args)

        monkeypatch.setattr(handlers_digest, "_since_line", counting)
        warm = await dispatch(req, services, handlers)
        assert built == []  # every changed subject's line was built by the warm-up

        other = await Store.open(store_url)  # a process that was not warmed
        cold = await dispatch(req, Services(config=Config(), store=other), handlers)
        assert built  # it builds them
        assert warm.blocks == cold.blocks and warm.title == cold.title
        assert "Soldaten" in "\n".join(b.text for b in warm.blocks)
    finally:
        if other is not None:
            await other.close()
        await store.close()


async def test_a_statement_too_slow_to_run_again_is_planned_by_a_warm_up(pg_url: str) -> None:
    """A statement whose latest run was slow (a topic digest's walk on a cold server, reading
    its pages from disk) is not run again on the other connections, but planned there
    (EXPLAIN): planning it was most of its first run in a new server process. Planned, not
    run: the warm-up does not wait for it."""
    raw = await asyncpg.connect(pg_url)

    async def reconnect() -> asyncpg.Connection:
        return await asyncpg.connect(pg_url)

    conn = PgConnection(raw, reconnect, "test")
    conn.log = StatementLog()
    slow = translate("SELECT pg_sleep(CAST(? AS FLOAT8)), count(*) FROM articles")
    conn.log.add(slow, (30.0,), seconds=REPLAY_MAX_S * 4)
    try:
        assert conn.log.runs() == []
        planned = await asyncio.wait_for(conn.warm(conn.log.runs(), conn.log.slow()), 10)
        assert planned == 1
        assert await conn.warm(conn.log.runs(), conn.log.slow()) == 0  # once per session
        assert await _prepared(conn) == set()  # planned, never run nor kept prepared
    finally:
        await conn.close()
