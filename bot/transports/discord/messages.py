"""The few user-visible strings only the Discord transport needs (page buttons, permission
refusals). The shared catalogues win when they hold the key, so translators can override these
without touching code; the built-in texts keep the transport usable until they do."""

from __future__ import annotations

from typing import Any

import discord

from handlers.i18n import has, t

# Sent with every message, follow-up and edit: corpus and user text must never ping anyone
# (@everyone in an article, <@id> in an argument). The client default says the same, but
# interaction responses and webhooks are explicit about it here rather than relying on that.
NO_MENTIONS = discord.AllowedMentions.none()

_BUILTIN: dict[str, dict[str, str]] = {
    "discord.sources": {"de": "Quellen", "en": "Sources"},
    "discord.page_not_yours": {
        "de": "Nur wer den Befehl aufgerufen hat, kann hier blättern. Ruf den Befehl selbst auf.",
        "en": "Only the person who ran the command can turn these pages. Run it yourself.",
    },
    "discord.need_manage_channel": {
        "de": "Dafür brauchst du auf diesem Server die Berechtigung „Server verwalten“ "
        "(oder eine Admin-Rolle des Bots).",
        "en": "You need the Manage Server permission on this server (or one of the bot's "
        "admin roles) for that.",
    },
    "discord.outdated": {
        "de": "Dieser Befehl ist veraltet; die Befehlsliste wird gerade aktualisiert. "
        "Bitte versuch es gleich noch einmal.",
        "en": "This command is out of date; the command list is being updated. "
        "Please try again shortly.",
    },
    "discord.bad_option": {
        "de": "Ungültiger Wert: „{value}“.",
        "en": "Invalid value: “{value}”.",
    },
}


def msg(locale: str, key: str, /, **params: Any) -> str:
    if has(locale, key):
        return t(locale, key, **params)
    table = _BUILTIN.get(key)
    if table is None:
        return t(locale, key, **params)
    text = table.get(locale, table["de"])
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return text
