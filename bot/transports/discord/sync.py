"""Uploading the command list to Discord, only when an operator asks for it.

Syncing on every start wastes Discord's daily command-update budget and makes every restart
re-announce commands; `lagebild discord-sync` does it on request, and `lagebild
discord-commands --format json` prints exactly the body such a sync PUTs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import discord

from bot.config import Config, secret
from bot.transports.discord.commands import build_tree
from bot.transports.discord.translator import CatalogueTranslator
from bot.transports.discord.tree import LagebildTree
from handlers.spec import CommandSpec

log = logging.getLogger(__name__)


async def _never_run(
    interaction: discord.Interaction, spec: CommandSpec, values: Mapping[str, Any]
) -> None:
    raise RuntimeError("a tree built for syncing does not run commands")


async def _never_complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
    return []


async def payload_tree(client: discord.Client, config: Config) -> LagebildTree:
    tree = build_tree(client, config, _never_run, _never_complete)
    await tree.set_translator(CatalogueTranslator())
    return tree


async def command_payload_async(config: Config) -> list[dict[str, Any]]:
    """The JSON list a global sync PUTs to /applications/{id}/commands (same code path as
    CommandTree.sync: every command's get_translated_payload)."""
    client = discord.Client(intents=discord.Intents.none())
    tree = await payload_tree(client, config)
    translator = tree.translator
    assert translator is not None
    return [await c.get_translated_payload(tree, translator) for c in tree.get_commands()]


def command_payload(config: Config) -> list[dict[str, Any]]:
    """Synchronous form for the CLI (must not be called from a running event loop)."""
    return asyncio.run(command_payload_async(config))


async def sync_commands(config: Config, guild_id: int | None = None) -> dict[str, list[str]]:
    """Log in over REST (no gateway) and upload the commands.

    With `guild_id`, or else `discord.sync_guild_ids` from the config, the commands go to those
    guilds (visible at once; for testing); otherwise globally. Returns target -> command names.
    """
    token = secret(config.discord.token_env)
    if not token:
        raise RuntimeError(
            f"no Discord token: set the environment variable {config.discord.token_env}"
        )
    targets: list[int | None]
    if guild_id is not None:
        targets = [guild_id]
    elif config.discord.sync_guild_ids:
        targets = [int(g) for g in config.discord.sync_guild_ids]
    else:
        targets = [None]
    client = discord.Client(intents=discord.Intents.none())
    result: dict[str, list[str]] = {}
    async with client:
        await client.login(token)
        tree = await payload_tree(client, config)
        for target in targets:
            if target is None:
                synced = await tree.sync()
                result["global"] = [c.name for c in synced]
            else:
                guild = discord.Object(id=target)
                tree.copy_global_to(guild=guild)
                synced = await tree.sync(guild=guild)
                result[f"guild:{target}"] = [c.name for c in synced]
            log.info("discord: synced %d commands to %s", len(synced), target or "global")
    return result
