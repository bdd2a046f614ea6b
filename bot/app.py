"""The composition root: the one place that builds everything and passes dependencies in.

CLI commands build an App, use what they need and close it. Nothing else in the project
constructs stores, pipelines, schedulers or clients.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.ingest import CorpusReloader, Ingestor, Progress
from bot.notify import AdminNotifier
from bot.store import Store
from bot.store.records import CorpusChange
from bot.transports.base import Poster
from bot.watch_notifier import WatchNotifier
from handlers.dispatch import dispatch as dispatch_request
from handlers.registry import build_handlers
from handlers.types import Handler, Reply, Request, Services

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
    # The running transports by name; `run` fills it, the scheduler and the notifier read it.
    posters: dict[str, Poster] = field(default_factory=dict)
    # A transport that fails to start is retried after base, 2*base, ... at most cap seconds.
    restart_backoff: tuple[float, float] = (5.0, 300.0)
    _closers: list[Callable[[], Any]] = field(default_factory=list)

    @classmethod
    async def build(cls, config: Config, clock: Callable[[], datetime] = _now) -> App:
        store = await Store.open(config.store_path)
        ingestor = Ingestor(store, config.corpus_dir, config.nlp.model, config.nlp.workers)
        reloader = CorpusReloader(ingestor, clock)
        posters: dict[str, Poster] = {}
        services = Services(
            config=config,
            store=store,
            reloader=reloader,
            clock=clock,
            notifier=AdminNotifier(posters, config.admins.notify),
        )
        return cls(config, store, services, build_handlers(), ingestor, reloader, posters)

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
        await self.ingestor.close()
        await self.store.close()

    # -- the long-running bot -------------------------------------------------------------

    def _transports(self) -> list[Any]:
        transports: list[Any] = []
        if self.config.discord_enabled:
            from bot.transports.discord import DiscordTransport

            transports.append(DiscordTransport(self.services, self.dispatch, self.complete))
        if self.config.matrix_enabled:
            from bot.transports.matrix import MatrixTransport

            transports.append(MatrixTransport(self.services, self.dispatch))
        return transports

    async def run(self, console_factory: Callable[[App], Any] | None = None) -> None:
        """Run the configured transports (console when none is configured) with the digest
        scheduler, until cancelled or the console is left. A transport that cannot start is
        retried with backoff while the others serve (bot/transports/supervisor.py)."""
        from bot.scheduler import DigestScheduler
        from bot.transports.supervisor import keep_running

        transports = self._transports()
        for t in transports:
            self.posters[t.name] = t
        console = None
        if not transports and console_factory is not None:
            console = console_factory(self)
            self.posters["console"] = console
        scheduler = DigestScheduler(self.services, self.posters)
        self.services.scheduler = scheduler
        await scheduler.start()
        self._closers.append(scheduler.shutdown)
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
