"""Handlers: help (stub: replaced by its owner)."""

from __future__ import annotations

from handlers.types import Handler, Reply, Request, Services


async def help(req: Request, services: Services) -> Reply:
    raise NotImplementedError


HANDLERS: dict[str, Handler] = {
    "help": help,
}
