"""What the feed tests share beyond fixtures: a settable clock and the feeds configuration.

They live here, not in conftest.py, because test modules import them by name and a module
called `conftest` is ambiguous once several test directories are collected together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.config import FeedsConfig

START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def feeds_config(**overrides: object) -> FeedsConfig:
    base: dict[str, object] = {
        "poll_minutes": 10.0,
        "timeout_seconds": 0.5,
        "max_bytes": 200_000,
        "disable_after": 3,
    }
    base.update(overrides)
    return FeedsConfig(**base)  # type: ignore[arg-type]
