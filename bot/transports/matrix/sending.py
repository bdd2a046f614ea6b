"""Sending to Matrix with rate limits honoured and failures mapped onto the Poster contract.

nio is configured not to retry 429s itself (it would wait forever); here a rate-limited call is
retried after the server's `retry_after_ms`, a bounded number of times and never waiting longer
than a cap, so one busy room cannot stall a digest run. What cannot succeed by retrying (the bot
is not in the room, or may not post there) becomes ChannelGone; everything else is transient.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiohttp
from nio import ErrorResponse, LocalProtocolError, SendRetryError

from bot.transports.base import ChannelGone, TransientSendError

log = logging.getLogger(__name__)

T = TypeVar("T")

# Matrix error codes after which posting to the room again will not help.
GONE_CODES = frozenset({"M_FORBIDDEN", "M_NOT_FOUND", "M_UNKNOWN_ROOM", "M_GUEST_ACCESS_FORBIDDEN"})
RATE_LIMITED = "M_LIMIT_EXCEEDED"


async def with_rate_limit(
    call: Callable[[], Awaitable[T]],
    *,
    what: str,
    attempts: int = 5,
    max_wait: float = 30.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """Run `call` until it returns something that is not an ErrorResponse.

    Raises ChannelGone for room-level refusals and TransientSendError for the rest (carrying the
    server's retry-after when it was a rate limit the cap did not let us wait out)."""
    for attempt in range(1, attempts + 1):
        try:
            resp = await call()
        except LocalProtocolError as e:
            # nio raises this for an encrypted send to a room it does not know (not joined).
            raise ChannelGone(f"{what}: {e}") from e
        except (SendRetryError, aiohttp.ClientError, TimeoutError) as e:
            raise TransientSendError(f"{what}: {e!r}") from e
        if not isinstance(resp, ErrorResponse):
            return resp
        code = resp.status_code or ""
        if code == RATE_LIMITED:
            wait = (resp.retry_after_ms or 1000) / 1000
            if attempt == attempts or wait > max_wait:
                raise TransientSendError(f"{what}: rate limited", retry_after=wait)
            log.info("%s: rate limited, retrying in %.1f s", what, wait)
            await sleep(wait)
            continue
        if code in GONE_CODES:
            raise ChannelGone(f"{what}: {resp}")
        raise TransientSendError(f"{what}: {resp}")
    raise TransientSendError(f"{what}: gave up")  # pragma: no cover - loop always returns/raises
