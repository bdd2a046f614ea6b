"""Per-block lexeme summaries of the PostgreSQL full-text columns (table `fts_blocks`).

"The newest N sentences matching a query" is a walk down the primary key that tests every row
(GIN returns matches unordered, and building the bitmap of a word in a million rows costs more
than 100 ms). When the word is common but absent from the newest rows, that walk reads hundreds
of thousands of rows for nothing. So every block of BLOCK_SIZE ids of `sentences` and `quotes`
has one row here: the union of its rows' lexemes (a `tsvector` without positions), GIN-indexed.
A block whose summary does not match a query holds no matching row (the queries only AND and OR
words and prefixes, never negate), so the walk (PgDialect.fts_newest) skips it unread.

A summary must never miss a lexeme of its block (a match would be lost); one with lexemes of
deleted rows only costs a walk a block read in vain. So the corpus swap, the only writer of
these rows, in its own transaction (`note_stale` before its deletes, `refresh` after its
inserts): recomputes the summary of every block it adds rows to; drops the summaries of blocks
left without rows; marks those of blocks that lost some rows stale (`fts_blocks_stale`: an
UPDATE of the summaries rewrote them, 217 ms for 490), and recomputes up to
STALE_PER_SWAP stale summaries, newest first. Recomputing every block that lost rows made an
apply of 1,000 changed articles scattered over a 100k-article store 3.4 s slower (one block
each); a changed article's new rows go to new blocks anyway. `lagebild store copy` and the
migration build all summaries (`rebuild`). SQLite needs none of this: FTS5 reads a word's match
list in rowid order, newest first.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol


class PgConnection(Protocol):
    """What the upkeep needs of `bot.store.pg.PgConnection` (only statements, no results);
    a protocol, because pg imports the migrations, which import this module."""

    async def execute(self, sql: str, parameters: Any = None) -> Any: ...


BLOCK_SIZE = 4096
"""Ids per summarised block: 490 blocks for 2M sentences. A walk reads at most this many rows
of a block whose summary matches (about 2 ms)."""

WALK_BUDGET = 64
"""A query walks the summaries only when its matches should fill the page within this many
blocks, and never reads more (about 100 ms at worst; GIN finds what is missing below them)."""

WALK_SLACK = 4
"""A walk for words that should meet in the same rows reads at most this many times the
blocks that the product of their shares says it needs (never more than WALK_BUDGET, never
fewer than WALK_MIN_BLOCKS); the product assumes the words independent, and words that seldom
meet fill nothing (GIN finds the rest below the walked blocks)."""

WALK_MIN_BLOCKS = 2

GIN_ROW_COST = 10
"""A row that a GIN bitmap finds costs about this many rows that a walk tests (its heap page is
fetched at random: 23k matches of a word took 130 ms; a walk tests a row in 0.4-0.5 us)."""

GIN_SPAN = 3
"""A GIN plan first looks among the newest GIN_SPAN x limit / p ids (p: the share of rows its
rarest term is in, which no AND of it can exceed) and only below them when those hold fewer
than `limit` matches: the heap rows of older matches are not fetched (a BRIN index of the ids
narrows the bitmap). 3: a full name's words meet in about two thirds of the rarer one's rows."""

RARE_LOOKUP_RATIO = 50
"""A full name's GIN plan looks up its rarest word alone (the name tested on that word's rows)
when the other words are in at least this many times as many rows: GIN reads the whole row-id
list of every word it is given (about 10 ns an id: 'john', 530k sentences, 4-5 ms), and each
row of the rare word without the other words is a heap fetch in vain (1-2 us; a name's words
meet in about two thirds of the rarer one's rows). For 'antony' & 'zimmermann' (4,623 and
2,056 rows, 104 together) the lookup of both lists is cheap and the rare word's alone fetched
2,000 rows for nothing: 3 ms became 23."""

RARE_GIN_SPAN = 2
"""GIN_SPAN for a name looked up by its rarest word (RARE_LOOKUP_RATIO): every row of that word
in the range is fetched, not only the name's, so the range is narrower: it holds `limit`
matches when the words meet in half the rarer one's rows (else GIN looks below it). 'john' &
'harris' in sentences, warm: 9.6 ms at 3, 8.5 at 2, against 10 for the lookup of both words;
at 1.5 the ranges of some names fell short and cost more."""

STALE_PER_SWAP = 4
"""Stale summaries (blocks that lost rows) one swap recomputes, newest first: about 40 ms."""

BlockKind = Literal["sentence", "quote"]
KINDS: dict[BlockKind, str] = {"sentence": "sentences", "quote": "quotes"}


def summary_sql(kind: BlockKind, blocks: str) -> str:
    """INSERT of the summaries of the blocks that the SELECT `blocks` (one column `block`,
    no duplicates) names; a block without rows or words gets no row. ts_stat() collects the
    distinct lexemes of a block's tsvectors in C (4 ms a block; unnesting them into an array
    aggregate took 60)."""
    table = KINDS[kind]
    return f"""INSERT INTO fts_blocks (kind, block, lexemes)
        SELECT '{kind}', b.block, array_to_tsvector(array_agg(w.word))
        FROM ({blocks}) b
        CROSS JOIN LATERAL ts_stat(format('SELECT fts FROM {table} WHERE id >= %s AND id < %s',
                                          b.block * {BLOCK_SIZE}, (b.block + 1) * {BLOCK_SIZE})) w
        GROUP BY b.block"""


CREATE_SQL = """
CREATE TABLE fts_blocks (
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('sentence', 'quote')),
    block BIGINT NOT NULL,
    lexemes tsvector NOT NULL,
    PRIMARY KEY (kind, block)
);
CREATE TABLE fts_blocks_stale (
    kind TEXT COLLATE "C" NOT NULL,
    block BIGINT NOT NULL,
    PRIMARY KEY (kind, block)
);
CREATE INDEX fts_blocks_lexemes ON fts_blocks USING gin (lexemes);
CREATE FUNCTION fts_blocks_matching(k TEXT, q tsquery) RETURNS SETOF BIGINT
    LANGUAGE sql STABLE STRICT
    SET enable_seqscan = off SET enable_indexscan = off
    AS $fn$ SELECT block FROM fts_blocks WHERE lexemes @@ q AND kind || '' = k $fn$;
"""
"""fts_blocks_matching(kind, query): the blocks whose summary matches, always through the GIN
index. The planner does not know that testing a summary means reading (detoasting) all of it,
and it scanned the table or its primary key instead: 11 ms for 589 summaries of 3 kB on the
benchmark store, and a summary of real news (some 20k lexemes a block) is a hundred times that.
The GIN index answers a query of words and prefixes without reading any summary. The
function's own settings leave it no other plan (`kind || ''` keeps the primary key out)."""


def fill_sql() -> str:
    """The migration's statements that build every summary of an existing store."""
    return "".join(
        summary_sql(kind, f"SELECT DISTINCT id / {BLOCK_SIZE} AS block FROM {table}") + ";\n"
        for kind, table in KINDS.items()
    )


_STAGE = 'CREATE TEMP TABLE IF NOT EXISTS stage_blocks (kind TEXT COLLATE "C", block BIGINT, grown BOOLEAN)'


async def note_stale(w: PgConnection) -> None:
    """Inside the swap, before it deletes the rows of the articles in temp.stage_stale (changed
    and removed ones): remember the blocks that lose rows."""
    await w.execute(_STAGE)
    await w.execute("DELETE FROM stage_blocks")
    for kind, table in KINDS.items():
        await w.execute(
            f"""INSERT INTO stage_blocks (kind, block, grown)
                SELECT DISTINCT '{kind}', id / {BLOCK_SIZE}, FALSE FROM {table}
                WHERE article_id IN (SELECT id FROM stage_stale)"""
        )


async def refresh(w: PgConnection) -> None:
    """Inside the swap, after its inserts: summaries of blocks that gained rows recomputed,
    of blocks left empty dropped, of blocks that lost rows marked stale; then up to
    STALE_PER_SWAP stale ones recomputed."""
    await w.execute(_STAGE)
    for kind, table in KINDS.items():
        await w.execute(
            f"""INSERT INTO stage_blocks (kind, block, grown)
                SELECT DISTINCT '{kind}', id / {BLOCK_SIZE}, TRUE FROM stage_{table}"""
        )
        lost = f"SELECT block FROM stage_blocks WHERE kind = '{kind}' AND NOT grown"
        await w.execute(
            f"""INSERT INTO fts_blocks_stale (kind, block) SELECT DISTINCT '{kind}', block
                FROM ({lost}) l ON CONFLICT DO NOTHING"""
        )
        empty = f"""SELECT s.block FROM fts_blocks_stale s WHERE s.kind = '{kind}'
            AND s.block IN ({lost}) AND NOT EXISTS (SELECT 1 FROM {table} r
                WHERE r.id >= s.block * {BLOCK_SIZE} AND r.id < (s.block + 1) * {BLOCK_SIZE})"""
        stale = f"""SELECT block FROM fts_blocks_stale WHERE kind = '{kind}'
            ORDER BY block DESC LIMIT {STALE_PER_SWAP}"""
        await w.execute(_TOUCHED)
        await w.execute("DELETE FROM touched_blocks")
        await w.execute(
            f"""INSERT INTO touched_blocks (block)
                SELECT block FROM stage_blocks WHERE kind = '{kind}' AND grown
                UNION {empty} UNION SELECT block FROM ({stale}) s"""
        )
        for done in ("fts_blocks", "fts_blocks_stale"):
            await w.execute(
                f"""DELETE FROM {done} WHERE kind = '{kind}'
                    AND block IN (SELECT block FROM touched_blocks)"""
            )
        await w.execute(summary_sql(kind, "SELECT block FROM touched_blocks"))
    await w.execute("DELETE FROM stage_blocks")


_TOUCHED = "CREATE TEMP TABLE IF NOT EXISTS touched_blocks (block BIGINT)"


async def rebuild(w: PgConnection) -> None:
    """Every summary from scratch (a store copied into PostgreSQL row by row)."""
    await w.execute("DELETE FROM fts_blocks")
    await w.execute("DELETE FROM fts_blocks_stale")
    for statement in fill_sql().split(";\n"):
        if statement.strip():
            await w.execute(statement)
