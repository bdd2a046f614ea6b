"""The composition root builds every part from the config: one-off commands get no chat
transport and no scheduler; the running bot gets the configured transports and a scheduler
that the chat commands reach through the (frozen) services."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Config, CorpusConfig, MatrixConfig, NlpConfig, StoreConfig
from bot.scheduler.digest_scheduler import job_id
from handlers.types import ChannelRef, Request, UserRef


def _config(tmp_path: Path) -> Config:
    (tmp_path / "corpus").mkdir()
    return replace(
        Config(base_dir=str(tmp_path)),
        corpus=CorpusConfig(dir="corpus"),
        store=StoreConfig(path="s.db"),
        nlp=NlpConfig(workers=0),
        matrix=MatrixConfig(
            homeserver="http://127.0.0.1:9",
            user_id="@lagebild:example.org",
            access_token_env="LAGEBILD_TEST_ROOT_MATRIX_TOKEN",
            state_dir="matrix-state",
        ),
    )


async def test_one_off_commands_connect_nowhere_and_schedule_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_TEST_ROOT_MATRIX_TOKEN", "not-a-real-token")
    app = await App.build(_config(tmp_path))
    try:
        assert app.transports == []
        assert app.scheduler is None and app.services.scheduler is None
        with pytest.raises(RuntimeError, match="serve=True"):
            await app.run()
    finally:
        await app.close()


async def test_the_running_bot_is_built_with_the_configured_transports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_TEST_ROOT_MATRIX_TOKEN", "not-a-real-token")
    app = await App.build(_config(tmp_path), serve=True)
    try:
        assert [t.name for t in app.transports] == ["matrix"]
        assert app.services.scheduler is app.scheduler is not None
        with pytest.raises(FrozenInstanceError):
            app.services.scheduler = None  # type: ignore[misc]
    finally:
        await app.close()


async def test_a_subscription_made_in_the_running_bot_is_scheduled(tmp_path: Path) -> None:
    app = await App.build(_config(tmp_path), serve=True)
    assert app.scheduler is not None
    await app.scheduler.start()
    try:
        admin = UserRef("console:ops", "ops", bot_admin=True)
        channel = ChannelRef("console", "console")
        reply = await app.dispatch(Request("subscribe", {"time": "07:30"}, admin, channel))
        assert reply.kind == "ok", reply
        (sub,) = await app.store.subscriptions.list()
        assert app.scheduler.aps.get_job(job_id(sub.id)) is not None
    finally:
        await app.scheduler.shutdown()
        await app.close()
