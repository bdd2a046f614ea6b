"""AdminNotifier: every notice is logged at WARNING and reaches the admin channels of config
admins.notify through the running transports; without such channels each transport's own
admins get it. A channel that cannot be reached never stops the caller."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.app import App
from bot.config import AdminsConfig, Config, ConfigError, CorpusConfig, StoreConfig, load_config
from bot.notify import AdminNotifier
from bot.transports.base import PartSent, TransientSendError
from bot.transports.console import ConsoleTransport
from handlers.types import Reply, Services


@dataclass
class ChatPoster:
    """A chat transport at the edge (Discord's or Matrix's servers): records what it posts."""

    name: str
    posts: list[tuple[str, str]] = field(default_factory=list)
    dms: list[str] = field(default_factory=list)
    down: bool = False

    async def post(
        self, channel_id: str, reply: Reply, *, skip: int = 0, on_part: PartSent | None = None
    ) -> int:
        if self.down:
            raise TransientSendError(f"{self.name} unreachable")
        self.posts.append((channel_id, reply.blocks[0].text))
        return 1

    async def notify_admins(self, text: str) -> None:
        if self.down:
            raise TransientSendError(f"{self.name} unreachable")
        self.dms.append(text)


def console(out: io.StringIO) -> ConsoleTransport:
    services = Services(config=Config(), store=None)  # type: ignore[arg-type]
    return ConsoleTransport(services, {}, out=out)


async def test_a_notice_is_logged_and_posted_to_every_admin_channel(caplog) -> None:
    matrix, discord = ChatPoster("matrix"), ChatPoster("discord")
    out = io.StringIO()
    notifier = AdminNotifier(
        {"matrix": matrix, "discord": discord, "console": console(out)},
        ["matrix:!ops:example.org", "discord:123456", "console"],
    )
    with caplog.at_level(logging.WARNING, logger="bot.notify"):
        await notifier.notify("Feed https://example.org/rss abgeschaltet")
    assert "Feed https://example.org/rss abgeschaltet" in caplog.text
    assert matrix.posts == [("!ops:example.org", "Feed https://example.org/rss abgeschaltet")]
    assert discord.posts == [("123456", "Feed https://example.org/rss abgeschaltet")]
    assert "Feed https://example.org/rss abgeschaltet" in out.getvalue()
    assert matrix.dms == [] and discord.dms == []


async def test_an_unreachable_admin_channel_does_not_stop_the_others(caplog) -> None:
    matrix, discord = ChatPoster("matrix", down=True), ChatPoster("discord")
    notifier = AdminNotifier(
        {"matrix": matrix, "discord": discord},
        ["matrix:!ops:example.org", "console", "discord:123456"],  # no console is running
    )
    with caplog.at_level(logging.WARNING, logger="bot.notify"):
        await notifier.notify("Digest nicht gesendet")
    assert discord.posts == [("123456", "Digest nicht gesendet")]
    assert "not delivered to matrix:!ops:example.org" in caplog.text
    assert "not delivered to console:console: not running" in caplog.text


async def test_without_admin_channels_each_transport_tells_its_own_admins() -> None:
    matrix, discord = ChatPoster("matrix"), ChatPoster("discord", down=True)
    await AdminNotifier({"matrix": matrix, "discord": discord}).notify("Abo deaktiviert")
    assert matrix.dms == ["Abo deaktiviert"] and matrix.posts == []


async def test_transports_started_after_the_notifier_are_used() -> None:
    posters: dict[str, ChatPoster] = {}
    notifier = AdminNotifier(posters, ["matrix:!ops:example.org"])
    posters["matrix"] = ChatPoster("matrix")
    await notifier.notify("spät gestartet")
    assert posters["matrix"].posts == [("!ops:example.org", "spät gestartet")]


@pytest.mark.parametrize(
    "target",
    ["matrix", "matrix:", "irc:#ops", "discord:ops-channel", "Console", "!room:example.org"],
)
def test_a_bad_admin_channel_is_a_config_error_naming_the_key(tmp_path: Path, target: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'[admins]\nnotify = ["console", "{target}"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^admins\.notify\[1\]: "):
        load_config(path)


async def test_the_app_exposes_a_notifier_over_its_posters(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    config = Config(
        corpus=CorpusConfig(dir=str(tmp_path / "corpus")),
        store=StoreConfig(path=str(tmp_path / "app.db")),
        admins=AdminsConfig(notify=("matrix:!ops:example.org",)),
        base_dir=str(tmp_path),
    )
    app = await App.build(config)
    try:
        assert isinstance(app.services.notifier, AdminNotifier)
        matrix = ChatPoster("matrix")
        app.posters["matrix"] = matrix  # as App.run does for the transports it starts
        await app.services.notifier.notify("Transport discord startet nicht")
        assert matrix.posts == [("!ops:example.org", "Transport discord startet nicht")]
    finally:
        await app.close()
