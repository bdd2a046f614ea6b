"""A figure whose sentence names a target date after the article's is a projection, kept
apart from the count reported as fact (issue 12): "Das Land will bis 2028 rund 120
Kilometer Deiche verstärken" and "Bis 2030 sollen 500 Wohnungen entstehen" were stored as
plain reports dated the article's day, so /figures showed a plan as the current value.
German sentences written for these tests, in articles with a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import ArticleExtraction, Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.subjects import subject_group

PUBLISHED = date(2026, 2, 13)


def _figures(extractor: Extractor, text: str) -> dict[str, Figure]:
    article = ParsedArticle(
        "t.txt", "t.txt", "Titel", PUBLISHED, None, (Paragraph(text, "report"),), "0"
    )
    found: ArticleExtraction = extractor.extract(article)
    return {f.text: f for f in found.figures}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Das Land will bis 2028 rund 120 Kilometer Deiche verstärken.", "120"),
        ("Bis 2030 sollen in der Stadt 500 Wohnungen entstehen.", "500"),
        ("Nach den Plänen der Bahn werden bis Ende 2029 rund 300 Züge erneuert.", "300"),
    ],
)
def test_a_figure_for_a_target_year_is_a_projection(
    extractor: Extractor, text: str, number: str
) -> None:
    [f] = [f for t, f in _figures(extractor, text).items() if number in t]
    key = subject_group(f.subject, f.unit)
    assert key is not None and key.endswith("(Prognose)"), (f.subject, key)
    assert f.refers_to is None  # the target year is no report date


def test_the_reported_count_and_the_plan_are_two_topics(extractor: Extractor) -> None:
    figures = _figures(
        extractor,
        "In Bremen gibt es derzeit 2.000 Sozialwohnungen. Nach dem Willen des Senats sollen "
        "bis 2030 in Bremen 3.500 Sozialwohnungen entstehen.",
    )
    now = subject_group(figures["2.000 Sozialwohnungen"].subject, "Sozialwohnung")
    planned = subject_group(figures["3.500 Sozialwohnungen"].subject, "Sozialwohnung")
    assert now is not None and not now.endswith("(Prognose)"), now
    assert planned == f"{now} (Prognose)", (now, planned)


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2024 wurden in der Stadt 300 Sozialwohnungen gebaut.",
        "Bis 2025 wurden in der Stadt 300 Sozialwohnungen gebaut.",
        "Bis Montag sollen 200 Helfer des Technischen Hilfswerks eintreffen.",
        "Die Zahl der Toten stieg bis Mittwoch auf 40.",
    ],
)
def test_a_past_year_or_a_deadline_is_no_projection(extractor: Extractor, text: str) -> None:
    for f in _figures(extractor, text).values():
        assert "(Prognose)" not in (f.subject or ""), (f.text, f.subject)
