"""A room upgrade on a real Synapse: the room's members move to the replacement room, and the
bot must follow with the room's digest and watches. Before, a bot serving a configured room
refused the invite into the replacement (not configured), and the subscription stayed with the
old, read-only room, where the next digest failed and was disabled."""

from __future__ import annotations

import asyncio
import urllib.parse
from typing import Any

import pytest
from matrix_support import call_json
from nio import RoomMemberEvent
from test_matrix_transport import content, replies_to, until

pytestmark = pytest.mark.synapse


async def test_the_bot_follows_an_upgraded_room_with_its_digest_and_watches(
    world: Any, member_factory: Any
) -> None:
    alice = await member_factory("alice")
    bob = await member_factory("bob")
    bot_id = await asyncio.to_thread(world.hs.register, world.hs.unique("lagebild"))
    room = await alice.create_room(invite=[bot_id, bob.user_id])
    await bob.join(room)
    bot = await world.bot(bot_id, rooms=(room,), invite_from=("localhost",))
    await until(lambda: room in bot.joined_rooms(), what="the bot to join its configured room")
    for command in ("!lagebild subscribe 07:30 Europe/Berlin", "!lagebild watch Kirby"):
        sent = await alice.say(room, command)
        await alice.wait_for(replies_to(sent, bot.user_id), what=command)

    upgrade = f"{world.hs.url}/_matrix/client/v3/rooms/{urllib.parse.quote(room)}/upgrade"
    new_room = (
        await asyncio.to_thread(
            call_json, upgrade, {"new_version": "11"}, alice.client.access_token
        )
    )["replacement_room"]
    await alice.client.room_invite(new_room, bot_id)  # what clients offer on an upgrade
    await alice.wait_for(
        lambda r, e: (
            r == new_room
            and isinstance(e, RoomMemberEvent)
            and e.state_key == bot_id
            and e.membership == "join"
        ),
        timeout=20,
        what="the bot to join the replacement room",
    )

    sent = await alice.say(new_room, "!lagebild subscriptions")
    answer = await alice.wait_for(replies_to(sent, bot_id), what="the answer in the new room")
    assert "07:30" in content(answer)["body"]
    sub = await world.store.subscriptions.for_channel("matrix", new_room)
    assert sub is not None and sub.enabled
    assert await world.store.subscriptions.for_channel("matrix", room) is None
    watches = await world.store.watches.for_channel("matrix", new_room)
    assert [w.target for w in watches] == ["John Kirby"]

    # After a restart with the same configuration (rooms still names the old room's id), the
    # replacement is still served.
    await bot.close()
    again = await world.bot(bot_id, rooms=(room,), invite_from=("localhost",))
    sent = await alice.say(new_room, "!lagebild watches")
    answer = await alice.wait_for(replies_to(sent, again.user_id), what="the answer after restart")
    assert "Kirby" in content(answer)["body"]
