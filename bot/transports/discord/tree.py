"""The command tree with the bot's single error handler.

User errors (UserError from a handler, refused permission checks, bad option values) are told
to the user privately in their language; anything unexpected is logged with a short reference id
and the user sees only that id, never a stack trace.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import discord
from discord import app_commands

from bot.config import Config
from bot.transports.discord.access import CannotManageChannel, NotAdmin
from bot.transports.discord.interactions import send_private
from bot.transports.discord.locale import request_locale
from bot.transports.discord.messages import msg
from handlers.dispatch import error_params
from handlers.format import inert
from handlers.i18n import t
from handlers.types import Locale, UserError

log = logging.getLogger(__name__)


def user_error_text(error: UserError, locale: Locale) -> str:
    params = error_params(error)
    suggestion = error.params.get("suggestion")
    text = t(locale, error.key, **params)
    if isinstance(suggestion, str) and suggestion:
        text = f"{text}\n{t(locale, suggestion, **params)}"
    return text


class LagebildTree(app_commands.CommandTree[Any]):
    def __init__(self, client: discord.Client, config: Config, **kwargs: Any) -> None:
        super().__init__(client, **kwargs)
        self.config = config

    def explain(self, error: app_commands.AppCommandError, locale: Locale) -> str | None:
        """The text for an error the user can act on; None for a bug."""
        original: BaseException = error
        if isinstance(error, app_commands.CommandInvokeError):
            original = error.original
        if isinstance(original, UserError):
            return user_error_text(original, locale)
        if isinstance(error, NotAdmin):
            return t(locale, "common.not_admin")
        if isinstance(error, CannotManageChannel):
            return msg(locale, "discord.need_manage_channel")
        if isinstance(error, app_commands.TransformerError):
            return msg(locale, "discord.bad_option", value=inert(str(error.value)[:100]))
        if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            return msg(locale, "discord.outdated")
        if isinstance(error, app_commands.CheckFailure):
            return t(locale, "common.not_admin")
        return None

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        locale = request_locale(interaction.locale, self.config.bot.locale)
        text = self.explain(error, locale)
        command = interaction.command.name if interaction.command else "?"
        if text is None:
            ref = uuid.uuid4().hex[:8]
            original = getattr(error, "original", error)
            log.error(
                "command /%s failed (ref %s, user %s, guild %s)",
                command,
                ref,
                interaction.user.id,
                interaction.guild_id,
                exc_info=original,
            )
            text = t(locale, "common.internal_error", ref=ref)
        elif isinstance(error, app_commands.CheckFailure):
            # refused before dispatch (handlers.dispatch.audit never sees it): who tried it
            log.info(
                "audit: /%s by discord:%s in discord:%s (guild %s): refused: %s",
                command,
                interaction.user.id,
                interaction.channel_id,
                interaction.guild_id,
                type(error).__name__,
            )
        else:
            log.info("command /%s refused: %s", command, type(error).__name__)
        embed = discord.Embed(description=text, colour=discord.Colour.red())
        try:
            await send_private(interaction, embed)
        except discord.HTTPException as e:
            log.warning("could not tell the user about an error in /%s: %s", command, e)
