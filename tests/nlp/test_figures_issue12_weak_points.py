"""The weak points left in issue 12 (session 10): durations after "für", dates of background
figures, numerals that are the subject of a verb, counts in brackets after countries in the
dative. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bot.models import ArticleExtraction, Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor

Extract = Callable[..., ArticleExtraction]
PUBLISHED = date(2026, 11, 29)  # a Sunday


def dated(extractor: Extractor, *paragraphs: str) -> list[Figure]:
    paras = tuple(Paragraph(p, "report") for p in paragraphs)
    article = ParsedArticle("t.txt", "t.txt", "Titel", PUBLISHED, None, paras, "0")
    return list(extractor.extract(article).figures)


def figure(figures: list[Figure], text: str) -> Figure:
    return next(f for f in figures if text in f.text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Die Autobahn blieb in Richtung Süden für knapp neun Stunden gesperrt.", 9, "Stunde"),
        ("Das Museum schließt für drei Monate.", 3, "Monat"),
        ("Für zwei Tage fiel in der Stadt der Strom aus.", 2, "Tag"),
    ],
)
def test_a_span_after_fuer_is_a_duration(
    extract: Extract, text: str, value: float, unit: str
) -> None:
    found = [(f.value, f.unit) for f in extract(text).figures]
    assert (value, unit) in found


@pytest.mark.parametrize(
    "text",
    [
        "Vor drei Jahren hatte die Stadt die Brücke gesperrt.",
        "Die Brücke wird alle zehn Jahre geprüft.",
        "Seit zwei Wochen ist die Brücke gesperrt.",
    ],
)
def test_a_span_that_dates_or_repeats_is_no_figure(extract: Extract, text: str) -> None:
    assert not extract(text).figures
