"""Fixtures for the Discord transport tests (the fakes live in discord_fakes.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import pytest
import yarl
from discord.webhook.async_ import AsyncWebhookAdapter, async_context
from discord_fake_server import FakeDiscord
from discord_fakes import Complete, Dispatch, Harness, no_completions


@pytest.fixture
def make_harness() -> Callable[..., Awaitable[Harness]]:
    async def make(dispatch: Dispatch, complete: Complete = no_completions, **kw: Any) -> Harness:
        h = Harness(dispatch, complete, **kw)
        await h.setup()
        return h

    return make


@pytest.fixture
async def fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A fake Discord on 127.0.0.1 that discord.py's REST client, webhook adapter and gateway
    are pointed at (class attributes, restored after the test)."""
    fake = FakeDiscord()
    await fake.start()
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
    )
    async_context.set(AsyncWebhookAdapter())  # the real adapter, not a recorder
    try:
        yield fake
    finally:
        await fake.stop()
