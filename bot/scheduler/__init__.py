"""Daily digests: the APScheduler-driven DigestScheduler and the pure slot arithmetic it uses."""

from bot.scheduler.digest_scheduler import DigestScheduler, SlotResult
from bot.scheduler.slots import dst_quirks, latest_slot, make_trigger, next_slot, parse_time

__all__ = [
    "DigestScheduler",
    "SlotResult",
    "dst_quirks",
    "latest_slot",
    "make_trigger",
    "next_slot",
    "parse_time",
]
