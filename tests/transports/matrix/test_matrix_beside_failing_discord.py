"""`App.run` with Matrix (a real Synapse) and Discord (pointed at a closed port on 127.0.0.1):
Discord failing to start must not stop the bot. Matrix keeps answering commands while Discord
is retried with backoff, logged without the token."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import discord
import pytest
from matrix_support import PASSWORD, Homeserver, kirby_article

from bot.app import App
from bot.config import Config, CorpusConfig, DiscordConfig, MatrixConfig, StoreConfig

pytestmark = pytest.mark.synapse

DISCORD_TOKEN = "fake.discord-token-never-in-logs"


async def until(condition: Callable[[], bool], timeout: float = 20.0, what: str = "it") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        await asyncio.sleep(0.05)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_failures(caplog: Any) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "could not start" in r.getMessage()]


async def test_matrix_keeps_serving_while_discord_cannot_start(
    synapse: Homeserver,
    member_factory: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: Any,
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{closed_port()}/api/v10")
    monkeypatch.setenv("LAGEBILD_TEST_DISCORD_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("LAGEBILD_TEST_MATRIX_PASSWORD", PASSWORD)
    monkeypatch.delenv("LAGEBILD_TEST_MATRIX_TOKEN", raising=False)
    bot_id = await asyncio.to_thread(synapse.register, synapse.unique("lagebild"))
    (tmp_path / "corpus").mkdir()
    config = Config(
        corpus=CorpusConfig(dir=str(tmp_path / "corpus")),
        store=StoreConfig(path=str(tmp_path / "bot.db")),
        discord=DiscordConfig(token_env="LAGEBILD_TEST_DISCORD_TOKEN"),
        matrix=MatrixConfig(
            homeserver=synapse.url,
            user_id=bot_id,
            password_env="LAGEBILD_TEST_MATRIX_PASSWORD",
            access_token_env="LAGEBILD_TEST_MATRIX_TOKEN",
            state_dir=str(tmp_path / "matrix-state"),
            invite_from=("localhost",),
            all_rooms=True,
        ),
        base_dir=str(tmp_path),
    )
    app = await App.build(config, serve=True)
    app.restart_backoff = (0.05, 0.2)
    await app.store.corpus.apply([kirby_article()], [], [], [])
    running = asyncio.create_task(app.run())
    try:
        alice = await member_factory("alice")
        matrix = app.posters["matrix"]
        room = await alice.create_room(invite=[bot_id])
        await until(lambda: room in matrix.joined_rooms(), what="the bot to join")
        command = await alice.say(room, "!lagebild who_said Kirby")
        answer = await alice.wait_for(
            lambda r, e: (
                r == room
                and getattr(e, "sender", None) == bot_id
                and (e.source["content"].get("m.relates_to") or {})
                .get("m.in_reply_to", {})
                .get("event_id")
                == command
            ),
            what="the answer over Matrix",
        )
        assert "Wladiwostok" in answer.source["content"]["body"]
        await until(lambda: len(start_failures(caplog)) >= 4, what="Discord retries")
        assert not running.done()  # the bot is still up
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
    delays = [r.args[-1] for r in start_failures(caplog)[:4]]  # type: ignore[index]
    assert delays == [0.05, 0.1, 0.2, 0.2]
    assert all(r.getMessage().startswith("discord: ") for r in start_failures(caplog))
    assert DISCORD_TOKEN not in caplog.text and PASSWORD not in caplog.text
