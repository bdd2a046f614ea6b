"""Discord unreachable at start-up: the transport is retried with capped exponential backoff
(each attempt with a fresh discord.py client, since a failed one cannot start again) until the
local fake Discord comes up on the port that was closed; then it answers commands. The token
never reaches the log, and no failed attempt leaves a client open."""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

import discord
import yarl
from discord.webhook.async_ import AsyncWebhookAdapter, async_context
from discord_fake_server import FakeDiscord
from discord_fakes import command_json, make_config

from bot.notify import AdminNotifier
from bot.transports.discord import DiscordTransport, make_client
from bot.transports.supervisor import keep_running
from handlers.types import Block, Reply, Request, Services

TOKEN = "fake.token-never-in-logs"
ENV = "LAGEBILD_TEST_DISCORD_TOKEN"


async def answer(request: Request) -> Reply:
    return Reply(title=f"/{request.command}", blocks=[Block("läuft")])


async def no_completions(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
    return []


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_discord_unreachable_at_start_is_retried_until_it_answers(
    monkeypatch: Any, caplog: Any
) -> None:
    port = closed_port()
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        yarl.URL(f"ws://127.0.0.1:{port}/gateway"),
    )
    async_context.set(AsyncWebhookAdapter())
    monkeypatch.setenv(ENV, TOKEN)
    caplog.set_level(logging.DEBUG)
    config = make_config(token_env=ENV)
    clients: list[discord.Client] = []

    def new_client() -> discord.Client:
        clients.append(make_client(config, guild_ready_timeout=0.05))
        return clients[-1]

    transport = DiscordTransport(
        Services(config=config, store=None),  # type: ignore[arg-type]
        answer,
        no_completions,
        client_factory=new_client,
    )
    fake = FakeDiscord()
    delays: list[float] = []

    async def sleep(delay: float) -> None:
        delays.append(delay)
        if len(delays) == 4:  # Discord is reachable again before the fifth attempt
            await fake.start(port)

    supervised = asyncio.create_task(
        keep_running(transport, notifier=AdminNotifier({}), base=1.0, cap=4.0, sleep=sleep)
    )
    try:
        await asyncio.wait_for(fake.identified.wait(), 20)
        assert delays == [1.0, 2.0, 4.0, 4.0]  # exponential, capped
        # Each failed attempt closed its client (no HTTP session left open); the fifth serves.
        assert len(clients) == 5 and [c.is_closed() for c in clients] == [True] * 4 + [False]
        assert transport.client is clients[-1]
        await fake.dispatch("INTERACTION_CREATE", command_json("status", permissions=8))
        while True:
            _method, path, body = await asyncio.wait_for(fake.received.get(), 5)
            if path.endswith("/callback"):
                break
        assert body["data"]["embeds"][0]["description"] == "läuft"
    finally:
        await transport.close()
        await asyncio.wait_for(supervised, 5)  # a deliberate close ends the supervision
        await fake.stop()
    failures = [r for r in caplog.records if "could not start" in r.getMessage()]
    assert len(failures) == 4 and all(r.levelno == logging.ERROR for r in failures)
    assert "Cannot connect to host" in failures[0].getMessage()
    notices = [r for r in caplog.records if r.getMessage().startswith("admin notice:")]
    assert len(notices) == 1 and "discord transport does not start" in notices[0].getMessage()
    assert TOKEN not in caplog.text
