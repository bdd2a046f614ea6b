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
import hashlib
import hmac
import importlib.util
import itertools
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
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
from bot.models import (
    PARAGRAPH_SEPARATOR,
    ArticleExtraction,
    Figure,
    Paragraph,
    ParsedArticle,
    Quote,
    Sentence,
    SpeakerInfo,
)
from bot.store import Store
from bot.store.records import CorpusChange
from handlers.types import Reply, Request, Services

SHARED_SECRET = "lagebild-test-shared-secret"
PASSWORD = "correct horse battery staple"

HS_CONFIG = """\
server_name: localhost
pid_file: {dir}/homeserver.pid
public_baseurl: http://127.0.0.1:{port}/
listeners:
  - port: {port}
    bind_addresses: ['127.0.0.1']
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: {dir}/homeserver.db
log_config: {dir}/log.yaml
media_store_path: {dir}/media
signing_key_path: {dir}/signing.key
registration_shared_secret: {secret}
macaroon_secret_key: lagebild-test-macaroon
form_secret: lagebild-test-form
report_stats: false
enable_registration: false
enable_metrics: false
url_preview_enabled: false
federation_domain_whitelist: []
trusted_key_servers: []
suppress_key_server_warning: true
presence:
  enabled: false
bcrypt_rounds: 4
rc_message: {{per_second: 1000, burst_count: 1000}}
rc_registration: {{per_second: 1000, burst_count: 1000}}
rc_login:
  address: {{per_second: 1000, burst_count: 1000}}
  account: {{per_second: 1000, burst_count: 1000}}
  failed_attempts: {{per_second: 1000, burst_count: 1000}}
rc_joins:
  local: {{per_second: 1000, burst_count: 1000}}
  remote: {{per_second: 1000, burst_count: 1000}}
rc_invites:
  per_room: {{per_second: 1000, burst_count: 1000}}
  per_user: {{per_second: 1000, burst_count: 1000}}
  per_issuer: {{per_second: 1000, burst_count: 1000}}
rc_key_requests: {{per_second: 1000, burst_count: 1000}}
rc_3pid_validation: {{per_second: 1000, burst_count: 1000}}
rc_media_create: {{per_second: 1000, burst_count: 1000}}
"""

LOG_CONFIG = """\
version: 1
formatters:
  plain: {{format: '%(asctime)s %(name)s %(levelname)s %(message)s'}}
handlers:
  file:
    class: logging.FileHandler
    filename: {dir}/homeserver.log
    formatter: plain
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _json(url: str, body: dict[str, Any] | None = None, token: str | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


@dataclass
class Homeserver:
    url: str
    dir: Path
    _names: Iterator[int] = field(default_factory=itertools.count)
    _admin_token: str | None = None

    def unique(self, base: str) -> str:
        """A fresh localpart, so every test has its own users and rooms."""
        return f"{base}{next(self._names)}"

    def register(self, localpart: str, admin: bool = False) -> str:
        """Register through the shared-secret admin API; returns the user id."""
        url = f"{self.url}/_synapse/admin/v1/register"
        nonce = _json(url)["nonce"]
        mac = hmac.new(SHARED_SECRET.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join(
                [
                    nonce.encode(),
                    localpart.encode(),
                    PASSWORD.encode(),
                    b"admin" if admin else b"notadmin",
                ]
            )
        )
        body = {
            "nonce": nonce,
            "username": localpart,
            "password": PASSWORD,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        return str(_json(url, body)["user_id"])

    def admin_token(self) -> str:
        if self._admin_token is None:
            user = self.register(self.unique("serveradmin"), admin=True)
            login = {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": user},
                "password": PASSWORD,
            }
            self._admin_token = str(
                _json(f"{self.url}/_matrix/client/v3/login", login)["access_token"]
            )
        return self._admin_token

    def override_ratelimit(self, user_id: str, per_second: float, burst: int) -> None:
        """Give one user a tight message rate limit (admin API), to provoke M_LIMIT_EXCEEDED."""
        url = f"{self.url}/_synapse/admin/v1/users/{user_id}/override_ratelimit"
        _json(url, {"messages_per_second": per_second, "burst_count": burst}, self.admin_token())

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = (self.dir / "homeserver.log").read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Homeserver]:
    if importlib.util.find_spec("synapse") is None:
        message = "matrix-synapse is not installed (pip install -e '.[test]')"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run the Matrix tests", pytrace=False)
        pytest.skip(message)
    from signedjson.key import generate_signing_key, write_signing_keys

    directory = tmp_path_factory.mktemp("synapse")
    port = _free_port()
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
                _json(f"{hs.url}/_matrix/client/versions")
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


def kirby_article(file: str = "kirby.txt", extra: str | None = None) -> ArticleExtraction:
    """One small article with an attributed quote by John Kirby (enough for /who_said Kirby)."""
    sentences = [
        "Nordkorea hat nach US-Angaben mindestens 3.000 Soldaten nach Russland geschickt.",
        "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden, sagte Kirby.",
    ]
    if extra:
        sentences.append(extra)
    body = PARAGRAPH_SEPARATOR.join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, s, pos, pos + len(s), i, "report"))
        pos += len(s) + len(PARAGRAPH_SEPARATOR)
    parsed = ParsedArticle(
        file=file,
        path=f"/corpus/{file}",
        title="Nordkoreanische Soldaten in Russland eingetroffen",
        published=date(2024, 10, 23),
        outlet="tagesschau.de",
        paragraphs=tuple(Paragraph(s, "report") for s in sentences),
        content_hash=f"hash-{file}-{len(body)}",
    )
    text = "Die Soldaten seien per Schiff nach Wladiwostok gebracht worden"
    start = body.find(text)
    quote = Quote(
        speaker="John Kirby",
        speaker_role="Sprecher des Weißen Hauses",
        kind="indirect",
        text=text,
        cue="sagte",
        sentence=sentences[1],
        sentence_index=1,
        start_char=start,
        end_char=start + len(text),
        speaker_mention="Kirby",
    )
    figure_text = "mindestens 3.000 Soldaten"
    fstart = body.find(figure_text)
    figure = Figure(
        value=3000,
        value_max=None,
        qualifier="at_least",
        unit="Soldat",
        subject="nordkoreanische Soldaten",
        text=figure_text,
        source="John Kirby",
        sentence=sentences[0],
        sentence_index=0,
        start_char=fstart,
        end_char=fstart + len(figure_text),
        refers_to=date(2024, 10, 23),
    )
    speaker = SpeakerInfo("John Kirby", "person", ("Sprecher des Weißen Hauses",), ("Kirby",))
    return ArticleExtraction(parsed, tuple(sents), (quote,), (figure,), (speaker,))


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
