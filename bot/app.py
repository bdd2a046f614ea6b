"""The composition root: the one place that builds everything and passes dependencies in.

CLI commands build an App, use what they need and close it. Nothing else in the project
constructs stores, pipelines, schedulers or clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    # A transport that fails to start is retried after base, 2*base, ... at most cap seconds.
    restart_backoff: tuple[float, float] = (5.0, 300.0)
    _closers: list[Callable[[], Any]] = field(default_factory=list)

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
        ingestor = Ingestor(store, config.corpus_dir, config.nlp.model, config.nlp.workers)
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
        if serve:
            scheduler = _build_scheduler(services, posters)
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

    def _start_feed_polling(self) -> None:
        """The feed poller runs as a task of the bot; closing the app cancels it."""
        task = asyncio.create_task(self.feeds.run_forever(), name="lagebild-feeds")

        async def stop() -> None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        self._closers.append(stop)

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
        if not transports:
            console = self.console()
            self.posters[console.name] = console
        await self.scheduler.start()
        self._closers.append(self.scheduler.shutdown)
        self._start_feed_polling()
        notifier = WatchNotifier(self.services, self.posters, locale=self.config.bot.locale)
        self.store.corpus.listeners.append(notifier.on_change)
        self._closers.append(notifier.close)
        # Changes made while the bot was down (`lagebild ingest`, `feeds poll`) are news too.
        notifier.start()
        for t in transports:
            self._closers.append(t.close)
        try:
            if console is not None:
                await console.chat()
            else:
                base, cap = self.restart_backoff
                await asyncio.gather(
                    *(
                        keep_running(t, notifier=self.services.notifier, base=base, cap=cap)
                        for t in transports
                    )
                )
        finally:
            await self.close()


def build_extractor(config: Config) -> Extractor:
    """The extraction pipeline alone, for `lagebild extract` (files in, no store): built here
    like every other part, from `nlp.model`."""
    from bot.nlp import Extractor, build_pipeline

    return Extractor(build_pipeline(config.nlp.model))


def _build_scheduler(services: Services, posters: dict[str, Poster]) -> DigestScheduler:
    """The scheduler needs the services (store, config, clock, notifier) and the handlers need
    the scheduler: it is built over the services without one, and the App's services are that
    plus the scheduler (Services is frozen, so nothing is patched in afterwards). Building a
    digest never schedules, so the scheduler's copy lacking itself is harmless."""
    from bot.scheduler import DigestScheduler

    return DigestScheduler(services, posters)


async def notify_feed_disabled(notifier: AdminNotifier, feed: FeedRecord, reason: str) -> None:
    """Tell the bot admins that a feed was disabled (bot.notify: the log, and the admin
    channels or DMs)."""
    await notifier.notify(
        f"News feed {feed.label} ({feed.url}) was disabled: {reason}. "
        "Fix the cause, then add it again with /feed add URL."
    )
