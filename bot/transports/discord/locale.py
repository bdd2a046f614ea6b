"""Which language a Discord user gets: German clients German, English clients English, everyone
else the operator's default (the bot's audience reads German news, so German is the usual
default)."""

from __future__ import annotations

import discord

from handlers.types import Locale

_ENGLISH = frozenset({discord.Locale.american_english, discord.Locale.british_english})


def request_locale(locale: discord.Locale | None, default: Locale) -> Locale:
    """Map a Discord client locale onto the two languages the catalogues hold."""
    if locale is discord.Locale.german:
        return "de"
    if locale in _ENGLISH:
        return "en"
    return default
