"""The store: an SQLite file (aiosqlite, the default) or a PostgreSQL database (asyncpg, for
several replicas). All SQL of the project lives in this package.

`Store.open()` takes a path or a postgresql:// URL, applies the numbered migrations
(bot.store.migrations, one list per backend) and hands out repositories (bot.store.repos.*)
that return dataclasses from `bot.store.records`. The repositories' SQL is written once, in
portable form; bot.store.pg runs it on PostgreSQL and bot.store.dialect holds the few parts
that differ (full-text search, list aggregation, snapshot begin).

Decisions others rely on:
- Two connections to one WAL file: reads and small writes share one; `corpus.apply` runs on
  its own, so queries answered during a reload see the old corpus until the swap commits.
  `corpus.apply` stages its rows in the writer's TEMP tables (no store lock), its full-text
  rows in short per-batch transactions (hidden by id until the swap: see Dialect.visible;
  on PostgreSQL the search vector is written with its row, in the swap), and
  holds the write lock only for the final set-based swap; one apply at a time across processes
  (corpus_lease). `Store.snapshot()` hands a reply a pooled read connection inside one read
  transaction, so all its queries see one corpus version.
- Opening runs PRAGMA quick_check unless `<store>.clean` says the file is as the last clean
  close left it (db.CleanStamp); a damaged file is refused naming `lagebild ingest --rebuild`.
- `corpus.apply` skips an upsert whose content hash equals the stored one (reported as
  unchanged): applying the same corpus twice changes nothing and keeps the version.
- Speakers are merged corpus-wide with bot.nlp.names; every unnamed source is the single
  speaker "anonymous" whose roles are the descriptions used (bot.store.speaker_index).
- Full-text queries fold German (ß/ss, umlauts, "oe" for ö) on both sides; user text is
  reduced to quoted prefix terms, so no input can raise an FTS5 syntax error
  (bot.store.folding). Only the most recently ingested FTS_CANDIDATES matches are ranked.
- Datetimes are stored as ISO-8601 UTC text and returned timezone-aware (UTC).
"""

from __future__ import annotations

from bot.store.errors import StoreError, StoreVersionError
from bot.store.store import Store

__all__ = ["Store", "StoreError", "StoreVersionError"]
