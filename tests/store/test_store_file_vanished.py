"""A running bot whose SQLite file is moved or deleted says "Datenbank nicht erreichbar" instead
of answering from (and writing into) a file that is no longer the store, never creates an empty
store in its place, and answers again once the file is back (issue 14)."""

from __future__ import annotations

from pathlib import Path

from sample_corpus import SAMPLE_NOW, sample_corpus

from bot.config import Config
from bot.store import Store
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Reply, Request, Services, UserRef


def _request(command: str, **args: str) -> Request:
    return Request(
        command=command,
        args=args,
        user=UserRef("matrix:@admin:localhost", "admin", bot_admin=True),
        channel=ChannelRef("matrix", "!room:localhost"),
        locale="de",
    )


def _text(reply: Reply) -> str:
    return "\n".join(
        [reply.title, *(b.text for b in reply.blocks), *(f.value for f in reply.fields)]
    )


async def test_a_vanished_store_file_gives_a_clear_message_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.db"
    store = await Store.open(path)
    services = Services(config=Config(), store=store, clock=lambda: SAMPLE_NOW)
    handlers = build_handlers()
    try:
        await store.corpus.apply(sample_corpus(), [], [], [], now=SAMPLE_NOW)
        before = await dispatch(_request("speakers"), services, handlers)
        assert before.kind != "error" and "Kirby" in _text(before)

        moved = tmp_path / "moved.db"
        path.rename(moved)
        for command, args in (("speakers", {}), ("subscribe", {"time": "07:00"})):
            reply = await dispatch(_request(command, **args), services, handlers)
            assert reply.kind == "error", command
            assert "Datenbank nicht erreichbar" in _text(reply), _text(reply)
        assert not path.exists()  # no empty store was created in its place

        moved.rename(path)
        after = await dispatch(_request("speakers"), services, handlers)
        assert _text(after) == _text(before)
        assert await store.subscriptions.in_channel("matrix", "!room:localhost") == []
    finally:
        await store.close()
