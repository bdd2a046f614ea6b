"""The command name -> handler table, assembled from each command family's module."""

from __future__ import annotations

import dataclasses
import functools

from handlers import (
    admin,
    corpus,
    curate,
    digest,
    feeds,
    figures,
    help,
    quotes,
    search,
    subscriptions,
    watch,
)
from handlers.spec import COMMANDS
from handlers.types import Handler, Reply, Request, Services

ONE_SNAPSHOT = frozenset(
    {"figures", "who_said", "speakers", "search", "sources", "article", "status", "digest"}
)
"""Read-only commands whose reply is built from several queries: each runs in one store
snapshot, so a reload committing meanwhile never mixes two corpus versions in one reply."""


def in_one_snapshot(handler: Handler) -> Handler:
    """The handler, reading every query of its reply from one store snapshot."""

    @functools.wraps(handler)
    async def run(req: Request, services: Services) -> Reply:
        async with services.store.snapshot() as store:
            return await handler(req, dataclasses.replace(services, store=store))

    return run


def build_handlers() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    for module in (
        quotes,
        figures,
        search,
        corpus,
        help,
        digest,
        subscriptions,
        watch,
        curate,
        admin,
        feeds,
    ):
        table.update(module.HANDLERS)
    missing = {c.name for c in COMMANDS} - table.keys()
    if missing:
        raise RuntimeError(f"commands without a handler: {sorted(missing)}")
    return {
        name: in_one_snapshot(handler) if name in ONE_SNAPSHOT else handler
        for name, handler in table.items()
    }
