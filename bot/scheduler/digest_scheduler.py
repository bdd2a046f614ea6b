"""Posting daily digests: one APScheduler cron job per enabled subscription, exactly once per
slot, with catch-up after a restart and retries on transport trouble.

Exactly once, as far as a chat API allows it:
- A slot is the trigger's scheduled fire time (UTC). Before anything is posted, the slot is
  recorded as intended (`record_intent`); a slot that was already intended or sent is never
  posted again, so a restart, a duplicate job run or a catch-up cannot double-post.
- The trade-off is at-most-once: a crash after the intent but before the post completes loses
  that one digest instead of risking a double post (no chat API lets us ask "did my message
  arrive?"). The next slot is posted normally. A send that failed for good before anything
  was posted clears the intent, so a restart may catch that slot up.
- At most one digest per local calendar day, which also covers the autumn DST overlap in which
  a cron time happens twice.

Catch-up: jobs added at start-up only look forward, so `start()` itself sends ONE digest for
the latest missed slot of each subscription if it is within `catch_up_hours`; never several.

Nothing here reads the wall clock directly: `now` is injected (the composition root passes the
Services clock; tests pass time-machine's or a fixed one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.scheduler.slots import format_time, latest_slot, local_day, make_trigger, normalize_time
from bot.store.records import Subscription
from bot.transports.base import ChannelGone, Poster, TransientSendError
from handlers.digest import build_digest, digest_as_text
from handlers.types import Services

log = logging.getLogger(__name__)

Outcome = Literal[
    "sent", "empty", "duplicate", "disabled", "failed", "no_transport", "gone", "unknown"
]


@dataclass(frozen=True, slots=True)
class SlotResult:
    """What happened to one slot of one subscription (returned for logs and tests)."""

    subscription_id: int
    slot: datetime
    outcome: Outcome
    attempts: int = 0
    detail: str | None = None


def job_id(subscription_id: int) -> str:
    return f"sub:{subscription_id}"


class DigestScheduler:
    """Implements handlers.types.Scheduler (add_or_update / remove) for the handlers, and owns
    the AsyncIOScheduler that fires the digests."""

    def __init__(
        self,
        services: Services,
        posters: Mapping[str, Poster],
        *,
        now: Callable[[], datetime] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        backoff_base: float = 2.0,
        backoff_max: float = 300.0,
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.services = services
        self.posters = dict(posters)
        self._now = now or services.clock
        self._sleep = sleep
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.aps = scheduler or AsyncIOScheduler(timezone=UTC)
        self._tasks: set[asyncio.Task[SlotResult | None]] = set()
        self._locks: dict[int, asyncio.Lock] = {}

    # -- lifecycle ------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now().astimezone(UTC)

    async def start(self) -> None:
        """Rebuild the jobs from the store, start firing, and start the catch-up sends in the
        background (a slow transport must not delay start-up; `idle()` waits for them)."""
        subs = []
        for sub in await self.services.store.subscriptions.list(enabled_only=True):
            try:
                self._add_job(sub)
            except (ValueError, KeyError) as e:  # a stored time or zone this system rejects
                log.error("subscription %s not scheduled: %s", sub.id, e)
                continue
            subs.append(sub)
        if not self.aps.running:
            self.aps.start()
        now = self.now()
        for sub in subs:
            slot = self.catch_up_slot(sub, now)
            if slot is not None:
                log.info("catch-up digest for subscription %s, slot %s", sub.id, slot)
                self._spawn(self.run_slot(sub.id, slot))

    async def shutdown(self) -> None:
        if self.aps.running:
            self.aps.shutdown(wait=False)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def idle(self) -> None:
        """Wait until no catch-up or scheduled send is in flight (tests, orderly shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- handlers.types.Scheduler ---------------------------------------------------------

    async def add_or_update(self, subscription_id: int) -> None:
        sub = await self.services.store.subscriptions.get(subscription_id)
        if sub is None or not sub.enabled:
            await self.remove(subscription_id)
            return
        self._add_job(sub)

    async def remove(self, subscription_id: int) -> None:
        if self.aps.get_job(job_id(subscription_id)) is not None:
            self.aps.remove_job(job_id(subscription_id))

    # -- slots ----------------------------------------------------------------------------

    def _add_job(self, sub: Subscription) -> None:
        self.aps.add_job(
            self._fire,
            make_trigger(sub.time, sub.timezone),
            args=[sub.id],
            id=job_id(sub.id),
            name=f"digest {sub.transport}:{sub.channel_id}",
            replace_existing=True,
            # APScheduler's default grace of 1 s silently drops a digest after any stall.
            misfire_grace_time=self.services.config.digest.misfire_grace_seconds,
            coalesce=True,
            max_instances=1,
        )

    def catch_up_slot(self, sub: Subscription, now: datetime) -> datetime | None:
        """The one slot to send at start-up: the latest slot before now, if it was missed and is
        no older than catch_up_hours. Older missed slots are not sent at all."""
        if not sub.enabled:
            return None
        slot = latest_slot(make_trigger(sub.time, sub.timezone), now)
        if slot is None or not _after(slot, sub.last_slot) or not _after(slot, sub.intent_slot):
            return None
        window = timedelta(hours=self.services.config.digest.catch_up_hours)
        if now - slot > window:
            return None
        return slot

    async def _fire(self, subscription_id: int) -> SlotResult | None:
        """The APScheduler job. APScheduler does not hand the scheduled time to the job, so the
        slot is recomputed: the latest fire time at or before now (a daily trigger cannot have
        fired a later one, and the grace period is far below a day)."""
        sub = await self.services.store.subscriptions.get(subscription_id)
        if sub is None or not sub.enabled:
            await self.remove(subscription_id)
            return None
        slot = latest_slot(make_trigger(sub.time, sub.timezone), self.now())
        if slot is None:
            return None
        # Tracked like the catch-ups, so idle() and shutdown() see scheduled sends too.
        return await self._spawn(self.run_slot(subscription_id, slot))

    def _spawn(self, coro: Awaitable[SlotResult | None]) -> asyncio.Task[SlotResult | None]:
        task: asyncio.Task[SlotResult | None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def run_slot(self, subscription_id: int, slot: datetime) -> SlotResult:
        """Send the digest of one slot at most once. Serialised per subscription so a catch-up
        and a job firing at the same moment cannot both pass the intent check in between."""
        lock = self._locks.setdefault(subscription_id, asyncio.Lock())
        async with lock:
            try:
                return await self._run_slot(subscription_id, slot.astimezone(UTC))
            except Exception:
                log.exception("digest for subscription %s slot %s failed", subscription_id, slot)
                return SlotResult(subscription_id, slot, "unknown")

    async def _run_slot(self, subscription_id: int, slot: datetime) -> SlotResult:
        repo = self.services.store.subscriptions
        sub = await repo.get(subscription_id)
        if sub is None or not sub.enabled:
            return SlotResult(subscription_id, slot, "disabled")
        poster = self.posters.get(sub.transport)
        if poster is None:
            # This process does not run that transport (e.g. Matrix not configured today):
            # leave the slot untouched so a process that does can still catch it up.
            log.warning("no transport %r for subscription %s", sub.transport, sub.id)
            return SlotResult(sub.id, slot, "no_transport")
        if _dst_repeat(sub.last_slot, slot, sub) or _dst_repeat(sub.intent_slot, slot, sub):
            return SlotResult(sub.id, slot, "duplicate", detail="already posted this local day")
        if not await repo.record_intent(sub.id, slot):
            return SlotResult(sub.id, slot, "duplicate")

        built_at = self.now()
        try:
            reply = await build_digest(
                self.services,
                sub.last_sent_at,
                self.services.config.bot.locale,
                topic=sub.topic or None,
            )
            if reply is not None:
                reply.mention_role = sub.mention_role
        except Exception as e:
            # Nothing was posted: free the slot so a restart can still catch it up.
            await repo.clear_intent(sub.id)
            log.exception("building the digest for subscription %s failed", sub.id)
            await self._notify(poster, f"Digest for {sub.channel_id} not built: {e}")
            return SlotResult(sub.id, slot, "failed", detail=str(e))
        if reply is None:
            # when_empty = "skip": the slot is done, nothing to post.
            await repo.record_sent(sub.id, slot, built_at, "")
            return SlotResult(sub.id, slot, "empty")

        max_attempts = self.services.config.digest.max_send_attempts
        for attempt in range(1, max_attempts + 1):
            try:
                await poster.post(sub.channel_id, reply)
            except ChannelGone as e:
                reason = str(e) or "channel gone"
                await repo.disable(sub.id, reason)
                await self.remove(sub.id)
                await self._notify(
                    poster,
                    f"Daily digest for {sub.transport} channel {sub.channel_id} disabled: "
                    f"{reason}. Subscribe again there once the bot may post.",
                )
                return SlotResult(sub.id, slot, "gone", attempt, reason)
            except TransientSendError as e:
                if attempt == max_attempts:
                    await repo.clear_intent(sub.id)
                    await self._notify(
                        poster,
                        f"Daily digest for {sub.transport} channel {sub.channel_id} not "
                        f"posted after {attempt} attempts: {e}",
                    )
                    return SlotResult(sub.id, slot, "failed", attempt, str(e))
                delay = self.backoff(attempt, e.retry_after)
                log.warning(
                    "digest to %s failed (%s), retry %d in %.1f s",
                    sub.channel_id,
                    e,
                    attempt,
                    delay,
                )
                await self._sleep(delay)
            else:
                await repo.record_sent(sub.id, slot, built_at, digest_as_text(reply))
                return SlotResult(sub.id, slot, "sent", attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff, but never sooner than the transport asked (rate limits)."""
        delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return max(delay, retry_after or 0.0)

    async def _notify(self, poster: Poster, text: str) -> None:
        try:
            await poster.notify_admins(text)
        except Exception:
            log.exception("could not notify admins: %s", text)


def _after(slot: datetime, other: datetime | None) -> bool:
    return other is None or slot > other.astimezone(UTC)


def _dst_repeat(earlier: datetime | None, slot: datetime, sub: Subscription) -> bool:
    """Whether `slot` repeats an earlier slot's local day AND wall time: the autumn overlap, in
    which a cron time happens twice. (A subscription's initial last_slot is its creation time,
    and a changed time of day is a new wish; neither may suppress today's digest.)"""
    if earlier is None or earlier.astimezone(UTC) == slot:
        return False
    tz = sub.timezone
    wall = earlier.astimezone(ZoneInfo(tz))
    return local_day(earlier, tz) == local_day(slot, tz) and format_time(
        wall.hour, wall.minute
    ) == normalize_time(sub.time)
