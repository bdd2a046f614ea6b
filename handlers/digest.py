"""Handlers: digest (stub: replaced by its owner)."""

from __future__ import annotations

from handlers.types import Handler, Reply, Request, Services


async def digest(req: Request, services: Services) -> Reply:
    raise NotImplementedError


HANDLERS: dict[str, Handler] = {
    "digest": digest,
}
