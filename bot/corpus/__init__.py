"""Corpus reading (CONTRACT SKELETON - the corpus helper fills it in; keep the names).

read_article() turns one article file into a ParsedArticle; scan_corpus() lists a corpus
directory. Both are blocking and are called from a worker, never on the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.models import ParsedArticle, SkippedFile


class CorpusError(Exception):
    """The corpus directory itself is unusable (missing, not a directory, unreadable)."""


class ArticleFileError(Exception):
    """One article file cannot be used; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class CorpusScan:
    files: tuple[Path, ...]  # article files to read, sorted by name
    skipped: tuple[SkippedFile, ...]  # files not even attempted (not .txt, sidecars are not listed)


def scan_corpus(directory: str | Path) -> CorpusScan:
    raise NotImplementedError


def read_article(path: str | Path) -> ParsedArticle:
    raise NotImplementedError
