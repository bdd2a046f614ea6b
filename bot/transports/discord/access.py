"""Who may run admin commands and manage a channel's subscriptions.

Discord's default member permissions only decide who *sees* a command, and server admins can
override them; so every admin command is also checked here at run time.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.config import Config


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


def is_admin(interaction: discord.Interaction, config: Config) -> bool:
    user = interaction.user
    if interaction.guild_id is not None and interaction.permissions.manage_guild:
        return True
    if str(user.id) in config.discord.admin_user_ids or f"discord:{user.id}" in config.admins.users:
        return True
    allowed_roles = {int(r) for r in config.discord.admin_role_ids if r.isdigit()}
    return bool(allowed_roles & role_ids(user))


def can_manage_channel(interaction: discord.Interaction, config: Config) -> bool:
    if interaction.guild_id is None:
        return True  # a DM with the bot belongs to the user
    return interaction.permissions.manage_channels or is_admin(interaction, config)


def admin_check(config: Config) -> app_commands.commands.Check:
    def predicate(interaction: discord.Interaction) -> bool:
        if not is_admin(interaction, config):
            raise NotAdmin()
        return True

    return predicate


def manage_channel_check(config: Config) -> app_commands.commands.Check:
    def predicate(interaction: discord.Interaction) -> bool:
        if not can_manage_channel(interaction, config):
            raise CannotManageChannel()
        return True

    return predicate
