"""Handlers: subscribe, unsubscribe, subscriptions (stub: replaced by its owner)."""

from __future__ import annotations

from handlers.types import Handler, Reply, Request, Services


async def subscribe(req: Request, services: Services) -> Reply:
    raise NotImplementedError


async def unsubscribe(req: Request, services: Services) -> Reply:
    raise NotImplementedError


async def subscriptions(req: Request, services: Services) -> Reply:
    raise NotImplementedError


HANDLERS: dict[str, Handler] = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "subscriptions": subscriptions,
}
