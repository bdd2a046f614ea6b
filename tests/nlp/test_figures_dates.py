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
