"""The running Discord bot: a (sharded) client, the command tree, and posting digests."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import aiohttp
import discord

from bot.config import Config, secret
from bot.transports.base import ChannelGone, PartSent, SendError, TransientSendError
from bot.transports.discord.access import Access
from bot.transports.discord.commands import Complete, build_tree
from bot.transports.discord.embeds import (
    group_for_messages,
    plain_text,
    render_files,
    render_pages,
)
from bot.transports.discord.interactions import DEFER_AFTER, CommandRunner, Dispatch
from bot.transports.discord.messages import NO_MENTIONS
from bot.transports.discord.paginator import PAGE_TIMEOUT
from bot.transports.discord.translator import CatalogueTranslator
from handlers.types import Reply, Services

log = logging.getLogger(__name__)

# discord.py waits out rate limits up to this long before raising RateLimited (its minimum);
# the scheduler's own backoff is the better place to wait longer.
MAX_RATELIMIT_WAIT = 30.0
MESSAGE_MAX = 2000


def bot_intents() -> discord.Intents:
    """Guilds only: channel and role caches; slash commands need no privileged intent."""
    intents = discord.Intents.none()
    intents.guilds = True
    return intents


def make_client(config: Config, **kwargs: Any) -> discord.Client:
    """A plain Client, or an AutoShardedClient when config.discord.shard_count is set
    (-1: Discord's recommended count; N: N shards, this process running `shard_ids`)."""
    options: dict[str, Any] = {
        "intents": bot_intents(),
        "max_ratelimit_timeout": MAX_RATELIMIT_WAIT,
        "allowed_mentions": discord.AllowedMentions.none(),
        **kwargs,
    }
    d = config.discord
    if d.shard_count == 0:
        return discord.Client(**options)
    if d.shard_count == -1:
        if d.shard_ids:
            raise ValueError("discord.shard_ids needs an explicit discord.shard_count")
        return discord.AutoShardedClient(**options)
    if d.shard_ids:
        options["shard_ids"] = list(d.shard_ids)
    return discord.AutoShardedClient(shard_count=d.shard_count, **options)


def send_error(error: BaseException, channel_id: str) -> SendError:
    """Map discord.py's failures onto what the scheduler understands: a deleted channel or
    missing permissions will not heal by retrying (ChannelGone: the subscription is disabled
    and admins are told); everything else is retried a few times and then reported."""
    if isinstance(error, discord.NotFound | discord.Forbidden):
        return ChannelGone(f"discord channel {channel_id}: {error}")
    if isinstance(error, discord.RateLimited):
        return TransientSendError(f"discord rate limited: {error}", retry_after=error.retry_after)
    if isinstance(error, discord.HTTPException):
        if error.status >= 500 or error.status == 429:
            return TransientSendError(f"discord server error: {error}")
        # A rejected message (400) is our bug, not the channel's: keep the subscription, let
        # the retries run out and the admins hear about it.
        return TransientSendError(f"discord rejected the message for {channel_id}: {error}")
    return TransientSendError(f"discord unreachable: {error!r}")


class DiscordTransport:
    """Implements bot.transports.base.Poster for the scheduler."""

    name = "discord"

    def __init__(
        self,
        services: Services,
        dispatch: Dispatch,
        complete: Complete,
        *,
        client: discord.Client | None = None,
        client_factory: Callable[[], discord.Client] | None = None,
        defer_after: float = DEFER_AFTER,
        page_timeout: float = PAGE_TIMEOUT,
    ) -> None:
        self.services = services
        self.config = services.config
        self._make_client = client_factory or (lambda: make_client(self.config))
        self._dispatch = dispatch
        self._complete = complete
        self._timing = (defer_after, page_timeout)
        self._wire(client if client is not None else self._make_client())

    def _wire(self, client: discord.Client) -> None:
        """A client, its permission rules, command runner and tree belong together: a new
        client (after a failed start) gets new ones."""
        defer_after, page_timeout = self._timing
        self.client = client
        self.access = Access(client, self.config)
        self.runner = CommandRunner(
            self.config,
            self._dispatch,
            self.access,
            defer_after=defer_after,
            page_timeout=page_timeout,
        )
        self.tree = build_tree(
            client, self.config, self.runner.run, self._complete, access=self.access
        )

    async def start(self) -> None:
        """Log in and run until close(). Commands are NOT synced here (see sync_commands)."""
        token = secret(self.config.discord.token_env)
        if not token:
            raise RuntimeError(
                f"no Discord token: set the environment variable {self.config.discord.token_env}"
            )
        await self.tree.set_translator(CatalogueTranslator())
        log.info("discord: connecting (shard_count %s)", self.config.discord.shard_count)
        try:
            await self.client.start(token)
        except Exception:
            # A client whose start failed cannot start again (discord.py closes its HTTP
            # connector for good): the next start (bot/transports/supervisor.py) gets a new one.
            await self.client.close()
            self._wire(self._make_client())
            raise

    async def wait_until_ready(self) -> None:
        await self.client.wait_until_ready()

    async def close(self) -> None:
        await self.client.close()

    async def post(
        self,
        channel_id: str,
        reply: Reply,
        *,
        skip: int = 0,
        on_part: PartSent | None = None,
    ) -> int:
        """One message per group of embeds (the files go with the first); see Poster."""
        if self.client.user is None:  # not logged in (yet): start-up is being retried
            raise TransientSendError("discord is not connected")
        try:
            channel = self.client.get_partial_messageable(int(channel_id))
        except ValueError:
            raise ChannelGone(f"not a discord channel id: {channel_id!r}") from None
        embeds = render_pages(reply, self.config.bot.locale)
        groups = group_for_messages(embeds)
        for i, group in enumerate(groups):
            if i < skip:
                continue
            extra: dict[str, Any] = {}
            mentions = NO_MENTIONS
            if i == 0 and reply.attachments:
                extra["files"] = render_files(reply)
            if i == 0 and reply.mention_role and reply.mention_role.isdigit():
                # Exactly this role may be pinged: nothing else in the post can mention anyone.
                role = discord.Object(id=int(reply.mention_role))
                extra["content"] = f"<@&{reply.mention_role}>"
                mentions = discord.AllowedMentions(
                    everyone=False, users=False, roles=[role], replied_user=False
                )
            try:
                await channel.send(embeds=group, allowed_mentions=mentions, **extra)
            except (
                TimeoutError,
                discord.HTTPException,
                discord.RateLimited,
                aiohttp.ClientError,
                OSError,
            ) as e:
                error = send_error(e, channel_id)
                log.warning("discord: posting to channel %s failed: %s", channel_id, error)
                raise error from e
            if on_part is not None:
                await on_part(i + 1)
        return len(groups)

    async def notify_admins(self, text: str) -> None:
        log.warning("discord: admin notice: %s", text)
        ids = set(self.config.discord.admin_user_ids)
        ids.update(
            u.removeprefix("discord:") for u in self.config.admins.users if u.startswith("discord:")
        )
        for uid in sorted(i for i in ids if i.isdigit()):
            try:
                user = await self.client.fetch_user(int(uid))
                await user.send(plain_text(text)[:MESSAGE_MAX], allowed_mentions=NO_MENTIONS)
            except (discord.HTTPException, aiohttp.ClientError, OSError) as e:
                log.warning("discord: could not DM admin %s: %s", uid, e)
