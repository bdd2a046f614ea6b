"""Who is who on Discord: bot admins and channel admins (see docs/security.md).

- Bot admins run bot-wide commands (/reload, every channel's subscriptions): the users named in
  the configuration and the application's owner (or its team's admins and developers). A
  guild's permissions never make anyone a bot admin: Manage Server in the user's own server
  must not reach a command that acts on every server.
- Channel admins manage the subscription of the channel they are in: Manage Server or a
  configured admin role in *that* guild (Discord computes the interaction's permissions for the
  guild it came from), and in a DM the user it belongs to.

Discord's default member permissions only decide who *sees* a command, and server admins can
override them; so every admin command is also checked here at run time.
"""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import discord
from discord import app_commands

from bot.config import Config
from handlers.types import configured_bot_admin

log = logging.getLogger(__name__)

OWNER_LOOKUP_TIMEOUT = 1.5  # seconds; commands must still answer within Discord's 3 s


class NotAdmin(app_commands.CheckFailure):
    """The member is not an administrator of the bot (shown to them privately)."""


class CannotManageChannel(app_commands.CheckFailure):
    """The member may not change this channel's digest subscription."""


def role_ids(user: discord.User | discord.Member) -> set[int]:
    if not isinstance(user, discord.Member):
        return set()
    # Member.roles needs the guild's role cache; the interaction payload always carries the ids.
    ids = {r.id for r in user.roles}
    ids.update(getattr(user, "_roles", ()))
    return ids


def owner_ids(info: discord.AppInfo) -> frozenset[int]:
    """The application's owner, or for a team application the members who may change it
    (admins and developers who accepted the invitation; read-only members may not)."""
    team = info.team
    if team is None:
        return frozenset({info.owner.id})
    return frozenset(
        m.id
        for m in team.members
        if m.role in (discord.TeamMemberRole.admin, discord.TeamMemberRole.developer)
        and m.membership_state is discord.TeamMembershipState.accepted
    )


def is_channel_admin(interaction: discord.Interaction, config: Config) -> bool:
    """Manage Server (Administrator includes it) or a configured admin role in the guild the
    command came from; a DM with the bot is the user's own channel."""
    if interaction.guild_id is None:
        return True
    perms = interaction.permissions
    if perms.manage_guild or perms.administrator:
        return True
    allowed_roles = {int(r) for r in config.discord.admin_role_ids if r.isdigit()}
    return bool(allowed_roles & role_ids(interaction.user))


class Access:
    """The permission rules for one client. The owner lookup (application_info, filled in by
    login) is done once and cached; a failed lookup is retried on the next command and counts
    as "no owner" meanwhile, so an outage never grants anything."""

    def __init__(self, client: discord.Client, config: Config) -> None:
        self.client = client
        self.config = config
        self._owners: frozenset[int] | None = None
        self._lock = asyncio.Lock()

    async def owners(self) -> frozenset[int]:
        if self._owners is not None:
            return self._owners
        async with self._lock:
            if self._owners is None:
                info = self.client.application
                try:
                    if info is None:  # login fills it in; only a client never logged in asks
                        info = await asyncio.wait_for(
                            self.client.application_info(), OWNER_LOOKUP_TIMEOUT
                        )
                except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as e:
                    log.warning("discord: cannot look up the application owner: %s", e)
                    return frozenset()
                self._owners = owner_ids(info)
        return self._owners

    async def is_owner(self, user: discord.abc.User) -> bool:
        return user.id in await self.owners()

    async def is_bot_admin(self, interaction: discord.Interaction) -> bool:
        user = interaction.user
        if configured_bot_admin(self.config, f"discord:{user.id}"):
            return True
        return await self.is_owner(user)

    async def can_manage_channel(self, interaction: discord.Interaction) -> bool:
        return is_channel_admin(interaction, self.config) or await self.is_bot_admin(interaction)

    def admin_check(self) -> app_commands.commands.Check:
        async def predicate(interaction: discord.Interaction) -> bool:
            if not await self.is_bot_admin(interaction):
                raise NotAdmin()
            return True

        return predicate

    def manage_channel_check(self) -> app_commands.commands.Check:
        async def predicate(interaction: discord.Interaction) -> bool:
            if not await self.can_manage_channel(interaction):
                raise CannotManageChannel()
            return True

        return predicate
