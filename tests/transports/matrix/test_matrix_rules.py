"""The Matrix transport's rules without a server: addressing, threads, invites, admins."""

from __future__ import annotations

import pytest
from nio import ErrorResponse

from bot.transports.base import ChannelGone, TransientSendError
from bot.transports.matrix import commands as cmd
from bot.transports.matrix import policy
from bot.transports.matrix.sending import with_rate_limit


@pytest.mark.parametrize(
    ("text", "direct", "expected"),
    [
        ("!lagebild who_said Kirby", False, "!lagebild who_said Kirby"),
        ("!Lagebild: help", False, "!Lagebild: help"),
        ("!lagebildchen help", False, None),
        ("who_said Kirby", False, None),
        ("who_said Kirby", True, "who_said Kirby"),
        ("   ", True, None),
    ],
)
def test_messages_addressed_to_the_bot(text: str, direct: bool, expected: str | None) -> None:
    assert cmd.command_line(text, "!lagebild", direct) == expected


def test_reply_fallback_is_stripped_before_the_command() -> None:
    body = "> <@bob:hs> Was sagt Kirby?\n> zweite Zeile\n\n!lagebild who_said Kirby"
    assert cmd.strip_reply_fallback(body) == "!lagebild who_said Kirby"
    assert cmd.strip_reply_fallback("!lagebild help") == "!lagebild help"


def test_answers_in_threads_stay_in_the_thread() -> None:
    assert cmd.reply_relation("$cmd", None, first=True, previous=None) == {
        "m.in_reply_to": {"event_id": "$cmd"}
    }
    assert cmd.reply_relation("$cmd", None, first=False, previous="$p1") == {}
    assert cmd.reply_relation("$cmd", "$root", first=False, previous="$p1") == {
        "rel_type": "m.thread",
        "event_id": "$root",
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": "$p1"},
    }
    assert cmd.thread_root({"m.relates_to": {"rel_type": "m.thread", "event_id": "$r"}}) == "$r"
    assert cmd.is_edit({"m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}})


def test_invites_need_an_allowed_inviter_and_a_served_room() -> None:
    rules = {"invite_from": ("@ops:example.org", "newsroom.de"), "configured_rooms": {"!a:hs"}}
    assert policy.accept_invite("!a:hs", "@ops:example.org", False, all_rooms=False, **rules)
    assert policy.accept_invite("!z:hs", "@anna:NEWSROOM.de", True, all_rooms=False, **rules)
    assert not policy.accept_invite("!z:hs", "@anna:newsroom.de", False, all_rooms=False, **rules)
    assert policy.accept_invite("!z:hs", "@anna:newsroom.de", False, all_rooms=True, **rules)
    assert not policy.accept_invite("!a:hs", "@eve:evil.org", False, all_rooms=True, **rules)
    assert not policy.accept_invite(
        "!a:hs", "@eve:newsroom.de.evil.org", True, all_rooms=True, **rules
    )


def test_room_creators_count_as_admins_only_where_unlisted() -> None:
    common = {"admin_power_level": 50}
    creators = {"@alice:hs", "@co:hs"}
    assert policy.is_room_admin(
        "@alice:hs", power_level=0, room_version="12", creators=creators, **common
    )
    assert policy.is_room_admin(
        "@co:hs", power_level=0, room_version="12", creators=creators, **common
    )
    assert not policy.is_room_admin(
        "@alice:hs", power_level=0, room_version="10", creators=creators, **common
    )
    assert policy.is_room_admin("@mod:hs", power_level=50, room_version="10", creators=(), **common)
    assert not policy.is_room_admin(
        "@bob:hs", power_level=49, room_version="12", creators=creators, **common
    )
    assert policy.creators_from_create_event("@a:hs", {"additional_creators": ["@b:hs", 3]}) == {
        "@a:hs",
        "@b:hs",
    }


async def test_rate_limits_are_retried_with_retry_after_and_capped() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    answers = [ErrorResponse("slow", "M_LIMIT_EXCEEDED", retry_after_ms=1500), "ok"]

    async def call() -> object:
        return answers.pop(0)

    assert await with_rate_limit(call, what="t", sleep=sleep) == "ok"
    assert waits == [1.5]

    async def always_limited() -> object:
        return ErrorResponse("slow", "M_LIMIT_EXCEEDED", retry_after_ms=90_000)

    with pytest.raises(TransientSendError) as e:
        await with_rate_limit(always_limited, what="t", sleep=sleep, max_wait=30)
    assert e.value.retry_after == 90.0

    async def forbidden() -> object:
        return ErrorResponse("not in room", "M_FORBIDDEN")

    with pytest.raises(ChannelGone):
        await with_rate_limit(forbidden, what="t", sleep=sleep)

    async def broken() -> object:
        raise TimeoutError

    with pytest.raises(TransientSendError):
        await with_rate_limit(broken, what="t", sleep=sleep)


def test_configured_rooms_include_the_rooms_that_replaced_them() -> None:
    upgrades = {"!a:hs": "!b:hs", "!b:hs": "!c:hs", "!x:hs": "!y:hs", "!loop:hs": "!loop:hs"}
    assert policy.follow_upgrades(["!a:hs"], upgrades) == {"!a:hs", "!b:hs", "!c:hs"}
    assert policy.follow_upgrades(["!b:hs", "!z:hs"], upgrades) == {"!b:hs", "!c:hs", "!z:hs"}
    assert policy.follow_upgrades(["!loop:hs"], upgrades) == {"!loop:hs"}
    assert policy.follow_upgrades([], upgrades) == set()
