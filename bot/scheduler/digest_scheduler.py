"""Posting daily digests: one APScheduler cron job per enabled subscription, exactly once per
slot, resumed where it stopped, caught up within a window, and reported when it cannot be sent.

The rules (docs/security.md, "Faults", says the same for operators):
- A slot is the trigger's scheduled fire time (UTC). Before anything is posted the slot is
  recorded as intended (`record_intent`), and each part (message) that goes out is recorded
  (`record_progress`); `record_sent` closes the slot. An intended or sent slot is never started
  again, so a duplicate job run or a catch-up cannot double-post.
- A send that fails on part 2 is retried from part 2 (the transport skips the parts already
  out): at once with backoff, then every backoff_max seconds while within the catch-up window
  (a transport that is down comes back), and after a restart from the recorded progress.
- Catch-up: jobs only look forward, and APScheduler drops a run later than the misfire grace
  (a stall or a clock jump). So at start-up, and whenever APScheduler reports a missed run,
  `recover()` looks at each subscription's latest slot: within `digest.catch_up_hours` a
  missed slot is sent once (never several; the digest covers everything since the last one),
  an older one is not sent but reported to the bot admins and marked as given up.
- A crash between intent and sent: at start the intent is resumed at its first unsent part
  when within the window, else reported as lost. Never silently dropped. Another process may
  still be sending it, so a foreign intent is taken over only once its claim's owner is dead
  (below) -- or, for an intent without a claim (a store from before claims), after
  `stale_after` without a sign of life -- by a compare-and-swap on the token judged stale. The
  part that was in flight at the crash may appear twice (no chat API lets us ask "did my
  message arrive?").
- Several processes on one store (docs/deploy.md): before anything is sent, the slot is
  claimed in the database (`digest_claims`, one row per subscription and slot), so of N
  processes whose jobs all fire exactly one posts it. A claim is held while its owner's
  replica lease (bot.scheduler.replica) is renewed; when the owner dies, any other process
  takes the claim over at its next heartbeat (`sweep`) and resumes at the first unsent part.
  A taken-over owner that was only stalled learns it at its next part (its progress no longer
  matches) and stops, so at most the part in flight appears twice.
- Transient store errors (`database is locked` during a long corpus swap) are retried with
  backoff at every store call; if the store stays busy the admins hear about it.
- At most one digest per local calendar day, which also covers the autumn DST overlap in which
  a cron time happens twice (not with digest.interval_seconds, whose slots are seconds apart).

Nothing here reads the wall clock directly: `now` is injected (the composition root passes the
Services clock; tests pass time-machine's or a fixed one).
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Literal, TypeVar
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger

from bot.scheduler.replica import Replica, new_owner_id
from bot.scheduler.slots import (
    format_time,
    interval_trigger,
    latest_slot,
    local_day,
    make_trigger,
    normalize_time,
)
from bot.store.errors import is_transient
from bot.store.records import Subscription
from bot.transports.base import ChannelGone, Poster, TransientSendError
from handlers.digest import build_digest, digest_as_text
from handlers.i18n import t
from handlers.syntax import syntax_for
from handlers.types import Reply, Services

log = logging.getLogger(__name__)

T = TypeVar("T")

Outcome = Literal[
    "sent",
    "empty",
    "duplicate",
    "disabled",
    "failed",
    "no_transport",
    "gone",
    "missed",
    "lost",
    "unknown",
]


@dataclass(frozen=True, slots=True)
class SlotResult:
    """What happened to one slot of one subscription (returned for logs and tests)."""

    subscription_id: int
    slot: datetime
    outcome: Outcome
    attempts: int = 0
    detail: str | None = None


CLAIMS_KEPT = timedelta(days=7)
LEASES_KEPT = timedelta(days=1)
PRUNE_EVERY = timedelta(hours=1)


class ClaimTakenOver(Exception):
    """This process's run of a slot was superseded by another process's takeover."""


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
        store_attempts: int = 6,
        stale_after: timedelta = timedelta(minutes=10),
        scheduler: AsyncIOScheduler | None = None,
        replica: Replica | None = None,
    ) -> None:
        self.services = services
        # Who this process is to the other processes of the store (claims name it); without a
        # Replica (one-off use, tests) an owner no other process sees alive.
        self.replica = replica
        self.owner = replica.owner if replica is not None else new_owner_id()
        self.posters = posters  # the App's dict: transports that start late appear in it
        self._now = now or services.clock
        self._sleep = sleep
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.store_attempts = store_attempts
        self.stale_after = stale_after
        self.aps = scheduler or AsyncIOScheduler(timezone=UTC)
        self.aps.add_listener(self._on_missed, EVENT_JOB_MISSED)
        self._tasks: set[asyncio.Task[SlotResult | None]] = set()
        self._locks: dict[int, asyncio.Lock] = {}
        self._own_runs: set[str] = set()  # claim tokens of intents this process took
        self._later: dict[tuple[int, datetime], int] = {}  # later attempts per failed slot
        self._sweeping: set[int] = set()  # subscriptions whose orphaned claim is being resumed
        self._pruned_at: datetime | None = None
        # What each job was built from: a heartbeat compares it with the store, so that a
        # subscription made, changed or removed in another process is followed here too.
        self._jobs: dict[int, tuple[str, str]] = {}

    # -- lifecycle ------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._now().astimezone(UTC)

    async def start(self) -> None:
        """Rebuild the jobs from the store, start firing, and start the recovery of missed and
        interrupted slots in the background (a slow transport must not delay start-up;
        `idle()` waits for them)."""
        repo = self.services.store.subscriptions
        subs = await self._store("listing subscriptions", lambda: repo.list(enabled_only=True))
        scheduled = []
        for sub in subs:
            try:
                self._add_job(sub)
            except (ValueError, KeyError) as e:  # a stored time or zone this system rejects
                log.error("subscription %s not scheduled: %s", sub.id, e)
                continue
            scheduled.append(sub)
        if not self.aps.running:
            self.aps.start()
        for sub in scheduled:
            self._spawn(self.recover(sub.id))
        if self.replica is not None and self.sweep not in self.replica.on_beat:
            self.replica.on_beat.append(self.sweep)

    async def shutdown(self) -> None:
        if self.replica is not None and self.sweep in self.replica.on_beat:
            self.replica.on_beat.remove(self.sweep)
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
        self._jobs.pop(subscription_id, None)
        if self.aps.get_job(job_id(subscription_id)) is not None:
            self.aps.remove_job(job_id(subscription_id))

    # -- slots ----------------------------------------------------------------------------

    def _add_job(self, sub: Subscription) -> None:
        self._jobs[sub.id] = (sub.time, sub.timezone)
        self.aps.add_job(
            self._fire,
            self.trigger(sub),
            args=[sub.id],
            id=job_id(sub.id),
            name=f"digest {sub.transport}:{sub.channel_id}",
            replace_existing=True,
            # APScheduler's default grace of 1 s silently drops a digest after any stall; what
            # is later than this grace is handled by _on_missed -> recover().
            misfire_grace_time=self.services.config.digest.misfire_grace_seconds,
            coalesce=True,
            max_instances=1,
        )

    def trigger(self, sub: Subscription) -> BaseTrigger:
        """Daily at the subscription's time, or every digest.interval_seconds when set."""
        interval = self.services.config.digest.interval_seconds
        return interval_trigger(interval) if interval > 0 else make_trigger(sub.time, sub.timezone)

    def _repeats_local_day(self, sub: Subscription, slot: datetime) -> bool:
        """The autumn DST overlap fires a daily time twice: the second is not sent."""
        if self.services.config.digest.interval_seconds > 0:
            return False
        return _dst_repeat(sub.last_slot, slot, sub) or _dst_repeat(sub.intent_slot, slot, sub)

    def _window(self) -> timedelta:
        return timedelta(hours=self.services.config.digest.catch_up_hours)

    def catch_up_slot(self, sub: Subscription, now: datetime) -> datetime | None:
        """The one missed slot to send now: the latest slot before now, if it was neither
        sent nor started and is no older than catch_up_hours. Older missed slots are never
        sent (recover() reports them)."""
        if not sub.enabled:
            return None
        slot = latest_slot(self.trigger(sub), now)
        if slot is None or not _after(slot, sub.last_slot) or not _after(slot, sub.intent_slot):
            return None
        return slot if now - slot <= self._window() else None

    def _on_missed(self, event: JobExecutionEvent) -> None:
        """APScheduler skipped a run later than the misfire grace (event-loop stall, clock
        jump, suspended machine): apply the catch-up rules instead of losing the slot."""
        if not event.job_id.startswith("sub:"):
            return
        log.warning(
            "digest job %s missed its run at %s (stall or clock jump); applying catch-up rules",
            event.job_id,
            event.scheduled_run_time,
        )
        self._spawn(self.recover(int(event.job_id.removeprefix("sub:"))))

    async def recover(self, subscription_id: int) -> SlotResult | None:
        """Deal with a subscription's latest slot if it was missed or interrupted: resume or
        send it within catch_up_hours, otherwise give it up and tell the admins. Runs at
        start-up and after a missed job run; does nothing when the latest slot is done."""
        try:
            return await self._recover(subscription_id)
        except Exception:
            log.exception("recovering the digest of subscription %s failed", subscription_id)
            return None

    async def _recover(self, subscription_id: int) -> SlotResult | None:
        repo = self.services.store.subscriptions
        sub = await self._store("reading a subscription", lambda: repo.get(subscription_id))
        if sub is None or not sub.enabled or sub.transport not in self.posters:
            # Not this process's transport: another process (or a later start) deals with it.
            return None
        now = self.now()
        slot = latest_slot(self.trigger(sub), now)
        pending = sub.intent_slot if _after_opt(sub.intent_slot, sub.last_slot) else None
        if pending is not None and (slot is None or pending >= slot):
            # The latest slot was started and not finished (a crash, or retries ran out) -- or
            # another process is sending it right now: resume only once its owner is dead.
            wait = await self._owner_wait(sub, pending, now)
            if wait is not None:
                self._spawn(self._recover_later(subscription_id, wait))
                return None
            if now - pending <= self._window():
                log.info("resuming digest of subscription %s, slot %s", sub.id, pending)
                # The token judged stale is the one to take over: if another run took it
                # meanwhile, the claim fails instead of racing that run.
                return await self.run_slot(sub.id, pending, resume=sub.intent_run or "")
            return await self._give_up(sub, pending, "lost", now)
        if slot is None or not _after(slot, sub.last_slot) or not _after(slot, sub.intent_slot):
            return None
        if now - slot <= self._window():
            log.info("catch-up digest for subscription %s, slot %s", sub.id, slot)
            return await self.run_slot(sub.id, slot)
        return await self._give_up(sub, slot, "missed", now)

    async def _owner_wait(
        self, sub: Subscription, pending: datetime, now: datetime
    ) -> float | None:
        """Seconds to wait before an interrupted slot may be resumed by this process, or None
        when it may be now. With a claim, its owner's replica lease decides (a live owner is
        still sending or will retry); an intent without a claim (a store from before claims)
        is resumed after stale_after without a sign of life."""
        if sub.intent_run in self._own_runs:
            return None
        claims = self.services.store.claims
        claim = await self._store("reading a claim", lambda: claims.get(sub.id, pending))
        if claim is not None:
            if claim.owner == self.owner:
                return None
            alive = await self._store(
                "checking a claim's owner", lambda: claims.owner_alive(claim.owner, now)
            )
            return self._dead_after() if alive else None
        quiet = now - (sub.intent_at or pending)
        if quiet >= self.stale_after:
            return None
        wait = (self.stale_after - quiet).total_seconds()
        return min(wait, self.stale_after.total_seconds())  # a clock set back

    def _dead_after(self) -> float:
        return self.services.config.replicas.dead_after_seconds

    async def sweep(self) -> None:
        """At every heartbeat: finish the slots claimed by processes that died meanwhile (a
        process that was up when they died never restarts to notice it). One resume per
        subscription at a time; recover() applies the catch-up rules."""
        claims = self.services.store.claims
        await self._prune()
        await self._sync_jobs()
        mine = list(self.posters)  # a process without the transport cannot finish a slot
        orphans = await self._store(
            "looking for orphaned claims", lambda: claims.orphaned(self.now(), self.owner, mine)
        )
        for claim in orphans:
            sub_id = claim.subscription_id
            if sub_id in self._sweeping:
                continue
            self._sweeping.add(sub_id)
            log.warning(
                "digest of subscription %s, slot %s: its owner %s is gone; taking it over",
                sub_id,
                claim.slot,
                claim.owner,
            )
            task = self._spawn(self.recover(sub_id))
            task.add_done_callback(partial(_forget, self._sweeping, sub_id))

    async def _sync_jobs(self) -> None:
        """Follow the subscriptions other processes made, changed or removed (/subscribe is
        answered by the process the command reached): this process fires them too, and takes
        them over when that process dies."""
        repo = self.services.store.subscriptions
        subs = await self._store("listing subscriptions", lambda: repo.list(enabled_only=True))
        wanted = {s.id: s for s in subs}
        for sub_id in set(self._jobs) - set(wanted):
            await self.remove(sub_id)
        for sub in subs:
            if self._jobs.get(sub.id) != (sub.time, sub.timezone):
                try:
                    self._add_job(sub)
                except (ValueError, KeyError) as e:
                    log.error("subscription %s not scheduled: %s", sub.id, e)

    async def _prune(self) -> None:
        """The leader forgets, once an hour, claims of slots older than CLAIMS_KEPT (the slot
        history stays in digests_sent) and the replica leases of long-gone processes."""
        now = self.now()
        if self.replica is None or not self.replica.is_leader:
            return
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        store = self.services.store
        await store.claims.prune(now - CLAIMS_KEPT)
        await store.leases.prune(now, LEASES_KEPT)

    async def _recover_later(
        self, subscription_id: int, delay: float | None = None
    ) -> SlotResult | None:
        await self._sleep(self.backoff_max if delay is None else max(1.0, delay))
        return await self.recover(subscription_id)

    def _retry_later(self, subscription_id: int, slot: datetime) -> int:
        """Try a failed slot again in backoff_max seconds through recover() (the catch-up rules
        apply: once the slot is older than catch_up_hours it is given up and reported), e.g.
        when its transport comes back. Returns how many times this slot failed before (0: the
        first time, when the admins are told); -1 when its later attempts are used up."""
        key = (subscription_id, slot)
        before = self._later.get(key, 0)
        limit = max(1, math.ceil(self._window().total_seconds() / self.backoff_max))
        if before >= limit:
            return -1
        self._later[key] = before + 1
        self._spawn(self._recover_later(subscription_id))
        return before

    async def _give_up(
        self, sub: Subscription, slot: datetime, why: Literal["missed", "lost"], now: datetime
    ) -> SlotResult:
        """Mark a slot too old to send as dealt with, and tell the admins once."""
        repo = self.services.store.subscriptions
        await self._store("giving up a slot", lambda: repo.record_given_up(sub.id, slot))
        hours = self.services.config.digest.catch_up_hours
        what = (
            "was not sent in time (the bot or its chat transport was down, it stalled, or its "
            "clock jumped)"
            if why == "missed"
            else f"was interrupted after {sub.intent_parts} message(s) and is not resumed"
        )
        await self._notify(
            self.posters.get(sub.transport),
            f"Daily digest for {sub.transport} channel {sub.channel_id} of "
            f"{_local(slot, sub.timezone)} {what}: it is now {_local(now, sub.timezone)}, more "
            f"than digest.catch_up_hours = {hours:g} h later. The next digest covers everything "
            "since the last one sent.",
        )
        log.warning("subscription %s: slot %s %s, given up", sub.id, slot, why)
        return SlotResult(sub.id, slot, why)

    async def _fire(self, subscription_id: int) -> SlotResult | None:
        """The APScheduler job. APScheduler does not hand the scheduled time to the job, so the
        slot is recomputed: the latest fire time at or before now (a daily trigger cannot have
        fired a later one, and the grace period is far below a day)."""
        repo = self.services.store.subscriptions
        sub = await self._store("reading a subscription", lambda: repo.get(subscription_id))
        if sub is None or not sub.enabled:
            await self.remove(subscription_id)
            return None
        slot = latest_slot(self.trigger(sub), self.now())
        if slot is None:
            return None
        # Tracked like the catch-ups, so idle() and shutdown() see scheduled sends too.
        return await self._spawn(self.run_slot(subscription_id, slot))

    def _spawn(self, coro: Awaitable[SlotResult | None]) -> asyncio.Task[SlotResult | None]:
        task: asyncio.Task[SlotResult | None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def run_slot(
        self, subscription_id: int, slot: datetime, *, resume: str | None = None
    ) -> SlotResult:
        """Send the digest of one slot at most once (with `resume`, the claim token of an
        interrupted send of that slot: take it over and finish it). Serialised per subscription so a catch-up and a job firing at the same
        moment cannot both pass the intent check in between."""
        lock = self._locks.setdefault(subscription_id, asyncio.Lock())
        async with lock:
            try:
                return await self._run_slot(subscription_id, slot.astimezone(UTC), resume)
            except Exception as e:
                log.exception("digest for subscription %s slot %s failed", subscription_id, slot)
                if is_transient(e):
                    # Not lost: once the store is free, recover() sends or resumes it (within
                    # catch_up_hours, like any missed slot).
                    if self._retry_later(subscription_id, slot) == 0:
                        await self._notify(
                            None,
                            f"Daily digest for subscription {subscription_id}, slot "
                            f"{slot.isoformat()}: the store stayed busy ({e}); trying again "
                            f"every {self.backoff_max:.0f} s within digest.catch_up_hours.",
                        )
                    return SlotResult(subscription_id, slot, "failed", detail=str(e))
                # A bug rather than an outage: not retried here (a restart resumes the slot),
                # but never silent.
                await self._notify(
                    None,
                    f"Daily digest for subscription {subscription_id}, slot {slot.isoformat()} "
                    f"failed unexpectedly ({type(e).__name__}); see the log.",
                )
                return SlotResult(subscription_id, slot, "unknown")

    async def _run_slot(
        self, subscription_id: int, slot: datetime, resume: str | None
    ) -> SlotResult:
        repo = self.services.store.subscriptions
        sub = await self._store("reading a subscription", lambda: repo.get(subscription_id))
        if sub is None or not sub.enabled:
            return SlotResult(subscription_id, slot, "disabled")
        poster = self.posters.get(sub.transport)
        if poster is None:
            # This process does not run that transport (e.g. Matrix not configured today):
            # leave the slot untouched so a process that does can still catch it up.
            log.warning("no transport %r for subscription %s", sub.transport, sub.id)
            return SlotResult(sub.id, slot, "no_transport")
        if not _after(slot, sub.last_slot):
            return SlotResult(sub.id, slot, "duplicate", detail="already done")
        if resume is None and sub.intent_slot == slot:
            # Intended by an owner whose claim this process is about to take over (it died):
            # finish its digest instead of starting the slot again.
            resume = sub.intent_run or ""
        if resume is not None and sub.intent_slot != slot:
            return SlotResult(sub.id, slot, "duplicate", detail="no longer interrupted")
        if resume is None and self._repeats_local_day(sub, slot):
            return SlotResult(sub.id, slot, "duplicate", detail="already posted this local day")
        claims = self.services.store.claims
        if not await self._store(
            "claiming a slot", lambda: claims.claim(sub.id, slot, self.owner, self.now())
        ):
            return SlotResult(sub.id, slot, "duplicate", detail="claimed by another process")
        if resume is not None:
            run = await self._store(
                "resuming a digest", lambda: repo.resume_intent(sub.id, slot, resume, self.now())
            )
            done = sub.intent_parts
        else:
            run = await self._store(
                "recording a digest", lambda: repo.record_intent(sub.id, slot, self.now())
            )
            done = 0
        if run is None:
            return SlotResult(sub.id, slot, "duplicate")
        self._own_runs.add(run)

        built_at = self.now()
        try:
            # Since the channel's last digest on this topic, from this subscription or another
            # one at another time of day: two a day must not repeat each other.
            since = await self._store(
                "reading the last digest",
                lambda: repo.last_sent_on_topic(sub.transport, sub.channel_id, sub.topic),
            )
            reply = await self._store("building a digest", lambda: self._build(sub, since, "skip"))
            empty = reply is None
            if empty and await self._notice_due(sub):
                reply = await self._store("building a notice", lambda: self._build(sub, since))
            if reply is not None:
                reply.mention_role = sub.mention_role
                reply.title = self._posted_title(reply.title, sub)
        except Exception as e:
            if done == 0:  # nothing was posted: free the slot so a restart can catch it up
                await self._store("freeing a slot", lambda: repo.clear_intent(sub.id))
            log.exception("building the digest for subscription %s failed", sub.id)
            await self._notify(poster, f"Digest for {sub.channel_id} not built: {e}")
            return SlotResult(sub.id, slot, "failed", detail=str(e))
        if reply is None:
            # Nothing new, and nothing to say about it: the slot is done, nothing posted.
            await self._store(
                "closing a slot", lambda: repo.record_sent(sub.id, slot, built_at, "")
            )
            return SlotResult(sub.id, slot, "empty")
        return await self._send(sub, slot, poster, reply, run, done, built_at, empty)

    def _build(
        self, sub: Subscription, since: datetime | None, when_empty: Literal["skip"] | None = None
    ) -> Awaitable[Reply | None]:
        return build_digest(
            self.services,
            since,
            self.services.config.bot.locale,
            when_empty=when_empty,
            topic=sub.topic or None,
            syntax=syntax_for(sub.transport, self.services),
        )

    def _posted_title(self, title: str, sub: Subscription) -> str:
        """A posted digest says which subscription it is (time and zone) in its title, the
        header every transport shows: in a console it comes between one's own commands, and
        a channel with a morning and an evening digest tells them apart."""
        digest = self.services.config.digest
        locale = self.services.config.bot.locale
        if digest.interval_seconds > 0:
            return t(locale, "digest.posted_every", title=title, seconds=digest.interval_seconds)
        return t(locale, "digest.posted_daily", title=title, time=sub.time, zone=sub.timezone)

    async def _notice_due(self, sub: Subscription) -> bool:
        """Whether an empty slot gets its one-line notice ("nichts Neues", or a topic found
        nowhere): once, at the first empty slot after a digest with news (or the first slot
        of the subscription), then nothing until there is news again. A channel is not told
        every morning that its topic is still quiet. digest.when_empty = "skip": never;
        "repeat": at every empty slot. An empty slot is recorded with an empty text, whether
        its notice was posted or not."""
        when_empty = self.services.config.digest.when_empty
        if when_empty != "notice":
            return when_empty == "repeat"
        latest = await self._store(
            "reading the last digest", lambda: self.services.store.subscriptions.sent(sub.id, 1)
        )
        return not latest or latest[0][2] != ""

    async def _send(
        self,
        sub: Subscription,
        slot: datetime,
        poster: Poster,
        reply: Reply,
        run: str,
        done: int,
        built_at: datetime,
        empty: bool = False,
    ) -> SlotResult:
        """Post the parts not yet out, retrying transient failures from the first unsent part.
        An `empty` slot's notice is recorded with an empty text (see _notice_due)."""
        repo = self.services.store.subscriptions
        sent = done

        async def on_part(parts: int) -> None:
            nonlocal sent
            sent = parts
            try:
                kept = await self._store(
                    "recording digest progress",
                    lambda: repo.record_progress(sub.id, run, parts, self.now()),
                )
            except Exception as e:  # this process still knows; only a crash now could repeat
                log.warning("subscription %s: progress %d not saved: %s", sub.id, parts, e)
                return
            if not kept:
                # Another process took the slot over (this one stalled past dead_after): it
                # posts the rest; posting on would double every later part.
                raise ClaimTakenOver(f"slot {slot.isoformat()} was taken over")

        max_attempts = self.services.config.digest.max_send_attempts
        for attempt in range(1, max_attempts + 1):
            try:
                await poster.post(sub.channel_id, reply, skip=sent, on_part=on_part)
            except ClaimTakenOver as e:
                log.warning("subscription %s: %s; stopped after %d part(s)", sub.id, e, sent)
                self._own_runs.discard(run)
                return SlotResult(sub.id, slot, "duplicate", attempt, str(e))
            except ChannelGone as e:
                reason = str(e) or "channel gone"
                await self._store("disabling a subscription", partial(repo.disable, sub.id, reason))
                await self.remove(sub.id)
                await self._notify(
                    poster,
                    f"Daily digest for {sub.transport} channel {sub.channel_id} disabled: "
                    f"{reason}. Subscribe again there once the bot may post.",
                )
                return SlotResult(sub.id, slot, "gone", attempt, reason)
            except TransientSendError as e:
                if attempt == max_attempts:
                    if sent == 0:
                        await self._store("freeing a slot", lambda: repo.clear_intent(sub.id))
                    # else: the intent keeps its progress, so the next attempt (later, or after
                    # a restart) resumes at the first unsent part.
                    if self._retry_later(sub.id, slot) == 0:
                        await self._notify(
                            poster,
                            f"Daily digest for {sub.transport} channel {sub.channel_id} not "
                            f"posted after {attempt} attempts ({sent} message(s) out): {e}. "
                            f"Trying again every {self.backoff_max:.0f} s within "
                            "digest.catch_up_hours.",
                        )
                    return SlotResult(sub.id, slot, "failed", attempt, str(e))
                delay = self.backoff(attempt, e.retry_after)
                log.warning(
                    "digest to %s failed after %d part(s) (%s), retry %d in %.1f s",
                    sub.channel_id,
                    sent,
                    e,
                    attempt,
                    delay,
                )
                await self._sleep(delay)
            else:
                text = "" if empty else digest_as_text(reply)
                await self._store(
                    "recording a sent digest",
                    partial(repo.record_sent, sub.id, slot, built_at, text),
                )
                self._own_runs.discard(run)
                self._later.pop((sub.id, slot), None)
                return SlotResult(sub.id, slot, "sent", attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff, but never sooner than the transport asked (rate limits)."""
        delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return max(delay, retry_after or 0.0)

    async def _store(self, what: str, op: Callable[[], Awaitable[T]]) -> T:
        """Run a store call, retrying transient errors (`database is locked` while a corpus
        swap holds the write lock) with backoff instead of losing the slot."""
        for attempt in range(1, self.store_attempts + 1):
            try:
                return await op()
            except Exception as e:
                if not is_transient(e) or attempt == self.store_attempts:
                    raise
                delay = self.backoff(attempt, None)
                log.warning("%s: store busy (%s), retry %d in %.1f s", what, e, attempt, delay)
                await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _notify(self, poster: Poster | None, text: str) -> None:
        """Tell the bot admins: through the AdminNotifier when the app has one, else through
        the transport of the subscription."""
        try:
            notifier = self.services.notifier
            if notifier is not None:
                await notifier.notify(text)
            else:
                for target in [poster] if poster is not None else list(self.posters.values()):
                    await target.notify_admins(text)
        except Exception:
            log.exception("could not notify admins: %s", text)


def _forget(ids: set[int], subscription_id: int, _task: object) -> None:
    ids.discard(subscription_id)


def _after(slot: datetime, other: datetime | None) -> bool:
    return other is None or slot > other.astimezone(UTC)


def _after_opt(slot: datetime | None, other: datetime | None) -> bool:
    return slot is not None and _after(slot.astimezone(UTC), other)


def _local(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


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
