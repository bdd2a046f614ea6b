"""Pure slot arithmetic for daily digests: when a subscription fires, which slot "now" belongs
to, and which local times daylight saving makes odd.

Everything here takes an explicit `now`, so the DST behaviour is testable without a clock, and
the scheduler, the catch-up at start-up and /subscribe all agree on one definition of a slot:
the fire time APScheduler's CronTrigger computes, in UTC.

DST, as APScheduler 3.11's CronTrigger behaves (measured, Europe/Berlin):
- spring gap (02:30 does not exist): the job fires once, an hour late (03:30 local);
- autumn overlap (02:30 happens twice): the job fires twice, one hour apart.
The scheduler therefore sends at most one digest per local calendar day (`local_day`), which
turns the autumn double into a single post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:uhr)?\s*$", re.IGNORECASE)


def parse_time(text: str) -> tuple[int, int] | None:
    """ "7:30", "07:30", "7.30", "7 Uhr", "7" -> (hour, minute); None when not a time of day."""
    m = _TIME_RE.match(text)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def format_time(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


def normalize_time(text: str) -> str:
    """ "7:30" -> "07:30"; raises ValueError for anything that is not a time of day."""
    parsed = parse_time(text)
    if parsed is None:
        raise ValueError(f"not a time of day: {text!r}")
    return format_time(*parsed)


def make_trigger(time: str, timezone: str) -> CronTrigger:
    """The daily trigger of a subscription ("HH:MM" local in an IANA zone)."""
    parsed = parse_time(time)
    if parsed is None:
        raise ValueError(f"not a time of day: {time!r}")
    return CronTrigger(hour=parsed[0], minute=parsed[1], timezone=ZoneInfo(timezone))


INTERVAL_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
"""Interval slots are counted from here, so every process computes the same slots."""


def interval_trigger(seconds: int) -> IntervalTrigger:
    """A slot every `seconds` (digest.interval_seconds, for demos and the replica test),
    aligned to INTERVAL_EPOCH instead of to the moment a process started."""
    return IntervalTrigger(seconds=seconds, start_date=INTERVAL_EPOCH, timezone=UTC)


def next_slot(trigger: BaseTrigger, now: datetime) -> datetime | None:
    """The next fire time at or after `now`, in UTC."""
    fire = trigger.get_next_fire_time(None, now)
    return fire.astimezone(UTC) if fire else None


def latest_slot(trigger: BaseTrigger, now: datetime) -> datetime | None:
    """The most recent fire time at or before `now`, in UTC (CronTrigger only looks forward, so
    walk forward from two days back; a daily trigger has at most three fire times there). An
    interval trigger's is plain arithmetic."""
    if isinstance(trigger, IntervalTrigger):
        step = trigger.interval_length
        start = trigger.start_date
        passed = (now - start).total_seconds()
        if passed < 0:
            return None
        return (start + timedelta(seconds=(passed // step) * step)).astimezone(UTC)
    fire = trigger.get_next_fire_time(None, now - timedelta(days=2, hours=1))
    last: datetime | None = None
    while fire is not None and fire <= now:
        last = fire
        fire = trigger.get_next_fire_time(fire, fire)
    return last.astimezone(UTC) if last else None


def local_day(slot: datetime, timezone: str) -> date:
    """The calendar day a slot belongs to for the subscriber: one digest per local day."""
    return slot.astimezone(ZoneInfo(timezone)).date()


@dataclass(frozen=True, slots=True)
class DstQuirk:
    """A day on which a local time of day is skipped (gap) or happens twice (overlap)."""

    day: date
    kind: Literal["gap", "overlap"]


def dst_quirks(
    hour: int, minute: int, timezone: str, start: date, days: int = 366
) -> list[DstQuirk]:
    """Days in [start, start+days) on which HH:MM local does not exist or exists twice.

    A wall time is in a gap when it does not survive a round trip through UTC, and in an overlap
    when fold=0 and fold=1 give different UTC offsets (PEP 495)."""
    tz = ZoneInfo(timezone)
    out: list[DstQuirk] = []
    for i in range(days):
        d = start + timedelta(days=i)
        wall = datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)
        earlier, later = wall.replace(fold=0), wall.replace(fold=1)
        if earlier.utcoffset() != later.utcoffset():
            back = earlier.astimezone(UTC).astimezone(tz)
            if back.replace(tzinfo=None) != wall.replace(tzinfo=None):
                out.append(DstQuirk(d, "gap"))
            else:
                out.append(DstQuirk(d, "overlap"))
    return out
