"""The command name -> handler table, assembled from each command family's module."""

from __future__ import annotations

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
from handlers.types import Handler


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
    return table
