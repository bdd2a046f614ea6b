"""Who changed what: every feed, correction, subscription, watch and reload command, done or
refused, leaves one audit line in the log (docs/security.md, "Audit"). Before, who removed a
feed or tried an admin command without the right was recorded nowhere."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from handlers.dispatch import dispatch
from handlers.types import ChannelRef, Handler, Request, Services, UserRef

ROOM = ChannelRef("matrix", "!lage:example.org")


def matrix_request(command: str, user: UserRef, **args: str) -> Request:
    return Request(command=command, args=args, user=user, channel=ROOM)


def audit_lines(caplog: Any) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("audit: ")]


async def test_feed_changes_and_refusals_are_audited(
    services: Services, handlers: dict[str, Handler], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handlers.dispatch")
    admin = UserRef("@ops:example.org", "Ops", bot_admin=True)
    member = UserRef("@mallory:example.org", "Mallory\nINFO fake line")
    url = "https://news.example.org/hafen.rss"
    await dispatch(matrix_request("feed", member, action="remove", url=url), services, handlers)
    await dispatch(matrix_request("feed", admin, action="add", url=url), services, handlers)
    await dispatch(matrix_request("feed", admin, action="remove", url=url), services, handlers)
    await dispatch(matrix_request("feed", admin, action="remove", url=url), services, handlers)
    lines = audit_lines(caplog)
    assert len(lines) == 4
    refused, added, removed, unknown = lines
    assert "/feed" in refused and "@mallory:example.org" in refused
    assert refused.endswith("refused: not a bot admin")
    assert "\n" not in refused  # a display name cannot forge a log line
    assert "action='add'" in added and url in added and "@ops:example.org" in added
    assert "matrix:!lage:example.org" in added and added.endswith(": done")
    assert "action='remove'" in removed and removed.endswith(": done")
    assert unknown.endswith("refused: feed.unknown")


async def test_channel_changes_are_audited_and_reading_is_not(
    services: Services, handlers: dict[str, Handler], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="handlers.dispatch")
    member = UserRef("@bob:example.org", "Bob")
    room_admin = UserRef("@anna:example.org", "Anna", can_manage_channel=True)
    await dispatch(matrix_request("watch", member, speaker="Kirby"), services, handlers)
    await dispatch(matrix_request("watch", room_admin, speaker="Kirby"), services, handlers)
    await dispatch(matrix_request("subscribe", room_admin, time="07:30"), services, handlers)
    await dispatch(matrix_request("who_said", member, speaker="Kirby"), services, handlers)
    lines = audit_lines(caplog)
    assert len(lines) == 3
    assert "@bob:example.org" in lines[0] and "refused: watch.not_allowed" in lines[0]
    assert "/watch speaker='Kirby' by @anna:example.org" in lines[1]
    assert lines[1].endswith(": done")
    assert "/subscribe time='07:30' by @anna:example.org" in lines[2]
