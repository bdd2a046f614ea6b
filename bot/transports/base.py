"""What the scheduler needs from a transport to post a digest, and how sending can fail.

The scheduler retries `TransientSendError` with backoff and disables a subscription on
`ChannelGone`; transports map their library's errors onto these two.
"""

from __future__ import annotations

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


class Poster(Protocol):
    """A transport that can post a Reply into one of its channels (for digests)."""

    name: str  # "discord" | "matrix" | "console"

    async def post(self, channel_id: str, reply: Reply) -> None: ...

    async def notify_admins(self, text: str) -> None:
        """Tell the operators about something they must act on (e.g. a disabled subscription)."""
        ...
