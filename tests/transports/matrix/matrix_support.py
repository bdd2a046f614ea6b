"""What the Matrix tests share beyond fixtures: the homeserver's configuration and admin
calls, and a small article with a quote by John Kirby.

They live here, not in conftest.py, because test modules import them by name and a module
called `conftest` is ambiguous once several test directories are collected together.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import socket
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

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


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def call_json(url: str, body: dict[str, Any] | None = None, token: str | None = None) -> Any:
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
        nonce = call_json(url)["nonce"]
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
        return str(call_json(url, body)["user_id"])

    def admin_token(self) -> str:
        if self._admin_token is None:
            user = self.register(self.unique("serveradmin"), admin=True)
            login = {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": user},
                "password": PASSWORD,
            }
            self._admin_token = str(
                call_json(f"{self.url}/_matrix/client/v3/login", login)["access_token"]
            )
        return self._admin_token

    def override_ratelimit(self, user_id: str, per_second: float, burst: int) -> None:
        """Give one user a tight message rate limit (admin API), to provoke M_LIMIT_EXCEEDED."""
        url = f"{self.url}/_synapse/admin/v1/users/{user_id}/override_ratelimit"
        call_json(
            url, {"messages_per_second": per_second, "burst_count": burst}, self.admin_token()
        )

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = (self.dir / "homeserver.log").read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


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
