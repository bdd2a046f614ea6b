"""One slash-command invocation: Interaction -> Request -> dispatch -> embeds, within Discord's
3-second deadline.

Slow commands (spec.slow) are deferred before anything else happens; every other command gets
`defer_after` seconds to answer directly and is deferred when it needs longer, so the deadline
is never missed and fast answers still arrive in one step (and can be private).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import discord

from bot.config import Config
from bot.transports.discord.access import Access, is_channel_admin
from bot.transports.discord.embeds import PAGE_CHARS, render_files, render_pages
from bot.transports.discord.locale import request_locale
from bot.transports.discord.messages import NO_MENTIONS
from bot.transports.discord.paginator import PAGE_TIMEOUT, PageView
from handlers.spec import CommandSpec
from handlers.types import ChannelRef, Locale, Reply, Request, UserRef

log = logging.getLogger(__name__)

Dispatch = Callable[[Request], Awaitable[Reply]]
DEFER_AFTER = 1.0


def arg_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, discord.Role):
        return str(value.id)  # handlers get the id: the mention is built from it
    return str(value)


def _consume(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("command finished after its interaction failed", exc_info=task.exception())


async def send_private(interaction: discord.Interaction, embed: discord.Embed) -> None:
    """Answer only the invoking user, whatever state the interaction is in."""
    response = interaction.response
    if not response.is_done():
        await response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    if response.type is discord.InteractionResponseType.deferred_channel_message:
        # A public "thinking…" placeholder would turn the first follow-up public; remove it.
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
    await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


class CommandRunner:
    def __init__(
        self,
        config: Config,
        dispatch: Dispatch,
        access: Access,
        *,
        defer_after: float = DEFER_AFTER,
        page_timeout: float = PAGE_TIMEOUT,
        page_chars: int = PAGE_CHARS,
    ) -> None:
        self.config = config
        self.dispatch = dispatch
        self.access = access
        self.defer_after = defer_after
        self.page_timeout = page_timeout
        self.page_chars = page_chars

    def locale(self, interaction: discord.Interaction) -> Locale:
        return request_locale(interaction.locale, self.config.bot.locale)

    async def request(
        self, interaction: discord.Interaction, spec: CommandSpec, values: Mapping[str, Any]
    ) -> Request:
        user = interaction.user
        channel = interaction.channel
        return Request(
            command=spec.name,
            args={k: arg_text(v) for k, v in values.items() if v is not None},
            user=UserRef(
                id=f"discord:{user.id}",
                name=user.display_name,
                # Configured admins are Services.is_bot_admin's to find; the transport vouches
                # only for the application's owners. Guild rights stay in this guild.
                bot_admin=await self.access.is_owner(user),
                can_manage_channel=is_channel_admin(interaction, self.config),
            ),
            channel=ChannelRef(
                transport="discord",
                id=str(interaction.channel_id),
                name=getattr(channel, "name", None),
                guild_id=str(interaction.guild_id) if interaction.guild_id else None,
            ),
            locale=self.locale(interaction),
            received_at=interaction.created_at,
        )

    async def run(
        self, interaction: discord.Interaction, spec: CommandSpec, values: Mapping[str, Any]
    ) -> None:
        if spec.slow:
            await interaction.response.defer(thinking=True)
        request = await self.request(interaction, spec, values)
        task = asyncio.ensure_future(self.dispatch(request))
        try:
            if not interaction.response.is_done():
                await asyncio.wait({task}, timeout=self.defer_after)
                if not task.done():
                    await interaction.response.defer(thinking=True)
        except BaseException:
            task.add_done_callback(_consume)
            raise
        reply = await task  # UserError and failures go to the tree's error handler
        await self.send_reply(interaction, reply, request.locale)

    async def send_reply(
        self, interaction: discord.Interaction, reply: Reply, locale: Locale
    ) -> None:
        pages = render_pages(reply, locale, self.page_chars)
        view = (
            PageView(pages, interaction.user.id, self.config.bot.locale, timeout=self.page_timeout)
            if len(pages) > 1
            else None
        )
        extra: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        files = render_files(reply)
        if files:
            extra["files"] = files
        if view is not None:
            extra["view"] = view

        response = interaction.response
        if not response.is_done():
            await response.send_message(embed=pages[0], ephemeral=reply.ephemeral, **extra)
            if view is not None:
                view.bind(interaction.edit_original_response)
            return
        ephemeral = reply.ephemeral
        if ephemeral and response.type is discord.InteractionResponseType.deferred_channel_message:
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                ephemeral = False  # the placeholder stays; answer in it rather than not at all
        message = await interaction.followup.send(
            embed=pages[0], ephemeral=ephemeral, wait=True, **extra
        )
        if view is not None:
            view.bind(message.edit)
