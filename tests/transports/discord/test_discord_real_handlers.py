"""Slash commands end to end through the real handlers and a real SQLite store: the wiring the
composition root does (handlers.dispatch + handlers.autocomplete), seen from Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from discord_fakes import (
    ADMINISTRATOR,
    CHANNEL_ID,
    CONFIG_ADMIN_ID,
    GUILD_ID,
    MANAGE_GUILD,
    OTHER_CHANNEL_ID,
    OTHER_GUILD_ID,
    OTHER_USER_ID,
    OWNER_ID,
    autocomplete_json,
    command_json,
    make_config,
)

from bot.store import Store
from handlers.autocomplete import complete as complete_option
from handlers.dispatch import dispatch as dispatch_request
from handlers.registry import build_handlers
from handlers.types import Reply, Request, Services

CALLBACK_MESSAGE, CALLBACK_DEFERRED, CALLBACK_AUTOCOMPLETE = 4, 5, 8


@pytest.fixture
async def services(tmp_path: Path, sample_extractions) -> AsyncIterator[Services]:
    store = await Store.open(tmp_path / "discord.db")
    await store.corpus.apply(sample_extractions, [], [], [])
    try:
        yield Services(config=make_config(), store=store)
    finally:
        await store.close()


@pytest.fixture
async def harness(make_harness, services: Services):
    handlers = build_handlers()

    async def dispatch(request: Request) -> Reply:
        return await dispatch_request(request, services, handlers)

    async def complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        return await complete_option(kind, prefix, services, locale)

    return await make_harness(dispatch, complete, config=services.config, services=services)


async def test_who_said_answers_with_quotes_and_sources(harness):
    calls = await harness.send(command_json("who_said", {"speaker": "Kirby"}))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    embed = calls[-1].embeds[0]
    assert "Kirby" in embed["title"]
    text = embed.get("description", "") + "".join(f["value"] for f in embed.get("fields", []))
    assert "Wladiwostok" in text and "Tagesschau" in text


async def test_speaker_autocomplete_comes_from_the_store(harness):
    calls = await harness.send(autocomplete_json("who_said", "speaker", "Kir"))
    assert calls[0].callback_type == CALLBACK_AUTOCOMPLETE
    names = [c["name"] for c in calls[0].payload["data"]["choices"]]
    assert any("John Kirby" in n for n in names) and len(names) <= 25


async def test_sources_in_english_for_an_english_client(harness):
    calls = await harness.send(command_json("sources", locale="en-US"))
    assert calls[0].callback_type == CALLBACK_MESSAGE
    embed = calls[0].embeds[0]
    assert "Nordkoreanische Soldaten in Russland eingetroffen" in embed["description"]
    assert embed["fields"][-1]["name"] == "Sources"
    assert "unknown outlet, undated" in embed["fields"][-1]["value"]


async def test_article_by_number(harness):
    calls = await harness.send(command_json("article", {"id": 1}))
    embed = calls[-1].embeds[0]
    assert "Nordkoreanische Soldaten in Russland eingetroffen" in embed["title"]
    assert "Tagesschau, 24.10.2024" in str(embed)


async def test_reload_without_rights_never_reaches_the_handler(harness):
    calls = await harness.send(command_json("reload"))
    assert len(calls) == 1 and calls[0].ephemeral
    assert "Administratoren" in calls[0].embeds[0]["description"]
    # Manage Server is a right in one guild, not over the bot.
    calls = await harness.send(command_json("reload", permissions=MANAGE_GUILD))
    assert len(calls) == 1 and "Administratoren" in calls[0].embeds[0]["description"]
    # A configured admin gets through (no reloader is wired in this test, so the handler
    # answers with its own message instead of crashing).
    calls = await harness.send(command_json("reload", user_id=CONFIG_ADMIN_ID))
    assert calls[0].callback_type == CALLBACK_DEFERRED
    assert "Administratoren" not in text_of(calls[-1].embeds[0])


def text_of(embed: dict) -> str:
    return embed.get("description", "") + "".join(
        f["name"] + f["value"] for f in embed.get("fields", [])
    )


SAME_GUILD_CHANNEL = "3000000000000000001"
MATRIX_ROOM = "!lage:example.org"


async def test_only_bot_admins_see_every_channels_subscriptions(harness, services: Services):
    subs = services.store.subscriptions
    await subs.upsert("discord", str(CHANNEL_ID), "07:30", "Europe/Berlin", "x", str(GUILD_ID))
    await subs.upsert("discord", SAME_GUILD_CHANNEL, "08:00", "UTC", "x", str(GUILD_ID))
    await subs.upsert("matrix", MATRIX_ROOM, "09:00", "UTC", "@ops:example.org")

    async def listing(**kw: object) -> str:
        calls = await harness.send(command_json("subscriptions", **kw))
        return text_of(calls[-1].embeds[0])

    # The owner of another server, in their own server: nothing of ours.
    foreign = await listing(
        user_id=OTHER_USER_ID,
        permissions=ADMINISTRATOR | MANAGE_GUILD,
        guild_id=OTHER_GUILD_ID,
        channel_id=OTHER_CHANNEL_ID,
    )
    assert "kein Abonnement" in foreign
    for hidden in (str(CHANNEL_ID), SAME_GUILD_CHANNEL, MATRIX_ROOM):
        assert hidden not in foreign
    # A DM with the bot is its user's own channel, and shows only that.
    dm = await listing(guild=False)
    assert SAME_GUILD_CHANNEL not in dm and MATRIX_ROOM not in dm
    # This server's admin sees this server's channels, not the bot's other rooms.
    guild_admin = await listing(permissions=MANAGE_GUILD)
    assert SAME_GUILD_CHANNEL in guild_admin and MATRIX_ROOM not in guild_admin
    # Bot admins (configured, or the application's owner) see every channel.
    for user in (CONFIG_ADMIN_ID, OWNER_ID):
        everything = await listing(user_id=user)
        assert SAME_GUILD_CHANNEL in everything and f"matrix:{MATRIX_ROOM}" in everything
