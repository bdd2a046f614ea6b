"""SQLite store (aiosqlite). All SQL of the project lives in this package.

`Store.open()` applies the numbered migrations; the repositories below hand out dataclasses
from `bot.store.records`. The signatures here are the contract handlers, the scheduler and the
ingest service code against.
"""

from __future__ import annotations

from bot.store.errors import StoreError, StoreVersionError
from bot.store.store import Store

__all__ = ["Store", "StoreError", "StoreVersionError"]
