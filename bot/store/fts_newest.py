"""The newest ids of the rows of `sentences` and of `quotes` that hold each lexeme (table
`fts_newest`, PostgreSQL).

A first topic digest of a place, or of any one word, asks for the newest TOPIC_CANDIDATES
sentences and quotes that hold it. The per-block walk (bot.store.fts_blocks) finds them by
testing every row of the blocks whose summary holds the word: for a place in a few percent of
the rows some 33k sentences and 15k quotes at 100k articles, most of a first digest's server
time. This table keeps, per lexeme, the ids of its newest NEWEST_KEPT rows, newest first: a
one-word query that wants at most that many reads one row of it and looks its ids up by the
primary key.

What a list holds is always a prefix of the lexeme's rows newest first (the ids of its newest
`cardinality(ids)` rows): the corpus swap, the only writer of these rows, in its own
transaction, (`note_removed`, before its deletes) takes the ids of the rows it deletes out of
every list (what is left is still the newest rows that remain), and (`note_added`, after its
inserts) puts the ids of the rows it inserted in front (they are newer than every row already
stored: bot.store.repos.corpus gives new rows ids above the highest one) and cuts the list to
NEWEST_KEPT. A list that lost ids is shorter than NEWEST_KEPT while older rows may hold the
word: it answers a query that wants no more than it holds, or when it holds every row of the
word (fts_lexemes counts them); anything else takes the walk as before. So the same swap
lists every list that lost ids again from the newest REFILL_ROWS rows (all of the word's rows
among them: a prefix as well) when that lists more. The migration and `lagebild store copy` build every list from the rows (`rebuild`).
SQLite needs none of it: FTS5 reads a word's matches in rowid order, newest first.
"""

from __future__ import annotations

from bot.store.fts_blocks import BLOCK_SIZE, KINDS, PgConnection
from bot.store.fts_lexemes import terms_of
from bot.store.topic import TOPIC_CANDIDATES

NEWEST_KEPT = TOPIC_CANDIDATES
"""Ids kept per lexeme: as many as a topic source reads (a list of 1,000 ids is 8 kB,
compressed and stored out of line)."""

CREATE_SQL = """
CREATE TABLE IF NOT EXISTS fts_newest (
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('sentence', 'quote')),
    lexeme TEXT COLLATE "C" NOT NULL,
    ids BIGINT[] NOT NULL,
    PRIMARY KEY (kind, lexeme)
);
"""


def _pairs(table: str, where: str) -> str:
    """(id, lexeme) of every lexeme of the rows of `table` that `where` selects."""
    return f"SELECT r.id, unnest(tsvector_to_array(r.fts)) AS lexeme FROM {table} r WHERE {where}"


def fill_sql() -> str:
    """The statements that list the newest ids of every lexeme of an existing store (again:
    idempotent)."""
    return "DELETE FROM fts_newest;\n" + "".join(
        f"""INSERT INTO fts_newest (kind, lexeme, ids)
            SELECT '{kind}', w.lexeme, array_agg(w.id ORDER BY w.id DESC) FROM (
                SELECT x.id, x.lexeme,
                    row_number() OVER (PARTITION BY x.lexeme ORDER BY x.id DESC) AS k
                FROM ({_pairs(table, "TRUE")}) x) w
            WHERE w.k <= {NEWEST_KEPT} GROUP BY w.lexeme;\n"""
        for kind, table in KINDS.items()
    )


REFILL_ROWS = 8 * BLOCK_SIZE
"""A list that a swap left short is listed again from the newest this many rows (a word in one
row in 32 fills it; a rarer one gets the part of its list found there, which answers a page
of /search): removing the newest 1,000 articles took most of every common word's list, and a
one-word topic walked the rows again until new rows came. Reading them costs about 1 s per
table at 100k articles under load (only when some list is still short after the swap's new
rows went in front)."""

_GONE = "CREATE TEMP TABLE IF NOT EXISTS stage_gone_ids (id BIGINT PRIMARY KEY)"
_SHORT = """CREATE TEMP TABLE IF NOT EXISTS stage_short_lists (
    kind TEXT COLLATE "C", lexeme TEXT COLLATE "C", PRIMARY KEY (kind, lexeme))"""


async def note_removed(w: PgConnection) -> None:
    """Inside the swap, before it deletes the rows of the articles in temp.stage_stale: their
    ids out of the lists of their lexemes (the rest keep their order, newest first), the
    lexemes of the lists that lost ids noted for `note_added` to refill. Only the lists that
    hold one of them are rewritten; the ids are tested against a hashed set (`ANY` of a
    word's deleted ids compared every pair: 2.5-3.3 s for 1,000 replaced articles at a load
    of 10)."""
    await w.execute(_GONE)
    await w.execute(_SHORT)
    await w.execute("DELETE FROM stage_short_lists")
    for kind, table in KINDS.items():
        stale = "r.article_id IN (SELECT id FROM stage_stale)"
        await w.execute("DELETE FROM stage_gone_ids")
        await w.execute(f"INSERT INTO stage_gone_ids (id) SELECT r.id FROM {table} r WHERE {stale}")
        gone = "SELECT id FROM stage_gone_ids"
        await w.execute(
            f"""WITH u AS (UPDATE fts_newest n SET ids = ARRAY(SELECT i FROM unnest(n.ids) i
                    WHERE i NOT IN ({gone}) ORDER BY i DESC)
                WHERE n.kind = '{kind}'
                AND n.lexeme IN (SELECT DISTINCT x.lexeme FROM ({_pairs(table, stale)}) x)
                AND n.ids[cardinality(n.ids)] <= (SELECT max(id) FROM stage_gone_ids)
                AND EXISTS (SELECT 1 FROM unnest(n.ids) i WHERE i IN ({gone}))
                RETURNING n.lexeme)
            INSERT INTO stage_short_lists (kind, lexeme) SELECT '{kind}', u.lexeme FROM u"""
        )
    await w.execute(
        """DELETE FROM fts_newest n USING stage_short_lists s
            WHERE n.kind = s.kind AND n.lexeme = s.lexeme AND cardinality(n.ids) = 0"""
    )


async def note_added(w: PgConnection) -> None:
    """Inside the swap, after it inserted the staged rows (temp.stage_sentences, stage_quotes):
    their ids in front of the lists of their lexemes, cut to NEWEST_KEPT; then each list that
    lost ids listed again from the newest REFILL_ROWS rows (every row of the word among them:
    a prefix too) when that lists more."""
    await w.execute(_SHORT)
    for kind, table in KINDS.items():
        added = _pairs(table, f"r.id IN (SELECT id FROM stage_{table})")
        await w.execute(
            f"""INSERT INTO fts_newest (kind, lexeme, ids)
                SELECT '{kind}', x.lexeme, (array_agg(x.id ORDER BY x.id DESC))[1:{NEWEST_KEPT}]
                FROM ({added}) x GROUP BY x.lexeme
                ON CONFLICT (kind, lexeme) DO UPDATE SET ids = ARRAY(
                    SELECT i FROM unnest(excluded.ids || fts_newest.ids) i
                    ORDER BY i DESC LIMIT {NEWEST_KEPT})"""
        )
        # only lists still short after the new rows went in front (a changed article's new
        # rows fill what its old ones left) of words still in some row
        await w.execute(
            f"""DELETE FROM stage_short_lists s WHERE s.kind = '{kind}' AND NOT EXISTS (
                SELECT 1 FROM fts_lexemes l LEFT JOIN fts_newest n
                    ON n.kind = l.kind AND n.lexeme = l.lexeme
                WHERE l.kind = s.kind AND l.lexeme = s.lexeme
                AND coalesce(cardinality(n.ids), 0) < least({NEWEST_KEPT}, l.nrows))"""
        )
        short = f"SELECT lexeme FROM stage_short_lists WHERE kind = '{kind}'"
        newest = f"""EXISTS ({short})
            AND r.id >= (SELECT coalesce(max(id), 0) FROM {table}) - {REFILL_ROWS}"""
        await w.execute(
            f"""INSERT INTO fts_newest (kind, lexeme, ids)
                SELECT '{kind}', x.lexeme, (array_agg(x.id ORDER BY x.id DESC))[1:{NEWEST_KEPT}]
                FROM ({_pairs(table, newest)}) x WHERE x.lexeme IN ({short})
                GROUP BY x.lexeme
                ON CONFLICT (kind, lexeme) DO UPDATE SET ids = excluded.ids
                WHERE cardinality(excluded.ids) > cardinality(fts_newest.ids)"""
        )
    await w.execute("DELETE FROM stage_short_lists")


async def rebuild(w: PgConnection) -> None:
    """Every list from scratch (a store copied into PostgreSQL row by row)."""
    for statement in fill_sql().split(";\n"):
        if statement.strip():
            await w.execute(statement)


def usable_ids(kind: str, q: str, limit: str) -> str:
    """A scalar subquery: the newest ids of the rows of `kind` matching the tsquery `q` (SQL
    expression) when a list answers it, else NULL. A list answers a query of one whole word
    (no prefix, no OR, no quote in it) that wants at most as many rows as the list holds, or
    whatever it wants when the list holds every row of the word (fts_lexemes)."""
    word = f"(SELECT w.m[1] FROM {terms_of(f'querytree({q})')} w(m) WHERE w.m[3] IS NULL)"
    return f"""(SELECT max(n.ids) FROM fts_newest n
        WHERE numnode({q}) = 1 AND n.kind = '{kind}' AND n.lexeme = {word}
            AND strpos(n.lexeme, '''') = 0
            AND (cardinality(n.ids) >= {limit} OR cardinality(n.ids) >= (
                SELECT coalesce(max(l.nrows), 0) FROM fts_lexemes l
                WHERE l.kind = '{kind}' AND l.lexeme = n.lexeme)))"""
