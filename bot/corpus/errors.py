"""Errors of the corpus reader.

Two kinds, because callers treat them differently: a broken corpus directory stops an ingest
(nothing can be read), a broken article file only skips that file and its message is shown to
the user as the reason.
"""

from __future__ import annotations


class CorpusError(Exception):
    """The corpus directory itself is unusable (missing, not a directory, unreadable)."""


class ArticleFileError(Exception):
    """One article file cannot be used; the message is the reason shown to the user."""
