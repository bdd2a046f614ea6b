"""An article without a publication date in its metadata often names it in the dateline that
opens its body ("Rheinstadt, 3. März 2026. …"): that is the date its undated figures refer to
(issue 12). A date inside the first sentence is when something happened, never the article's
date. German articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import ArticleExtraction, Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.dates import dateline_date


def undated(extractor: Extractor, *paragraphs: str) -> ArticleExtraction:
    article = ParsedArticle(
        "d.txt", "d.txt", "Titel", None, None, tuple(Paragraph(p) for p in paragraphs), "0"
    )
    return extractor.extract(article)


def figure(ex: ArticleExtraction, text: str) -> Figure:
    return next(f for f in ex.figures if text in f.text)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Rheinstadt, 3. März 2026. Die Polizei zählte", date(2026, 3, 3)),
        ("Bad Kleinau (dpa), 14.11.2025 – Der Landkreis meldete", date(2025, 11, 14)),
        ("Frankfurt am Main, 2. Januar 2027: Die Stadtwerke", date(2027, 1, 2)),
        ("28. Februar 2026 – Die Gewerkschaft rief", date(2026, 2, 28)),
    ],
)
def test_a_dateline_names_the_articles_date(body: str, day: date) -> None:
    assert dateline_date(body) == day


@pytest.mark.parametrize(
    "body",
    [
        "Die Kundgebung am 3. März 2026 verlief friedlich.",
        "Rheinstadt – Am 3. März 2026 zählte die Polizei 300 Teilnehmer.",
        "Rheinstadt, 30. Februar 2026. Die Polizei zählte",  # no such day
        "Rheinstadt, im März 2026. Die Polizei zählte",  # no day
    ],
)
def test_a_date_that_is_no_dateline_names_none(body: str) -> None:
    assert dateline_date(body) is None


def test_an_undated_articles_figures_take_the_datelines_date(extractor: Extractor) -> None:
    ex = undated(
        extractor,
        "Rheinstadt, 3. März 2026. Die Polizei zählte bei der Kundgebung rund 300 Teilnehmer.",
        "Nach Angaben der Feuerwehr wurden zwölf Menschen leicht verletzt.",
    )
    assert figure(ex, "300 Teilnehmer").refers_to == date(2026, 3, 3)
    assert figure(ex, "zwölf Menschen").refers_to == date(2026, 3, 3)


def test_a_date_in_the_first_sentence_is_no_dateline(extractor: Extractor) -> None:
    ex = undated(
        extractor,
        "Rheinstadt – Bei der Kundgebung am 3. März 2026 zählte die Polizei rund 300 Teilnehmer.",
        "Nach Angaben der Feuerwehr wurden zwölf Menschen leicht verletzt.",
    )
    assert figure(ex, "zwölf Menschen").refers_to is None
