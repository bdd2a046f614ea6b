"""Corpus reading: article files in, ParsedArticle out.

read_article() turns one article file into a ParsedArticle; scan_corpus() lists a corpus
directory. Both are blocking and are called from a worker, never on the event loop.

Modules, in the order a file passes through them: decoding (bytes to normalised text),
htmltext (page sources and entities), frontmatter (explicit metadata and sidecars), markup
(Markdown and menu lines), paragraphs (rebuild from lines, with shapes for the line tests),
boilerplate (what the page wraps around the story), header (title, date, outlet; with dates
and outlets), sections (headings and section tags); reader ties them together, scan lists a
directory.
"""

from __future__ import annotations

from bot.corpus.errors import (
    ArticleFileError,
    CorpusError,
    EmptyCorpusError,
    ForeignCorpusError,
)
from bot.corpus.reader import parse_article, plain_digest, raw_digest, read_article
from bot.corpus.scan import CorpusScan, scan_corpus

# Bumped whenever the reader's output for the same bytes changes (rules, normalisation), so
# that a store keyed on content_hash can tell a stale parse from an unchanged file.
READER_VERSION = 1

__all__ = [
    "READER_VERSION",
    "ArticleFileError",
    "CorpusError",
    "CorpusScan",
    "EmptyCorpusError",
    "ForeignCorpusError",
    "parse_article",
    "plain_digest",
    "raw_digest",
    "read_article",
    "scan_corpus",
]
