"""Handlers: sources, article, status (stub: replaced by its owner)."""

from __future__ import annotations

from handlers.types import Handler, Reply, Request, Services


async def sources(req: Request, services: Services) -> Reply:
    raise NotImplementedError


async def article(req: Request, services: Services) -> Reply:
    raise NotImplementedError


async def status(req: Request, services: Services) -> Reply:
    raise NotImplementedError


HANDLERS: dict[str, Handler] = {
    "sources": sources,
    "article": article,
    "status": status,
}
