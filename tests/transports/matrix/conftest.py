"""A real Synapse homeserver on 127.0.0.1 for the Matrix transport tests, and chat users.

One Synapse per test session (start ~3 s): the fixture writes a minimal config (sqlite, no
federation, relaxed rate limits, cheap bcrypt), generates a signing key, starts the server
with this interpreter, waits for /_matrix/client/versions, registers users through the
shared-secret admin API and stops the server afterwards. When Synapse is not installed the
tests skip, except under CI, where a missing homeserver must fail the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from matrix_support import (
    HS_CONFIG,
    LOG_CONFIG,
    PASSWORD,
    SHARED_SECRET,
    Homeserver,
    call_json,
    free_port,
    kirby_article,
)
from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinError,
    LoginResponse,
    MatrixRoom,
    RoomCreateResponse,
    RoomSendResponse,
)

from bot.config import AdminsConfig, BotConfig, Config, MatrixConfig, StoreConfig
from bot.store import Store
from bot.store.records import CorpusChange
from handlers.types import Reply, Request, Services


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Homeserver]:
    if importlib.util.find_spec("synapse") is None:
        message = "matrix-synapse is not installed (pip install -e '.[test]')"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run the Matrix tests", pytrace=False)
        pytest.skip(message)
    from signedjson.key import generate_signing_key, write_signing_keys

    directory = tmp_path_factory.mktemp("synapse")
    port = free_port()
    (directory / "log.yaml").write_text(LOG_CONFIG.format(dir=directory))
    config = directory / "homeserver.yaml"
    config.write_text(HS_CONFIG.format(dir=directory, port=port, secret=SHARED_SECRET))
    with (directory / "signing.key").open("w") as f:
        write_signing_keys(f, [generate_signing_key("a_test")])
    out = (directory / "stdout.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
        cwd=directory,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    hs = Homeserver(url=f"http://127.0.0.1:{port}", dir=directory)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                out.flush()
                pytest.fail(
                    "Synapse exited during start-up:\n"
                    + (directory / "stdout.log").read_text(errors="replace")[-3000:]
                    + hs.log_tail(),
                    pytrace=False,
                )
            try:
                call_json(f"{hs.url}/_matrix/client/versions")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("Synapse did not answer within 60 s:\n" + hs.log_tail())
                time.sleep(0.1)
        yield hs
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        out.close()


class Member:
    """A person in the chat: a nio client that syncs in the background and records events."""

    def __init__(self, hs: Homeserver, user_id: str, store_dir: Path | None = None) -> None:
        self.hs = hs
        self.user_id = user_id
        e2e = store_dir is not None
        if store_dir is not None:
            store_dir.mkdir(parents=True, exist_ok=True)
        self.client = AsyncClient(
            hs.url,
            user_id,
            store_path=str(store_dir) if store_dir else "",
            config=AsyncClientConfig(encryption_enabled=e2e, store_sync_tokens=e2e),
        )
        self.events: list[tuple[str, Any]] = []
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> Member:
        resp = await self.client.login(PASSWORD, device_name="test-member")
        assert isinstance(resp, LoginResponse), resp

        async def record(room: MatrixRoom, event: Any) -> None:
            self.events.append((room.room_id, event))

        self.client.add_event_callback(record, None)  # type: ignore[arg-type]
        await self.client.sync(timeout=0, full_state=True)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        self._task = asyncio.create_task(self.client.sync_forever(timeout=5_000))
        return self

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.client.close()

    async def create_room(self, invite: list[str], **kwargs: Any) -> str:
        resp = await self.client.room_create(invite=invite, **kwargs)
        assert isinstance(resp, RoomCreateResponse), resp
        return str(resp.room_id)

    async def join(self, room_id: str) -> None:
        resp = await self.client.join(room_id)
        assert not isinstance(resp, JoinError), resp

    async def say(self, room_id: str, body: str, relates_to: dict[str, Any] | None = None) -> str:
        content: dict[str, Any] = {"msgtype": "m.text", "body": body}
        if relates_to:
            content["m.relates_to"] = relates_to
        resp = await self.client.room_send(
            room_id, "m.room.message", content, ignore_unverified_devices=True
        )
        assert isinstance(resp, RoomSendResponse), resp
        return str(resp.event_id)

    async def wait_for(
        self, predicate: Callable[[str, Any], bool], timeout: float = 10.0, what: str = "event"
    ) -> Any:
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for room_id, event in self.events[seen:]:
                if predicate(room_id, event):
                    return event
            seen = 0  # events may be appended out of order; rescan all
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.user_id}: no {what} within {timeout} s")
            await asyncio.sleep(0.05)

    def messages_from(self, sender: str, room_id: str) -> list[Any]:
        return [
            e
            for r, e in self.events
            if r == room_id
            and getattr(e, "sender", None) == sender
            and isinstance(getattr(e, "source", None), dict)
            and e.source.get("type") == "m.room.message"
        ]


@pytest.fixture
async def member_factory(synapse: Homeserver, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    members: list[Member] = []

    async def make(name: str, e2e: bool = False) -> Member:
        user_id = await asyncio.to_thread(synapse.register, synapse.unique(name))
        store = tmp_path / f"{user_id[1:].split(':')[0]}-store" if e2e else None
        member = Member(synapse, user_id, store)
        members.append(member)
        return await member.start()

    yield make
    for m in members:
        await m.close()


# -- the bot's side: a real store, the real handlers and dispatch ---------------------------


class StoreReloader:
    """handlers.types.CorpusReloader over the real store: a reload applies one new article in
    one transaction, as bot.ingest does after parsing (parsing itself is not Matrix's concern)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.requested_by: list[str] = []
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    async def reload(self, requested_by: str) -> CorpusChange:
        self._running = True
        try:
            self.requested_by.append(requested_by)
            n = len(self.requested_by)
            hashes = await self.store.corpus.hashes()
            article = kirby_article(f"reload-{n}.txt", extra=f"Nachtrag {n}.")
            return await self.store.corpus.apply([article], [], sorted(hashes), [])
        finally:
            self._running = False


@dataclass
class BotWorld:
    """Everything a test needs to run bots against the homeserver."""

    hs: Homeserver
    tmp: Path
    store: Store
    reloader: StoreReloader
    monkeypatch: pytest.MonkeyPatch
    transports: list[Any] = field(default_factory=list)

    def services(self, user_id: str, bot_admins: tuple[str, ...] = (), **matrix: Any) -> Services:
        """`bot_admins` go to `[admins] users`, `matrix` to the `[matrix]` section."""
        env = "LAGEBILD_TEST_MATRIX_PASSWORD"
        settings: dict[str, Any] = {
            "homeserver": self.hs.url,
            "user_id": user_id,
            "password_env": env,
            "access_token_env": "LAGEBILD_TEST_MATRIX_TOKEN",
            "state_dir": str(self.tmp / f"state-{user_id[1:].split(':')[0]}"),
            "digest_pace_seconds": 0.0,
        }
        settings.update(matrix)
        config = Config(
            store=StoreConfig(path=str(self.tmp / "lagebild.db")),
            bot=BotConfig(locale="en"),
            admins=AdminsConfig(users=bot_admins),
            matrix=MatrixConfig(**settings),
            base_dir=str(self.tmp),
        )
        return Services(config=config, store=self.store, reloader=self.reloader)

    async def bot(self, user_id: str, **matrix: Any) -> Any:
        """A connected bot logging in with its password."""
        self.monkeypatch.setenv("LAGEBILD_TEST_MATRIX_PASSWORD", PASSWORD)
        self.monkeypatch.delenv("LAGEBILD_TEST_MATRIX_TOKEN", raising=False)
        return await self.transport(user_id, **matrix)

    async def transport(self, user_id: str, **matrix: Any) -> Any:
        """A connected bot with whatever credentials the environment holds now."""
        from bot.transports.matrix import MatrixTransport
        from handlers.dispatch import dispatch
        from handlers.registry import build_handlers

        services = self.services(user_id, **matrix)
        handlers = build_handlers()

        async def run(req: Request) -> Reply:
            return await dispatch(req, services, handlers)

        transport = MatrixTransport(services, run)
        self.transports.append(transport)
        await transport.connect()
        return transport


@pytest.fixture
async def world(
    synapse: Homeserver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[BotWorld]:
    store = await Store.open(tmp_path / "lagebild.db")
    await store.corpus.apply([kirby_article()], [], [], [])
    w = BotWorld(synapse, tmp_path, store, StoreReloader(store), monkeypatch)
    try:
        yield w
    finally:
        for transport in w.transports:
            await transport.close()
        await store.close()
