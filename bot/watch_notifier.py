"""Posts what watches found after a corpus change (reload, ingest, feed update).

CorpusRepo.apply reports each change to its listeners; this one builds the posts
(handlers.watch.watch_posts) and hands them to the transports. One post per channel per run;
a channel that was posted to less than `min_interval` ago is left for the next run (its news
stays unseen, so nothing is lost), and one delayed run is scheduled for it. Runs never overlap,
also across the processes of one store: with a Replica a run holds the "watches" lease, so two
processes that both saw a new corpus version cannot post the same news twice; the one that
finds it taken tries again shortly (and then finds the news marked seen).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.store.records import CorpusChange
from bot.store.repos.leases import WATCHES
from bot.transports.base import Poster, SendError
from handlers.types import Services
from handlers.watch import watch_posts

log = logging.getLogger(__name__)

MIN_INTERVAL = timedelta(minutes=10)
LEASE_TTL = timedelta(minutes=5)
"""How long a run may hold the watches lease (a process dying in a run blocks others so long)."""
BUSY_RETRY_SECONDS = 5.0


class ReplicaLike(Protocol):
    owner: str


class WatchNotifier:
    def __init__(
        self,
        services: Services,
        posters: Mapping[str, Poster],
        min_interval: timedelta = MIN_INTERVAL,
        locale: str = "de",
        replica: ReplicaLike | None = None,
    ) -> None:
        self.services = services
        self.replica = replica
        self.posters = posters
        self.min_interval = min_interval
        self.locale = locale
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[object]] = set()  # strong references (see asyncio docs)
        self._last_post: dict[tuple[str, str], datetime] = {}
        self._later_pending = False
        self._later_task: asyncio.Task[object] | None = None
        self._retry_pending = False

    def start(self) -> None:
        """One run in the background now: catches up on changes made by other processes."""
        self._spawn(self.run())

    async def on_change(self, change: CorpusChange) -> None:
        """CorpusRepo listener: run in the background, so a reload's answer never waits on
        chat servers."""
        if change.changed_anything:
            self._spawn(self.run())

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> asyncio.Task[object]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("watch posting failed", exc_info=task.exception())

    async def run(self) -> int:
        """Post the news of every watch now; returns the number of posts made."""
        async with self._lock:
            if self.replica is None:
                return await self._run()
            leases, owner = self.services.store.leases, self.replica.owner
            if not await leases.acquire(WATCHES, owner, LEASE_TTL, self.services.clock()):
                if not self._retry_pending:  # one retry however many changes arrive meanwhile
                    self._retry_pending = True
                    self._spawn(self._busy_retry())
                return 0
            try:
                return await self._run()
            finally:
                await leases.release(WATCHES, owner)

    async def _busy_retry(self) -> None:
        await asyncio.sleep(BUSY_RETRY_SECONDS)
        self._retry_pending = False
        await self.run()

    async def _run(self) -> int:
        now = self.services.clock()
        made = 0
        deferred = False
        for post in await watch_posts(self.services, self.locale):
            key = (post.transport, post.channel_id)
            last = self._last_post.get(key)
            if last is not None and now - last < self.min_interval:
                deferred = True
                continue
            poster = self.posters.get(post.transport)
            if poster is None:
                continue
            try:
                await poster.post(post.channel_id, post.reply)
            except SendError as e:
                log.warning("watch post to %s:%s failed: %s", *key, e)
                continue
            self._last_post[key] = now
            for watch_id, keys in post.seen.items():
                await self.services.store.watches.mark_seen(watch_id, keys, now)
            made += 1
        if deferred and not self._later_pending:
            self._later_pending = True
            self._later_task = self._spawn(self._later())
        return made

    async def _later(self) -> None:
        await asyncio.sleep(self.min_interval.total_seconds())
        self._later_pending = False
        await self.run()

    async def settled(self) -> None:
        """Wait for the runs started so far (not a delayed one): for shutdown and tests."""
        running = [t for t in self._tasks if t is not self._later_task]
        await asyncio.gather(*running, return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
