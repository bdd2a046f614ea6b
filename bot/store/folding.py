"""German text folding shared by the FTS index and the query side.

SQLite's unicode61 tokenizer strips diacritics but does not fold ß, and it cannot know that a
German reader types "Strasse" for "Straße" or "Schroeder" for "Schröder". We therefore index a
folded copy of every text and fold user input the same way: lower-case (casefold turns ß into
ss), umlauts and accents stripped to their base letter (ö -> o). The transliteration "oe" for ö
is handled on the query side by OR-ing the collapsed spelling, so all three of
Schröder/Schroder/Schroeder find each other.

SQLite also stems: PostgreSQL's `german` configuration runs the Snowball German stemmer over
the folded text (`to_tsvector('german', …)`), so "Streik" finds "Streiks" there. The SQLite FTS
tables therefore hold the stemmed folded words (fts_text), with the same Snowball algorithm, so
both backends join the same inflected forms. PostgreSQL gets the unstemmed folded text: its own
stemmer runs on it. Queries are stemmed here for both (stem_expression; PostgreSQL reads them
with to_tsquery('simple', …)): a whole word by its stem, a prefix as typed, which the
`german` configuration of to_tsquery would have stemmed too.
"""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer

from bot.store.stopwords import GERMAN_STOP_WORDS

# Same notion of a token as unicode61: letters and digits; everything else separates.
_WORD = re.compile(r"[^\W_]+")
_UMLAUT_TRANSLIT = re.compile(r"(?<=[a-pr-z])(ae|oe|ue)")  # not "qu"

MAX_QUERY_TERMS = 12
"""Very long user input is cut to this many terms: each AND-ed prefix term costs an index scan."""

MIN_PREFIX_LEN = 3
"""Shorter terms are matched as whole words: a one-letter prefix would match half the index."""


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_text(text: str) -> str:
    """Folded copy of `text` for the FTS index (word boundaries are kept)."""
    text = text.casefold()  # also ß -> ss
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold_key(text: str) -> str:
    """A grouping key: folded, punctuation-free words joined by single spaces."""
    return " ".join(_WORD.findall(fold_text(text)))


def query_terms(text: str) -> list[str]:
    """The folded words of user input, deduplicated, at most MAX_QUERY_TERMS."""
    terms: list[str] = []
    for word in _WORD.findall(fold_text(text)):
        if word not in terms:
            terms.append(word)
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return terms


def _term_expr(term: str, prefix: bool) -> str:
    star = "*" if prefix and len(term) >= MIN_PREFIX_LEN else ""
    # Terms hold only letters and digits, so quoting them can never produce FTS syntax.
    variants = [term]
    collapsed = _UMLAUT_TRANSLIT.sub(lambda m: m.group(1)[0], term)
    # Short words ("neue", "euer") would widen to common prefixes ("neu", "eur"): skip them.
    if collapsed != term and len(term) >= 5:
        variants.append(collapsed)
    exprs = [f'"{v}"{star}' for v in variants]
    return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


_AND = " AND "  # quoted terms never contain it: a term is one folded word


def fts_queries(text: str) -> list[str]:
    """FTS5 MATCH expressions for user text, to be tried in order until enough hits are found:
    whole words first, then the last word as a prefix (the user may still be typing), then
    every word as a prefix. Every word is a quoted term; the words are AND-ed.

    Staged because a prefix term makes FTS5 merge the full match lists of all words with that
    prefix up front, while whole words stream: "Soldaten" in a 100k-article corpus costs a few
    milliseconds as a word and a hundred as a prefix. Empty when the text has no words (only
    punctuation or nothing): the caller answers with no hits instead of sending FTS5 an empty
    or broken expression. German stop words ("die", "und", "nicht") are dropped, as
    PostgreSQL's German configuration drops them (bot.store.stopwords), so that both backends
    find the same rows; text of stop words alone has no expression either.
    """
    terms = [t for t in query_terms(text) if t not in GERMAN_STOP_WORDS]
    if not terms:
        return []
    stages = [
        [_term_expr(t, prefix=False) for t in terms],
        [_term_expr(t, prefix=i == len(terms) - 1) for i, t in enumerate(terms)],
        [_term_expr(t, prefix=True) for t in terms],
    ]
    out: list[str] = []
    for stage in stages:
        expr = _AND.join(stage)
        if expr not in out:
            out.append(expr)
    return out


def expression_terms(expr: str) -> list[str]:
    """The single-term expressions an fts_queries() expression AND-s together."""
    return expr.split(_AND)


_WHOLE_WORD = re.compile(r'"[^"*()]+"')  # one quoted term, no prefix mark, no OR group
_SPELLINGS = re.compile(r'\("[^"*()]+"( OR "[^"*()]+")+\)')  # an OR of whole-word spellings


def is_whole_words(expr: str) -> bool:
    """Whether an fts_queries() expression ANDs whole words only, each maybe an OR of its
    spellings ('("baerbock" OR "barbock")'), no prefix: then every match holds some spelling
    of each word, and the rows of any one word's spellings hold them all (a plan may look up
    the rarest word alone). A prefix stands for many words, whose rows a lookup would read
    in full."""
    return all(
        _WHOLE_WORD.fullmatch(term) or _SPELLINGS.fullmatch(term) for term in expression_terms(expr)
    )


def is_one_word(expr: str) -> bool:
    """Whether an fts_queries() expression is one whole word (no prefix, no spellings): the
    query a list of a word's newest rows answers (PostgreSQL: bot.store.fts_newest)."""
    return bool(_WHOLE_WORD.fullmatch(expr))


def and_terms(terms: list[str]) -> str:
    """The expression that AND-s single-term expressions (the inverse of expression_terms)."""
    return _AND.join(terms)


def fts_query(text: str) -> str | None:
    """The broadest expression (every word a prefix), or None for text without words."""
    queries = fts_queries(text)
    return queries[-1] if queries else None


class Stemmer:
    """The Snowball German stemmer over folded words, with a per-instance cache (a corpus
    batch repeats most of its words). Not thread-safe, like the stemmer under it: one per
    call or thread."""

    def __init__(self) -> None:
        # The C PyStemmer when installed (~200x faster), else the pure Python one; both pinned
        # to Snowball 2.2, PostgreSQL 15's German stemmer (pyproject.toml).
        self._stem = snowballstemmer.stemmer("german").stemWord
        self._cache: dict[str, str] = {}

    def word(self, word: str) -> str:
        """The stem of one folded word."""
        stem = self._cache.get(word)
        if stem is None:
            stem = self._cache[word] = self._stem(word)
        return stem

    def text(self, text: str) -> str:
        """The stemmed folded words of raw `text`, space-separated: what SQLite's FTS indexes."""
        return " ".join(self.word(w) for w in _WORD.findall(fold_text(text)))


def fts_text(text: str) -> str:
    """The SQLite FTS form of raw `text` (folded, stemmed); bulk callers keep one Stemmer."""
    return Stemmer().text(text)


_QUOTED_TERM = re.compile(r'"([^"]*)"(\*?)')


def stem_expression(expr: str, words_only: bool = False) -> str:
    """An fts_queries() expression with every whole-word term stemmed, as the index holds its
    words: "Soldaten" finds "Soldat". A prefix term is the word by its stem or a prefix as
    typed: the stem as a prefix, "ubersee"* became "uberse"*, the start of "Übersetzer" and
    "übersetzt" (stems the index holds); as typed, "aussenminister"* still finds
    "Außenministerium".
    `words_only`: leave terms with digits unstemmed, as PostgreSQL's german configuration does
    (it stems words of letters only)."""
    stemmer = Stemmer()

    def stem(m: re.Match[str]) -> str:
        term, star = m.group(1), m.group(2)
        if words_only and not term.isalpha():
            return m.group(0)
        stemmed = stemmer.word(term)
        if not star:
            return f'"{stemmed}"'
        # the word itself by its stem ("Häuser" finds "Haus"), longer words by what was typed
        return m.group(0) if stemmed == term else f'("{stemmed}" OR "{term}"*)'

    return _QUOTED_TERM.sub(stem, expr)
