"""Helpers shared by the extraction tests: the `extract` fixture's type (tests/nlp/conftest.py)
and "exactly one quote/figure came out of this text", "the figure holding this number", and a
figure's topic, "the source of the figure with this value"."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Figure, Quote
from bot.nlp.figures.subjects import subject_group

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


def figure_with(extract: Extract, text: str, number: str) -> Figure:
    """The figure of `text` whose words hold `number` ("1.200")."""
    return next(f for f in extract(text).figures if number in f.text)


def source_of(extract: Extract, text: str, value: float) -> str | None:
    """The source of the figure of `text` whose value is `value`."""
    return next(f.source for f in extract(text).figures if f.value == value)


def topic_key(f: Figure) -> str | None:
    """The topic a figure joins in /figures (its subject group), None for no topic."""
    return subject_group(f.subject, f.unit)
