"""An unmodified discord.py client against a local fake of Discord: log in, READY, answer an
interaction, post digests (and map failures), DM admins, sync commands on request."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from discord_fake_server import DM_CHANNEL_ID, FakeDiscord
from discord_fakes import APP_ID, CHANNEL_ID, GUILD_ID, command_json, make_config

from bot.transports.base import ChannelGone, TransientSendError
from bot.transports.discord import (
    DiscordTransport,
    command_payload_async,
    make_client,
    sync_commands,
)
from handlers.format import inert
from handlers.types import Block, Reply, Request, Services

TOKEN = "fake.token-never-in-logs"
ENV = "LAGEBILD_TEST_DISCORD_TOKEN"


async def answer(request: Request) -> Reply:
    return Reply(title=f"/{request.command}", blocks=[Block(f"Hallo {request.user.name}")])


async def no_completions(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
    return []


async def next_matching(fake: FakeDiscord, suffix: str) -> tuple[str, str, Any]:
    while True:
        method, path, body = await asyncio.wait_for(fake.received.get(), 5)
        if path.endswith(suffix):
            return method, path, body


async def started(
    fake: FakeDiscord, **config_options: Any
) -> tuple[DiscordTransport, asyncio.Task[None]]:
    config = make_config(token_env=ENV, **config_options)
    transport = DiscordTransport(
        Services(config=config, store=None),  # type: ignore[arg-type]
        answer,
        no_completions,
        client=make_client(config, guild_ready_timeout=0.05),
    )
    task = asyncio.create_task(transport.start())
    await asyncio.wait_for(transport.wait_until_ready(), 10)
    return transport, task


async def test_client_logs_in_answers_an_interaction_and_posts(fake_discord, monkeypatch, caplog):
    monkeypatch.setenv(ENV, TOKEN)
    caplog.set_level(logging.DEBUG)
    transport, task = await started(fake_discord, admin_user_ids=("4000000000000000099",))
    try:
        assert fake_discord.identifies[0]["token"] == TOKEN
        assert [g.id for g in transport.client.guilds] == [GUILD_ID]
        assert not any(
            p.endswith("/commands") for _, p, _, _ in fake_discord.rest
        )  # no sync on start

        await fake_discord.dispatch("INTERACTION_CREATE", command_json("status", permissions=8))
        _, _, body = await next_matching(fake_discord, "/callback")
        assert body["type"] == 4 and body["data"]["embeds"][0]["title"] == "/status"
        assert body["data"]["embeds"][0]["description"] == "Hallo Alice"
        assert body["data"]["allowed_mentions"] == {"parse": []}

        await transport.post(
            str(CHANNEL_ID),
            Reply(title="Tageszusammenfassung @everyone", blocks=[Block(inert("@here <@1> Neu"))]),
        )
        _, path, body = await next_matching(fake_discord, "/messages")
        assert path.endswith(f"/channels/{CHANNEL_ID}/messages")
        assert body["embeds"][0]["title"] == "Tageszusammenfassung @\u200beveryone"
        assert body["embeds"][0]["description"] == "@here \\<@1\\> Neu"
        assert body["allowed_mentions"] == {"parse": []}  # a digest pings nobody
        bot_calls = [auth for _, p, _, auth in fake_discord.rest if "/interactions/" not in p]
        assert bot_calls and all(auth == f"Bot {TOKEN}" for auth in bot_calls)

        await transport.notify_admins("Abo für Kanal [1](https://evil.example) deaktiviert")
        _, path, body = await next_matching(fake_discord, "/messages")
        assert (
            path.endswith(f"/channels/{DM_CHANNEL_ID}/messages")
            and "Kanal \\[1\\](https://evil.example) deaktiviert" in body["content"]
        )
        assert body["allowed_mentions"] == {"parse": []}
    finally:
        await transport.close()
        await task
    assert TOKEN not in caplog.text


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, ChannelGone),
        (403, ChannelGone),
        (503, TransientSendError),
        (429, TransientSendError),
        (400, TransientSendError),
    ],
)
async def test_post_failures_map_to_what_the_scheduler_understands(
    fake_discord, monkeypatch, status, error
):
    monkeypatch.setenv(ENV, TOKEN)
    channel = "3000000000000000777"
    fake_discord.channel_status[channel] = status
    transport, task = await started(fake_discord)
    try:
        with pytest.raises(error) as raised:
            await transport.post(channel, Reply(title="Digest"))
        if status == 429:
            assert raised.value.retry_after == pytest.approx(120.0)
    finally:
        await transport.close()
        await task


async def test_a_long_digest_is_posted_in_several_messages_within_limits(fake_discord, monkeypatch):
    monkeypatch.setenv(ENV, TOKEN)
    transport, task = await started(fake_discord)
    try:
        reply = Reply(
            title="Digest", blocks=[Block(f"Meldung {i} " + "w" * 850) for i in range(40)]
        )
        await transport.post(str(CHANNEL_ID), reply)
        bodies = [
            b for m, p, b, _ in fake_discord.rest if p.endswith(f"/channels/{CHANNEL_ID}/messages")
        ]
        assert len(bodies) > 1
        texts = "".join(e["description"] for b in bodies for e in b["embeds"])
        assert all(f"Meldung {i} " in texts for i in range(40))
        for body in bodies:
            assert len(body["embeds"]) <= 10
            assert (
                sum(
                    len(e["title"]) + len(e["description"]) + len(e["footer"]["text"])
                    for e in body["embeds"]
                )
                <= 6000
            )
    finally:
        await transport.close()
        await task


async def test_sharded_process_identifies_only_its_shards(fake_discord, monkeypatch):
    monkeypatch.setenv(ENV, TOKEN)
    transport, task = await started(fake_discord, shard_count=4, shard_ids=(2,))
    try:
        assert type(transport.client).__name__ == "AutoShardedClient"
        assert [i["shard"] for i in fake_discord.identifies] == [[2, 4]]
    finally:
        await transport.close()
        await task


async def test_missing_token_is_a_clear_error(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    config = make_config(token_env=ENV)
    transport = DiscordTransport(Services(config=config, store=None), answer, no_completions)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match=ENV):
        await transport.start()


async def test_sync_uploads_the_printed_payload_globally_or_to_one_guild(fake_discord, monkeypatch):
    monkeypatch.setenv(ENV, TOKEN)
    config = make_config(token_env=ENV)
    result = await sync_commands(config)
    puts = [(p, b) for m, p, b, _ in fake_discord.rest if m == "PUT"]
    assert puts[0][0] == f"/api/v10/applications/{APP_ID}/commands"
    assert puts[0][1] == await command_payload_async(config)
    assert "who_said" in result and len(result) == len(puts[0][1])

    await sync_commands(config, guild_id=GUILD_ID)
    path, body = [(p, b) for m, p, b, _ in fake_discord.rest if m == "PUT"][1]
    assert path == f"/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    assert {c["name"] for c in body} == {c["name"] for c in puts[0][1]}


async def test_a_digest_failing_on_message_two_is_resumed_there(fake_discord, monkeypatch):
    """Rate limited after message 1: the retry (skip=1) posts every message exactly once."""
    monkeypatch.setenv(ENV, TOKEN)
    transport, task = await started(fake_discord)
    channel = str(CHANNEL_ID)
    try:
        reply = Reply(
            title="Digest", blocks=[Block(f"Meldung {i} " + "w" * 850) for i in range(40)]
        )
        out: list[int] = []

        async def on_part(parts: int) -> None:
            out.append(parts)
            if parts == 1:
                fake_discord.channel_status[channel] = 429  # retry_after 120 s

        with pytest.raises(TransientSendError):
            await transport.post(channel, reply, on_part=on_part)
        assert out == [1]
        del fake_discord.channel_status[channel]
        total = await transport.post(channel, reply, skip=out[-1], on_part=on_part)
        assert total > 2 and out == list(range(1, total + 1))
    finally:
        await transport.close()
        await task
    requests = [
        b for _m, p, b, _a in fake_discord.rest if p.endswith(f"/channels/{channel}/messages")
    ]
    delivered = requests[:1] + requests[2:]  # the second request was refused (429)
    assert len(delivered) == total
    texts = [e["description"] for b in delivered for e in b["embeds"]]
    for i in range(40):
        assert sum(f"Meldung {i} " in t for t in texts) == 1


async def test_a_digest_while_discord_is_not_connected_is_a_retryable_failure(monkeypatch):
    """E.g. Discord was unreachable at start and is being retried: the scheduler must see a
    transient error (retry, then tell the admins), not a crash."""
    monkeypatch.setenv(ENV, TOKEN)
    config = make_config(token_env=ENV)
    transport = DiscordTransport(Services(config=config, store=None), answer, no_completions)  # type: ignore[arg-type]
    with pytest.raises(TransientSendError, match="not connected"):
        await transport.post(str(CHANNEL_ID), Reply(title="Digest"))


async def test_a_digest_mentions_exactly_its_one_role(fake_discord, monkeypatch):
    """`/subscribe … mention:@role`: the post pings that role and nothing else (a corpus
    sentence containing @everyone or another role's mention stays inert)."""
    monkeypatch.setenv(ENV, TOKEN)
    transport, task = await started(fake_discord)
    try:
        reply = Reply(
            title="Tageszusammenfassung",
            blocks=[Block("Zitat: @everyone <@&999999999999999999>")],
            mention_role="777777777777777777",
        )
        await transport.post(str(CHANNEL_ID), reply)
        _, _, body = await next_matching(fake_discord, "/messages")
        assert body["content"] == "<@&777777777777777777>"
        allowed = body["allowed_mentions"]
        assert [str(r) for r in allowed["roles"]] == ["777777777777777777"]
        assert allowed["parse"] == []
        assert not allowed.get("users") and not allowed.get("replied_user")
    finally:
        await transport.close()
        await task
