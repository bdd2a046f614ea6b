"""Slash commands end to end through the real handlers and a real SQLite store: the wiring the
composition root does (handlers.dispatch + handlers.autocomplete), seen from Discord."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

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
    button_json,
    command_json,
    make_config,
)
from sample_corpus import hostile_extraction

from bot.store import Store
from handlers.autocomplete import complete as complete_option
from handlers.dispatch import dispatch as dispatch_request
from handlers.format import inert
from handlers.registry import build_handlers
from handlers.types import Block, Reply, Request, Services, UserError

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


# -- corpus and user text stay inert -----------------------------------------------------------

# "[text](url" not preceded by Markdown's escaping backslash: what Discord would make a link.
LIVE_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")
LIVE_MENTION = re.compile(r"(?<!\\)<@")


@pytest.fixture
async def hostile(make_harness, tmp_path: Path, sample_extractions):
    store = await Store.open(tmp_path / "hostile.db")
    await store.corpus.apply([*sample_extractions, hostile_extraction()], [], [], [])
    services = Services(config=make_config(), store=store)
    handlers = build_handlers()

    async def dispatch(request: Request) -> Reply:
        return await dispatch_request(request, services, handlers)

    async def complete(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
        return await complete_option(kind, prefix, services, locale)

    try:
        yield await make_harness(dispatch, complete, config=services.config, services=services)
    finally:
        await store.close()


def sent_text(calls: list[Any]) -> str:
    """Everything of the messages Discord would show, as sent (Markdown unrendered)."""
    parts = []
    for call in calls:
        for embed in call.embeds:
            parts += [embed.get("title", ""), embed.get("description", "") or ""]
            parts += [f["name"] + "\n" + f["value"] for f in embed.get("fields", [])]
            parts.append(embed.get("footer", {}).get("text", ""))
        parts.append(call.data.get("content") or "")
    return "\n".join(parts)


def assert_no_mentions_allowed(calls: list[Any]) -> None:
    messages = [c for c in calls if c.data and ("embeds" in c.data or "content" in c.data)]
    assert messages
    for call in messages:
        assert call.data["allowed_mentions"] == {"parse": []}, call.url


async def test_hostile_article_text_reaches_discord_inert(hostile):
    article = await hostile.transport.services.store.articles.by_file("666_eilmeldung.txt")
    calls: list[Any] = []
    for command in (
        command_json("article", {"id": article.id}),
        command_json("search", {"text": "Eilmeldung"}),
        command_json("who_said", {"speaker": "Mallory"}),
        command_json("figures", {"subject": "Opfer"}),
        command_json("digest"),
    ):
        calls += await hostile.send(command)
    text = sent_text(calls)
    # The disguised link is shown as written, escaped, never as a link.
    assert "\\[Jetzt einloggen\\](https://evil.example/login)" in text
    assert not LIVE_LINK.search(text)
    assert "\\[Admin\\](https://evil.example/admin)" in text  # the quoted speaker's role
    assert not LIVE_MENTION.search(text) and "\\<@123456789012345678\\>" in text
    assert "\\*\\*sofort\\*\\*" in text and "\\|\\|melden\\|\\|" in text
    assert "\\> Zitat? - Liste? \\# Titel?" in text  # not a quote or heading
    assert "\x1b" not in text and "\x07" not in text and "]8;;" not in text
    assert_no_mentions_allowed(calls)


async def test_hostile_user_arguments_reach_discord_inert(hostile):
    calls = await hostile.send(
        command_json("who_said", {"speaker": "[Jetzt einloggen](https://evil.example) <@1>"})
    )
    calls += await hostile.send(
        command_json("who_said", {"about": "[Klick](https://evil.example) zzz"})
    )
    calls += await hostile.send(command_json("help", {"command": "[x](https://evil.example)"}))
    text = sent_text(calls)
    assert "\\[Jetzt einloggen\\](https://evil.example)" in text  # echoed, as written
    assert "\\[Klick\\](https://evil.example)" in text
    assert not LIVE_LINK.search(text) and not LIVE_MENTION.search(text)
    assert_no_mentions_allowed(calls)


async def test_page_turns_and_private_errors_allow_no_mentions(hostile):
    long = [Block(inert(f"@everyone <@{i}> " + "Wort " * 400)) for i in range(12)]

    async def dispatch(request: Request) -> Reply:
        if request.command == "status":
            raise UserError("help.unknown", name="@everyone [x](https://evil.example)")
        return Reply(title="@everyone [Titel](https://evil.example)", blocks=long)

    hostile.transport.runner.dispatch = dispatch
    calls = await hostile.send(command_json("sources"))
    message_id = calls[0].response["interaction"]["response_message_id"]
    calls += await hostile.send(
        button_json(message_id, calls[0].data["components"][0]["components"][2]["custom_id"])
    )
    calls += await hostile.send(command_json("status"))
    assert [c.callback_type for c in calls if c.is_callback][:2] == [4, 7]  # answer, page turn
    text = sent_text(calls)
    assert "@everyone \\[Titel\\](https://evil.example)" in text.replace("\u200b", "")
    assert not LIVE_LINK.search(text) and not LIVE_MENTION.search(text)
    assert_no_mentions_allowed(calls)


async def test_curate_by_a_bot_admin_shows_in_the_next_answer(harness):
    from discord_fakes import CONFIG_ADMIN_ID

    refused = await harness.send(command_json("curate", {"action": "hide", "speaker": "Kirby"}))
    assert refused[0].ephemeral
    calls = await harness.send(
        command_json("curate", {"action": "hide", "speaker": "Kirby"}, user_id=CONFIG_ADMIN_ID)
    )
    assert "ausgeblendet" in str(calls[-1].embeds[0])
    after = await harness.send(command_json("who_said", {"speaker": "Kirby"}))
    assert "kenne ich nicht" in str(after[-1].embeds[0])


async def test_curate_undo_takes_the_number_from_its_own_field(harness):
    """On Discord the number of /curate log goes into `number`, not into the speaker field
    (whose autocomplete offers names): an editor undoes a hide and the speaker is back."""
    admin = {"user_id": CONFIG_ADMIN_ID}
    hidden = await harness.send(
        command_json("curate", {"action": "hide", "speaker": "Kirby"}, **admin)
    )
    entry = re.search(r"#(\d+)", str(hidden[-1].embeds[0]))
    assert entry is not None
    undone = await harness.send(
        command_json("curate", {"action": "undo", "number": int(entry[1])}, **admin)
    )
    assert "rückgängig gemacht" in str(undone[-1].embeds[0])
    after = await harness.send(command_json("who_said", {"speaker": "Kirby"}))
    assert "Wladiwostok" in str(after[-1].embeds[0])


async def test_curate_hints_name_discords_pick_list_and_number_field(harness):
    """The undo hint read "Rückgängig: /curate undo 1", a text command: on Discord the editor
    picks the action from a list and types the number into its own field, and a German
    client shows the command as /korrigieren."""
    admin = {"user_id": CONFIG_ADMIN_ID}
    hidden = await harness.send(
        command_json("curate", {"action": "hide", "speaker": "Kirby"}, **admin)
    )
    german = str(hidden[-1].embeds[0])
    assert "Rückgängig: /korrigieren aktion:rückgängig nummer:1" in german
    assert "/curate undo" not in german
    english = await harness.send(
        command_json("curate", {"action": "undo"}, locale="en-US", **admin)
    )
    assert "e.g. /curate action:undo number:1" in str(english[-1].embeds[0])
    missing = await harness.send(command_json("curate", {"action": "undo", "number": 99}, **admin))
    assert "/korrigieren aktion:protokoll zeigt alle Korrekturen" in str(missing[-1].embeds[0])


async def test_watch_in_a_thread_is_kept_for_that_thread(harness, services):
    thread_id = 3000000000000000777
    payload = command_json("watch", {"speaker": "Kirby"}, permissions=MANAGE_GUILD)
    payload["channel_id"] = str(thread_id)
    payload["channel"] = {
        "id": str(thread_id), "type": 11, "guild_id": str(GUILD_ID), "name": "faden",
        "parent_id": str(CHANNEL_ID), "owner_id": "1", "message_count": 0, "member_count": 1,
        "rate_limit_per_user": 0, "thread_metadata": {
            "archived": False, "auto_archive_duration": 1440, "locked": False,
            "archive_timestamp": "2024-01-01T00:00:00+00:00"},
    }  # fmt: skip
    calls = await harness.send(payload)
    assert "John Kirby" in str(calls[-1].embeds[0])
    watches = await services.store.watches.for_channel("discord", str(thread_id))
    assert [w.target for w in watches] == ["John Kirby"]
    assert await services.store.watches.for_channel("discord", str(CHANNEL_ID)) == []


async def test_admin_commands_refused_by_discord_checks_are_audited(harness, caplog):
    import logging

    caplog.set_level(logging.INFO)
    await harness.send(command_json("feed", {"action": "remove", "url": "https://x.example"}))
    await harness.send(command_json("curate", {"action": "log"}, user_id=CONFIG_ADMIN_ID))
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("audit: ")]
    assert len(lines) == 2
    assert lines[0].startswith("audit: /feed by discord:") and "refused: NotAdmin" in lines[0]
    assert f"in discord:{CHANNEL_ID}" in lines[0]
    assert f"by discord:{CONFIG_ADMIN_ID}" in lines[1] and lines[1].endswith(": done")


async def test_feeds_and_watch_hints_name_discords_fields(harness):
    """Through the CommandTree with raw interaction payloads: an empty /feeds and a bare
    /watch answered "/feed add URL" and "/watch zahl:THEMA", text commands a Discord client
    cannot send; a German client types /feed aktion:hinzufügen url:… and /beobachten zahl:…."""
    admin = {"user_id": CONFIG_ADMIN_ID}
    feeds = await harness.send(command_json("feeds", {}, **admin))
    text = str(feeds[-1].embeds[0])
    assert "/feed aktion:hinzufügen url:URL" in text and "/feed add URL" not in text
    watch = await harness.send(command_json("watch", {}, permissions=MANAGE_GUILD))
    text = str(watch[-1].embeds[0])
    assert "/beobachten zahl:THEMA" in text and "/beobachten person:" in text
    assert "z. B. /watch" not in text and "/watch zahl:" not in text


async def test_help_for_a_command_and_status_name_commands_as_the_client_shows_them(
    harness, services: Services, make_extraction
):
    """Through the CommandTree: /help figures described its option as "ein Thema aus
    /figures" and /status ended "/sources listet alle", console names a Discord client does
    not offer; a German client sees /zahlen and /quellen, an English one /figures, /sources.
    With every article above it (three of them), /status said "Oben die 3 neuesten Artikel;
    /sources listet alle 3": no note then."""
    helped = await harness.send(command_json("help", {"command": "figures"}))
    text = str(helped[-1].embeds[0])
    assert "ein Thema aus /zahlen" in text and "aus /figures" not in text
    few = await harness.send(command_json("status"))
    assert "footer" not in few[-1].embeds[0] and "listet alle" not in str(few[-1].embeds[0])
    more = [
        make_extraction(f"mehr{i}.txt", f"Weitere Meldung {i}", None, "Blatt", ["Es regnet."])
        for i in range(3)
    ]
    await services.store.corpus.apply(more, [], [], [])
    status = await harness.send(command_json("status"))
    footer = status[-1].embeds[0]["footer"]["text"]
    assert "/quellen listet alle" in footer and "/sources" not in footer
    english = await harness.send(command_json("status", locale="en-US"))
    assert "/sources lists all" in english[-1].embeds[0]["footer"]["text"]
