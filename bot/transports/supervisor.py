"""Keeping a transport running: one transport that cannot start (Discord unreachable, Matrix
homeserver down, a rejected login) must not stop the others. Its start is retried with capped
exponential backoff while the rest of the bot keeps serving; the admins hear about the first
failure and about the recovery.

Log lines carry the exception's type and message only, never a traceback at the default
level (the RedactSecrets filter of bot/logs.py also removes known secrets from them).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from handlers.types import Notifier

log = logging.getLogger(__name__)


class Startable(Protocol):
    name: str

    async def start(self) -> None:
        """Connect and serve until closed; raise when the connection cannot be made. A failed
        start must leave the transport ready for another start()."""
        ...


def restart_delay(attempt: int, base: float, cap: float) -> float:
    """base, 2*base, 4*base, ... never more than cap."""
    return float(min(cap, base * 2 ** (attempt - 1)))


async def keep_running(
    transport: Startable,
    *,
    notifier: Notifier | None = None,
    base: float = 5.0,
    cap: float = 300.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Run `transport.start()` until it returns (closed on purpose), restarting it after a
    failure. A start that served for longer than `cap` before failing counts as a fresh
    failure (the backoff starts again at `base`)."""
    attempt = 0
    while True:
        began = clock()
        try:
            await transport.start()
        except asyncio.CancelledError:
            raise
        except Exception as e:
            if clock() - began > cap:
                attempt = 0
            attempt += 1
            delay = restart_delay(attempt, base, cap)
            problem = f"{type(e).__name__}: {e}"
            log.error(
                "%s: could not start or lost its connection (attempt %d): %s; retrying in %.1f s",
                transport.name,
                attempt,
                problem,
                delay,
            )
            log.debug("%s: start failure", transport.name, exc_info=True)
            if attempt == 1 and notifier is not None:
                await notifier.notify(
                    f"The {transport.name} transport does not start ({problem}). The other "
                    "transports keep running; it is retried with backoff."
                )
            await sleep(delay)
            continue
        return
