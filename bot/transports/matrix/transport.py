"""The Matrix transport: text commands in, rendered Replies out, through matrix-nio.

It only translates. A message addressed to the bot becomes a handlers.types.Request (with the
admin flag taken from the room's power levels), `dispatch` answers it, and the Reply goes back
as HTML notices that reply to the command (inside its thread when it came from one). Digests
arrive through `post()`, the Poster protocol the scheduler uses for every transport.

Start-up syncs once without answering anything, so history, commands sent while the bot was
down and events older than the start are never answered; the sync token and device id are
kept in `state_dir` so a restart continues from where the last run stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    JoinError,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    RoomCreateEvent,
    RoomMemberEvent,
    RoomMessageText,
    RoomResolveAliasResponse,
    RoomSendResponse,
    RoomUpgradeEvent,
    SyncError,
    SyncResponse,
    UploadResponse,
    WhoamiResponse,
)
from nio.api import RoomPreset

from bot.config import MatrixConfig, secret
from bot.render.matrix_html import render_reply
from bot.transports.base import ChannelGone, PartSent, SendError, TransientSendError
from bot.transports.language import language_choice, names_no_language
from bot.transports.matrix import commands as cmd
from bot.transports.matrix import policy
from bot.transports.matrix.sending import with_rate_limit
from bot.transports.matrix.state import StateFile, SyncState
from handlers.dispatch import corpus_error_reply
from handlers.i18n import t
from handlers.spec import COMMANDS_BY_NAME
from handlers.syntax import syntax_for
from handlers.textcommand import parse_command_line
from handlers.types import (
    Attachment,
    Block,
    ChannelRef,
    Locale,
    Reply,
    Request,
    Services,
    UserError,
    UserRef,
)

log = logging.getLogger(__name__)

Dispatch = Callable[[Request], Awaitable[Reply]]

SYNC_TIMEOUT_MS = 30_000
# The first sync only learns state and the position; a short timeline keeps it small.
FIRST_SYNC_FILTER: dict[str, Any] = {"room": {"timeline": {"limit": 1}}}
SEEN_EVENTS = 1000  # remembered event ids, against a sync delivering an event twice


class MatrixLoginError(RuntimeError):
    """Login failed in a way the operator must fix (wrong password, token, user id)."""


class MatrixTransport:
    name = "matrix"

    def __init__(self, services: Services, dispatch: Dispatch) -> None:
        self.services = services
        self.dispatch = dispatch
        self.cfg: MatrixConfig = services.config.matrix
        self.state_dir: Path = services.config.path(self.cfg.state_dir)
        self._state_file = StateFile(self.state_dir)
        self._state = SyncState(user_id=self.cfg.user_id)
        self.client: AsyncClient | None = None
        self._live = False  # commands are answered only after the start-up sync
        self._started_ms = 0
        self._configured_rooms: set[str] = set()
        self._creators: dict[str, frozenset[str]] = {}
        self._joined_at: dict[str, int] = {}  # room -> when we accepted its invite (ms)
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._sync_task: asyncio.Task[None] | None = None
        self._post_lock = asyncio.Lock()
        self._last_post = 0.0
        self._closed = asyncio.Event()

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def user_id(self) -> str:
        return self.cfg.user_id

    @property
    def device_id(self) -> str | None:
        return self._state.device_id

    async def start(self) -> None:
        """Connect and serve until close() (the composition root awaits this)."""
        await self.connect()
        await self._closed.wait()

    async def connect(self) -> None:
        """Log in, catch up silently with one sync, then serve in a background task."""
        if self.client is not None:
            return
        if not (self.cfg.homeserver and self.cfg.user_id):
            raise MatrixLoginError("matrix.homeserver and matrix.user_id must be set")
        store_dir = self.state_dir / "nio-store"
        await asyncio.to_thread(
            (store_dir if self.cfg.e2e else self.state_dir).mkdir, parents=True, exist_ok=True
        )
        self._state = await asyncio.to_thread(self._state_file.load, self.cfg.user_id)
        client = self.client = self._make_client(store_dir)
        try:
            await self._login()
            self._started_ms = int(time.time() * 1000)
            client.add_event_callback(self._on_message, RoomMessageText)
            client.add_event_callback(self._on_create, RoomCreateEvent)
            client.add_event_callback(self._on_upgrade, RoomUpgradeEvent)
            client.add_event_callback(self._on_undecryptable, MegolmEvent)
            client.add_response_callback(self._on_sync, SyncResponse)
            client.add_response_callback(self._on_sync_error, SyncError)
            await self._resolve_configured_rooms()
            await self._first_sync()
            await self._join_configured_rooms()
        except BaseException:
            self.client = None
            await client.close()
            raise
        self._live = True
        self._sync_task = asyncio.create_task(self._sync_loop(), name="matrix-sync")
        log.info(
            "Matrix: logged in as %s (device %s), %d rooms",
            self.user_id,
            self._state.device_id,
            len(client.rooms),
        )

    async def close(self) -> None:
        self._live = False
        if self._sync_task is not None:
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sync_task
            self._sync_task = None
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.client is not None:
            if self.client.next_batch:
                self._state.next_batch = self.client.next_batch
            await self._state_file.save_async(self._state)
            await self.client.close()
            self.client = None
        self._closed.set()

    def _make_client(self, store_dir: Path) -> AsyncClient:
        store_path = ""
        if self.cfg.e2e:
            from nio.crypto import ENCRYPTION_ENABLED

            if not ENCRYPTION_ENABLED:
                raise MatrixLoginError(
                    "matrix.e2e = true needs the e2e extra: pip install 'matrix-nio[e2e]'"
                )
            store_path = str(store_dir)
        config = AsyncClientConfig(
            max_limit_exceeded=0,  # rate limits are handled in sending.with_rate_limit
            max_timeouts=3,
            encryption_enabled=self.cfg.e2e,
            store_sync_tokens=False,  # our own state file holds the token, e2e or not
        )
        return AsyncClient(
            self.cfg.homeserver,
            self.cfg.user_id,
            device_id=self._state.device_id or "",
            store_path=store_path,
            config=config,
        )

    async def _login(self) -> None:
        client = self._require_client()
        token = secret(self.cfg.access_token_env)
        if token:
            client.access_token = token
            who = await client.whoami()
            if not isinstance(who, WhoamiResponse):
                raise MatrixLoginError(f"Matrix access token rejected: {who}")
            if who.user_id != self.cfg.user_id:
                raise MatrixLoginError(
                    f"the access token belongs to {who.user_id}, not matrix.user_id {self.cfg.user_id}"
                )
            device = who.device_id or self._state.device_id
            if not device:
                raise MatrixLoginError("cannot tell the device of this access token")
            client.restore_login(self.cfg.user_id, device, token)
        else:
            password = secret(self.cfg.password_env)
            if not password:
                raise MatrixLoginError(
                    f"set {self.cfg.password_env} (password) or {self.cfg.access_token_env} (token)"
                )
            # With a saved device id the server reuses that device (and its E2E keys).
            resp = await client.login(password, device_name=self.cfg.device_name)
            if not isinstance(resp, LoginResponse):
                raise MatrixLoginError(f"Matrix login as {self.cfg.user_id} failed: {resp}")
        if self._state.device_id != client.device_id:
            self._state.device_id = client.device_id
            await self._state_file.save_async(self._state)
        if self.cfg.e2e and client.should_upload_keys:
            await client.keys_upload()

    def _require_client(self) -> AsyncClient:
        if self.client is None:
            raise ChannelGone("the Matrix transport is not connected")
        return self.client

    # -- syncing ------------------------------------------------------------------------------

    async def _first_sync(self) -> None:
        """One full-state sync from the saved position: it rebuilds room state (members, power
        levels) that a token alone does not carry, and none of its messages are answered."""
        client = self._require_client()
        resp = await client.sync(
            timeout=0,
            since=self._state.next_batch,
            full_state=True,
            sync_filter=FIRST_SYNC_FILTER,
        )
        if isinstance(resp, SyncError) and self._state.next_batch:
            log.warning("Matrix: saved sync token refused (%s); starting afresh", resp)
            resp = await client.sync(timeout=0, full_state=True, sync_filter=FIRST_SYNC_FILTER)
        if not isinstance(resp, SyncResponse):
            raise MatrixLoginError(f"Matrix: first sync failed: {resp}")
        await self._on_sync(resp)
        if self.cfg.e2e:
            if client.should_upload_keys:
                await client.keys_upload()
            if client.should_query_keys:
                await client.keys_query()

    async def _sync_loop(self) -> None:
        """sync_forever, restarted after connection trouble with a growing pause."""
        client = self._require_client()
        pause = 1.0
        while True:
            began = time.monotonic()
            try:
                await client.sync_forever(timeout=SYNC_TIMEOUT_MS)
            except asyncio.CancelledError:
                raise
            except Exception:
                if time.monotonic() - began > 300:
                    pause = 1.0  # it worked for a while: this is a new outage
                log.exception("Matrix sync failed; retrying in %.0f s", pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 60.0)
            else:
                return

    async def _on_sync(self, resp: SyncResponse) -> None:
        for room_id, info in resp.rooms.join.items():
            for event in (*info.state, *info.timeline.events):
                if isinstance(event, RoomCreateEvent):
                    self._remember_creators(room_id, event)
        for room_id, invite in resp.rooms.invite.items():
            await self._on_invite(room_id, list(invite.invite_state))
        for room_id, left in resp.rooms.leave.items():
            await self._on_left(room_id, list(left.timeline.events))
        if resp.next_batch and resp.next_batch != self._state.next_batch:
            self._state.next_batch = resp.next_batch
            await self._state_file.save_async(self._state)

    async def _on_sync_error(self, resp: SyncError) -> None:
        # sync_forever retries immediately; a short pause keeps a failing server from a flood.
        log.warning("Matrix sync error: %s", resp)
        await asyncio.sleep(min((resp.retry_after_ms or 2000) / 1000, 30))

    async def _on_create(self, room: MatrixRoom, event: RoomCreateEvent) -> None:
        self._remember_creators(room.room_id, event)

    def _remember_creators(self, room_id: str, event: RoomCreateEvent) -> None:
        content = event.source.get("content", {}) if isinstance(event.source, dict) else {}
        self._creators[room_id] = policy.creators_from_create_event(event.sender, content)

    async def _on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        if event.server_timestamp >= self._started_ms:
            log.warning(
                "Matrix: cannot decrypt %s in %s (e2e %s)",
                event.event_id,
                room.room_id,
                "enabled, keys missing" if self.cfg.e2e else "disabled: set matrix.e2e = true",
            )

    # -- rooms, invites, kicks -----------------------------------------------------------------

    async def _resolve_configured_rooms(self) -> None:
        client = self._require_client()
        rooms: set[str] = set()
        for entry in self.cfg.rooms:
            if entry.startswith("#"):
                resp = await client.room_resolve_alias(entry)
                if isinstance(resp, RoomResolveAliasResponse):
                    rooms.add(resp.room_id)
                else:
                    log.warning("Matrix: cannot resolve room alias %s: %s", entry, resp)
            else:
                rooms.add(entry)
        self._configured_rooms = policy.follow_upgrades(rooms, self._state.upgrades)

    async def _join_configured_rooms(self) -> None:
        client = self._require_client()
        for room_id in sorted(self._configured_rooms - set(client.rooms)):
            resp = await client.join(room_id)
            if isinstance(resp, JoinError):
                log.warning("Matrix: cannot join configured room %s: %s", room_id, resp)

    async def _on_invite(self, room_id: str, events: list[Any]) -> None:
        client = self._require_client()
        invite = next(
            (
                e
                for e in events
                if isinstance(e, InviteMemberEvent)
                and e.state_key == self.user_id
                and e.membership == "invite"
            ),
            None,
        )
        if invite is None:
            return
        is_direct = bool(invite.content.get("is_direct"))
        accept = policy.accept_invite(
            room_id,
            invite.sender,
            is_direct,
            invite_from=self.cfg.invite_from,
            configured_rooms=self._configured_rooms,
            all_rooms=self.cfg.all_rooms,
        )
        if accept:
            # A room's history becomes visible on joining; commands in it are not for us.
            self._joined_at[room_id] = int(time.time() * 1000)
            joined = await client.join(room_id)
            if isinstance(joined, JoinError):
                log.warning("Matrix: cannot join %s: %s", room_id, joined)
            else:
                log.info("Matrix: joined %s on invite from %s", room_id, invite.sender)
        else:
            await client.room_leave(room_id)
            log.info("Matrix: rejected invite to %s from %s", room_id, invite.sender)
        client.invited_rooms.pop(room_id, None)

    async def _on_left(self, room_id: str, events: list[Any]) -> None:
        """Kicked, banned or left: forget the room, so no state (and no digest) lingers."""
        client = self._require_client()
        mine = [
            e
            for e in events
            if isinstance(e, RoomMemberEvent)
            and e.state_key == self.user_id
            and e.membership in ("leave", "ban")
        ]
        if mine and mine[-1].sender != self.user_id:
            log.warning(
                "Matrix: removed from %s by %s (%s)",
                room_id,
                mine[-1].sender,
                mine[-1].content.get("reason", "no reason"),
            )
        resp = await client.room_forget(room_id)
        log.info("Matrix: forgot room %s (%s)", room_id, type(resp).__name__)
        client.rooms.pop(room_id, None)
        client.invited_rooms.pop(room_id, None)
        client.encrypted_rooms.discard(room_id)
        self._creators.pop(room_id, None)
        self._joined_at.pop(room_id, None)

    async def _on_upgrade(self, room: MatrixRoom, event: RoomUpgradeEvent) -> None:
        """A room upgrade (m.room.tombstone) replaces a room the bot serves: the conversation
        goes on in the replacement. The bot follows it there: the new room is served like the
        old one (a room configured by id, or by an alias resolved at start, would otherwise
        leave the new room unserved and its invite refused), the bot joins it (an invite-only
        room needs the invite a client sends, which is now accepted) and the old room's
        subscriptions and watches move there, so the digest does not end with the old room."""
        new = event.replacement_room
        if not new or new == room.room_id or not self._room_served(room):
            return
        self._configured_rooms.add(new)
        self._state.upgrades[room.room_id] = new
        await self._state_file.save_async(self._state)
        store = self.services.store
        moved = await store.subscriptions.move_channel("matrix", room.room_id, new)
        moved += await store.watches.move_channel("matrix", room.room_id, new)
        log.info(
            "Matrix: %s was upgraded to %s (by %s); %d subscriptions and watches moved",
            room.room_id,
            new,
            event.sender,
            moved,
        )
        client = self._require_client()
        if new not in client.rooms:
            self._joined_at[new] = int(time.time() * 1000)
            joined = await client.join(new)
            if isinstance(joined, JoinError):
                log.info("Matrix: cannot join %s yet (%s); an invite will be accepted", new, joined)

    def _members(self, room: MatrixRoom) -> list[str]:
        return list(room.users)

    def _room_served(self, room: MatrixRoom) -> bool:
        return policy.room_served(
            room.room_id,
            self._members(room),
            self.user_id,
            invite_from=self.cfg.invite_from,
            configured_rooms=self._configured_rooms,
            all_rooms=self.cfg.all_rooms,
        )

    # -- commands -----------------------------------------------------------------------------

    def _first_time(self, event_id: str) -> bool:
        if event_id in self._seen:
            return False
        self._seen[event_id] = None
        while len(self._seen) > SEEN_EVENTS:
            self._seen.popitem(last=False)
        return True

    async def _on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        if not self._live or event.sender == self.user_id:
            return
        since = max(self._started_ms, self._joined_at.get(room.room_id, 0))
        if event.server_timestamp < since or not self._first_time(event.event_id):
            return
        content = event.source.get("content", {})
        if cmd.is_edit(content) or not self._room_served(room):
            return
        text = cmd.strip_reply_fallback(event.body) if cmd.is_reply(content) else event.body
        direct = policy.is_direct_chat(self._members(room), self.user_id)
        line = cmd.command_line(text, self.cfg.prefix, direct)
        if line is None:
            return
        task = asyncio.create_task(self._answer(room, event, line, cmd.thread_root(content)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def user_ref(self, room: MatrixRoom, user_id: str) -> UserRef:
        """The sender, with the rights this room gives them. Never a bot admin by anything the
        room says (Services.is_bot_admin finds the configured ones)."""
        room_admin = policy.is_room_admin(
            user_id,
            power_level=room.power_levels.get_user_level(user_id),
            admin_power_level=self.cfg.admin_power_level,
            room_version=room.room_version,
            creators=self._creators.get(room.room_id, frozenset()),
        )
        name = room.user_name(user_id) or user_id
        return UserRef(id=user_id, name=name, can_manage_channel=room_admin)

    def _locale(self, user_id: str) -> Locale:
        chosen = self._state.locales.get(user_id)
        if chosen in ("de", "en"):
            return cast(Locale, chosen)
        return self.services.config.bot.locale

    async def _language(self, user_id: str, choice: str) -> Reply:
        """Remember the language `user_id` asked for (kept in the state file across restarts)
        and confirm it in that language; an unknown one is answered in the current one."""
        prefix = self.cfg.prefix.strip()
        if not choice:
            return Reply(
                title=t(self._locale(user_id), "matrix.language_title"),
                blocks=[Block(t(self._locale(user_id), "matrix.language_unknown", prefix=prefix))],
                kind="error",
            )
        self._state.locales[user_id] = choice
        await self._state_file.save_async(self._state)
        return Reply(
            title=t(choice, "matrix.language_title"),
            blocks=[Block(t(choice, "matrix.language_set", prefix=prefix))],
        )

    async def _answer(
        self, room: MatrixRoom, event: RoomMessageText, line: str, thread: str | None
    ) -> None:
        try:
            reply = await self._reply_to(room, event, line)
            await self.send_reply(
                room.room_id,
                reply,
                reply_to=event.event_id,
                thread=thread,
                mention=event.sender,
                locale=self._locale(event.sender),  # after a language choice: the new one
            )
        except asyncio.CancelledError:
            raise
        except SendError as e:
            log.warning("Matrix: could not answer %s in %s: %s", event.event_id, room.room_id, e)
        except Exception:
            log.exception("Matrix: answering %s in %s failed", event.event_id, room.room_id)

    async def _reply_to(self, room: MatrixRoom, event: RoomMessageText, line: str) -> Reply:
        """The reply to one command line: a language choice is the transport's own (Matrix
        clients send no locale), anything else goes to the handlers."""
        choice = language_choice(line, self.cfg.prefix)
        if choice is not None and names_no_language(line, self.cfg.prefix):
            locale = self._locale(event.sender)  # "!lagebild language": which one it is
            prefix = self.cfg.prefix.strip()
            return Reply(
                title=t(locale, "matrix.language_title"),
                blocks=[Block(t(locale, "matrix.language_current", prefix=prefix))],
            )
        if choice is not None:
            return await self._language(event.sender, choice)
        locale = self._locale(event.sender)
        try:
            command, args = parse_command_line(line, self.cfg.prefix)
        except UserError as e:
            return await corpus_error_reply(
                e, locale, self.services, syntax_for("matrix", self.services)
            )
        req = Request(
            command=command,
            args=args,
            user=self.user_ref(room, event.sender),
            channel=ChannelRef(transport="matrix", id=room.room_id, name=room.display_name),
            locale=locale,
            received_at=datetime.fromtimestamp(event.server_timestamp / 1000, UTC),
        )
        spec = COMMANDS_BY_NAME.get(command)
        typing = spec is not None and spec.slow
        if typing:
            await self._typing(room.room_id, True)
        try:
            reply = await self.dispatch(req)
        finally:
            if typing:
                await self._typing(room.room_id, False)
        if command == "help" and not args.get("command"):
            # `language` is Matrix's own command (the handlers' table has no such command, as
            # Discord and the console know the client's language): /help must still name it
            reply.blocks.append(
                Block(t(locale, "matrix.help_language", prefix=self.cfg.prefix.strip()))
            )
        return reply

    async def _typing(self, room_id: str, on: bool) -> None:
        client = self.client
        if client is not None:
            with contextlib.suppress(Exception):
                await client.room_typing(room_id, on, timeout=60_000)

    # -- sending ------------------------------------------------------------------------------

    async def send_reply(
        self,
        room_id: str,
        reply: Reply,
        *,
        reply_to: str | None = None,
        thread: str | None = None,
        mention: str | None = None,
        skip: int = 0,
        on_part: PartSent | None = None,
        locale: str | None = None,
    ) -> list[str]:
        """Send a Reply as one or more messages (then its attachments), in order; returns the
        event ids. With `reply_to`, the first message is a reply to that event; with `thread`,
        everything stays in that thread. `skip` and `on_part` as in the Poster protocol: the
        parts are the messages, then one per attachment. `locale`: the asker's language
        (room posts such as digests use the bot's)."""
        locale = locale or self.services.config.bot.locale
        event_ids: list[str] = []
        previous: str | None = None
        messages = render_reply(reply, locale)
        parts: list[dict[str, Any] | Attachment] = [m.content(self.cfg.msgtype) for m in messages]
        parts.extend(reply.attachments)
        for i, part in enumerate(parts):
            if i < skip:
                continue
            content = (
                await self._image_content(room_id, part) if isinstance(part, Attachment) else part
            )
            # Intentional mentions on every event, or clients and servers fall back to reading
            # the body: "@room" in an article would notify the whole room, a name in a quote
            # would highlight that member. Only the asker is mentioned, on the first page.
            content["m.mentions"] = {"user_ids": [mention]} if i == 0 and mention else {}
            if reply_to is not None:
                rel = cmd.reply_relation(reply_to, thread, first=i == 0, previous=previous)
                if rel:
                    content["m.relates_to"] = rel
            event_id = await self._send(room_id, content)
            event_ids.append(event_id)
            previous = event_id
            if on_part is not None:
                await on_part(i + 1)
        return event_ids

    async def _send(self, room_id: str, content: dict[str, Any]) -> str:
        client = self._require_client()

        async def call() -> Any:
            return await client.room_send(
                room_id, "m.room.message", content, ignore_unverified_devices=True
            )

        resp = await with_rate_limit(call, what=f"send to {room_id}")
        assert isinstance(resp, RoomSendResponse)
        return str(resp.event_id)

    async def _image_content(self, room_id: str, attachment: Attachment) -> dict[str, Any]:
        client = self._require_client()
        encrypt = self.cfg.e2e and room_id in client.encrypted_rooms
        data = attachment.data

        async def call() -> Any:
            resp, keys = await client.upload(
                lambda _got_429, _got_timeouts: io.BytesIO(data),
                content_type=attachment.mime,
                filename=attachment.filename,
                encrypt=encrypt,
                filesize=len(data),
            )
            if isinstance(resp, UploadResponse):
                return (resp, keys)
            return resp

        uploaded, keys = await with_rate_limit(call, what=f"upload {attachment.filename}")
        info: dict[str, Any] = {"mimetype": attachment.mime, "size": len(data)}
        size = png_size(data) if attachment.mime == "image/png" else None
        if size:
            info["w"], info["h"] = size
        content: dict[str, Any] = {
            "msgtype": "m.image",
            "body": attachment.description or attachment.filename,
            "filename": attachment.filename,
            "info": info,
        }
        if encrypt and keys:
            content["file"] = {**keys, "url": uploaded.content_uri}
        else:
            content["url"] = uploaded.content_uri
        return content

    # -- Poster -------------------------------------------------------------------------------

    async def post(
        self,
        channel_id: str,
        reply: Reply,
        *,
        skip: int = 0,
        on_part: PartSent | None = None,
    ) -> int:
        """Post a digest (or any Reply) into a room, paced so many rooms do not trip limits."""
        client = self.client
        if client is None:
            raise TransientSendError("the Matrix transport is not connected")
        if channel_id not in client.rooms:
            raise ChannelGone(f"the bot is not in Matrix room {channel_id}")
        async with self._post_lock:
            delay = self._last_post + self.cfg.digest_pace_seconds - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                await self.send_reply(channel_id, reply, skip=skip, on_part=on_part)
            finally:
                self._last_post = time.monotonic()
        return len(render_reply(reply, self.services.config.bot.locale)) + len(reply.attachments)

    async def notify_admins(self, text: str) -> None:
        """Log always; also DM each configured Matrix bot admin (`[matrix] admins` and the
        Matrix ids in `[admins] users`), creating the chat if needed."""
        log.warning("Matrix admin notice: %s", text)
        client = self.client
        if client is None:
            return
        configured = self.services.config.admins.users
        admins = dict.fromkeys(
            [
                *self.cfg.admins,
                *(u.removeprefix("matrix:") for u in configured),
            ]
        )
        for admin in (a for a in admins if a.startswith("@")):
            try:
                room_id = await self._direct_room(admin)
                await self._send(room_id, {"msgtype": "m.notice", "body": text, "m.mentions": {}})
            except Exception as e:
                log.warning("Matrix: could not notify %s: %s", admin, e)

    async def _direct_room(self, user_id: str) -> str:
        client = self._require_client()
        for room in client.rooms.values():
            members = set(room.users) | set(room.invited_users)
            if members == {self.user_id, user_id}:
                return room.room_id
        resp = await client.room_create(
            is_direct=True, invite=[user_id], preset=RoomPreset.trusted_private_chat
        )
        room_id = getattr(resp, "room_id", None)
        if not room_id:
            raise TransientSendError(f"cannot open a direct chat with {user_id}: {resp}")
        return str(room_id)

    # -- introspection for tests and status ----------------------------------------------------

    def joined_rooms(self) -> Iterable[str]:
        return list(self.client.rooms) if self.client else []


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG header, so clients can reserve space before loading."""
    if len(data) >= 24 and data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return None
