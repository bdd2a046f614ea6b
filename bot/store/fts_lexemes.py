"""How many rows of `sentences` and of `quotes` hold each lexeme (table `fts_lexemes`, PostgreSQL).

/search ranks a stage by relevance when each of its words is in at most FTS_CANDIDATES rows,
else newest first, and the decision must be exact (both backends give the same answer). On
PostgreSQL it was a count up to 1,001 matches per word and table: 4-5 ms for a place name (a
sequential scan to its 1,001st match) and 20-30 ms for a prefix ('tenmi':* is 28k rows of
dozens of words, and GIN reads every row id of every one of them before the first match). A
lexeme's row count is what ts_stat() calls `ndoc`; this table keeps it, so that a whole word's
count is one index lookup. A prefix or an OR of spellings matches rows of several lexemes: at
least as many rows as its most common lexeme, at most as many as all of them together. Both
bounds come from this table; only when the threshold lies between them is the word counted.

The corpus swap, the only writer of `sentences` and `quotes`, keeps it exact in its own
transaction: `note_removed` subtracts the lexemes of the rows it is about to delete,
`note_added` adds those of the rows it inserted. The migration and `lagebild store copy`
build it from the rows (`rebuild`). SQLite needs none of it: FTS5 counts a word's first 1,001
matches in a millisecond or two.
"""

from __future__ import annotations

import re

from bot.store.fts_blocks import KINDS, BlockKind, PgConnection

CREATE_SQL = """
CREATE TABLE IF NOT EXISTS fts_lexemes (
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('sentence', 'quote')),
    lexeme TEXT COLLATE "C" NOT NULL,
    nrows BIGINT NOT NULL,
    PRIMARY KEY (kind, lexeme)
);
"""


def _stat(kind: BlockKind, where: str) -> str:
    """(kind, lexeme, rows) of the `kind` rows that `where` (no quotes in it) selects."""
    return f"""SELECT '{kind}', s.word, s.ndoc
        FROM ts_stat('SELECT fts FROM {KINDS[kind]} WHERE {where}') s"""


def fill_sql() -> str:
    """The statements that count every lexeme of an existing store (again: idempotent)."""
    return "DELETE FROM fts_lexemes;\n" + "".join(
        f"INSERT INTO fts_lexemes (kind, lexeme, nrows) SELECT '{kind}', s.word, s.ndoc "
        f"FROM ts_stat('SELECT fts FROM {table}') s;\n"
        for kind, table in KINDS.items()
    )


async def note_removed(w: PgConnection) -> None:
    """Inside the swap, before it deletes the rows of the articles in temp.stage_stale."""
    for kind in KINDS:
        stat = _stat(kind, "article_id IN (SELECT id FROM stage_stale)")
        await w.execute(
            f"""UPDATE fts_lexemes l SET nrows = l.nrows - s.ndoc FROM ({stat}) s(kind, word, ndoc)
                WHERE l.kind = '{kind}' AND l.lexeme = s.word"""
        )
    await w.execute("DELETE FROM fts_lexemes WHERE nrows <= 0")


async def note_added(w: PgConnection) -> None:
    """Inside the swap, after it inserted the staged rows (temp.stage_sentences, stage_quotes)."""
    for kind, table in KINDS.items():
        await w.execute(
            f"""INSERT INTO fts_lexemes (kind, lexeme, nrows)
                {_stat(kind, f"id IN (SELECT id FROM stage_{table})")}
                ON CONFLICT (kind, lexeme) DO UPDATE SET nrows = fts_lexemes.nrows + excluded.nrows"""
        )


async def rebuild(w: PgConnection) -> None:
    """Every count from scratch (a store copied into PostgreSQL row by row)."""
    for statement in fill_sql().split(";\n"):
        if statement.strip():
            await w.execute(statement)


_TERM_PATTERN = "'''(([^'']|'''')+)''(:[*]){0,1}'"


def terms_of(printed: str) -> str:
    """The terms of a printed tsquery (the SQL text expression `printed`, e.g.
    `querytree(t.q)`), one row each: a term prints as 'word' or 'word':* (a quote in it
    doubled); m[1] is the lexeme, m[3] ':*' for a prefix. No `?` in the pattern, which the
    placeholder translation would take for a parameter."""
    return f"regexp_matches({printed}, {_TERM_PATTERN}, 'g')"


def conjuncts_of(q: str) -> str:
    """The parts a tsquery `q` ANDs together, as printed, one row each (m[1], spaces around
    it), none empty: a term, or an OR of spellings in parentheses (bot.store.folding ANDs
    words, each a term or an OR group, which holds no AND). Every match of the query holds
    some term of each part, so a part's rows bound the query's; a part's printed form is its
    tsquery. regexp_matches, not regexp_split_to_table: the planner expects 10 rows of it,
    not 1,000 (which doubled the estimated cost of a topic's walk)."""
    return f"regexp_matches(querytree({q}), '[^&]+', 'g')"


def part_rows(kind: str, part: str) -> str:
    """A scalar subquery: at most how many rows of `kind` one printed part of conjuncts_of()
    matches (the sum over its terms: an OR's spellings add up, a prefix sums its words')."""
    return f"""(SELECT coalesce(sum(l.nrows), 0)
        FROM {terms_of(part)} w(m), {lexemes_of(kind, "w.m")})"""


def lexemes_of(kind: str, m: str) -> str:
    """FROM and WHERE of the rows of fts_lexemes that one term (`m`, its regexp_matches()
    array) stands for: its word, or for a prefix every word it begins (an index range of the
    primary key; C collation: byte order)."""
    return f"""fts_lexemes l WHERE l.kind = '{kind}' AND (l.lexeme = {m}[1] OR ({m}[3] = ':*'
            AND l.lexeme >= {m}[1] AND l.lexeme < {m}[1] || chr(1114111)
            AND starts_with(l.lexeme, {m}[1])))"""


def bounds_sql(kind: str) -> str:
    """A scalar subquery: for one term (the one `?`, a to_tsquery text) the least and the
    most rows of `kind` it can match, as the text 'low high'; `kind` is "sentence" or
    "quote"."""
    return f"""(SELECT concat(coalesce(max(l.nrows), 0), ' ', coalesce(sum(l.nrows), 0))
        FROM to_tsquery('simple', CAST(? AS TEXT)) t(q), {terms_of("querytree(t.q)")} w(m),
            {lexemes_of(kind, "w.m")})"""


PREFIX_WORDS = 32
"""A prefix term of at most this many words (lexemes of the rows) is looked up as an OR of
them (expand_prefixes); one of more words stays a prefix."""

PREFIX_WORDS_SQL = f"""SELECT p.prefix, k.kind, l.lexeme
    FROM unnest(CAST(? AS TEXT[])) p(prefix), unnest(ARRAY['sentence', 'quote']) k(kind),
    LATERAL (SELECT l.lexeme FROM fts_lexemes l WHERE l.kind = k.kind
        AND l.lexeme >= p.prefix AND l.lexeme < p.prefix || chr(1114111)
        AND starts_with(l.lexeme, p.prefix) ORDER BY l.lexeme LIMIT {PREFIX_WORDS + 1}) l"""
"""(prefix, kind, word) for each prefix of the one parameter (a text array) and each kind:
the words of that kind's rows beginning with it, at most PREFIX_WORDS + 1 (an index range
of the primary key, C collation: byte order, as lexemes_of reads them)."""

_PREFIX_TERM = re.compile(r"'([^']+)':\*")
_PLAIN_WORD = re.compile(r"[^\W_]+")  # one token to to_tsquery's parser, nothing to quote


def prefixes_of(tsquery: str) -> list[str]:
    """The prefix terms of a to_tsquery text (bot.store.dialect.tsquery_text), in order."""
    return list(dict.fromkeys(_PREFIX_TERM.findall(tsquery)))


def expand_prefixes(tsquery: str, words: dict[str, tuple[str, ...] | None]) -> str:
    """The query with each prefix term whose words are known (`words`: the words of the rows
    that begin with it, from PREFIX_WORDS_SQL; None when there are too many) written as an OR
    of those words: the same rows match, and GIN reads it up to three times faster. A prefix
    is a partial match to GIN, which collects the row ids of every word it begins before it
    can AND them ('kursk' & 'tenmi':* in 2M sentences: 66-75 ms; as 'kursk' & ('tenmi' |
    'tenmiwal' | …): 26-31 ms, the same 1,369 rows). A prefix no row's word begins, or one
    with a word that to_tsquery would split or that needs quoting, stays as it is."""

    def written(m: re.Match[str]) -> str:
        found = words.get(m.group(1))
        if not found or not all(_PLAIN_WORD.fullmatch(w) for w in found):
            return m.group(0)
        return "(" + " | ".join(f"'{w}'" for w in found) + ")"

    return _PREFIX_TERM.sub(written, tsquery)
