"""This process among the `lagebild run` processes that share one store.

Every process has an owner id and a heartbeat: each beat renews its replica lease (the sign of
life that keeps its digest claims its own) and takes or renews the leader lease, which only one
process holds at a time. The leader polls feeds (bot.feeds.poller asks `is_leader`); every
process posts the digests and answers the commands of its own transports. A process that dies
stops renewing: after `dead_after` its claims are taken over and another process becomes
leader. An orderly shutdown releases both leases at once.

APScheduler 3 must not share a job store between processes, so each process keeps its own
in-memory jobs and the database decides who acts (leases here, claims in the scheduler).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.store.repos.leases import LEADER, LeaseRepo, replica_lease

log = logging.getLogger(__name__)

OnBeat = Callable[[], Awaitable[object]]


def new_owner_id() -> str:
    """Host, pid and a random part: readable in the store, unique even when a pid is reused."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class Replica:
    def __init__(
        self,
        leases: LeaseRepo,
        clock: Callable[[], datetime],
        *,
        heartbeat_seconds: float = 5.0,
        dead_after_seconds: float = 30.0,
        owner: str | None = None,
    ) -> None:
        self.leases = leases
        self.clock = clock
        self.heartbeat = heartbeat_seconds
        self.dead_after = timedelta(seconds=dead_after_seconds)
        self.owner = owner or new_owner_id()
        # Run after every beat (the scheduler looks for orphaned digest claims, the corpus
        # follower for a new corpus version); each failure is logged and never stops the beat.
        self.on_beat: list[OnBeat] = []
        # Called (not awaited) when this process becomes the leader after its first beat: work
        # the leader does once, e.g. the start-up ingest a process skipped while another led.
        self.on_lead: list[Callable[[], object]] = []
        self._leader_until: datetime | None = None
        self._task: asyncio.Task[None] | None = None
        self._work: asyncio.Task[None] | None = None

    @property
    def is_leader(self) -> bool:
        """Whether this process holds the leader lease now (judged by the expiry it renewed
        last: a process whose beats fail stops counting itself leader when the lease ends)."""
        return self._leader_until is not None and self.clock() < self._leader_until

    async def beat(self) -> None:
        """Renew the replica lease, take or renew leadership, then run the beat callbacks."""
        if await self._renew():
            await self._callbacks()

    async def _renew(self) -> bool:
        """Renew this process's leases; False when the store could not be written."""
        now = self.clock()
        try:
            await self.leases.acquire(replica_lease(self.owner), self.owner, self.dead_after, now)
            was_leader = self.is_leader
            if await self.leases.acquire(LEADER, self.owner, self.dead_after, now):
                self._leader_until = now + self.dead_after
                if not was_leader:
                    log.info("replica %s is now the leader (feed polls)", self.owner)
                    if self._task is not None:  # not the first beat: start() reports that one
                        for callback in list(self.on_lead):
                            callback()
            elif was_leader:
                self._leader_until = None
                log.warning("replica %s lost the leader lease", self.owner)
            else:
                self._leader_until = None
        except Exception as e:  # a busy store: the next beat tries again
            log.warning("replica heartbeat failed: %s", e)
            return False
        return True

    async def _callbacks(self) -> None:
        for callback in list(self.on_beat):
            try:
                await callback()
            except Exception:
                log.exception("heartbeat callback failed")

    async def start(self) -> None:
        """The first beat now (leadership is known before serving), then one every
        `heartbeat_seconds` in the background."""
        await self.beat()
        self._task = asyncio.create_task(self._run(), name="lagebild-heartbeat")

    async def _run(self) -> None:
        """Renewals keep their rhythm however long the callbacks take (a slow store, many
        subscriptions): the callbacks run beside the loop, one round at a time."""
        while True:
            await asyncio.sleep(self.heartbeat)
            if await self._renew() and (self._work is None or self._work.done()):
                self._work = asyncio.create_task(self._callbacks(), name="lagebild-beat-work")

    async def close(self) -> None:
        """Stop beating and hand over at once: the leases are released, not left to expire."""
        for task in (self._task, self._work):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._work = None
        for name in (LEADER, replica_lease(self.owner)):
            try:
                await self.leases.release(name, self.owner)
            except Exception as e:
                log.warning("could not release lease %s: %s", name, e)
        self._leader_until = None
