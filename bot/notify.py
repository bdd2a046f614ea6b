"""Telling the bot admins about something they must act on: a digest that could not be sent,
a transport that does not start, a feed that was switched off.

Every notice is logged at WARNING. It is also posted to the channels of config
`admins.notify` ("matrix:!room:server", "discord:<channel id>", "console") through the posters
the app runs; with no such channel configured, each running transport sends it to its own
configured admins instead (Matrix DMs to `matrix.admins`, Discord DMs to the admin users).
A notice never raises: an admin channel that cannot be reached is logged, and the caller's
work goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from bot.config import parse_target
from bot.transports.base import Poster
from handlers.types import Block, Reply

log = logging.getLogger(__name__)

# Discord and Matrix both cope with this in one message; longer notices are cut, not split.
MAX_NOTICE = 1900


class AdminNotifier:
    """Built once by the composition root; `posters` is the App's live dict of running
    transports (filled when `run` starts them), so notices reach transports started later."""

    def __init__(self, posters: Mapping[str, Poster], targets: Sequence[str] = ()) -> None:
        self.posters = posters
        self.targets = [parse_target(t) for t in targets]

    async def notify(self, text: str) -> None:
        log.warning("admin notice: %s", text)
        if not self.targets:
            for poster in list(self.posters.values()):
                try:
                    await poster.notify_admins(text)
                except Exception as e:
                    log.warning("admin notice not delivered via %s: %r", poster.name, e)
            return
        reply = Reply(title="Lagebild", blocks=[Block(_cut(text))], kind="error")
        for transport, channel in self.targets:
            target = self.posters.get(transport)
            if target is None:
                log.warning("admin notice not delivered to %s:%s: not running", transport, channel)
                continue
            try:
                await target.post(channel, reply)
            except Exception as e:
                log.warning("admin notice not delivered to %s:%s: %r", transport, channel, e)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_NOTICE else text[: MAX_NOTICE - 1] + "…"
