"""Discord transport: the chat commands as discord.py slash commands.

It only translates: an Interaction becomes a handlers.types.Request, the Reply becomes embeds,
files and a page view. Everything it needs comes from the composition root:

    transport = DiscordTransport(services, dispatch, complete)
    await transport.start()          # runs until transport.close()

`dispatch(Request) -> Reply` runs a command; `complete(kind, prefix, locale)` returns up to 25
(label, value) pairs for autocomplete (kinds: speaker, subject, article, timezone).

Commands are uploaded only on request: `sync_commands(config, guild_id)` (`lagebild
discord-sync [--guild ID]`); `command_payload(config)` is the exact JSON such a sync sends
(`lagebild discord-commands --format json`).

Sharding
--------
`[discord] shard_count = 0` runs a plain Client (enough for up to ~2,500 guilds).
`shard_count = -1` runs an AutoShardedClient with Discord's recommended shard count, all shards
in this process. To split a large bot over several processes (or machines), give every process
the same total and its own range of shard ids, e.g. 16 shards over 4 processes:

    # process 1                       # process 2                ... process 4
    [discord]                         [discord]
    shard_count = 16                  shard_count = 16
    shard_ids = [0, 1, 2, 3]          shard_ids = [4, 5, 6, 7]       shard_ids = [12, 13, 14, 15]

Every process needs the same token and store; guild g is served by shard (g >> 22) % shard_count,
so interactions from a guild always reach the process that owns its shard. Only one process
should run the digest scheduler (or the scheduler must lock subscriptions), since posting works
from any shard over REST. Sync the commands once, from any one process or the CLI.
"""

from __future__ import annotations

from bot.transports.discord.sync import command_payload, command_payload_async, sync_commands
from bot.transports.discord.transport import DiscordTransport, make_client

__all__ = [
    "DiscordTransport",
    "command_payload",
    "command_payload_async",
    "make_client",
    "sync_commands",
]
