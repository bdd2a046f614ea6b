"""Several processes on one store, each here a Store of its own on one store (separate
connections and locks, as two processes have; SQLite and PostgreSQL): one leader at a time polls feeds, taken over
when it goes; a /reload while another process applies a corpus says so; a process that did
not apply a new corpus version answers from it at once and posts its watch news, and two
processes that saw the same version post that news once."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sample_corpus import Q, build_extraction
from werkzeug import Request as WsgiRequest
from werkzeug import Response

from bot.app import App
from bot.config import Config, CorpusConfig, FeedsConfig, NlpConfig, ReplicasConfig, StoreConfig
from bot.feeds.poller import FeedPoller
from bot.ingest import Ingestor
from bot.models import ArticleExtraction
from bot.render.text import render_text
from bot.scheduler.follower import CorpusFollower
from bot.scheduler.replica import Replica
from bot.store import Store
from bot.watch_notifier import WatchNotifier
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.textcommand import parse_command_line
from handlers.types import ChannelRef, Reply, Request, Services, UserRef

ROOM = ChannelRef("matrix", "!lage:example.org")
EMPTY_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Leer</title>
<link>http://example.org/</link><description>-</description></channel></rss>"""


def kirby(file: str, said: str) -> ArticleExtraction:
    return build_extraction(
        file, f"Kirby: {said}", date(2024, 11, 15), "Spiegel",
        [f"John Kirby sagte, {said}."], quotes=[Q(0, "John Kirby", said)],
    )  # fmt: skip


def lavrov(file: str) -> ArticleExtraction:
    return build_extraction(
        file, "Lawrow antwortet", date(2024, 11, 16), "Tass",
        ["Sergej Lawrow sagte, das sei erfunden."], quotes=[Q(0, "Sergej Lawrow", "das sei erfunden")],
    )  # fmt: skip


@pytest.fixture
async def two_stores(store_url: str) -> AsyncIterator[tuple[Store, Store]]:
    first = await Store.open(store_url)
    await first.corpus.apply([kirby("a.txt", "die Truppen seien da")], [], [], [])
    second = await Store.open(store_url)
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


# -- one leader polls feeds ---------------------------------------------------------------------


@pytest.fixture
def feed_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.expect_request(re.compile(".*")).respond_with_handler(
        lambda _req: Response(EMPTY_FEED, content_type="application/rss+xml")
    )
    try:
        yield server
    finally:
        server.clear()
        server.stop()


def fetched(server: HTTPServer) -> list[str]:
    return [r.path for r, _ in server.log if isinstance(r, WsgiRequest)]


async def test_only_the_leader_polls_feeds_and_another_takes_over_when_it_goes(
    two_stores: tuple[Store, Store], feed_server: HTTPServer, tmp_path: Path
) -> None:
    clock = Clock()
    pollers, tasks, replicas = [], [], []
    await two_stores[0].feeds.add(feed_server.url_for("/one.xml"), None, "t", clock())
    for store in two_stores:
        replica = Replica(store.leases, clock, heartbeat_seconds=1, dead_after_seconds=30)
        await replica.beat()
        poller = FeedPoller(
            store, Ingestor(store, tmp_path, workers=0), FeedsConfig(timeout_seconds=2), clock
        )
        replicas.append(replica)
        pollers.append(poller)
        tasks.append(asyncio.create_task(poller.run_forever(lambda r=replica: r.is_leader)))
    try:
        assert [r.is_leader for r in replicas] == [True, False]
        await until(lambda: len(fetched(feed_server)) >= 1)
        # The feed is due again and the other process looks for due feeds: not its turn.
        clock.now += timedelta(minutes=16)
        pollers[1].wake()
        await asyncio.sleep(1.0)
        assert fetched(feed_server) == ["/one.xml"]

        # The leader goes (an orderly stop releases its lease; a crash lets it expire).
        tasks[0].cancel()
        await replicas[0].close()
        await replicas[1].beat()
        assert replicas[1].is_leader
        await two_stores[1].feeds.add(feed_server.url_for("/two.xml"), None, "t", clock())
        pollers[1].wake()
        await until(lambda: "/two.xml" in fetched(feed_server))
        # The new leader polls what is due: the new feed (and the first one again).
        assert fetched(feed_server).count("/two.xml") == 1
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for poller in pollers:
            await poller.close()
            await poller.ingestor.close()


async def until(check: Any, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0.02)


# -- /reload while another process applies a corpus ---------------------------------------------


@pytest.fixture
async def second_app(store_url: str, tmp_path: Path) -> AsyncIterator[App]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Titel: Truppen\n\nJohn Kirby sagte, die Truppen seien da.\n", encoding="utf-8"
    )
    config = Config(
        corpus=CorpusConfig(dir=str(corpus)),
        store=StoreConfig(path=store_url),
        nlp=NlpConfig(workers=0),
    )
    app = await App.build(config)
    try:
        yield app
    finally:
        await app.close()


async def ask(app: App, line: str, locale: str = "de") -> str:
    command, args = parse_command_line(line)
    user = UserRef("console:ops", "Ops", bot_admin=True)
    reply = await app.dispatch(Request(command, args, user, ROOM, locale=locale))
    return render_text(reply, locale)


async def test_reload_while_another_process_applies_a_corpus_says_it_runs_elsewhere(
    two_stores: tuple[Store, Store], second_app: App
) -> None:
    first, _ = two_stores
    async with first.corpus.session():  # another process's reload or feed poll, in progress
        de = await ask(second_app, "/reload")
        en = await ask(second_app, "/reload", "en")
    assert "anderer Prozess" in de and "bisherigen Korpus" in de
    assert "Another process of this bot is reloading" in en
    assert "fehlgeschlagen" not in de.lower() and "failed" not in en.lower()
    log = await second_app.store.reloads.last()
    assert log is not None and log.status == "failed"  # logged, not silently dropped
    # Once it has finished, the same request works.
    assert "anderer Prozess" not in await ask(second_app, "/reload")


# -- following the corpus version another process committed ------------------------------------


async def test_a_process_answers_from_a_version_another_process_committed(
    two_stores: tuple[Store, Store], second_app: App
) -> None:
    first, _ = two_stores
    before = await ask(second_app, "/speakers")
    assert "John Kirby" in before and "Lawrow" not in before  # cached in this process now
    status = await ask(second_app, "/status")
    await first.corpus.apply([lavrov("b.txt")], [], [], [])  # the leader's feed poll
    assert "Sergej Lawrow" in await ask(second_app, "/speakers")
    assert "Sergej Lawrow" in await ask(second_app, "/who_said Lawrow")
    assert await ask(second_app, "/status") != status
    # An editor's correction made through the other process shows here too.
    await first.curation.add("rename", "Sergej Lawrow", "t", datetime.now(UTC), "Sergei Lavrov")
    speakers = await ask(second_app, "/speakers")
    assert "Sergei Lavrov" in speakers and "Sergej Lawrow" not in speakers


class Poster:
    name = "matrix"

    def __init__(self) -> None:
        self.posts: list[str] = []

    async def post(
        self, channel_id: str, reply: Reply, *, skip: int = 0, on_part: Any = None
    ) -> int:
        self.posts.append(render_text(reply))
        await asyncio.sleep(0.05)  # a chat server takes a moment: the runs overlap
        return 1

    async def notify_admins(self, text: str) -> None:
        raise AssertionError(text)


async def test_watch_news_of_another_process_s_change_is_posted_once(
    two_stores: tuple[Store, Store],
) -> None:
    clock = Clock()
    parts = []
    for store in two_stores:
        services = Services(config=Config(), store=store, clock=clock)
        replica = Replica(store.leases, clock, heartbeat_seconds=1, dead_after_seconds=30)
        poster = Poster()
        notifier = WatchNotifier(services, {"matrix": poster}, replica=replica)
        follower = CorpusFollower(store, [notifier.start])
        await follower.check()
        parts.append((poster, notifier, follower))
    first, _ = two_stores
    command, args = parse_command_line("/watch Kirby")
    user = UserRef("@ed:example.org", "Ed", can_manage_channel=True)
    services = Services(config=Config(), store=first, clock=clock)
    await dispatch(Request(command, args, user, ROOM), services, build_handlers())

    # A third process (`lagebild feeds poll`) commits a new Kirby quote; both bots see it.
    await first.corpus.apply([kirby("c.txt", "es gebe neue Truppen")], [], [], [])
    assert [await f.check() for _, _, f in parts] == [True, True]
    for _, notifier, _ in parts:
        await notifier.settled()
    await asyncio.sleep(0.1)
    for _, notifier, _ in parts:
        await notifier.settled()
    posts = [text for poster, _, _ in parts for text in poster.posts]
    assert len(posts) == 1 and "es gebe neue Truppen" in posts[0]
    for _, notifier, _ in parts:
        await notifier.close()


async def test_a_process_that_becomes_leader_later_brings_the_corpus_up_to_date(
    tmp_path: Path, store_url: str
) -> None:
    """A restart right after a crash: the dead process's leader lease still runs, so the new
    process starts as a follower and skips the start-up ingest -- and does it once the lease
    has run out and it leads."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Titel: Truppen\n\nJohn Kirby sagte, die Truppen seien da.\n", encoding="utf-8"
    )
    config = Config(
        corpus=CorpusConfig(dir=str(corpus)),
        store=StoreConfig(path=store_url),
        nlp=NlpConfig(workers=0),
        replicas=ReplicasConfig(heartbeat_seconds=0.1, dead_after_seconds=0.5),
    )
    app = await App.build(config, serve=True)
    try:
        crashed = datetime.now(UTC)
        assert await app.store.leases.acquire("leader", "crashed", timedelta(seconds=0.5), crashed)
        assert not await app.join_replicas()
        app.when_leading(app.ingest)
        assert (await app.store.corpus.status()).articles == 0

        async def ingested() -> bool:
            return (await app.store.corpus.status()).articles == 1

        await until_async(ingested)
        assert app.replica is not None and app.replica.is_leader
    finally:
        await app.close()


async def until_async(check: Any, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0.05)
