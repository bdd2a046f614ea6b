"""The composition root: the one place that builds everything and passes dependencies in.

CLI commands build an App, use what they need and close it. Nothing else in the project
constructs stores, pipelines, schedulers or clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import heap
from bot.config import Config
from bot.feeds.poller import FeedPoller, OnDisabled
from bot.ingest import CorpusReloader, Ingestor, Progress
from bot.notify import AdminNotifier
from bot.store import Store
from bot.store.records import CorpusChange, FeedRecord
from bot.transports.base import Poster, Transport
from bot.watch_notifier import WatchNotifier
from handlers.dispatch import dispatch as dispatch_request
from handlers.registry import build_handlers
from handlers.types import Handler, Reply, Request, Services

if TYPE_CHECKING:
    from bot.nlp import Extractor
    from bot.scheduler import DigestScheduler
    from bot.scheduler.replica import Replica
    from bot.transports.console import ConsoleTransport

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class App:
    config: Config
    store: Store
    services: Services
    handlers: dict[str, Handler]
    ingestor: Ingestor
    reloader: CorpusReloader
    feeds: FeedPoller
    # The posters by name, shared with the notifier and the scheduler: `run` adds each chat
    # transport (and the console) when it starts serving.
    posters: dict[str, Poster] = field(default_factory=dict)
    # The configured chat transports (Discord, Matrix); built by `build(serve=True)` only.
    transports: list[Transport] = field(default_factory=list)
    # The digest scheduler, built by `build(serve=True)` only; `run` starts it.
    scheduler: DigestScheduler | None = None
    # This process among the processes sharing the store (heartbeat, leadership, claims);
    # built by `build(serve=True)` only, started by `join_replicas`.
    replica: Replica | None = None
    # `run --headless`: no console conversation; digests subscribed from the console are
    # printed to standard output, and the process serves until SIGTERM or SIGINT.
    headless: bool = False
    # A transport that fails to start is retried after base, 2*base, ... at most cap seconds.
    restart_backoff: tuple[float, float] = (5.0, 300.0)
    _closers: list[Callable[[], Any]] = field(default_factory=list)
    _joined: bool = False
    _background: set[asyncio.Task[None]] = field(default_factory=set)
    _warming: asyncio.Task[None] | None = None
    _warm_again: bool = False

    @classmethod
    async def build(
        cls,
        config: Config,
        clock: Callable[[], datetime] = _now,
        on_feed_disabled: OnDisabled | None = None,
        *,
        serve: bool = False,
    ) -> App:
        """Builds the store, the pipeline (ingestor), the feed poller and, with `serve` (the
        long-running bot), the digest scheduler and every configured chat transport.

        One-off commands (`ask`, `digest`, `feeds`) leave `serve` off: they neither post
        digests nor connect to a chat server (and do not pay for importing their libraries).
        `on_feed_disabled` replaces the default notice (every transport's bot admins)."""
        store = await Store.open(config.store_location)
        ingestor = Ingestor(
            store,
            config.corpus_dir,
            config.nlp.model,
            config.nlp.workers,
            pos_tagger=config.nlp.pos_tagger,
        )
        reloader = CorpusReloader(ingestor, clock)
        posters: dict[str, Poster] = {}
        notifier = AdminNotifier(posters, config.admins.notify)
        feeds = FeedPoller(
            store,
            ingestor,
            config.feeds,
            clock,
            on_disabled=on_feed_disabled or partial(notify_feed_disabled, notifier),
        )
        services = Services(
            config=config,
            store=store,
            reloader=reloader,
            clock=clock,
            notifier=notifier,
            feeds=feeds,
        )
        scheduler = None
        replica = None
        if serve:
            replica = _build_replica(config, store, clock)
            scheduler = _build_scheduler(services, posters, replica)
            services = replace(services, scheduler=scheduler)
        app = cls(
            config,
            store,
            services,
            build_handlers(),
            ingestor,
            reloader,
            feeds,
            posters,
            scheduler=scheduler,
            replica=replica,
        )
        if serve:
            app.transports = app._chat_transports()
        return app

    def console(self, locale: str | None = None, *, as_admin: bool = False) -> ConsoleTransport:
        """The terminal transport over this App's services (`ask`, `chat`, and `run` without
        a configured chat transport)."""
        from bot.transports.console import ConsoleTransport

        return ConsoleTransport(
            self.services, self.handlers, locale=locale or self.config.bot.locale, as_admin=as_admin
        )

    async def dispatch(self, req: Request) -> Reply:
        return await dispatch_request(req, self.services, self.handlers)

    async def complete(self, kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        from handlers.autocomplete import complete

        return await complete(kind, prefix, self.services, locale)

    # Brings the store in line with the corpus directory (cheap when nothing changed): used by
    # `ingest`, and by `run`/`ask` before serving.
    async def ingest(
        self,
        directory: Path | None = None,
        progress: Progress | None = None,
        allow_empty: bool = False,
    ) -> CorpusChange:
        return await self.ingestor.run(directory, progress, allow_empty)

    async def close(self) -> None:
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        for closer in reversed(self._closers):
            try:
                result = closer()
                if asyncio.iscoroutine(result):
                    await result
            except Exception:
                log.exception("error while shutting down")
        self._closers.clear()
        await self.feeds.close()
        await self.ingestor.close()
        await self.store.close()

    # -- the long-running bot -------------------------------------------------------------

    def _chat_transports(self) -> list[Transport]:
        """The configured chat transports; their libraries are imported only when configured."""
        transports: list[Transport] = []
        if self.config.discord_enabled:
            from bot.transports.discord import DiscordTransport

            transports.append(DiscordTransport(self.services, self.dispatch, self.complete))
        if self.config.matrix_enabled:
            from bot.transports.matrix import MatrixTransport

            transports.append(MatrixTransport(self.services, self.dispatch))
        return transports

    async def join_replicas(self) -> bool:
        """Start this process's heartbeat (once): its replica lease, and the leader lease if
        no other live process holds it. Returns whether this process leads (polls feeds and
        brings the corpus up to date at start)."""
        if self.replica is None:
            raise RuntimeError("join_replicas needs an App built with serve=True")
        if not self._joined:
            self._joined = True
            await self.replica.start()
            self._closers.insert(0, self.replica.close)  # closed last: leases go at the very end
        return self.replica.is_leader

    def when_leading(self, work: Callable[[], Awaitable[object]]) -> None:
        """Run `work` in the background each time this process becomes the leader later on
        (another process led at start, then stopped or died): e.g. the start-up ingest it
        skipped. A failure is logged; closing the app cancels it."""
        if self.replica is None:
            raise RuntimeError("when_leading needs an App built with serve=True")

        async def guarded() -> None:
            try:
                await work()
            except Exception:
                log.exception("work on becoming the leader failed")

        def spawn() -> None:
            task = asyncio.create_task(guarded(), name="lagebild-leader-work")
            self._background.add(task)
            task.add_done_callback(self._background.discard)

        self.replica.on_lead.append(spawn)

    def warm_up(self) -> None:
        """Warm this process in the background (bot.warmup): at start and after a corpus
        swap, so that the first answers are not the slow ones, then settle its heap
        (bot.heap). One at a time: a request while one runs is remembered and runs once after
        it. A failure is logged only."""
        if self._warming is not None and not self._warming.done():
            self._warm_again = True
            return
        self._warm_again = False

        async def guarded() -> None:
            from bot.warmup import warm_up

            try:
                await warm_up(self.services, self.handlers)
            except Exception:
                log.warning("warming up the store failed", exc_info=True)
            # what the warm-up built (caches, prepared statements, the lemma table) lives as
            # long as startup's objects: never scanned by a collection inside a reply either
            heap.settle()
            if self._warm_again:
                self._warming = None
                self.warm_up()

        task = asyncio.create_task(guarded(), name="lagebild-warm-up")
        self._warming = task
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def keep_warm(self) -> None:
        """Warm up now and after every corpus swap this process commits (`_follow_corpus`
        adds those that other processes commit)."""
        self.store.corpus.listeners.append(self._warm_after_change)
        self.warm_up()

    async def _warm_after_change(self, change: CorpusChange) -> None:
        self.warm_up()

    def _start_feed_polling(self) -> None:
        """The feed poller runs as a task of the bot (only the leader polls; closing the app
        cancels it)."""
        replica = self.replica
        may_poll = (lambda: replica.is_leader) if replica is not None else (lambda: True)
        task = asyncio.create_task(self.feeds.run_forever(may_poll), name="lagebild-feeds")

        async def stop() -> None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        self._closers.append(stop)

    def _follow_corpus(self, notifier: WatchNotifier) -> None:
        """Every heartbeat looks at the store's corpus version: one committed by another
        process (the leader's feed poll, a /reload there) starts the watch posts here too."""
        from bot.scheduler.follower import CorpusFollower

        if self.replica is None:
            return
        follower = CorpusFollower(self.store, [notifier.start, self.warm_up])
        self.replica.on_beat.append(follower.check)

    async def run(self) -> None:
        """Run the transports built by `build(serve=True)` (the console when none is
        configured) with the digest scheduler, until cancelled or the console is left. A
        transport that cannot start is retried with backoff while the others serve
        (bot/transports/supervisor.py)."""
        from bot.transports.supervisor import keep_running

        if self.scheduler is None:
            raise RuntimeError("App.run needs an App built with serve=True")
        transports = self.transports
        for t in transports:
            self.posters[t.name] = t
        console = None
        if not transports or self.headless:
            console = self.console()
            self.posters[console.name] = console
        await self.join_replicas()
        await self.scheduler.start()
        self._closers.append(self.scheduler.shutdown)
        self._start_feed_polling()
        notifier = WatchNotifier(
            self.services,
            self.posters,
            locale=self.config.bot.locale,
            replica=self.replica,
        )
        self.store.corpus.listeners.append(notifier.on_change)
        self._closers.append(notifier.close)
        # Changes made while the bot was down (`lagebild ingest`, `feeds poll`) are news too.
        notifier.start()
        self._follow_corpus(notifier)
        for t in transports:
            self._closers.append(t.close)
        heap.settle()  # what startup built is never scanned by a collection inside a reply
        self.keep_warm()
        try:
            if console is not None and not self.headless:
                await console.chat()
            else:
                # Headless still serves the configured chat transports (a systemd unit or a
                # container runs `run --headless`); it only has no console conversation.
                base, cap = self.restart_backoff
                serving = (
                    asyncio.gather(
                        *(
                            keep_running(t, notifier=self.services.notifier, base=base, cap=cap)
                            for t in transports
                        )
                    )
                    if transports
                    else None
                )
                signals = ("SIGTERM", "SIGINT") if self.headless else ("SIGTERM",)
                await _until_terminated(serving, signals)
        finally:
            await self.close()


def build_extractor(config: Config) -> Extractor:
    """The extraction pipeline alone, for `lagebild extract` (files in, no store): built here
    like every other part, from `nlp.model` and `nlp.pos_tagger`."""
    from bot.nlp import Extractor, build_pipeline

    return Extractor(build_pipeline(config.nlp.model, config.nlp.pos_tagger))


def _build_replica(config: Config, store: Store, clock: Callable[[], datetime]) -> Replica:
    from bot.scheduler.replica import Replica

    r = config.replicas
    return Replica(
        store.leases,
        clock,
        heartbeat_seconds=r.heartbeat_seconds,
        dead_after_seconds=r.dead_after_seconds,
    )


async def _until_terminated(serving: asyncio.Future[Any] | None, names: tuple[str, ...]) -> None:
    """Serve until `serving` ends or one of the signals `names` arrives (systemd and
    containers stop with SIGTERM): the signal ends this wait, so the App closes in order and
    hands its leases to the other replicas at once instead of after dead_after_seconds."""
    import signal

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    sigs = [getattr(signal, name) for name in names]
    for sig in sigs:
        loop.add_signal_handler(sig, stop.set)
    stopping = asyncio.ensure_future(stop.wait())
    try:
        waits: list[asyncio.Future[Any]] = [stopping]
        if serving is not None:
            waits.append(serving)
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if serving is not None:
            if serving.done():
                serving.result()  # a transport's failure surfaces as before
            else:
                serving.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await serving
    finally:
        stopping.cancel()
        if serving is not None and not serving.done():
            serving.cancel()
        for sig in sigs:
            loop.remove_signal_handler(sig)


def _build_scheduler(
    services: Services, posters: dict[str, Poster], replica: Replica
) -> DigestScheduler:
    """The scheduler needs the services (store, config, clock, notifier) and the handlers need
    the scheduler: it is built over the services without one, and the App's services are that
    plus the scheduler (Services is frozen, so nothing is patched in afterwards). Building a
    digest never schedules, so the scheduler's copy lacking itself is harmless."""
    from bot.scheduler import DigestScheduler

    return DigestScheduler(services, posters, replica=replica)


async def notify_feed_disabled(notifier: AdminNotifier, feed: FeedRecord, reason: str) -> None:
    """Tell the bot admins that a feed was disabled (bot.notify: the log, and the admin
    channels or DMs)."""
    await notifier.notify(
        f"News feed {feed.label} ({feed.url}) was disabled: {reason}. "
        "Fix the cause, then add it again with /feed add URL."
    )
