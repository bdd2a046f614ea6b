"""Relative dates resolve against the article date the way a reader would."""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlp.dates import resolve_date

THURSDAY = date(2024, 11, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Geheimdienst meldete am Freitag, dass ...", date(2024, 11, 8)),
        ("am Donnerstag", THURSDAY),
        ("Am Mittwochabend wurde bekannt", date(2024, 11, 13)),
        ("Sie kamen Anfang Oktober an.", date(2024, 10, 1)),
        ("Mitte Oktober", date(2024, 10, 15)),
        ("Ende Februar", date(2024, 2, 29)),
        ("Anfang Dezember", date(2023, 12, 1)),
        ("im vergangenen Jahr", date(2023, 1, 1)),
        ("gestern", date(2024, 11, 13)),
        ("vorgestern", date(2024, 11, 12)),
        ("vergangene Woche", date(2024, 11, 7)),
        ("im vergangenen Monat", date(2024, 10, 1)),
        ("vor zwei Wochen", date(2024, 10, 31)),
        ("vor drei Tagen", date(2024, 11, 11)),
        ("am 15. November 2024", date(2024, 11, 15)),
        ("am 3. Oktober", date(2024, 10, 3)),
        ("am 15.11.2023", date(2023, 11, 15)),
        ("im Juni 2023", date(2023, 6, 1)),
        ("im Jahr 2022", date(2022, 1, 1)),
        ("Im April 2013 starben 200 Menschen.", date(2013, 4, 1)),
        ("bis Ende 2024 sollen es 5.000 sein", date(2024, 12, 31)),
        ("Mitte 2023 waren es 300", date(2023, 7, 1)),
    ],
)
def test_resolves_against_article_date(text: str, expected: date) -> None:
    assert resolve_date(text, THURSDAY) == expected


def test_period_start_is_not_the_reference_date() -> None:
    text = "Seit Beginn des Krieges im Februar 2022 sind mehr als 10.000 Zivilisten gestorben."
    assert resolve_date(text, THURSDAY) is None
    assert resolve_date("Seit Mittwoch kamen 300 Menschen, am Freitag 200.", THURSDAY) == date(
        2024, 11, 8
    )


def test_no_date_in_plain_text() -> None:
    assert resolve_date("Die Soldaten werden geschult, die Lage ist ernst.", THURSDAY) is None


def test_without_article_date_only_explicit_dates_resolve() -> None:
    assert resolve_date("am Freitag", None) is None
    assert resolve_date("am 15. November 2024", None) == date(2024, 11, 15)


def test_an_events_date_is_not_the_date_of_its_running_total() -> None:
    text = "Das Beben vom 28. März hat inzwischen 3.700 Menschenleben gefordert."
    assert resolve_date(text, THURSDAY) is None
    assert resolve_date("Seit dem Beben am 28. März starben 3.700 Menschen.", THURSDAY) is None


def test_figure_date_comes_from_its_sentence_else_the_article_date(extractor) -> None:
    from bot.models import Paragraph, ParsedArticle
    from bot.nlp.export import extraction_to_json

    body = (
        "Bei dem Erdbeben sind mindestens 1.002 Menschen ums Leben gekommen. "
        "Im April 2013 hatte ein Beben in der Region 200 Todesopfer gefordert. "
        "Bis Ende 2024 sollen 5.000 neue Häuser entstehen."
    )
    article = ParsedArticle(
        "q.txt", "q.txt", "Beben", date(2025, 3, 29), None, (Paragraph(body),), "0"
    )
    figures = extraction_to_json(extractor.extract(article))["figures"]
    assert [(f["value"], f["date"]) for f in figures] == [
        (1002, "2025-03-29"),
        (200, "2013-04-01"),
        (5000, "2024-12-31"),
    ]
    assert figures[1]["sentence"].startswith("Im April 2013 hatte ein Beben")
