"""Issue 12: a figure of a day before the article is dated by that day, not the publication
day. A weekend ("am Wochenende", "am vergangenen Wochenende", "übers Wochenende") is dated by
its Saturday; a weekday, a night ("in der Nacht zu Mittwoch"), "vorgestern" and a day without
a year resolve against the article date. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.dates import resolve_date
from bot.nlp.export import extraction_to_json

THURSDAY = date(2024, 11, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekend just past: its Saturday
        ("Am Wochenende kamen rund 250.000 Besucher.", date(2024, 11, 9)),
        ("Die Polizei zählte am vergangenen Wochenende 14 Einbrüche.", date(2024, 11, 9)),
        ("Übers Wochenende waren 40 Einsatzkräfte im Dienst.", date(2024, 11, 9)),
        # a weekend to come is no date a figure was counted on
        ("Am kommenden Wochenende werden 5.000 Läufer erwartet.", None),
        ("Der Wochenendverkehr nahm um 4 Prozent zu.", None),
    ],
)
def test_a_weekend_is_dated_by_its_saturday(text: str, expected: date | None) -> None:
    assert resolve_date(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # an article of Sunday: this weekend; "vergangenen" then means the one before
        (date(2024, 11, 17), "am Wochenende", date(2024, 11, 16)),
        (date(2024, 11, 17), "am vergangenen Wochenende", date(2024, 11, 9)),
        # an article of Monday: the two days before it
        (date(2024, 11, 18), "am letzten Wochenende", date(2024, 11, 16)),
    ],
)
def test_the_weekend_depends_on_the_article_day(anchor: date, text: str, expected: date) -> None:
    assert resolve_date(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other forms of issue 12, resolved against a Thursday
        ("In der Nacht zu Mittwoch brannten 14 Autos.", date(2024, 11, 13)),
        (
            "Am Dienstag zählte die Polizei 300 Demonstranten, wie sie mitteilte.",
            date(2024, 11, 12),
        ),
        ("Vorgestern wurden 17 Unfälle gemeldet.", date(2024, 11, 12)),
        ("Am 3. März waren es 40 Unfälle gewesen.", date(2024, 3, 3)),
    ],
)
def test_a_day_before_the_article_dates_its_figure(text: str, expected: date) -> None:
    assert resolve_date(text, THURSDAY) == expected


def test_a_weekend_figure_carries_its_saturday(extractor: Extractor) -> None:
    body = (
        "Zum Stadtfest kamen am Wochenende nach Angaben der Veranstalter 80.000 Besucher. "
        "Die Polizei zählte am Montag 12 Einsätze. Insgesamt sind 300 Helfer im Dienst."
    )
    article = ParsedArticle("w.txt", "w.txt", "Fest", THURSDAY, None, (Paragraph(body),), "0")
    figures = extraction_to_json(extractor.extract(article))["figures"]
    assert [(f["value"], f["date"]) for f in figures] == [
        (80000, "2024-11-09"),
        (12, "2024-11-11"),
        (300, "2024-11-14"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a weekday to come names no day a figure was counted on: the article's day holds
        "Die rund 3.500 evakuierten Anwohner dürfen ab Samstag zurückkehren.",
        "Am kommenden Montag sollen 200 weitere Helfer eintreffen.",
        "Nächsten Dienstag stimmen 120 Abgeordnete über das Gesetz ab.",
    ],
)
def test_a_weekday_to_come_gives_no_past_day(text: str) -> None:
    assert resolve_date(text, THURSDAY) is None


def test_a_weekday_just_past_still_dates_the_figure() -> None:
    # must not fire: "am Samstag" and "seit Samstag" without a word of the future
    assert resolve_date("Am Samstag kamen 3.500 Besucher.", THURSDAY) == date(2024, 11, 9)
    assert resolve_date("Bis Montag waren 300 Menschen gestorben.", THURSDAY) == date(2024, 11, 11)
