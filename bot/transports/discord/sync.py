"""Uploading the command list to Discord, only when an operator asks for it.

Syncing on every start wastes Discord's daily command-update budget and makes every restart
re-announce commands; `lagebild discord-sync` does it on request, and `lagebild
discord-commands --format json` prints exactly the body such a sync PUTs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import discord

from bot.config import Config, secret
from bot.transports.discord.commands import build_tree
from bot.transports.discord.translator import CatalogueTranslator
from bot.transports.discord.transport import bot_intents
from bot.transports.discord.tree import LagebildTree
from handlers.spec import CommandSpec

log = logging.getLogger(__name__)


async def _never_run(
    interaction: discord.Interaction, spec: CommandSpec, values: Mapping[str, Any]
) -> None:
    raise RuntimeError("a tree built for syncing does not run commands")


async def _never_complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
    return []


class _NoVoiceWarning(logging.Filter):
    """Drops discord.py's "<library> is not installed, voice will NOT be supported": the bot
    never joins voice, and an operator printing the command list took it for a fault."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


@contextmanager
def _without_voice_warning() -> Iterator[None]:
    """discord.Client() warns once per process that voice libraries are missing; only while
    building a payload is that warning dropped (other discord.client records pass)."""
    logger = logging.getLogger("discord.client")
    quiet = _NoVoiceWarning()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


async def payload_tree(client: discord.Client, config: Config) -> LagebildTree:
    tree = build_tree(client, config, _never_run, _never_complete)
    await tree.set_translator(CatalogueTranslator())
    return tree


async def command_payload_async(config: Config) -> list[dict[str, Any]]:
    """The JSON list a global sync PUTs to /applications/{id}/commands (same code path as
    CommandTree.sync: every command's get_translated_payload)."""
    with _without_voice_warning():
        client = discord.Client(intents=bot_intents())
    tree = await payload_tree(client, config)
    translator = tree.translator
    assert translator is not None
    return [await c.get_translated_payload(tree, translator) for c in tree.get_commands()]


def command_payload(config: Config) -> list[dict[str, Any]]:
    """Synchronous form for the CLI (must not be called from a running event loop)."""
    return asyncio.run(command_payload_async(config))


async def sync_commands(config: Config, guild_id: int | None = None) -> list[str]:
    """Log in over REST (no gateway) and upload the commands: globally (Discord may take a
    while to show changes everywhere), or with `guild_id` to that one guild only (visible at
    once; for trying changes out). Returns the names of the commands Discord now holds there.
    """
    token = secret(config.discord.token_env)
    if not token:
        raise RuntimeError(
            f"no Discord token: set the environment variable {config.discord.token_env}"
        )
    client = discord.Client(intents=bot_intents())
    async with client:
        await client.login(token)
        tree = await payload_tree(client, config)
        if guild_id is None:
            synced = await tree.sync()
        else:
            guild = discord.Object(id=guild_id)
            tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
        log.info("discord: synced %d commands to %s", len(synced), guild_id or "all guilds")
    return [c.name for c in synced]
