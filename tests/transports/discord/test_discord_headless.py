"""`lagebild run --headless` (the systemd unit and the container of docs/deploy.md) serves the
configured chat transports: "headless" means no console conversation, not no Discord. The bot
logged in nowhere and answered nothing while it looked healthy."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
from discord_fake_server import FakeDiscord
from discord_fakes import command_json

from bot.app import App
from bot.config import Config, CorpusConfig, DiscordConfig, StoreConfig

ENV = "LAGEBILD_TEST_DISCORD_TOKEN"


async def test_a_headless_run_logs_in_to_discord_and_answers(
    fake_discord: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "fake.token-headless")
    (tmp_path / "corpus").mkdir()
    config = Config(
        corpus=CorpusConfig(dir=str(tmp_path / "corpus")),
        store=StoreConfig(path=str(tmp_path / "bot.db")),
        discord=DiscordConfig(token_env=ENV),
        base_dir=str(tmp_path),
    )
    app = await App.build(config, serve=True)
    app.headless = True
    running = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(fake_discord.identified.wait(), 20)
        await fake_discord.dispatch("INTERACTION_CREATE", command_json("status"))
        body: Any = None
        while body is None:
            _method, path, sent = await asyncio.wait_for(fake_discord.received.get(), 10)
            if path.endswith("/callback"):
                body = sent
        assert body["data"]["embeds"][0]["title"] == "Status"
        assert not running.done()
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
