"""The transport-neutral vocabulary of the bot: what a command asks (Request), what it answers
(Reply), and what it may use to answer (Services).

Transports translate their events into a Request and render a Reply; handlers never see a
Discord interaction or a Matrix event, so every command behaves the same everywhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from bot.config import Config
    from bot.store import Store

Locale = Literal["de", "en"]


@dataclass(frozen=True, slots=True)
class UserRef:
    """Who asks. `id` is transport-qualified where the transport's own ids could collide:
    "discord:<snowflake>", "console:<login>"; Matrix ids ("@user:server") are unique as they are.

    The two flags are set by the transport and are deliberately separate (see Services):
    `bot_admin` only for identities the transport can vouch for bot-wide (the Discord
    application's owner or team, the console started with --as-admin); `can_manage_channel` for
    rights that hold in the request's channel only (Discord Manage Server or an admin role in
    that guild, a Matrix power level in that room). A room's or guild's rights never make
    anyone a bot admin."""

    id: str
    name: str
    bot_admin: bool = False
    can_manage_channel: bool = False


@dataclass(frozen=True, slots=True)
class ChannelRef:
    transport: Literal["console", "discord", "matrix"]
    id: str  # channel id / room id / "console"
    name: str | None = None
    guild_id: str | None = None  # Discord guild; None elsewhere


@dataclass(frozen=True, slots=True)
class Request:
    """One command invocation. `args` holds the named options as strings, already split by the
    transport (Discord options, Matrix `key:value` or positional arguments, console words)."""

    command: str
    args: Mapping[str, str]
    user: UserRef
    channel: ChannelRef
    locale: Locale = "de"
    received_at: datetime | None = None

    def arg(self, name: str, default: str | None = None) -> str | None:
        value = self.args.get(name)
        if value is None or not str(value).strip():
            return default
        return str(value).strip()


class UserError(Exception):
    """Something the user can fix: unknown speaker, bad time, empty search.

    `key` names a catalogue message; `params` fill it; `suggestion` is an optional message key
    (or literal text) telling the user what to try instead.
    """

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a statement or figure comes from; every answer lists these."""

    article_id: int
    title: str
    outlet: str | None
    published: date | None
    sentence: str | None = None
    # The original article, when known (feeds, `url:` in front matter). Renderers turn it into a
    # link of their own making; it is http(s) only (checked where the store writes it).
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    mime: str = "image/png"
    description: str | None = None


@dataclass(slots=True)
class Block:
    """One unit of reply text in a small Markdown subset (**bold**, *italic*, `> ` quote lines,
    `- ` list lines, [text](url)). Renderers never split inside a block, so a block is also the
    unit of pagination; keep each under ~900 characters."""

    text: str
    heading: str | None = None
    # Continues the list of the block before (a long list packed into several blocks): text
    # renderers join it without a blank line.
    continues: bool = False


@dataclass(slots=True)
class Reply:
    """What a command answers. Renderers paginate `blocks` to fit their transport; nothing is
    truncated silently."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    footer: str | None = None
    kind: Literal["ok", "info", "error"] = "ok"
    ephemeral: bool = False  # shown only to the invoking user where the transport can
    # Set on the reply to an internal failure (the reference in the log), so that a caller
    # such as `lagebild ask` can tell a bug from an answer or a user error.
    error_ref: str | None = None
    # A role mentioned with a posted digest (Discord role id); exactly this role may be pinged.
    mention_role: str | None = None


class Notifier(Protocol):
    """What handlers and services need from the admin notifier (bot/notify implements it)."""

    def notify(self, text: str) -> Awaitable[None]: ...


class Scheduler(Protocol):
    """What handlers need from the digest scheduler (bot/scheduler implements it)."""

    def add_or_update(self, subscription_id: int) -> Awaitable[None]: ...

    def remove(self, subscription_id: int) -> Awaitable[None]: ...


class FeedPolling(Protocol):
    """What the feed handlers need from the feed poller (bot/feeds/poller implements it)."""

    def wake(self) -> bool:
        """Asks for a poll now; whether a poll loop runs in this process to do it."""
        ...


class CorpusReloader(Protocol):
    """What the /reload handler needs (bot/ingest implements it)."""

    @property
    def running(self) -> bool: ...

    def reload(self, requested_by: str) -> Awaitable[Any]: ...


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler may use. Built once by the composition root (bot/app.py) and
    frozen: whatever a handler reaches is fixed at construction, so no handler or transport
    can swap a dependency under the others. Optional parts (reloader, scheduler, notifier,
    feeds) are None where the command at hand does not run them (e.g. no scheduler in
    `lagebild ask`); a cycle (the scheduler needs the services) is resolved in bot/app.py by
    building the part over the services without it, then `dataclasses.replace`."""

    config: Config
    store: Store
    reloader: CorpusReloader | None = None
    scheduler: Scheduler | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    # Reports to the bot admins (config admins.notify): `await services.notifier.notify(text)`.
    notifier: Notifier | None = None
    # The running bot's feed poller: /feed add wakes it, so a new feed is fetched at once.
    feeds: FeedPolling | None = None

    def is_bot_admin(self, user: UserRef) -> bool:
        """May run bot-wide actions (/reload, /feed, /curate, every channel's subscriptions):
        configured admins, and whom the transport vouches for (UserRef.bot_admin)."""
        return user.bot_admin or configured_bot_admin(self.config, user.id)

    def can_manage_channel(self, user: UserRef, channel: ChannelRef) -> bool:
        """May change `channel`'s subscriptions (and watches): its channel admins, or a bot
        admin. The transport computed `user.can_manage_channel` for the request's channel."""
        return user.can_manage_channel or self.is_bot_admin(user)


def configured_bot_admin(config: Config, user_id: str) -> bool:
    """Whether the configuration names `user_id` a bot admin: `[admins] users` (qualified as
    "discord:<id>", "@user:server" or "matrix:@user:server"), `[discord] admin_user_ids`,
    `[matrix] admins`, and the console user when `console_is_admin` is set.

    Transports call this too (Discord checks before a command runs), so the rule lives once."""
    if not user_id:
        return False
    admins = config.admins
    if user_id.startswith("console:"):
        return admins.console_is_admin or user_id in admins.users
    if user_id.startswith("discord:"):
        bare = user_id.removeprefix("discord:")
        return user_id in admins.users or bare in config.discord.admin_user_ids
    if user_id.startswith("@"):
        return (
            user_id in admins.users
            or f"matrix:{user_id}" in admins.users
            or user_id in config.matrix.admins
        )
    return False


Handler = Callable[[Request, Services], Awaitable[Reply]]
HandlerMap = Mapping[str, Handler]
