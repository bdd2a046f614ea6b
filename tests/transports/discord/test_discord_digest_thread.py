"""Issue 15 on Discord, end to end: `/subscribe … mention:@role` and `/watch` used in a thread
go through discord.py's real CommandTree and the real handlers into a real SQLite store; the
digest the real scheduler posts and the watch post go into that thread, the digest pinging
exactly that role (a fake Discord on 127.0.0.1 receives them)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from discord_fake_server import FakeDiscord
from discord_fakes import CHANNEL_ID, GUILD_ID, MANAGE_GUILD, command_json, make_config
from sample_corpus import Q, build_extraction

from bot.scheduler import DigestScheduler
from bot.store import Store
from bot.transports.discord import DiscordTransport, make_client
from bot.watch_notifier import WatchNotifier
from handlers.autocomplete import complete as complete_option
from handlers.dispatch import dispatch as dispatch_request
from handlers.registry import build_handlers
from handlers.types import Reply, Request, Services

TOKEN = "fake.token-never-in-logs"
ENV = "LAGEBILD_TEST_DISCORD_TOKEN"
THREAD_ID = 3000000000000000777
ROLE_ID = "777777777777777777"


def in_thread(payload: dict[str, Any]) -> dict[str, Any]:
    """The interaction as Discord sends it from a public thread of CHANNEL_ID."""
    payload["channel_id"] = str(THREAD_ID)
    payload["channel"] = {
        "id": str(THREAD_ID), "type": 11, "guild_id": str(GUILD_ID), "name": "faden",
        "parent_id": str(CHANNEL_ID), "owner_id": "1", "message_count": 0, "member_count": 1,
        "rate_limit_per_user": 0, "thread_metadata": {
            "archived": False, "auto_archive_duration": 1440, "locked": False,
            "archive_timestamp": "2024-01-01T00:00:00+00:00"},
    }  # fmt: skip
    return payload


def with_role_option(payload: dict[str, Any], name: str, role_id: str) -> dict[str, Any]:
    """A role option (type 8) with the role in `resolved`, as Discord sends a role picker."""
    payload["data"]["options"].append({"name": name, "type": 8, "value": role_id})
    payload["data"]["resolved"] = {
        "roles": {
            role_id: {
                "id": role_id, "name": "Lagedienst", "color": 0, "hoist": False, "position": 1,
                "permissions": "0", "managed": False, "mentionable": True, "flags": 0,
            }
        }
    }  # fmt: skip
    return payload


async def next_matching(fake: FakeDiscord, suffix: str) -> tuple[str, str, Any]:
    while True:
        method, path, body = await asyncio.wait_for(fake.received.get(), 5)
        if path.endswith(suffix):
            return method, path, body


async def test_digests_and_watches_set_in_a_thread_post_there(
    fake_discord: FakeDiscord, monkeypatch: Any, tmp_path: Path, sample_extractions: Any
) -> None:
    monkeypatch.setenv(ENV, TOKEN)
    store = await Store.open(tmp_path / "thread.db")
    await store.corpus.apply(sample_extractions, [], [], [])
    config = make_config(token_env=ENV)
    services = Services(config=config, store=store)
    handlers = build_handlers()

    async def dispatch(request: Request) -> Reply:
        return await dispatch_request(request, services, handlers)

    async def complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        return await complete_option(kind, prefix, services, locale)

    transport = DiscordTransport(
        services, dispatch, complete, client=make_client(config, guild_ready_timeout=0.05)
    )
    task = asyncio.create_task(transport.start())
    try:
        await asyncio.wait_for(transport.wait_until_ready(), 10)
        payload = command_json("subscribe", {"time": "07:00"}, permissions=MANAGE_GUILD)
        await fake_discord.dispatch(
            "INTERACTION_CREATE", in_thread(with_role_option(payload, "mention", ROLE_ID))
        )
        _, _, answer = await next_matching(fake_discord, "/callback")
        assert "07:00" in str(answer["data"]["embeds"][0])
        assert answer["data"]["allowed_mentions"] == {"parse": []}  # the answer pings nobody

        (sub,) = await store.subscriptions.in_channel("discord", str(THREAD_ID))
        assert sub.mention_role == ROLE_ID
        assert await store.subscriptions.in_channel("discord", str(CHANNEL_ID)) == []

        sched = DigestScheduler(services, {"discord": transport})
        slot = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
        assert (await sched.run_slot(sub.id, slot)).outcome == "sent"
        _, path, body = await next_matching(fake_discord, "/messages")
        assert path.endswith(f"/channels/{THREAD_ID}/messages")
        assert body["content"] == f"<@&{ROLE_ID}>"
        allowed = body["allowed_mentions"]
        assert [str(r) for r in allowed["roles"]] == [ROLE_ID]
        assert allowed["parse"] == [] and not allowed.get("users")
        await sched.shutdown()

        # A watch set in the thread: a new quote of its speaker is posted into the thread.
        watch = command_json("watch", {"speaker": "Kirby"}, permissions=MANAGE_GUILD)
        await fake_discord.dispatch("INTERACTION_CREATE", in_thread(watch))
        await next_matching(fake_discord, "/callback")
        sentence = "Kirby sagte, die Truppen würden an die Front verlegt."
        news = build_extraction(
            "neu.txt", "Truppen an die Front", None, "dpa", [sentence],
            quotes=[Q(0, "John Kirby", "die Truppen würden an die Front verlegt")],
        )  # fmt: skip
        await store.corpus.apply([news], [], [], [])
        notifier = WatchNotifier(services, {"discord": transport})
        assert await notifier.run() == 1
        _, path, body = await next_matching(fake_discord, "/messages")
        assert path.endswith(f"/channels/{THREAD_ID}/messages")
        assert "an die Front" in str(body["embeds"])
        assert body["allowed_mentions"] == {"parse": []}
        await notifier.close()
    finally:
        await transport.close()
        await task
        await store.close()
