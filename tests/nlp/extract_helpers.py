"""Helpers shared by the extraction tests: the `extract` fixture's type (tests/nlp/conftest.py)
and "exactly one quote/figure came out of this text"."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Figure, Quote

Extract = Callable[..., ArticleExtraction]


def one_quote(extract: Extract, text: str) -> Quote:
    """The single quote extracted from `text` (fails listing all of them otherwise)."""
    qs = list(extract(text).quotes)
    assert len(qs) == 1, qs
    return qs[0]


def one_figure(extract: Extract, text: str) -> Figure:
    """The single figure extracted from `text` (fails listing all of them otherwise)."""
    found = list(extract(text).figures)
    assert len(found) == 1, [(f.text, f.subject, f.source) for f in found]
    return found[0]
