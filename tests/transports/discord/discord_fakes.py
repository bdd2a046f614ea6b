"""Fakes for the Discord transport tests: drive the real discord.py CommandTree with raw INTERACTION_CREATE payloads.

The bot's REST client and the webhook adapter (interaction callbacks, follow-ups, edits) are
replaced by recorders, so every answer the bot would send to Discord is captured as JSON.
Uses private discord.py API (HTTPClient.request, AsyncWebhookAdapter, state parsers): the
project pins discord.py ~= 2.7.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.http import HTTPClient
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from bot.config import Config, DiscordConfig
from bot.transports.discord import DiscordTransport, make_client
from handlers.types import Reply, Request, Services

APP_ID = 1000000000000000000
GUILD_ID = 2000000000000000000
CHANNEL_ID = 3000000000000000000
USER_ID = 4000000000000000000
OTHER_USER_ID = 4000000000000000001
ADMIN_ROLE_ID = 6000000000000000000
CONFIG_ADMIN_ID = 4000000000000000042
OWNER_ID = 4000000000000000007  # owns the application (Discord's developer portal)

ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
# Someone's own server, where they hold every right: nothing there reaches bot-wide commands.
OTHER_GUILD_ID = 2000000000000000009
OTHER_CHANNEL_ID = 3000000000000000009

_ids = itertools.count(1100000000000000000)


def next_id() -> str:
    return str(next(_ids))


def message_json(
    payload: dict[str, Any] | None = None, message_id: str | None = None
) -> dict[str, Any]:
    payload = payload or {}
    return {
        "id": message_id or next_id(),
        "channel_id": str(CHANNEL_ID),
        "type": 0,
        "content": payload.get("content", "") or "",
        "author": {"id": str(APP_ID), "username": "bot", "discriminator": "0", "avatar": None},
        "attachments": [],
        "embeds": payload.get("embeds", []) or [],
        "components": payload.get("components", []) or [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2026-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "flags": payload.get("flags", 0) or 0,
    }


@dataclass
class Call:
    method: str
    url: str
    payload: Any
    response: Any
    at: float
    files: list[Any] = field(default_factory=list)

    @property
    def is_callback(self) -> bool:
        return self.url.endswith("/callback")

    @property
    def callback_type(self) -> int | None:
        return self.payload["type"] if self.is_callback and self.payload else None

    @property
    def data(self) -> dict[str, Any]:
        """The message body, whether sent as an interaction callback or as a webhook call."""
        if self.is_callback:
            return (self.payload or {}).get("data") or {}
        return self.payload or {}

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.data.get("embeds") or []

    @property
    def ephemeral(self) -> bool:
        return bool((self.data.get("flags") or 0) & 64)


def application_json(owner_id: int = OWNER_ID, team: list[dict[str, Any]] | None = None) -> Any:
    """GET /oauth2/applications/@me: the application, its owner and (for a team app) the team."""
    data: dict[str, Any] = {
        "id": str(APP_ID),
        "name": "lagebild",
        "icon": None,
        "description": "",
        "bot_public": False,
        "bot_require_code_grant": False,
        "verify_key": "00",
        "flags": 0,
        "owner": user_json(owner_id, "owner"),
    }
    if team is not None:
        data["team"] = {
            "id": "7000000000000000000",
            "name": "newsroom",
            "icon": None,
            "owner_user_id": str(owner_id),
            "members": team,
        }
    return data


def team_member_json(user_id: int, role: str, state: int = 2) -> dict[str, Any]:
    """A team member; `state` 1 = invited, 2 = accepted."""
    return {
        "user": user_json(user_id, f"member{user_id % 100}"),
        "team_id": "7000000000000000000",
        "membership_state": state,
        "permissions": ["*"],
        "role": role,
    }


class RecordingHTTP(HTTPClient):
    """Every bot REST call (channel.send, tree.sync ...)."""

    def __init__(self) -> None:
        super().__init__(None)  # type: ignore[arg-type]
        self.calls: list[tuple[str, str, Any]] = []
        self.application: Any = application_json()

    async def request(self, route: Any, *, files: Any = None, form: Any = None, **kw: Any) -> Any:
        self.calls.append((route.method, route.url, kw.get("json")))
        if route.path.endswith("/oauth2/applications/@me"):
            return self.application
        if route.path.endswith("/commands"):
            return [
                dict(c, id=next_id(), application_id=str(APP_ID), version="1") for c in kw["json"]
            ]
        return message_json(kw.get("json"))


class RecordingAdapter(AsyncWebhookAdapter):
    """Interaction callbacks, follow-ups and edits of the original response."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []

    async def request(
        self,
        route: Any,
        session: Any,
        *,
        payload: Any = None,
        multipart: Any = None,
        files: Any = None,
        params: Any = None,
        **kw: Any,
    ) -> Any:
        if multipart:  # files: the JSON part is the first form field
            payload = json.loads(multipart[0]["value"])
        if route.path.endswith("/callback"):
            response: Any = {
                "interaction": {
                    "id": str(route.webhook_id),
                    "type": 2,
                    "response_message_id": next_id(),
                }
            }
        elif route.method == "DELETE":
            response = None
        else:
            response = message_json(payload)
        self.calls.append(
            Call(route.method, route.url, payload, response, time.perf_counter(), list(files or []))
        )
        return response


def user_json(user_id: int, name: str) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name.title(),
        "avatar": None,
    }


def interaction_json(
    itype: int,
    data: dict[str, Any],
    *,
    user_id: int = USER_ID,
    permissions: int = 0,
    roles: tuple[int, ...] = (),
    locale: str = "de",
    guild: bool = True,
    guild_id: int = GUILD_ID,
    channel_id: int = CHANNEL_ID,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": next_id(),
        "application_id": str(APP_ID),
        "type": itype,
        "token": "itok",
        "version": 1,
        "attachment_size_limit": 8 << 20,
        "locale": locale,
        "context": 0 if guild else 1,
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id)},
        "app_permissions": "2248473465835073",
        "channel_id": str(channel_id),
        "data": data,
    }
    if guild:
        payload["guild_id"] = str(guild_id)
        payload["guild_locale"] = "de"
        payload["channel"] = {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": "lage",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }
        payload["member"] = {
            "user": user_json(user_id, "alice" if user_id == USER_ID else "bob"),
            "roles": [str(r) for r in roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": str(permissions),
        }
    else:
        payload["channel"] = {"id": str(channel_id), "type": 1}
        payload["user"] = user_json(user_id, "alice")
    if message is not None:
        payload["message"] = message
    return payload


def command_json(name: str, options: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    types = {bool: 5, int: 4, str: 3}
    opts = [{"name": k, "type": types[type(v)], "value": v} for k, v in (options or {}).items()]
    return interaction_json(
        2, {"id": "5000000000000000000", "name": name, "type": 1, "options": opts}, **kw
    )


def autocomplete_json(
    name: str, option: str, current: Any, option_type: int = 3, **kw: Any
) -> dict[str, Any]:
    opts = [{"name": option, "type": option_type, "value": current, "focused": True}]
    return interaction_json(
        4, {"id": "5000000000000000000", "name": name, "type": 1, "options": opts}, **kw
    )


def button_json(message_id: str, custom_id: str, **kw: Any) -> dict[str, Any]:
    return interaction_json(
        3,
        {"custom_id": custom_id, "component_type": 2},
        message=message_json(message_id=message_id),
        **kw,
    )


Dispatch = Callable[[Request], Awaitable[Reply]]
Complete = Callable[[str, str, str], Awaitable[list[tuple[str, str]]]]


async def no_completions(kind: str, prefix: str, locale: str) -> list[tuple[str, str]]:
    return []


class Harness:
    """A DiscordTransport whose client talks to recorders instead of Discord."""

    def __init__(
        self,
        dispatch: Dispatch,
        complete: Complete = no_completions,
        *,
        config: Config | None = None,
        services: Services | None = None,
        defer_after: float = 1.0,
        page_timeout: float = 300.0,
    ) -> None:
        self.config = config or make_config()
        self.client = make_client(self.config)
        # Before the tree is built: CommandTree keeps a reference to client.http.
        self.http = self.client.http = self.client._connection.http = RecordingHTTP()
        self.transport = DiscordTransport(
            services or Services(config=self.config, store=None),  # type: ignore[arg-type]
            dispatch,
            complete,
            client=self.client,
            defer_after=defer_after,
            page_timeout=page_timeout,
        )
        self.adapter = RecordingAdapter()
        self.sent_at = 0.0

    async def setup(self) -> None:
        state = self.client._connection
        state.application_id = APP_ID  # what READY would fill in
        state.user = discord.ClientUser(
            state=state,
            data={
                "id": str(APP_ID),
                "username": "bot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            },
        )
        await self.client._async_setup_hook()
        async_context.set(self.adapter)

    async def send(self, payload: dict[str, Any]) -> list[Call]:
        """Feed one INTERACTION_CREATE exactly as the gateway would; return what the bot sent."""
        n = len(self.adapter.calls)
        self.sent_at = time.perf_counter()
        self.client._connection.parsers["INTERACTION_CREATE"](payload)
        pending = [
            t
            for t in asyncio.all_tasks()
            if t.get_name() == "CommandTree-invoker"
            or t.get_name().startswith("discord-ui-view-dispatch")
        ]
        await asyncio.gather(*pending)
        return self.adapter.calls[n:]


def make_config(**discord_options: Any) -> Config:
    options: dict[str, Any] = {
        "admin_role_ids": (str(ADMIN_ROLE_ID),),
        "admin_user_ids": (str(CONFIG_ADMIN_ID),),
    }
    options.update(discord_options)
    return Config(discord=DiscordConfig(**options))
