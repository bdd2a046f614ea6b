"""What differs between the two backends, and nothing else.

The repositories write their SQL once, in portable form: `?` / `?N` placeholders, `ON CONFLICT`,
`RETURNING`, `coalesce`, CASE, `CAST(? AS TEXT)` where a parameter's type is not clear from
its use (PostgreSQL must infer every parameter's type; SQLite does not care). The PostgreSQL
connection (bot.store.pg) rewrites placeholders to `$n` and a handful of spellings
(`BEGIN IMMEDIATE`, `temp.`, `instr`). Only what cannot be written portably asks the dialect:

- full-text search: SQLite has FTS5 tables beside the data (rowid = negated id, bm25), which a
  corpus apply fills ahead of its swap; PostgreSQL has a `tsvector` column in the row itself
  (`to_tsvector('german', folded text)`, GIN index, `to_tsquery('simple', …)` of a query
  stemmed by bot.store.folding, ts_rank);
- how a read snapshot begins.

A new repository needs nothing from here unless it searches text: write portable SQL and run
it on `db.conn` (tests/store run every contract test on both backends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.store import fts_lexemes, fts_newest
from bot.store.folding import stem_expression
from bot.store.fts_blocks import (
    BLOCK_SIZE,
    GIN_ROW_COST,
    GIN_SPAN,
    KINDS,
    RARE_GIN_SPAN,
    RARE_LOOKUP_RATIO,
    WALK_BUDGET,
    WALK_MIN_BLOCKS,
    WALK_SLACK,
)

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
    # True: fts_newest_within() pays (FTS5 intersects match lists by itself, rarest first).
    narrow_by_rare: bool = False

    def match(self, expression: str) -> str:
        """The parameter value for a full-text expression from bot.store.folding (the FTS5
        tables hold stemmed words, so the terms are stemmed the same way)."""
        return stem_expression(expression)

    def visible(self, fts_table: str, table: str) -> str:
        """The WHERE term that hides full-text rows a running corpus apply has staged: it writes
        them ahead of its swap, under ids above every committed row of `table` (CorpusRepo)."""
        return f"{fts_table}.rowid >= (SELECT -coalesce(max(id), 0) FROM {table})"

    def fts_newest(
        self,
        kind: FtsKind,
        rank: Rank = None,
        limit: int | str = "?",
        ordered: bool = True,
        together: bool = False,
        rarest: bool = False,
        one_word: bool = False,
        few: bool = False,
    ) -> str:
        """A SELECT of `id` (and `rank`, lower is better, with `rank`) of the `limit` newest
        rows matching the one `?` parameter (a match() value); `limit` is a number or "?".
        Unordered, it is any `limit` matches (for counting and existence). `together`: the
        query's words are expected in the same rows (a person's name), which only a plan may
        use (the rows are the same); `rarest`: moreover the query ANDs whole words, each maybe
        an OR of its spellings (folding.is_whole_words), so the rows of its rarest word's
        spellings hold every match (a plan may look up that word alone); `one_word`: the query
        is one whole word (folding.is_one_word), which a plan may read from a list; `few`: each
        term of the query is known to match at most a page of candidates (search's "best"
        ranking), so a plan may read all matches from the index."""
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

    def fts_newest_of(
        self,
        kind: Literal["sentence", "quote"],
        columns: tuple[str, ...],
        together: bool = False,
        rarest: bool = False,
        one_word: bool = False,
    ) -> str:
        """A SELECT of `columns` (`id` among them or not) of the rows of fts_newest(kind,
        together=…, rarest=…, one_word=…), one row per match, with its parameters (the match,
        then the limit)."""
        base = "quotes" if kind == "quote" else "sentences"
        newest = self.fts_newest(kind, together=together, rarest=rarest, one_word=one_word)
        listed = ", ".join(f"s.{c}" for c in columns)
        return f"SELECT {listed} FROM ({newest}) m JOIN {base} s ON s.id = m.id"

    def fts_newest_within(self, kind: Literal["sentence", "quote"], limit: int | str = "?") -> str:
        """fts_newest(kind, "recent", limit) with two parameters: the query, and the AND of
        those of its terms that match few rows, which alone are looked up in the index (the
        rest of the query is tested on their rows); then `limit` if it is "?" (a parameter:
        one statement for every page size). The same rows as fts_newest."""
        table, base = ("quote_fts", "quotes") if kind == "quote" else ("sentence_fts", "sentences")
        return (
            f"SELECT -rowid AS id, (rowid * 1e-12) AS rank FROM {table} WHERE {table} MATCH ? "
            f"AND ? <> '' AND {self.visible(table, base)} ORDER BY rowid LIMIT {limit}"
        )

    def term_bounds(self, kind: Literal["sentence", "quote"]) -> str | None:
        """A scalar subquery of the least and the most rows of `kind` that one term (the one
        `?`, a match() value) can match, as the text 'low high'; None where counting the
        matches is cheap (FTS5)."""
        return None

    def prefix_words(self) -> str | None:
        """A SELECT of (prefix, kind, word) for the prefixes of the one `?` (a text array): the
        words of each kind's rows that begin with a prefix, with which match_words() writes it
        as an OR of them; None where a prefix costs no more than its words (FTS5)."""
        return None

    def match_words(self, match: str, words: dict[str, tuple[str, ...] | None]) -> str:
        """A match() value with its prefixes written as their words where known (`words`,
        from prefix_words(): the rows it matches are the same)."""
        return match

    def any_match(
        self, kind: Literal["sentence", "quote"], prefixes: bool = False, one_word: bool = False
    ) -> str:
        """A SELECT of one row if any row matches the one `?` parameter (a match() value);
        `prefixes`: the expression has prefix terms; `one_word`: it is a single word."""
        return f"SELECT 1 FROM ({self.fts_newest(kind, limit=1, ordered=False)}) x"

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
    narrow_by_rare: bool = True

    def match(self, expression: str) -> str:
        """The expression stemmed as SQLite's (bot.store.folding.stem_expression), read with
        to_tsquery('simple', …): the german configuration would stem a prefix term too."""
        return tsquery_text(stem_expression(expression, words_only=True))

    def visible(self, fts_table: str, table: str) -> str:
        return "TRUE"  # the tsvector is written with its row, in the swap

    def fts_newest(
        self,
        kind: FtsKind,
        rank: Rank = None,
        limit: int | str = "?",
        ordered: bool = True,
        together: bool = False,
        rarest: bool = False,
        one_word: bool = False,
        few: bool = False,
    ) -> str:
        table, column = _PG_FTS[kind]
        score = {
            # normalisation 1 (÷ 1 + log length): shorter rows first on a tie, as bm25 does
            "best": f", -ts_rank(x.{column}, t.q, 1) AS rank",
            "recent": ", (-x.id * 1e-12) AS rank",
        }
        if ordered and rank != "best" and kind in KINDS:
            recent = rank == "recent"
            return _walk(kind, table, recent, limit, together, together and rarest, (), one_word)
        # Unordered (a count, an existence test) the planner's choice is fine (a sequential
        # scan stops early on a common word, GIN answers a rare one). "best" ranks at most
        # FTS_CANDIDATES matches, so a GIN bitmap of the few matches costs least.
        order = " ORDER BY x.id DESC" if ordered else ""
        if ordered and few:
            # Sorted after the GIN lookup, never by walking the primary key down: the planner
            # guesses an OR of a prefix's words ('rob' | 'robert' | … for "Rober") in some
            # 6,000 rows where 224 hold one, and walked 2M rows testing each (1.3-1.6 s at 100k
            # articles) for what the index answers in 5 ms.
            order = " ORDER BY x.id + 0 DESC"
        return (
            f"SELECT x.id{score.get(rank or '', '')} FROM {table} x, "
            f"to_tsquery('simple', CAST(? AS TEXT)) t(q) "
            f"WHERE x.{column} @@ t.q{order} LIMIT {limit}"
        )

    def fts_newest_of(
        self,
        kind: Literal["sentence", "quote"],
        columns: tuple[str, ...],
        together: bool = False,
        rarest: bool = False,
        one_word: bool = False,
    ) -> str:
        # the walk and GIN read the matching rows anyway: they hand out `columns` with the ids
        # (looking each of 1,000 ids up again cost 4,000 buffers, 2-3 ms)
        carry = tuple(c for c in columns if c != "id")
        newest = _walk(
            kind, KINDS[kind], False, "?", together, together and rarest, carry, one_word
        )
        listed = ", ".join(f"m.{c}" for c in columns)
        return f"SELECT {listed} FROM ({newest}) m"

    def fts_newest_within(self, kind: Literal["sentence", "quote"], limit: int | str = "?") -> str:
        # GIN reads only the rare terms' row ids (a prefix term makes it read every id of
        # every word with that prefix: 80k for 'brussel':*), the whole query tested on them.
        table, column = _PG_FTS[kind]
        return f"""SELECT x.id, (-x.id * 1e-12) AS rank FROM {table} x,
            to_tsquery('simple', CAST(? AS TEXT)) t(q), to_tsquery('simple', CAST(? AS TEXT)) r(q)
            WHERE {_gin_match("r.q", "t.q", f"x.{column}")} ORDER BY -x.id LIMIT {limit}"""

    def term_bounds(self, kind: Literal["sentence", "quote"]) -> str | None:
        return fts_lexemes.bounds_sql(kind)  # rows per lexeme, kept by the corpus swap

    def prefix_words(self) -> str | None:
        return fts_lexemes.PREFIX_WORDS_SQL  # every word of the rows, kept by the corpus swap

    def match_words(self, match: str, words: dict[str, tuple[str, ...] | None]) -> str:
        return fts_lexemes.expand_prefixes(match, words)

    def any_match(
        self, kind: Literal["sentence", "quote"], prefixes: bool = False, one_word: bool = False
    ) -> str:
        if prefixes:
            # The planner's guess of a prefix's share is poor: unordered, it scanned 1.2M rows
            # (300 ms) for a prefix in a few; the newest match (_walk) asks the statistics.
            return f"SELECT 1 FROM ({self.fts_newest(kind, limit=1)}) x"
        # Only the rows of blocks whose summary matches are tested, block by block along the
        # primary key, up to the first match: a query no block matches reads no row, a common
        # word stops in its first block, a rare one tests at most a block or two (4,096 rows).
        # A plain `fts @@ q LIMIT 1` left the plan to the planner's guess of the word's share
        # (400 of 2M rows for any word outside its statistics): it scanned sequentially from
        # the oldest row, 1M rows (1.5-3 s) for a rare word of the newest articles. Unordered
        # GIN took a bitmap of 1M rows (150 ms) for a common word. Only for one word: the
        # summaries of words that seldom meet ('markus' & 'herrmann') match in most blocks
        # while few rows hold both, and testing block after block took 3 s where the
        # planner, which knows an AND to be rarer, takes GIN.
        table, column = _PG_FTS[kind]
        if not one_word:
            return f"""SELECT 1 FROM to_tsquery('simple', CAST(? AS TEXT)) t(q),
            LATERAL (SELECT 1 FROM fts_blocks_matching('{kind}', t.q) LIMIT 1) b,
            LATERAL (SELECT 1 FROM {table} x WHERE x.{column} @@ t.q LIMIT 1) r"""
        return f"""SELECT 1 FROM to_tsquery('simple', CAST(? AS TEXT)) t(q),
            LATERAL (SELECT 1 FROM fts_blocks_matching('{kind}', t.q) b(block),
                LATERAL (SELECT 1 FROM {table} x WHERE x.id >= b.block * {BLOCK_SIZE}
                    AND x.id < (b.block + 1) * {BLOCK_SIZE} AND ts_match_vq(x.{column}, t.q)
                    LIMIT 1) r
                LIMIT 1) m"""

    def speaker_matches(self, plan: Literal["each", "walk", "join"]) -> str:
        sql = """SELECT q2.id FROM quotes q2, to_tsquery('simple', CAST(? AS TEXT)) t(q)
            WHERE q2.fts @@ t.q AND q2.speaker_id = ?"""
        return sql + " ORDER BY q2.id DESC LIMIT ?" if plan == "walk" else sql


def _walk(
    kind: str,
    table: str,
    recent: bool,
    limit: int | str,
    together: bool = False,
    rarest: bool = False,
    carry: tuple[str, ...] = (),
    one_word: bool = False,
) -> str:
    """The newest `limit` matches of `table`: by the per-block summaries (bot.store.fts_blocks)
    when the query's words are common, else by one GIN bitmap.

    The walk reads the blocks whose summary matches, newest first, each along its primary key
    range, and stops at `limit` matches: blocks without the words are never read, so a common
    word costs one or two block reads whatever the newest rows hold. For a word rare in every
    block it would read block after block for a few rows, where one GIN bitmap of the word is
    cheap; so it walks only when the rows per lexeme (bot.store.fts_lexemes: the share p of
    rows holding each term, a prefix summing its lexemes'; their product for the query) say
    that walking costs less (it tests about limit / p rows, GIN fetches p x all rows, each
    GIN_ROW_COST times dearer) and fills `limit` within WALK_BUDGET blocks. Else it takes the
    GIN bitmap (`ORDER BY -r.id`, which no index provides: the planner would walk the primary
    key for a LIMIT 1, and that read 1.9M rows to find a word in 2). Either way the answer is
    the same: the newest `limit` matches; the counts only choose the plan. (The planner's
    statistics, pg_stats, served until schema 21: sampled, they knew only the most common
    lexemes, so a prefix of many rarer words looked rare, and planning their view cost
    1.2 ms per query.)

    The walk reads at most WALK_BUDGET blocks (words that should meet in the same rows: at
    most WALK_SLACK times the blocks their shares say it needs), whatever the statistics said (a product of
    shares misjudges words that seldom meet: 'john' & 'rutt' walked 81 blocks, 570 ms, before
    the GIN_ROW_COST rule); what it leaves missing, GIN finds below the blocks it read. The
    walk is aggregated into one array so that this rest knows how many it found.

    When the words are expected `together` (a person's name: a topic naming a speaker), the
    GIN plan first takes the matches among the newest GIN_SPAN x limit / p ids only (p the
    share of the rarest term, which bounds any AND of it): ANDed with the BRIN index of the
    ids, the bitmap fetches only those rows, where a full name ('john' & 'harris', 4,100
    matches for 1,000 wanted) fetched every match. Only when that range holds fewer than
    `limit` does GIN look below it; the answer is the same either way. Words that meet by
    chance ('odessa' & 'tenmi':*) fill a fraction of that range, and the second GIN lookup
    would cost more than the rows it spares (the index scan is most of it): one GIN bitmap.

    When moreover the name is a pure AND of whole words (`rarest`) and its other words are
    in at least RARE_LOOKUP_RATIO times the rows of its rarest word (a common first name),
    GIN looks up that word alone and tests the name on its rows (_gin_match, as
    fts_newest_within does), in a range of RARE_GIN_SPAN x limit / p ids: GIN read all 530k
    row ids of 'john' before ANDing them with the 6k of 'harris'. Other names keep the GIN
    lookup of the whole query, a constant to the planner, which then sees how few rows a
    rare name has and skips the BRIN range (its scan cost 6 ms for 'mark' & 'meier', 3 rows).

    A query that no summary matches is answered without reading `table` (a prefix query's GIN
    bitmap took 27 ms to find nothing).

    `ts_match_vq` is the function behind `@@`: it cannot use an index, so a block read stays a
    read of its id range. The query's parameters are those of the plain form (the tsquery text,
    then `limit` if it is "?"); `t.q` and `lim.n` are constants to the planner.
    """

    # `one_word`: a list of the word's newest ids (bot.store.fts_newest) answers when it holds
    # what is asked (`nl`, NULL else); the walk and GIN then read nothing. Only then: the
    # list's subquery made planning every walk 1-2 ms dearer.
    unlisted = "nl.ids IS NULL AND" if one_word else ""

    # `carry`: columns of the matching rows handed out beside their ids (the arrays of the
    # walk and of GIN hold them in step with the ids)
    def col(alias: str) -> str:
        return "".join(f", {alias}.{c}" for c in carry)

    def agg(alias: str) -> str:
        return "".join(f", array_agg({alias}.{c}) AS carried_{c}" for c in carry)

    def unnest(alias: str) -> str:
        return "".join(f", unnest({alias}.carried_{c}) AS {c}" for c in carry)

    # A part's share of the rows: the rows of its terms' lexemes (bot.store.fts_lexemes: an
    # OR of spellings adds its terms', a prefix its words') over all rows (corpus_state, kept
    # by the same swap). The parts are what the query ANDs (fts_lexemes.conjuncts_of): taken
    # term by term, the spelling of an OR group that no row holds ('barbock' beside
    # 'baerbock') looked like the name's rarest word, and its range of newest ids spanned
    # every row ('john' & 'baerbock': all 21k matches fetched for the newest 1,000, 150 ms).
    # All that the plan asks of the counts in one pass over the parts (each looked up once,
    # LATERAL: as a scalar subquery the planner copied it into each of its six uses).
    terms = f"""SELECT k.part AS word, c.n
        FROM {fts_lexemes.conjuncts_of("t.q")} p(m), LATERAL (SELECT btrim(p.m[1]) AS part) k,
            LATERAL (SELECT {fts_lexemes.part_rows(kind, "k.part")} AS n OFFSET 0) c"""
    share = "least(c.n / s.tot, 1)"
    # p: the product of the shares (walking tests about n / p rows; GIN fetches p x all rows,
    # each GIN_ROW_COST times dearer); p_min: the rarest part's share (no more rows can match
    # than it holds: a bound for `low`); rq and rare: see rarest_word
    rare = f"""{rarest_word("c")} AS rq,
            coalesce(count(*) > 1 AND sum(c.n) - min(c.n) >= {RARE_LOOKUP_RATIO} * min(c.n), FALSE)"""
    stats = f"""SELECT max(s.tot) AS tot, coalesce(exp(sum(ln(greatest({share}, 1e-30)))), 0) AS p,
            greatest(coalesce(min({share}), 0), 1e-9) AS p_min, count(*) AS parts,
            {rare if rarest else "CAST(NULL AS tsquery) AS rq, FALSE"} AS rare
        FROM ({terms}) c,
            (SELECT CAST(greatest({table}, 1) AS DOUBLE PRECISION) AS tot FROM corpus_state) s"""
    low = "CAST(NULL AS BIGINT)"
    if together:
        span = f"CASE WHEN x.rare THEN {RARE_GIN_SPAN} ELSE {GIN_SPAN} END"
        low = f"""(SELECT max(r.id) FROM {table} r)
                - CAST(least({span} * lim.n / x.p_min, 1e15) AS BIGINT)"""
    # A range that starts at or below the lowest id holds every row: then GIN looks up the
    # whole table at once and nothing below it. A BRIN scan reads the whole BRIN index however
    # few ranges match (5 ms for 2M sentences), and a rare surname's range ('john' & 'braun':
    # 1,959 rows of 'braun' among 2M) spans every id: two scans (range and below) for nothing,
    # 10 of the 13 ms of that name's sentence lookup.
    ranged = f"coalesce({low} > (SELECT min(r.id) FROM {table} r), FALSE)"
    # (one-time filters on g: a branch whose filter is false reads no index)
    ranges = (
        [("g.ranged", "AND r.id >= g.low"), ("NOT g.ranged", "")] if together else [("TRUE", "")]
    )
    below_range = "g.ranged AND r.id < g.low" if together else "FALSE"
    # what GIN looks up: a name's rarest word alone when its other words are far more common
    # (rarest_word), the query tested on its rows (as fts_newest_within does); else the query
    # (a constant to the planner, which then knows how few rows a rare name has)
    gin_matches = [("TRUE", "r.fts @@ t.q")]
    if rarest:
        gin_matches = [("g.rare", _gin_match("g.rq", "t.q")), ("NOT g.rare", "r.fts @@ t.q")]
    # The blocks a walk may read: WALK_BUDGET, and for words that should meet in the same
    # rows (a product of shares) WALK_SLACK times the blocks their product says it needs: words
    # that seldom meet ('kiew' & 'soldat', each in 4-5 % of the sentences, together in none)
    # walked all 64 blocks for nothing (9,800 buffers per stage of a /search, 3 stages), where
    # GIN below the walked blocks answers from the two words' row lists. A single word's share
    # is exact (fts_lexemes): its walk keeps the whole budget.
    budget = f"""CAST(CASE WHEN x.parts > 1 THEN least({WALK_BUDGET}, greatest({WALK_MIN_BLOCKS},
            ceil({WALK_SLACK} * lim.n / greatest(x.p * {BLOCK_SIZE}, 1e-9)))) ELSE {WALK_BUDGET}
            END AS BIGINT)"""
    gate = f"""SELECT {unlisted} x.p * x.p * x.tot * {GIN_ROW_COST} >= lim.n
            AND x.p * {BLOCK_SIZE * WALK_BUDGET} >= lim.n AS walk, {budget} AS budget,
            {low} AS low, {ranged} AS ranged, x.rare, x.rq FROM ({stats}) x"""
    score = ", (-m.id * 1e-12) AS rank" if recent else ""
    blocks = f"SELECT b.block FROM fts_blocks_matching('{kind}', t.q) b(block) WHERE g.walk"
    # the walk, at most g.budget blocks, as one array (computed once, used twice)
    walk = f"""SELECT array_agg(w.id) AS ids{agg("w")} FROM (
            SELECT r.id{col("r")} FROM ({blocks} ORDER BY b.block DESC LIMIT g.budget) nb,
                LATERAL (SELECT r.id{col("r")} FROM {table} r
                    WHERE r.id >= nb.block * {BLOCK_SIZE}
                    AND r.id < (nb.block + 1) * {BLOCK_SIZE} AND ts_match_vq(r.fts, t.q)
                    ORDER BY r.id DESC) r
            ORDER BY nb.block DESC, r.id DESC LIMIT lim.n) w"""
    # GIN first among the newest ids only (a BRIN range of them: the heap fetches only those
    # matches); what it leaves missing, GIN finds below `low`
    gin_newest = " UNION ALL ".join(
        f"""(SELECT r.id{col("r")} FROM {table} r
                WHERE NOT g.walk AND {unlisted} {use} AND {within} AND {match}
                {in_range} AND EXISTS (SELECT 1 FROM fts_blocks_matching('{kind}', t.q))
            ORDER BY -r.id LIMIT lim.n)"""
        for use, match in gin_matches
        for within, in_range in ranges
    )
    gin = f"SELECT array_agg(x.id) AS ids{agg('x')} FROM ({gin_newest}) x"
    gin_below = " UNION ALL ".join(
        f"""(SELECT r.id{col("r")} FROM {table} r WHERE coalesce(cardinality(gn.ids), 0) < lim.n
                    AND NOT g.walk AND {unlisted} {use} AND {match} AND {below_range}
                    AND EXISTS (SELECT 1 FROM fts_blocks_matching('{kind}', t.q))
                    ORDER BY -r.id LIMIT lim.n)"""
        for use, match in gin_matches
    )
    # a walk short of `limit` with matching blocks left: GIN finds the rest below them
    rest = f"""SELECT b.block AS low FROM ({blocks}
            AND coalesce(cardinality(wk.ids), 0) < lim.n
            ORDER BY b.block DESC OFFSET g.budget - 1 LIMIT 1) b"""
    below = f"SELECT x.low * {BLOCK_SIZE} FROM ({rest}) x"
    # a one-word query that a list of the word's newest ids answers (bot.store.fts_newest):
    # its ids looked up by the primary key (for the columns carried), nothing else read
    nl = listed = ""
    if one_word:
        nl = f"LATERAL (SELECT {fts_newest.usable_ids(kind, 't.q', 'lim.n')} AS ids) nl, "
        listed = "UNION ALL SELECT unnest(nl.ids[1:lim.n])"
        if carry:
            listed = f"""UNION ALL SELECT r.id{col("r")} FROM unnest(nl.ids[1:lim.n]) l(id)
                JOIN {table} r ON r.id = l.id"""
    return f"""SELECT m.id{score}{col("m")} FROM to_tsquery('simple', CAST(? AS TEXT)) t(q),
        (SELECT CAST({limit} AS BIGINT) AS n) lim,
        {nl}LATERAL ({gate}) g, LATERAL ({walk}) wk, LATERAL ({gin}) gn,
        LATERAL (SELECT u.id{col("u")} FROM (SELECT unnest(wk.ids) AS id{unnest("wk")}
                {listed}
                UNION ALL
                SELECT unnest(gn.ids){unnest("gn")}
                UNION ALL
                {gin_below}
                UNION ALL
                (SELECT r.id{col("r")} FROM {table} r WHERE ({below}) IS NOT NULL AND r.fts @@ t.q
                    AND r.id + 0 < ({below}) ORDER BY -r.id LIMIT lim.n)) u
            ORDER BY u.id DESC LIMIT lim.n) m"""


def _gin_match(looked_up: str, query: str, column: str = "r.fts") -> str:
    """The WHERE term for the rows of `column` matching `query` that a GIN lookup of the
    tsquery `looked_up` alone finds (its rows must hold every match of `query`). GIN reads the
    whole row-id list of every word it is given (for 'john' & 'harris' the 530k ids of 'john'
    in sentences); `ts_match_vq`, the function behind `@@`, which no index serves, tests the
    query on the few rows of the rare words."""
    return f"{column} @@ {looked_up} AND ts_match_vq({column}, {query})"


def rarest_word(c: str) -> str:
    """The tsquery of the rarest part of a query (rows `{c}` of its parts, printed, and their
    row counts `{c}.n`, grouped: a word or an OR of a word's spellings), which GIN looks up
    alone, the query tested on its rows, when the query ANDs whole words (every match holds
    some term of each part; fts_newest `rarest`) and the other parts are in at least
    RARE_LOOKUP_RATIO times its rows (the `rare` column of _walk's gate). A part's printed
    form (querytree) is its tsquery, the lexemes already stemmed."""
    return f"CAST((array_agg({c}.word ORDER BY {c}.n, {c}.word))[1] AS tsquery)"


SQLITE = Dialect()
POSTGRESQL = PgDialect()
