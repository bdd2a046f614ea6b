"""Bot admins and channel admins (docs/security.md): Services.is_bot_admin and
Services.can_manage_channel, and what dispatch lets through, for identities from every
transport."""

from __future__ import annotations

import pytest

from bot.config import AdminsConfig, Config, DiscordConfig, MatrixConfig
from bot.transports.console import ConsoleTransport
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Request, Services, UserRef

CONFIG = Config(
    admins=AdminsConfig(
        users=("discord:11", "@ops:example.org", "matrix:@night:example.org"),
        console_is_admin=False,
    ),
    discord=DiscordConfig(admin_user_ids=("22",), admin_role_ids=("99",)),
    matrix=MatrixConfig(admins=("@anna:example.org",)),
)
ROOM = ChannelRef("matrix", "!room:example.org")
GUILD_CHANNEL = ChannelRef("discord", "5", guild_id="7")


@pytest.mark.parametrize(
    ("user_id", "expected"),
    [
        ("discord:11", True),  # [admins] users
        ("discord:22", True),  # [discord] admin_user_ids
        ("@ops:example.org", True),  # [admins] users, bare Matrix id
        ("@night:example.org", True),  # [admins] users, "matrix:" qualified
        ("@anna:example.org", True),  # [matrix] admins
        ("discord:99", False),  # a role id is not a user
        ("11", False),  # unqualified: could be anyone's id on any transport
        ("@11:example.org", False),
        ("discord:@ops:example.org", False),
        ("console:root", False),  # console_is_admin = false
        ("", False),
    ],
)
def test_configured_bot_admins(user_id: str, expected: bool) -> None:
    services = Services(config=CONFIG, store=None)  # type: ignore[arg-type]
    assert services.is_bot_admin(UserRef(user_id, "x")) is expected


def test_room_and_guild_rights_manage_the_channel_but_never_the_bot() -> None:
    services = Services(config=CONFIG, store=None)  # type: ignore[arg-type]
    creator = UserRef("@creator:example.org", "Creator", can_manage_channel=True)
    guild_owner = UserRef("discord:33", "Owner", can_manage_channel=True)
    member = UserRef("@guest:example.org", "Guest")
    assert services.can_manage_channel(creator, ROOM) and not services.is_bot_admin(creator)
    assert services.can_manage_channel(guild_owner, GUILD_CHANNEL)
    assert not services.is_bot_admin(guild_owner)
    assert not services.can_manage_channel(member, ROOM)
    # Bot admins manage every channel; the transport may vouch for one (the app owner).
    assert services.can_manage_channel(UserRef("@ops:example.org", "Ops"), ROOM)
    owner = UserRef("discord:44", "App owner", bot_admin=True)
    assert services.is_bot_admin(owner) and services.can_manage_channel(owner, GUILD_CHANNEL)
    console = Services(config=Config(), store=None)  # type: ignore[arg-type]
    assert console.is_bot_admin(UserRef("console:alice", "alice"))  # console_is_admin default


async def test_dispatch_runs_reload_only_for_bot_admins() -> None:
    services = Services(config=CONFIG, store=None)  # type: ignore[arg-type]
    handlers = build_handlers()

    async def reload_as(user: UserRef, channel: ChannelRef) -> str:
        reply = await dispatch(Request("reload", {}, user, channel), services, handlers)
        return "\n".join(b.text for b in reply.blocks)

    refused = "nur die Bot-Administratoren"
    assert refused in await reload_as(
        UserRef("@creator:example.org", "C", can_manage_channel=True), ROOM
    )
    assert refused in await reload_as(UserRef("discord:33", "O", can_manage_channel=True), ROOM)
    # No reloader in these services: a bot admin gets through to the handler's own answer.
    assert refused not in await reload_as(UserRef("@anna:example.org", "Anna"), ROOM)


async def test_console_needs_as_admin_when_the_console_is_not_admin() -> None:
    services = Services(config=CONFIG, store=None)  # type: ignore[arg-type]
    console = ConsoleTransport(services, build_handlers())
    assert "nur die Bot-Administratoren" in await console.ask("/reload")
    assert "nur die Bot-Administratoren" not in await console.ask("/reload", as_admin=True)
