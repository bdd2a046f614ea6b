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
from bot.nlp.figures.dates import is_projected
from bot.nlp.figures.subjects import subject_group

PUBLISHED = date(2026, 2, 13)


def _figures(extractor: Extractor, text: str) -> dict[str, Figure]:
    article = ParsedArticle(
        "t.txt", "t.txt", "Titel", PUBLISHED, None, (Paragraph(text, "report"),), "0"
    )
    found: ArticleExtraction = extractor.extract(article)
    return {f.text: f for f in found.figures}


@pytest.mark.parametrize(
    ("text", "number", "target"),
    [
        ("Das Land will bis 2028 rund 120 Kilometer Deiche verstärken.", "120", date(2028, 1, 1)),
        ("Bis 2030 sollen in der Stadt 500 Wohnungen entstehen.", "500", date(2030, 1, 1)),
        (
            "Nach den Plänen der Bahn werden bis Ende 2029 rund 300 Züge erneuert.",
            "300",
            date(2029, 12, 31),
        ),
    ],
)
def test_a_figure_for_a_target_year_is_a_projection_dated_to_its_target(
    extractor: Extractor, text: str, number: str, target: date
) -> None:
    [f] = [f for t, f in _figures(extractor, text).items() if number in t]
    key = subject_group(f.subject, f.unit)
    assert key is not None and key.endswith("(Prognose)"), (f.subject, key)
    assert f.refers_to == target  # the JSON date is the target (DESIGN.md), not the article's


@pytest.mark.parametrize(
    ("text", "number", "target"),
    [
        ("Für 2027 rechnet der Senat mit 900 neuen Sozialwohnungen.", "900", date(2027, 1, 1)),
        ("Die Kammer erwartet für 2028 rund 350 zusätzliche Lehrstellen.", "350", date(2028, 1, 1)),
        (
            "Für das Jahr 2029 plant die Stadt 40 neue Kitas, teilte sie mit.",
            "40",
            date(2029, 1, 1),
        ),
    ],
)
def test_a_year_after_fuer_is_the_target_of_a_forecast(
    extractor: Extractor, text: str, number: str, target: date
) -> None:
    """ "Für 2027 rechnet X mit …" was dated the article's day: read as today's count."""
    [f] = [f for t, f in _figures(extractor, text).items() if number in t]
    assert f.refers_to == target, (f.text, f.refers_to)
    assert is_projected(f.refers_to, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Das Land zahlt für 2050 neue Wohnungen einen Zuschuss von 80 Millionen Euro.",
        "Die Halle bietet Platz für 2040 Menschen, sagte der Betreiber.",
    ],
)
def test_a_count_after_fuer_is_no_target_year(extractor: Extractor, text: str) -> None:
    for f in _figures(extractor, text).values():
        assert f.refers_to == PUBLISHED, (f.text, f.refers_to)


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
