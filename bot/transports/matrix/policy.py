"""Who may do what on Matrix: which rooms the bot serves, whose invites it accepts, who is an
admin of a room. Pure functions over plain values, so the rules can be read and tested in one
place.

A room's power levels govern that room only: whoever creates a room or a DM with the bot holds
power level 100 there, so a power level can never make someone an admin of the whole bot (that
takes `[admins] users` or `[matrix] admins`, checked by Services.is_bot_admin)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

_NUMERIC_VERSION = re.compile(r"^\d+$")


def server_of(user_id: str) -> str:
    """'@alice:example.org' -> 'example.org' (server names are compared case-insensitively)."""
    return user_id.split(":", 1)[1].lower() if ":" in user_id else ""


def inviter_allowed(inviter: str, invite_from: Iterable[str]) -> bool:
    """`invite_from` holds user ids ('@a:hs') and server names ('hs.example'); nothing else
    matches, so an empty list means nobody may invite the bot anywhere."""
    server = server_of(inviter)
    for entry in invite_from:
        entry = entry.strip()
        if entry.startswith("@"):
            if entry == inviter:
                return True
        elif entry and entry.lower() == server:
            return True
    return False


def accept_invite(
    room_id: str,
    inviter: str,
    is_direct: bool,
    *,
    invite_from: Iterable[str],
    configured_rooms: Collection[str],
    all_rooms: bool,
) -> bool:
    """An invite is accepted only from an allowed inviter, and only into a room the bot serves:
    a configured room, any room with `all_rooms`, or a direct chat with that inviter."""
    if not inviter_allowed(inviter, invite_from):
        return False
    return all_rooms or room_id in configured_rooms or is_direct


def room_served(
    room_id: str,
    members: Collection[str],
    own_user_id: str,
    *,
    invite_from: Iterable[str],
    configured_rooms: Collection[str],
    all_rooms: bool,
) -> bool:
    """Commands are answered in configured rooms (all rooms with `all_rooms`) and in direct
    chats with someone who may invite the bot."""
    if all_rooms or room_id in configured_rooms:
        return True
    others = [m for m in members if m != own_user_id]
    return is_direct_chat(members, own_user_id) and inviter_allowed(others[0], invite_from)


def is_direct_chat(members: Collection[str], own_user_id: str) -> bool:
    """A room with exactly the bot and one other member; there the bare command is enough."""
    return len(members) == 2 and own_user_id in members


def creators_have_power(room_version: str) -> bool:
    """From room version 12 on, creators hold unlimited power and are not listed in
    m.room.power_levels; older versions list the creator (normally at 100)."""
    if _NUMERIC_VERSION.match(room_version):
        return int(room_version) >= 12
    return "hydra" in room_version  # the unstable predecessors of version 12


def creators_from_create_event(sender: str, content: Mapping[str, Any]) -> frozenset[str]:
    extra = content.get("additional_creators")
    names = {sender}
    if isinstance(extra, list):
        names.update(u for u in extra if isinstance(u, str))
    return frozenset(names)


def is_room_admin(
    user_id: str,
    *,
    power_level: int,
    admin_power_level: int,
    room_version: str,
    creators: Collection[str],
) -> bool:
    """Admin of this room (may manage its subscriptions): power level at/above the threshold,
    or a room creator where creators are not listed in the power levels."""
    if power_level >= admin_power_level:
        return True
    return creators_have_power(room_version) and user_id in creators


def follow_upgrades(rooms: Iterable[str], upgrades: Mapping[str, str]) -> set[str]:
    """The rooms with every room that replaced one of them (old id -> replacement, followed
    along chains of upgrades; a cycle in bad data ends the walk)."""
    served = set(rooms)
    for room in list(served):
        while room in upgrades and upgrades[room] not in served:
            room = upgrades[room]
            served.add(room)
    return served
