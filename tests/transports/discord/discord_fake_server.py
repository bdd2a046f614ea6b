"""A tiny fake of Discord's REST API and gateway on 127.0.0.1 (aiohttp), enough for an
unmodified discord.py client to log in, receive READY, GUILD_CREATE and interactions, answer
them, post to channels and sync commands. Channels listed in `channel_status` answer with that
HTTP status, to exercise the error mapping."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from discord_fakes import APP_ID, CHANNEL_ID, GUILD_ID, USER_ID, message_json, next_id

BOT_USER = {
    "id": str(APP_ID),
    "username": "bot",
    "discriminator": "0",
    "avatar": None,
    "bot": True,
    "global_name": None,
}
DM_CHANNEL_ID = "3100000000000000000"


def as_json(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py's json_or_text() wants exactly "application/json" (no charset).
    return web.Response(
        body=json.dumps(obj).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class FakeDiscord:
    def __init__(self) -> None:
        self.rest: list[tuple[str, str, Any, str | None]] = []
        self.received: asyncio.Queue[tuple[str, str, Any]] = asyncio.Queue()
        self.sockets: list[web.WebSocketResponse] = []
        self.identifies: list[dict[str, Any]] = []
        self.identified = asyncio.Event()
        self.channel_status: dict[str, int] = {}
        self.seq = 0
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, port: int = 0) -> None:
        """Listen on `port` (0: any free one)."""
        app = web.Application()
        app.router.add_get("/gateway", self.gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self.rest_handler)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for ws in self.sockets:
            await ws.close()
        if self.runner:
            await self.runner.cleanup()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def rest_handler(self, req: web.Request) -> web.Response:
        body: Any = None
        if req.can_read_body:
            if req.content_type == "application/json":
                body = await req.json()
            else:  # multipart (files): keep the JSON part
                form = await req.post()
                body = json.loads(str(form.get("payload_json", "null")))
        p = req.path
        self.rest.append((req.method, p, body, req.headers.get("Authorization")))
        await self.received.put((req.method, p, body))
        if p.endswith("/users/@me"):
            return as_json(BOT_USER)
        if p.endswith("/oauth2/applications/@me"):
            return as_json(
                {"id": str(APP_ID), "name": "bot", "icon": None, "description": "", "bot_public": False,
                 "bot_require_code_grant": False, "verify_key": "00", "flags": 0, "owner": BOT_USER}
            )  # fmt: skip
        if p.endswith("/commands"):
            return as_json(
                [dict(c, id=next_id(), application_id=str(APP_ID), version="1") for c in body]
            )
        if p.endswith("/callback"):
            return as_json(
                {
                    "interaction": {
                        "id": p.split("/")[-3],
                        "type": 2,
                        "response_message_id": next_id(),
                    }
                }
            )
        if "/webhooks/" in p:
            return as_json(message_json(body))
        if p.endswith("/users/@me/channels"):
            return as_json(
                {
                    "id": DM_CHANNEL_ID,
                    "type": 1,
                    "recipients": [
                        {
                            "id": body["recipient_id"],
                            "username": "op",
                            "discriminator": "0",
                            "avatar": None,
                        }
                    ],
                }
            )
        if "/users/" in p and req.method == "GET":
            uid = p.rsplit("/", 1)[-1]
            return as_json({"id": uid, "username": "op", "discriminator": "0", "avatar": None})
        if p.startswith("/api/v10/channels/") and p.endswith("/messages"):
            channel = p.split("/")[-2]
            status = self.channel_status.get(channel, 200)
            if status == 200:
                return as_json(dict(message_json(body), channel_id=channel))
            if status == 429:
                return as_json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": 120.0,
                        "global": False,
                    },
                    status=429,
                    headers={"Via": "1.1 google"},
                )
            return as_json(
                {"message": f"error {status}", "code": 10003 if status == 404 else 50001},
                status=status,
            )
        return as_json({"message": "404: Not Found", "code": 0}, status=404)

    async def dispatch(
        self, event: str, data: dict[str, Any], ws: web.WebSocketResponse | None = None
    ) -> None:
        self.seq += 1
        await (ws or self.sockets[-1]).send_str(
            json.dumps({"op": 0, "t": event, "s": self.seq, "d": data})
        )

    async def gateway(self, req: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(req)
        self.sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))  # HELLO
        async for message in ws:
            m = json.loads(message.data)
            if m["op"] == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif m["op"] == 2:  # identify -> READY + GUILD_CREATE
                self.identifies.append(m["d"])
                await self.dispatch(
                    "READY",
                    {"v": 10, "user": BOT_USER, "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                     "session_id": "s1", "resume_gateway_url": self.gateway_url,
                     "application": {"id": str(APP_ID), "flags": 0}, "shard": m["d"].get("shard")},
                    ws,
                )  # fmt: skip
                await self.dispatch("GUILD_CREATE", guild_json(), ws)
                self.identified.set()
        return ws


def guild_json() -> dict[str, Any]:
    return {
        "id": str(GUILD_ID), "name": "Test", "owner_id": str(USER_ID), "member_count": 2, "large": False,
        "roles": [{"id": str(GUILD_ID), "name": "@everyone", "permissions": "0", "position": 0, "color": 0,
                   "hoist": False, "managed": False, "mentionable": False}],
        "channels": [{"id": str(CHANNEL_ID), "type": 0, "name": "lage", "position": 0, "permission_overwrites": []}],
        "members": [], "threads": [], "emojis": [], "stickers": [], "features": [], "voice_states": [],
        "presences": [], "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
        "joined_at": "2024-01-01T00:00:00+00:00",
    }  # fmt: skip
