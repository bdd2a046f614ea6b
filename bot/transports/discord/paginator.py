"""Prev/next buttons for answers longer than one embed.

Only the person who ran the command may turn pages (others are told so, privately); when the
view times out the buttons are disabled, so nobody clicks a dead button.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.transports.discord.locale import request_locale
from bot.transports.discord.messages import NO_MENTIONS, msg
from handlers.i18n import t
from handlers.types import Locale

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 300.0  # well inside the 15 minutes an interaction token can edit its message

Editor = Callable[..., Awaitable[Any]]


class PageView(discord.ui.View):
    def __init__(
        self,
        pages: list[discord.Embed],
        owner_id: int,
        default_locale: Locale,
        timeout: float = PAGE_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.index = 0
        self.owner_id = owner_id
        self.default_locale = default_locale
        self._editor: Editor | None = None
        self._sync_buttons()

    def bind(self, editor: Editor) -> None:
        """Tell the view how to edit the message it is attached to (needed on timeout, when
        there is no button interaction to respond to)."""
        self._editor = editor

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        locale = request_locale(interaction.locale, self.default_locale)
        await interaction.response.send_message(
            msg(locale, "discord.page_not_yours"), ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return False

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.pages[self.index], view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        await interaction.response.defer()  # never enabled; present to show the position

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self._editor is None:
            return
        try:
            await self._editor(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as e:
            # The message may be gone or the token expired; the buttons are dead either way.
            log.info("could not disable page buttons: %s", e)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        ref = uuid.uuid4().hex[:8]
        log.error("page button failed (ref %s)", ref, exc_info=error)
        locale = request_locale(interaction.locale, self.default_locale)
        text = t(locale, "common.internal_error", ref=ref)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(
                    text, ephemeral=True, allowed_mentions=NO_MENTIONS
                )
        except discord.HTTPException:
            log.warning("could not report page error %s to the user", ref)
