"""German command names and descriptions for Discord, read from the message catalogues.

Commands are declared with English `locale_str`s whose `key` extra names the catalogue entry
(`cmd.<name>.name|description|opt.<option>`); Discord shows the German text to German clients.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where

from handlers.i18n import catalogue
from handlers.syntax import Syntax, command_names

log = logging.getLogger(__name__)

NAME_MAX = 32
DESCRIPTION_MAX = 100


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def with_commands(text: str, locale: str) -> str:
    """A description that names commands as `{cmd_<name>}` ("ein Thema aus {cmd_figures}"),
    with the names this locale's Discord client shows ("/zahlen"), never a console name."""
    if "{cmd_" not in text:
        return text
    return text.format(**command_names(Syntax("discord"), locale))


def german_text(key: str, location: Where) -> str | None:
    """The German catalogue text for a command string, or None when Discord would reject it."""
    text = catalogue("de").get(key)
    if not text:
        return None
    if location in (Where.command_name, Where.parameter_name):
        if not app_commands.commands.VALID_SLASH_COMMAND_NAME.match(text) or text.lower() != text:
            log.warning(
                "catalogue key %s: %r is not a valid Discord name; not localized", key, text
            )
            return None
        return text
    return clip(with_commands(text, "de"), DESCRIPTION_MAX)


class CatalogueTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale is not discord.Locale.german:
            return None
        key = string.extras.get("key")
        if not key:
            return None
        # Identical texts ("status") are still listed, so every command visibly has German.
        return german_text(key, context.location)
