"""The pending lists of PostgreSQL's full-text GIN indexes, merged by their only writers.

A GIN index with `fastupdate` (PostgreSQL's default) takes new rows into an unsorted pending
list, merged into the index proper only when it passes `gin_pending_list_limit` (4 MB) or by
a vacuum (for an insert-only table, after a fifth of its rows are new). Every GIN lookup reads
the whole list and tests each of its entries against the query, however rare the word: on the
100k-article bench store, after the corpus applies that built it, 402 pages (19,902 rows) of
`quotes_fts` and 194 (11,183) of `sentences_fts`, so a lookup of 'braun' (1,112 quotes) took
11.4-11.8 ms instead of 2.0-2.3, and 10.3 instead of 3.5 in sentences (min of 15, load 7.8).
A name's topic digest looks up both tables. The list also moved plans: the planner prices the
pending pages into every GIN scan, so how fast a lookup was depended on how long ago the list
was last merged.

So the writers merge it: the corpus swap, after its inserts and in its own transaction (the
list is merged in bulk, as the insert that passes the limit would); `lagebild store copy`
after its rows; the migration once for an existing store. Bulk inserts keep the fast path
(`fastupdate` stays on: each row's entries go to the list, not to random index pages).

Merging needs the role to own the index (as VACUUM does). A bot whose role was granted only
reads and writes on tables another role owns (docs/deploy.md, "Roles") still swaps: the
indexes it does not own are skipped with a logged warning, and their lists wait for
autovacuum, lookups meanwhile slower but their answers the same. The check is in the same
statement (no error, so the swap's transaction goes on), not a savepoint around a failure.
"""

from __future__ import annotations

import logging

from bot.store.fts_blocks import PgConnection

log = logging.getLogger(__name__)

GIN_INDEXES = ("sentences_fts", "quotes_fts", "articles_title_fts", "fts_blocks_lexemes")
"""The full-text GIN indexes: rows, quotes, titles, and the per-block summaries."""

MERGE_SQL = (
    "SELECT "
    + ", ".join(f"gin_clean_pending_list('{index}'::regclass)" for index in GIN_INDEXES)
    + ";\n"
)
"""One statement that merges every pending list (each call returns the pages it emptied)."""


OWNED_MERGE_SQL = (
    "SELECT c.relname AS name, CASE WHEN pg_has_role(c.relowner, 'USAGE') "
    "THEN gin_clean_pending_list(c.oid) END AS pages FROM pg_class c WHERE c.oid IN ("
    + ", ".join(f"'{index}'::regclass" for index in GIN_INDEXES)
    + ") ORDER BY c.relname"
)
"""Merges the pending list of each index the role may maintain (owner, a member of the
owning role, or a superuser: pg_has_role USAGE is the server's own ownership test); `pages`
is NULL for the others."""


async def merge(w: PgConnection) -> list[str]:
    """Inside the swap after its inserts (and after a copy): no pending entries remain in the
    indexes this role owns. Returns the names of those it could not merge (logged)."""
    rows = await (await w.execute(OWNED_MERGE_SQL)).fetchall()
    skipped = [str(row["name"]) for row in rows if row["pages"] is None]
    if skipped:
        log.warning(
            "full-text index pending lists not merged (%s): the store's role does not own "
            "these indexes, so lookups read their pending rows until autovacuum merges them; "
            "see docs/deploy.md (Roles)",
            ", ".join(skipped),
        )
    return skipped
