"""Handlers: who_said, speakers (stub: replaced by its owner)."""

from __future__ import annotations

from handlers.types import Handler, Reply, Request, Services


async def who_said(req: Request, services: Services) -> Reply:
    raise NotImplementedError


async def speakers(req: Request, services: Services) -> Reply:
    raise NotImplementedError


HANDLERS: dict[str, Handler] = {
    "who_said": who_said,
    "speakers": speakers,
}
