"""Pure trigger arithmetic with an explicit now: no clock, no event loop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.scheduler.slots import (
    DstQuirk,
    dst_quirks,
    latest_slot,
    local_day,
    make_trigger,
    next_slot,
    parse_time,
)


def fire_times(time: str, zone: str, start: datetime, count: int) -> list[datetime]:
    trigger = make_trigger(time, zone)
    out: list[datetime] = []
    fire = trigger.get_next_fire_time(None, start)
    while fire is not None and len(out) < count:
        out.append(fire.astimezone(UTC))
        fire = trigger.get_next_fire_time(fire, fire)
    return out


def test_daily_posting_in_two_time_zones() -> None:
    now = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)
    berlin = fire_times("08:00", "Europe/Berlin", now, 2)
    new_york = fire_times("08:00", "America/New_York", now, 2)
    assert berlin == [datetime(2026, 1, 15, 7, tzinfo=UTC), datetime(2026, 1, 16, 7, tzinfo=UTC)]
    assert new_york == [
        datetime(2026, 1, 15, 13, tzinfo=UTC),
        datetime(2026, 1, 16, 13, tzinfo=UTC),
    ]


def test_spring_switch_in_berlin_keeps_local_time_and_one_run_per_day() -> None:
    # Clocks go forward on 29.03.2026 02:00 -> 03:00.
    fires = fire_times("08:00", "Europe/Berlin", datetime(2026, 3, 27, 12, tzinfo=UTC), 4)
    assert [f.hour for f in fires] == [7, 6, 6, 6]  # 08:00 CET, then 08:00 CEST
    assert [local_day(f, "Europe/Berlin") for f in fires] == [
        date(2026, 3, 28),
        date(2026, 3, 29),
        date(2026, 3, 30),
        date(2026, 3, 31),
    ]


def test_autumn_switch_in_berlin_keeps_local_time() -> None:
    # Clocks go back on 25.10.2026 03:00 -> 02:00.
    fires = fire_times("08:00", "Europe/Berlin", datetime(2026, 10, 23, 12, tzinfo=UTC), 3)
    assert fires == [
        datetime(2026, 10, 24, 6, tzinfo=UTC),
        datetime(2026, 10, 25, 7, tzinfo=UTC),
        datetime(2026, 10, 26, 7, tzinfo=UTC),
    ]


def test_time_in_the_spring_gap_fires_once_an_hour_late() -> None:
    fires = fire_times("02:30", "Europe/Berlin", datetime(2026, 3, 28, 12, tzinfo=UTC), 2)
    # 02:30 does not exist on 29.03.: the trigger fires at 03:30 CEST (01:30 UTC), once.
    assert fires[0] == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert local_day(fires[0], "Europe/Berlin") == date(2026, 3, 29)
    assert fires[1] == datetime(2026, 3, 30, 0, 30, tzinfo=UTC)


def test_time_in_the_autumn_overlap_fires_twice_at_trigger_level() -> None:
    """The raw trigger fires twice on 25.10.; the scheduler turns that into one post
    (tests/scheduler/test_scheduler_posting.py::test_autumn_overlap_posts_once)."""
    fires = fire_times("02:30", "Europe/Berlin", datetime(2026, 10, 24, 12, tzinfo=UTC), 3)
    assert fires[:2] == [
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    ]
    assert {local_day(f, "Europe/Berlin") for f in fires[:2]} == {date(2026, 10, 25)}


def test_latest_slot_is_the_previous_fire_time() -> None:
    trigger = make_trigger("08:00", "Europe/Berlin")
    at_slot = datetime(2026, 1, 15, 7, 0, tzinfo=UTC)
    assert latest_slot(trigger, at_slot) == at_slot
    assert latest_slot(trigger, at_slot - timedelta(seconds=1)) == at_slot - timedelta(days=1)
    assert latest_slot(trigger, at_slot + timedelta(hours=5)) == at_slot
    assert next_slot(trigger, at_slot + timedelta(seconds=1)) == at_slot + timedelta(days=1)


def test_dst_quirks_name_the_days() -> None:
    assert dst_quirks(2, 30, "Europe/Berlin", date(2026, 1, 1)) == [
        DstQuirk(date(2026, 3, 29), "gap"),
        DstQuirk(date(2026, 10, 25), "overlap"),
    ]
    assert dst_quirks(8, 0, "Europe/Berlin", date(2026, 1, 1)) == []
    assert dst_quirks(2, 30, "Asia/Tokyo", date(2026, 1, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", (7, 30)),
        ("7:30", (7, 30)),
        ("7.30", (7, 30)),
        ("7 Uhr", (7, 0)),
        ("23:59", (23, 59)),
    ],
)
def test_parse_time_accepts_common_spellings(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "12:60", "morgens", "", "7:5"])
def test_parse_time_rejects_non_times(text: str) -> None:
    assert parse_time(text) is None
