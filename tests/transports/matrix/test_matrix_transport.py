"""The Matrix transport against a real Synapse: people send text commands from nio clients and
read the bot's answers the way a chat client would."""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from nio import InviteMemberEvent, RoomMemberEvent
from sample_corpus import PHISHING, hostile_extraction

from bot.render.matrix_html import ALLOWED_TAGS, render_reply
from bot.scheduler import DigestScheduler
from bot.transports.base import ChannelGone
from handlers.digest import build_digest
from handlers.format import inert
from handlers.i18n import t
from handlers.types import Attachment, Block, Reply

pytestmark = pytest.mark.synapse

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


async def until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "it") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        await asyncio.sleep(0.05)


def content(event: Any) -> dict[str, Any]:
    return dict(event.source.get("content", {}))


def replies_to(event_id: str, bot_id: str) -> Callable[[str, Any], bool]:
    def match(_room: str, event: Any) -> bool:
        rel = content(event).get("m.relates_to") or {}
        return (
            getattr(event, "sender", None) == bot_id
            and (rel.get("m.in_reply_to") or {}).get("event_id") == event_id
        )

    return match


def tags(html_text: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html_text)}


async def room_with_bot(member: Any, bot: Any, *others: Any, **create: Any) -> str:
    """A room created by `member` with the bot (and `others`, which makes it a group room:
    with only the bot and one person it counts as a direct chat)."""
    room_id = await member.create_room(invite=[bot.user_id, *(o.user_id for o in others)], **create)
    for other in others:
        await other.join(room_id)
    await until(lambda: room_id in bot.joined_rooms(), what="the bot to join")
    await member.wait_for(
        lambda r, e: (
            r == room_id
            and isinstance(e, RoomMemberEvent)
            and e.state_key == bot.user_id
            and e.membership == "join"
        ),
        what="the bot's join",
    )
    return room_id


async def new_bot(world: Any, name: str = "lagebild", **matrix: Any) -> Any:
    user_id = await asyncio.to_thread(world.hs.register, world.hs.unique(name))
    return await world.bot(user_id, **matrix)


async def test_who_said_is_answered_with_html_as_a_reply(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    bob = await member_factory("bob")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot, bob)

    await alice.say(room, "good morning, nothing for the bot here")
    command = await alice.say(room, "!lagebild who_said Kirby")
    answer = await alice.wait_for(replies_to(command, bot.user_id), what="the answer")

    c = content(answer)
    assert c["msgtype"] == "m.notice"
    assert c["format"] == "org.matrix.custom.html"
    assert "Kirby" in c["body"] and "Wladiwostok" in c["body"]
    assert "Wladiwostok" in c["formatted_body"]
    assert "tagesschau.de" in c["body"]  # provenance travels with the answer
    assert tags(c["formatted_body"]) <= ALLOWED_TAGS
    assert "<" not in c["body"] and "**" not in c["body"]
    assert c["m.mentions"] == {"user_ids": [alice.user_id]}
    # Only the command was answered, not the chatter before it.
    assert len(alice.messages_from(bot.user_id, room)) == 1


async def test_a_member_asks_for_a_language_and_only_they_get_it(
    world: Any, member_factory: Any
) -> None:
    """Matrix clients do not tell the bot a language: alice asks for German once (this bot
    answers in English by default), and her answers are German while bob's in the same room
    stay English."""
    alice = await member_factory("alice")
    bob = await member_factory("bob")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot, bob)

    asked = await alice.say(room, "!lagebild sprache de")
    confirmed = await alice.wait_for(replies_to(asked, bot.user_id), what="the confirmation")
    assert "auf Deutsch" in content(confirmed)["body"]
    hers = await alice.say(room, "!lagebild who_said Kirby")
    his = await bob.say(room, "!lagebild who_said Kirby")
    german = await alice.wait_for(replies_to(hers, bot.user_id), what="alice's answer")
    english = await bob.wait_for(replies_to(his, bot.user_id), what="bob's answer")
    assert "Wer sagte was" in content(german)["body"]
    assert "Who said what" in content(english)["body"]

    unknown = await bob.say(room, "!lagebild language klingon")
    refused = await bob.wait_for(replies_to(unknown, bot.user_id), what="the refusal")
    assert "do not speak that language" in content(refused)["body"]

    which = await bob.say(room, "!lagebild language")  # names none: which one is it?
    named = await bob.wait_for(replies_to(which, bot.user_id), what="the language named")
    assert "I answer you in English" in content(named)["body"]
    assert "do not speak" not in content(named)["body"]


async def test_help_names_the_language_command_in_the_readers_language(
    world: Any, member_factory: Any
) -> None:
    """`!lagebild language en` is how a Matrix reader gets English (the client tells the bot
    nothing), but `!lagebild help` listed every other command and not this one."""
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)

    asked = await alice.say(room, "!lagebild help")
    answer = content(await alice.wait_for(replies_to(asked, bot.user_id), what="the help"))
    assert "!lagebild language de|en" in answer["body"]
    assert "the language I answer you in" in answer["body"]  # this bot's default is English
    chosen = await alice.say(room, "!lagebild sprache de")
    await alice.wait_for(replies_to(chosen, bot.user_id), what="the confirmation")
    again = await alice.say(room, "!lagebild hilfe")
    german = content(await alice.wait_for(replies_to(again, bot.user_id), what="German help"))
    assert "!lagebild language de|en** (auch: sprache)" not in german["body"]  # no raw markup
    assert "!lagebild language de|en (auch: sprache)" in german["body"]
    assert "in welcher Sprache ich dir antworte" in german["body"]


async def test_unknown_command_gets_help_and_quoted_arguments_work(
    world: Any, member_factory: Any
) -> None:
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await alice.create_room(invite=[])
    # Sent before the bot was invited: the bot sees it as history on joining, not as a command.
    before = await alice.say(room, "!lagebild status")
    await alice.client.room_invite(room, bot.user_id)
    await until(lambda: room in bot.joined_rooms(), what="the bot to join")

    unknown = await alice.say(room, "!lagebild frobnicate")
    quoted = await alice.say(room, '!lagebild who_said "John Kirby" about:Wladiwostok')
    help_answer = await alice.wait_for(replies_to(unknown, bot.user_id), what="help")
    kirby = await alice.wait_for(replies_to(quoted, bot.user_id), what="who_said")

    assert "who_said" in content(help_answer)["body"]
    assert "Wladiwostok" in content(kirby)["body"]
    assert len(alice.messages_from(bot.user_id, room)) == 2  # nothing for the old command
    assert not any(replies_to(before, bot.user_id)(room, e) for _, e in alice.events)


async def test_threaded_command_is_answered_in_the_thread(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)

    root = await alice.say(room, "Thread about the soldiers")
    command = await alice.say(
        room,
        "!lagebild speakers",
        relates_to={
            "rel_type": "m.thread",
            "event_id": root,
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": root},
        },
    )
    answer = await alice.wait_for(replies_to(command, bot.user_id), what="the threaded answer")

    rel = content(answer)["m.relates_to"]
    assert rel["rel_type"] == "m.thread"
    assert rel["event_id"] == root
    assert rel["is_falling_back"] is False
    assert "John Kirby" in content(answer)["body"]


async def ask(member: Any, bot: Any, room: str, command: str, timeout: float = 20) -> str:
    """Send a command and return the plain body of the bot's (first) answer."""
    event_id = await member.say(room, f"!lagebild {command}")
    answer = await member.wait_for(
        replies_to(event_id, bot.user_id), timeout=timeout, what=f"the answer to {command}"
    )
    return str(content(answer)["body"])


async def test_room_power_levels_manage_that_room_only(world: Any, member_factory: Any) -> None:
    """Power level 50 and a room-version-12 creator may manage the room's digest; neither,
    nor anyone else the room empowers, may reload the corpus for the whole bot."""
    alice = await member_factory("alice")  # creates the room: creator (room version 12)
    bob = await member_factory("bob")  # power level 0
    carol = await member_factory("carol")  # given power level 50
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await alice.create_room(
        invite=[bot.user_id, bob.user_id, carol.user_id], room_version="12"
    )
    await bob.join(room)
    await carol.join(room)
    await until(lambda: room in bot.joined_rooms(), what="the bot to join")
    levels = await alice.client.room_get_state_event(room, "m.room.power_levels")
    power = dict(levels.content)
    power["users"] = {**power.get("users", {}), carol.user_id: 50}
    await alice.client.room_put_state(room, "m.room.power_levels", power)
    await until(
        lambda: bot.client.rooms[room].power_levels.get_user_level(carol.user_id) == 50,
        what="the bot to see carol's power level",
    )

    not_admin = t("en", "common.not_admin")
    for member in (bob, carol, alice):
        refused = await ask(member, bot, room, "reload")
        assert refused.startswith("⚠️") and not_admin in refused
    assert world.reloader.requested_by == []

    assert t("en", "subscribe.not_allowed") in await ask(bob, bot, room, "subscribe 07:30")
    assert "07:30" in await ask(carol, bot, room, "subscribe 07:30")
    assert "08:15" in await ask(alice, bot, room, "subscribe 08:15")
    subs = await world.store.subscriptions.in_channel("matrix", room)
    assert [s.time for s in subs] == ["07:30", "08:15"]  # two times are two subscriptions


async def test_creating_a_room_or_dm_makes_nobody_a_bot_admin(
    world: Any, member_factory: Any
) -> None:
    ops = await member_factory("ops")  # named in the configuration; power level 0 in the room
    alice = await member_factory("alice")  # creates a group room: power level 100 there
    dave = await member_factory("dave")  # creates a DM with the bot: power level 100 there
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True, admins=(ops.user_id,))
    elsewhere = "!elsewhere:localhost"
    await world.store.subscriptions.upsert("matrix", elsewhere, "06:00", "UTC", "@x:localhost")
    await world.store.subscriptions.upsert("discord", "31337", "06:00", "UTC", "discord:1", "9")

    room = await room_with_bot(alice, bot, ops)
    # The creator holds the room's highest power (listed at 100, or as creator from room
    # version 12 on): the bot counts her as the room's admin.
    await until(
        lambda: bot.user_ref(bot.client.rooms[room], alice.user_id).can_manage_channel,
        what="the bot to know the room's creator",
    )
    dm = await dave.create_room(invite=[bot.user_id], is_direct=True)
    await until(lambda: dm in bot.joined_rooms(), what="the bot to join the DM")
    await dave.wait_for(
        lambda r, e: r == dm and isinstance(e, RoomMemberEvent) and e.state_key == bot.user_id,
        what="the bot's join",
    )

    not_admin = t("en", "common.not_admin")
    assert not_admin in await ask(alice, bot, room, "reload")
    assert not_admin in await ask(dave, bot, dm, "reload")
    assert world.reloader.requested_by == []
    for member, where in ((alice, room), (dave, dm)):
        listing = await ask(member, bot, where, "subscriptions")
        assert elsewhere not in listing and "31337" not in listing
        # Their own room is theirs to manage.
        assert "07:45" in await ask(member, bot, where, "subscribe 07:45")

    done = await ask(ops, bot, room, "reload")
    assert not done.startswith("⚠️")
    assert [r.split(" ")[0] for r in world.reloader.requested_by] == [f"matrix:{ops.user_id}"]
    everything = await ask(ops, bot, room, "subscriptions")
    assert elsewhere in everything and "discord:31337" in everything and dm in everything


async def test_restart_does_not_answer_old_commands(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    user_id = await asyncio.to_thread(world.hs.register, world.hs.unique("lagebild"))
    settings = {"invite_from": ("localhost",), "all_rooms": True}
    first = await world.bot(user_id, **settings)
    room = await room_with_bot(alice, first)
    answered = await alice.say(room, "!lagebild status")
    await alice.wait_for(replies_to(answered, user_id), what="the first answer")
    device = first.device_id
    await first.close()

    while_down = await alice.say(room, "!lagebild sources")
    second = await world.bot(user_id, **settings)
    fresh = await alice.say(room, "!lagebild speakers")
    await alice.wait_for(replies_to(fresh, user_id), what="the answer after the restart")
    await asyncio.sleep(0.5)  # room for a wrong late answer to arrive

    assert second.device_id == device  # same device, not a new login each start
    # Log in with an access token instead of a password: same device, still answering.
    world.monkeypatch.setenv("LAGEBILD_TEST_MATRIX_TOKEN", second.client.access_token)
    world.monkeypatch.delenv("LAGEBILD_TEST_MATRIX_PASSWORD")
    await second.close()
    third = await world.transport(user_id, **settings)
    serving = asyncio.create_task(third.start())  # how the composition root runs it
    assert third.device_id == device
    by_token = await alice.say(room, "!lagebild help")
    await alice.wait_for(replies_to(by_token, user_id), what="the answer with token login")
    assert not serving.done()
    await third.close()
    await asyncio.wait_for(serving, 5)  # start() returns once the transport is closed
    answered_ids = {
        (content(e).get("m.relates_to") or {}).get("m.in_reply_to", {}).get("event_id")
        for e in alice.messages_from(user_id, room)
    }
    assert answered_ids == {answered, fresh, by_token}
    assert while_down not in answered_ids


async def test_digest_reaches_a_subscribed_room(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)
    subscribe = await alice.say(room, "!lagebild subscribe 07:30 Europe/Berlin")
    await alice.wait_for(replies_to(subscribe, bot.user_id), what="the subscription")
    sub = await world.store.subscriptions.for_channel("matrix", room)
    assert sub is not None and sub.enabled

    scheduler = DigestScheduler(bot.services, {"matrix": bot})
    result = await scheduler.run_slot(sub.id, datetime.now(UTC))

    assert result.outcome == "sent"
    digest = await alice.wait_for(
        lambda r, e: (
            r == room
            and getattr(e, "sender", None) == bot.user_id
            and "m.relates_to" not in content(e)
            and content(e).get("format") == "org.matrix.custom.html"
        ),
        what="the digest",
    )
    assert "at least 3,000" in content(digest)["body"]
    assert "Wladiwostok" in content(digest)["body"]
    with pytest.raises(ChannelGone):
        await bot.post("!nosuchroom:localhost", Reply(title="x"))


async def test_posts_to_many_rooms_are_paced(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True, digest_pace_seconds=0.4)
    room = await room_with_bot(alice, bot)
    started = time.monotonic()
    for i in range(3):
        await bot.post(room, Reply(title=f"Digest {i}", blocks=[Block("x")]))
    assert time.monotonic() - started >= 0.8  # two pauses between three posts
    await until(lambda: len(alice.messages_from(bot.user_id, room)) == 3, what="three posts")
    titles = [content(e)["body"].split("\n")[0] for e in alice.messages_from(bot.user_id, room)]
    assert titles == ["Digest 0", "Digest 1", "Digest 2"]


async def test_long_answer_is_split_in_order_and_rate_limits_are_waited_out(
    world: Any, member_factory: Any
) -> None:
    alice = await member_factory("alice")
    user_id = await asyncio.to_thread(world.hs.register, world.hs.unique("lagebild"))
    bot = await world.bot(user_id, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)
    # One message per second, no burst: the second page gets M_LIMIT_EXCEEDED at once.
    await asyncio.to_thread(world.hs.override_ratelimit, user_id, 1, 1)

    blocks = [Block(f"Absatz {i}: " + "Wort " * 1400, heading=f"Teil {i}") for i in range(2)]
    reply = Reply(
        title="Lang",
        blocks=blocks,
        attachments=[Attachment("chart.png", PNG_1X1, description="Verlauf")],
    )
    started = time.monotonic()
    ids = await bot.send_reply(room, reply)
    took = time.monotonic() - started

    assert len(ids) == 3  # two pages of ~7k characters (12k per message) and the image
    assert took >= 1.0  # the bot waited for the server's retry-after instead of failing
    await until(
        lambda: len(alice.messages_from(user_id, room)) == 3, what="all pages and the image"
    )
    received = alice.messages_from(user_id, room)
    assert [e.event_id for e in received] == ids
    assert [content(e)["body"].count("Wort") for e in received[:2]] == [1400, 1400]
    image = content(received[2])
    assert image["msgtype"] == "m.image"
    assert image["url"].startswith("mxc://")
    assert (image["info"]["w"], image["info"]["h"]) == (1, 1)


async def test_direct_chat_takes_the_bare_command(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice")
    # No rooms configured; answers as m.text, which the bot must not take for commands itself.
    bot = await new_bot(world, invite_from=(alice.user_id,), msgtype="m.text")
    room = await alice.create_room(invite=[bot.user_id], is_direct=True)
    await until(lambda: room in bot.joined_rooms(), what="the bot to accept the direct chat")
    await alice.wait_for(
        lambda r, e: r == room and isinstance(e, RoomMemberEvent) and e.state_key == bot.user_id,
        what="the bot's join",
    )
    command = await alice.say(room, "who_said Kirby")
    answer = await alice.wait_for(replies_to(command, bot.user_id), what="the answer")
    assert "Wladiwostok" in content(answer)["body"]
    assert content(answer)["msgtype"] == "m.text"
    await asyncio.sleep(0.5)  # an answer to its own message would arrive by now
    assert len(alice.messages_from(bot.user_id, room)) == 1


async def test_invites_from_strangers_are_rejected_and_kicks_forget_the_room(
    world: Any, member_factory: Any
) -> None:
    alice = await member_factory("alice")
    mallory = await member_factory("mallory")
    bot = await new_bot(
        world, invite_from=(alice.user_id,), all_rooms=True, admins=(alice.user_id,)
    )

    stranger_room = await mallory.create_room(invite=[bot.user_id])
    await mallory.wait_for(
        lambda r, e: (
            r == stranger_room
            and isinstance(e, RoomMemberEvent)
            and e.state_key == bot.user_id
            and e.membership == "leave"
        ),
        what="the bot to reject the invite",
    )
    assert stranger_room not in bot.joined_rooms()

    room = await room_with_bot(alice, bot)
    subscribe = await alice.say(room, "!lagebild subscribe")
    await alice.wait_for(replies_to(subscribe, bot.user_id), what="the subscription")
    await alice.client.room_kick(room, bot.user_id, reason="test")
    await until(lambda: room not in bot.joined_rooms(), what="the bot to forget the room")
    joined = await bot.client.joined_rooms()
    assert room not in joined.rooms
    with pytest.raises(ChannelGone):
        await bot.post(room, Reply(title="digest", blocks=[Block("x")]))

    # The scheduler's next digest for that room finds it gone and tells the admin by DM.
    sub = await world.store.subscriptions.for_channel("matrix", room)
    result = await DigestScheduler(bot.services, {"matrix": bot}).run_slot(
        sub.id, datetime.now(UTC)
    )
    assert result.outcome == "gone"
    invite = await alice.wait_for(
        lambda r, e: isinstance(e, InviteMemberEvent) and e.sender == bot.user_id,
        what="a direct chat from the bot",
    )
    dm = next(r for r, e in alice.events if e is invite)
    await alice.join(dm)
    notice = await alice.wait_for(
        lambda r, e: (
            r == dm
            and getattr(e, "sender", None) == bot.user_id
            and e.source.get("type") == "m.room.message"
        ),
        what="the admin notice",
    )
    assert room in content(notice)["body"] and "disabled" in content(notice)["body"]


async def test_admin_notices_reach_every_configured_matrix_bot_admin(
    world: Any, member_factory: Any
) -> None:
    anna = await member_factory("anna")  # [matrix] admins
    ops = await member_factory("ops")  # [admins] users, as "matrix:@ops…"
    bot = await new_bot(world, admins=(anna.user_id,), bot_admins=(f"matrix:{ops.user_id}",))
    await bot.notify_admins("Abo für !raum:localhost abgeschaltet @room")
    for admin in (anna, ops):
        invite = await admin.wait_for(
            lambda r, e: isinstance(e, InviteMemberEvent) and e.sender == bot.user_id,
            what="a direct chat from the bot",
        )
        dm = next(r for r, e in admin.events if e is invite)
        await admin.join(dm)
        notice = await admin.wait_for(
            lambda r, e, dm=dm: (
                r == dm
                and getattr(e, "sender", None) == bot.user_id
                and e.source.get("type") == "m.room.message"
            ),
            what="the admin notice",
        )
        assert "abgeschaltet" in content(notice)["body"]
        assert content(notice)["m.mentions"] == {}


async def test_encrypted_room_works_with_e2e(world: Any, member_factory: Any) -> None:
    alice = await member_factory("alice", e2e=True)
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True, e2e=True)
    room = await room_with_bot(
        alice,
        bot,
        initial_state=[
            {
                "type": "m.room.encryption",
                "state_key": "",
                "content": {"algorithm": "m.megolm.v1.aes-sha2"},
            }
        ],
    )

    async def bot_device_known() -> bool:
        if alice.client.should_query_keys:
            await alice.client.keys_query()
        return bool(alice.client.device_store.active_user_devices(bot.user_id))

    deadline = time.monotonic() + 10
    while not await bot_device_known():
        assert time.monotonic() < deadline, "alice never saw the bot's device keys"
        await asyncio.sleep(0.1)

    command = await alice.say(room, "!lagebild who_said Kirby")
    answer = await alice.wait_for(
        replies_to(command, bot.user_id), timeout=15, what="the encrypted answer"
    )
    assert answer.decrypted  # it travelled encrypted and alice could read it
    assert "Wladiwostok" in content(answer)["formatted_body"]

    [image_id] = await bot.send_reply(
        room, Reply(title="", attachments=[Attachment("chart.png", PNG_1X1)])
    )
    image = await alice.wait_for(
        lambda r, e: getattr(e, "event_id", None) == image_id, what="the encrypted image"
    )
    assert image.decrypted
    assert content(image)["file"]["url"].startswith("mxc://")  # the upload itself is encrypted
    assert "url" not in content(image)


async def test_a_wrong_password_stops_start_up_with_a_clear_message(world: Any) -> None:
    from bot.transports.matrix import MatrixLoginError

    user_id = await asyncio.to_thread(world.hs.register, world.hs.unique("lagebild"))
    world.monkeypatch.setenv("LAGEBILD_TEST_MATRIX_PASSWORD", "wrong")
    with pytest.raises(MatrixLoginError, match=re.escape(user_id)):
        await world.transport(user_id)
    assert world.transports[-1].client is None  # nothing left open


def highlights(member: Any, room: str, sender: str) -> list[str]:
    """The events of `sender` in `room` that the homeserver's push rules highlighted for
    `member` (a mention of them or of the room; every message in a room counts as unread,
    but only these alert the member)."""
    request = urllib.request.Request(f"{member.hs.url}/_matrix/client/v3/notifications?limit=100")
    request.add_header("Authorization", f"Bearer {member.client.access_token}")
    with urllib.request.urlopen(request, timeout=10) as resp:
        found = json.load(resp)["notifications"]
    return [
        n["event"]["event_id"]
        for n in found
        if n["room_id"] == room
        and n["event"]["sender"] == sender
        and any(
            isinstance(a, dict) and a.get("set_tweak") == "highlight" and a.get("value", True)
            for a in n["actions"]
        )
    ]


async def test_hostile_text_stays_inert_and_notifies_nobody(
    world: Any, member_factory: Any
) -> None:
    """An article with "@room", a disguised link and markup, and a user argument with a
    disguised link: answers show them as text, no event lacks m.mentions (later pages and
    posted digests included), and a bystander gets no notification, although the bot, sending
    m.text with power level 50, could notify the whole room."""
    alice = await member_factory("alice")
    bob = await member_factory("bob")  # a bystander in the room
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True, msgtype="m.text")
    await world.store.corpus.apply([hostile_extraction()], [], ["kirby.txt"], [])
    article = await world.store.articles.by_file("666_eilmeldung.txt")
    room = await room_with_bot(alice, bot, bob)
    levels = await alice.client.room_get_state_event(room, "m.room.power_levels")
    power = dict(levels.content)
    power["users"] = {**power.get("users", {}), bot.user_id: 50}
    await alice.client.room_put_state(room, "m.room.power_levels", power)
    await until(
        lambda: bot.client.rooms[room].power_levels.get_user_level(bot.user_id) == 50,
        what="the bot's power level",
    )

    # Control: an event of the bot's without m.mentions does notify bob of "@room".
    control = await bot._send(room, {"msgtype": "m.text", "body": "@room Kontrolle"})
    await bob.wait_for(lambda r, e: getattr(e, "event_id", None) == control, what="the control")
    await until(
        lambda: bool(highlights(bob, room, bot.user_id)),
        what="the control's @room notification",
    )
    assert highlights(bob, room, bot.user_id) == [control]

    await ask(alice, bot, room, f"article {article.id}")
    await ask(alice, bot, room, "search Eilmeldung")
    echoed = await ask(alice, bot, room, 'who_said "[Jetzt einloggen](https://evil.example)"')
    assert "[Jetzt einloggen](https://evil.example)" in echoed
    digest = await build_digest(bot.services, None, "en", when_empty="notice")
    assert digest is not None
    padding = inert("@room " + PHISHING + " " + "Wort " * 250)
    digest.blocks.extend(Block(padding) for _ in range(12))  # several messages
    await bot.post(room, digest)
    pages = len(render_reply(digest, "en"))
    assert pages >= 2  # the digest takes several messages

    def from_bot(member: Any) -> list[Any]:
        return [e for e in member.messages_from(bot.user_id, room) if e.event_id != control]

    def posted_to(member: Any) -> list[Any]:
        return [e for e in from_bot(member) if "m.relates_to" not in content(e)]

    await until(lambda: len(posted_to(alice)) == pages, what="alice to see the whole digest")
    await until(lambda: len(posted_to(bob)) == pages, what="bob to see the whole digest")
    sent, posted = from_bot(alice), posted_to(alice)
    html_links = re.compile(r"<a\b|href", re.IGNORECASE)
    for event in sent:
        c = content(event)
        assert "m.mentions" in c, c["body"][:80]
        if c["m.mentions"]:  # only the first answer to a command mentions who asked
            assert c["m.mentions"] == {"user_ids": [alice.user_id]}
            assert "m.in_reply_to" in c["m.relates_to"]
        assert not html_links.search(c["formatted_body"])
        assert tags(c["formatted_body"]) <= ALLOWED_TAGS - {"a"}
        assert "\x1b" not in c["body"] and "\x07" not in c["body"]
        assert "\\[" not in c["body"] and "\\[" not in c["formatted_body"]  # no stray escapes
    bodies = "\n".join(content(e)["body"] for e in sent)
    rich = "\n".join(content(e)["formatted_body"] for e in sent)
    assert PHISHING in bodies and PHISHING in rich  # shown as written
    assert "Evil &lt;b&gt;Times&lt;/b&gt;" in rich and "<b>" not in rich
    assert "**sofort**" in bodies and "<strong>sofort</strong>" not in rich
    assert "@room" in bodies
    assert all(content(e)["m.mentions"] == {} for e in posted)
    # Nothing the bot answered or posted notified the bystander.
    assert highlights(bob, room, bot.user_id) == [control]


async def test_a_resumed_digest_posts_only_the_parts_not_yet_out(
    world: Any, member_factory: Any
) -> None:
    """What the scheduler does after a failure on part 2: post again with skip=1."""
    alice = await member_factory("alice")
    user_id = await asyncio.to_thread(world.hs.register, world.hs.unique("lagebild"))
    bot = await world.bot(user_id, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)
    blocks = [Block(f"Absatz {i}: " + "Wort " * 1400, heading=f"Teil {i}") for i in range(3)]
    reply = Reply(
        title="Digest",
        blocks=blocks,
        attachments=[Attachment("chart.png", PNG_1X1, description="Verlauf")],
    )
    out: list[int] = []

    async def on_part(parts: int) -> None:
        out.append(parts)

    total = await bot.post(room, reply, skip=1, on_part=on_part)
    assert total == 4 and out == [2, 3, 4]  # three pages and the image; page 1 was out
    await until(lambda: len(alice.messages_from(user_id, room)) == 3, what="the later parts")
    received = alice.messages_from(user_id, room)
    assert "Absatz 1:" in content(received[0])["body"]
    assert "Absatz 2:" in content(received[1])["body"]
    assert content(received[2])["msgtype"] == "m.image"
    assert not any("Absatz 0:" in content(e).get("body", "") for e in received)


async def test_unquoted_names_and_watches_in_a_room(world: Any, member_factory: Any) -> None:
    """`who_said John Kirby Wladiwostok` needs no quotes; a room's admin may watch a speaker
    for the room, a member may not."""
    alice = await member_factory("alice")  # room creator
    bob = await member_factory("bob")  # power level 0
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot, bob)

    asked = await alice.say(room, "!lagebild who_said John Kirby Wladiwostok")
    answer = content(await alice.wait_for(replies_to(asked, bot.user_id), what="who_said"))
    assert "John Kirby" in answer["body"] and "Wladiwostok" in answer["body"]
    assert "1 statement about “Wladiwostok”" in answer["body"]  # the topic, not the name

    refused = await bob.say(room, "!lagebild watch Kirby")
    no = content(await bob.wait_for(replies_to(refused, bot.user_id), what="the refusal"))
    assert t("en", "watch.not_allowed") in no["body"]
    watched = await alice.say(room, "!lagebild watch Kirby")
    yes = content(await alice.wait_for(replies_to(watched, bot.user_id), what="the watch"))
    assert "when John Kirby is quoted anew" in yes["body"]


async def test_mistakes_and_the_scheduled_digest_name_commands_with_the_prefix(
    world: Any, member_factory: Any
) -> None:
    """On Matrix, commands are typed "!lagebild who_said …": a line that does not parse was
    answered with the console's usage ("Usage: /who_said …") and the posted digest named its
    articles "(/article 3)", which a room member cannot type."""
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)
    twice = await alice.say(room, "!lagebild who_said about:Kursk about:Wladiwostok")
    usage = content(await alice.wait_for(replies_to(twice, bot.user_id), what="the mistake"))
    assert "Usage: !lagebild who_said [speaker] [about]" in usage["body"]
    assert "example: !lagebild who_said John Kirby" in usage["body"]
    assert "/who_said" not in usage["body"].replace("!lagebild who_said", "")

    subscribe = await alice.say(room, "!lagebild subscribe 07:30 Europe/Berlin")
    await alice.wait_for(replies_to(subscribe, bot.user_id), what="the subscription")
    sub = await world.store.subscriptions.for_channel("matrix", room)
    assert sub is not None
    result = await DigestScheduler(bot.services, {"matrix": bot}).run_slot(
        sub.id, datetime.now(UTC)
    )
    assert result.outcome == "sent"
    digest = await alice.wait_for(
        lambda r, e: (
            r == room
            and getattr(e, "sender", None) == bot.user_id
            and "m.relates_to" not in content(e)
            and "Wladiwostok" in content(e).get("body", "")
        ),
        what="the digest",
    )
    assert re.search(r"\(!lagebild article \d+\)", content(digest)["body"])
    assert "(/article" not in content(digest)["body"]


async def test_help_status_and_empty_lists_name_commands_with_the_prefix(
    world: Any, member_factory: Any
) -> None:
    """Against Synapse: an option's description in "help figures", an empty "subscriptions"
    and "watches" named "/figures" and "/subscribe", console commands a room member cannot
    type."""
    alice = await member_factory("alice")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot)
    for command, typed in (
        ("help figures", "!lagebild figures)"),
        ("subscriptions", "!lagebild subscribe"),
        ("watches", "!lagebild figures"),
    ):
        body = await ask(alice, bot, room, command)
        assert typed in body, (command, body)
        assert not re.search(r"(?<![\w!])/(figures|sources|subscribe)\b", body), (command, body)


async def test_a_room_admin_learns_who_may_curate_and_is_not_offered_it(
    world: Any, member_factory: Any
) -> None:
    """Against Synapse: the room's creator manages the room, but /curate, /feed and /reload
    are the bot admins' (DESIGN.md). She was told "for administrators only", which she is in
    her room, and a typo of a reader was answered "Did you mean !lagebild curate?"."""
    alice = await member_factory("alice")  # creates the room: its admin
    bob = await member_factory("bob")
    bot = await new_bot(world, invite_from=("localhost",), all_rooms=True)
    room = await room_with_bot(alice, bot, bob)
    await until(
        lambda: bot.user_ref(bot.client.rooms[room], alice.user_id).can_manage_channel,
        what="the bot to know the room's creator",
    )
    for command in ("curate log", "feed add https://example.org/rss.xml", "reload"):
        refused = await ask(alice, bot, room, command)
        assert "bot's administrators" in refused and "channel or room is not enough" in refused
    assert "07:30" in await ask(alice, bot, room, "subscribe 07:30")  # her room is hers
    typo = await ask(bob, bot, room, "curat")
    assert "!lagebild curate" not in typo
