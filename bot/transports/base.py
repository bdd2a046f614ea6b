"""What the scheduler needs from a transport to post a digest, and how sending can fail.

The scheduler retries `TransientSendError` with backoff and disables a subscription on
`ChannelGone`; transports map their library's errors onto these two.

A long Reply goes out as several parts (messages, then attachments), always split the same way
for the same Reply. The transport reports each part that went out (`on_part`) and, given
`skip`, starts after the parts an earlier attempt already posted: a digest that failed on part
2 is resumed at part 2, and nobody gets part 1 twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from handlers.types import Reply


class SendError(Exception):
    pass


class TransientSendError(SendError):
    """Rate limit, network trouble, server error: worth retrying later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ChannelGone(SendError):
    """The channel/room no longer exists or forbids posting: retrying will not help."""


# Called with the number of parts of a Reply that are out, after each one.
PartSent = Callable[[int], Awaitable[None]]


class Poster(Protocol):
    """A transport that can post a Reply into one of its channels (for digests)."""

    name: str  # "discord" | "matrix" | "console"

    async def post(
        self,
        channel_id: str,
        reply: Reply,
        *,
        skip: int = 0,
        on_part: PartSent | None = None,
    ) -> int:
        """Post `reply`'s parts in order, leaving out the first `skip`; after each part await
        `on_part(n)` with the number of parts now out (skipped ones included). Returns the
        number of parts of the Reply. Raises SendError subclasses; parts before the failure
        have been reported through `on_part`."""
        ...

    async def notify_admins(self, text: str) -> None:
        """Tell the operators about something they must act on (e.g. a disabled subscription)."""
        ...


class Transport(Poster, Protocol):
    """A chat connection the bot runs (Discord, Matrix): the App builds them from the config,
    keeps them running (bot/transports/supervisor.py) and posts digests and notices through
    them (Poster)."""

    async def start(self) -> None:
        """Connect and serve until closed; raise when the connection cannot be made. A failed
        start must leave the transport ready for another start()."""
        ...

    async def close(self) -> None:
        """Disconnect; afterwards start() returns."""
        ...
