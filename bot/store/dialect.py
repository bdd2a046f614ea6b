"""What differs between the two backends, and nothing else.

The repositories write their SQL once, in portable form: `?` / `?N` placeholders, `ON CONFLICT`,
`RETURNING`, `coalesce`, CASE, `CAST(? AS TEXT)` where a parameter's type is not clear from
its use (PostgreSQL must infer every parameter's type; SQLite does not care). The PostgreSQL
connection (bot.store.pg) rewrites placeholders to `$n` and a handful of spellings
(`BEGIN IMMEDIATE`, `temp.`, `instr`). Only what cannot be written portably asks the dialect:

- full-text search: SQLite has FTS5 tables beside the data (rowid = negated id, bm25), which a
  corpus apply fills ahead of its swap; PostgreSQL has a `tsvector` column in the row itself
  (`to_tsvector('german', folded text)`, GIN index, `to_tsquery('german', …)`, ts_rank);
- how a read snapshot begins.

A new repository needs nothing from here unless it searches text: write portable SQL and run
it on `db.conn` (tests/store run every contract test on both backends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FtsKind = Literal["sentence", "quote", "title"]
Rank = Literal["best", "recent"] | None

_FTS5_TERM = re.compile(r'"([^"]*)"(\*?)')


def tsquery_text(fts5: str) -> str:
    """An expression of bot.store.folding (quoted folded words, `*` prefixes, AND, OR,
    parentheses) as `to_tsquery` input. The words hold only letters and digits, so nothing
    of the user's text can become tsquery syntax."""
    text = _FTS5_TERM.sub(lambda m: f"'{m.group(1)}'" + (":*" if m.group(2) else ""), fts5)
    return text.replace(" AND ", " & ").replace(" OR ", " | ")


@dataclass(frozen=True, slots=True)
class Dialect:
    """SQLite (the default)."""

    name: str = "sqlite"
    # False: full-text rows live in FTS5 tables of their own, written ahead of a swap.
    fts_in_rows: bool = False
    snapshot_begin: str = "BEGIN"

    def match(self, expression: str) -> str:
        """The parameter value for a full-text expression from bot.store.folding."""
        return expression

    def visible(self, fts_table: str, table: str) -> str:
        """The WHERE term that hides full-text rows a running corpus apply has staged: it writes
        them ahead of its swap, under ids above every committed row of `table` (CorpusRepo)."""
        return f"{fts_table}.rowid >= (SELECT -coalesce(max(id), 0) FROM {table})"

    def fts_newest(
        self, kind: FtsKind, rank: Rank = None, limit: int | str = "?", ordered: bool = True
    ) -> str:
        """A SELECT of `id` (and `rank`, lower is better, with `rank`) of the `limit` newest
        rows matching the one `?` parameter (a match() value); `limit` is a number or "?".
        Unordered, it is any `limit` matches (for counting and existence)."""
        if kind == "title":
            order = " ORDER BY rowid DESC" if ordered else ""
            return f"SELECT rowid AS id FROM title_fts WHERE title_fts MATCH ?{order} LIMIT {limit}"
        table, base = ("quote_fts", "quotes") if kind == "quote" else ("sentence_fts", "sentences")
        score = {"best": f", bm25({table}) AS rank", "recent": ", (rowid * 1e-12) AS rank"}
        order = " ORDER BY rowid" if ordered else ""
        return (
            f"SELECT -rowid AS id{score.get(rank or '', '')} FROM {table} "
            f"WHERE {table} MATCH ? AND {self.visible(table, base)}{order} LIMIT {limit}"
        )

    def speaker_matches(self, plan: Literal["each", "walk", "join"]) -> str:
        """Ids of one speaker's quotes matching a full-text expression; parameters (match,
        speaker id) and, for "walk", a limit. Three plans with bounded work on FTS5, chosen by
        QuoteRepo.by_speaker from the speaker's share of all quotes."""
        if plan == "each":
            return """SELECT -rowid FROM quote_fts WHERE quote_fts MATCH ?
                AND rowid IN (SELECT -id FROM quotes WHERE speaker_id = ?)"""
        if plan == "walk":
            return """SELECT q2.id FROM quote_fts f JOIN quotes q2 ON q2.id = -f.rowid
                WHERE quote_fts MATCH ? AND q2.speaker_id = ? ORDER BY f.rowid LIMIT ?"""
        return """SELECT -rowid FROM quote_fts WHERE quote_fts MATCH ?
            AND -rowid IN (SELECT id FROM quotes WHERE speaker_id = ?)"""


_PG_FTS = {
    "sentence": ("sentences", "fts"),
    "quote": ("quotes", "fts"),
    "title": ("articles", "title_fts"),
}


@dataclass(frozen=True, slots=True)
class PgDialect(Dialect):
    """PostgreSQL: tsvector columns in the rows (migrations.PG_MIGRATIONS), German stemming."""

    name: str = "postgresql"
    fts_in_rows: bool = True
    snapshot_begin: str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def match(self, expression: str) -> str:
        return tsquery_text(expression)

    def visible(self, fts_table: str, table: str) -> str:
        return "TRUE"  # the tsvector is written with its row, in the swap

    def fts_newest(
        self, kind: FtsKind, rank: Rank = None, limit: int | str = "?", ordered: bool = True
    ) -> str:
        table, column = _PG_FTS[kind]
        score = {
            # normalisation 1 (÷ 1 + log length): shorter rows first on a tie, as bm25 does
            "best": f", -ts_rank(x.{column}, t.q, 1) AS rank",
            "recent": ", (-x.id * 1e-12) AS rank",
        }
        order = " ORDER BY x.id DESC" if ordered else ""
        return (
            f"SELECT x.id{score.get(rank or '', '')} FROM {table} x, "
            f"to_tsquery('german', CAST(? AS TEXT)) t(q) "
            f"WHERE x.{column} @@ t.q{order} LIMIT {limit}"
        )

    def speaker_matches(self, plan: Literal["each", "walk", "join"]) -> str:
        sql = """SELECT q2.id FROM quotes q2, to_tsquery('german', CAST(? AS TEXT)) t(q)
            WHERE q2.fts @@ t.q AND q2.speaker_id = ?"""
        return sql + " ORDER BY q2.id DESC LIMIT ?" if plan == "walk" else sql


SQLITE = Dialect()
POSTGRESQL = PgDialect()
