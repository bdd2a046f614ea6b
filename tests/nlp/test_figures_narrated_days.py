"""The day a figure refers to when its own sentence names none (issue 12, session 13): a count
right after a sentence that names a past day belongs to that day, and "bis Montag" with a plan
verb is a deadline to come, not the last Monday. German sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor

PUBLISHED = date(2026, 11, 26)  # a Thursday
TUESDAY = date(2026, 11, 24)
MONDAY = date(2026, 11, 23)


def dated(extractor: Extractor, *paragraphs: str) -> list[Figure]:
    paras = tuple(Paragraph(p, "report") for p in paragraphs)
    article = ParsedArticle("t.txt", "t.txt", "Titel", PUBLISHED, None, paras, "0")
    return list(extractor.extract(article).figures)


def refers(figures: list[Figure], text: str) -> date | None:
    return next(f.refers_to for f in figures if text in f.text)


@pytest.mark.parametrize(
    ("paragraph", "figure"),
    [
        (
            "Am Dienstag demonstrierten in Berlin Tausende gegen die Reform. Die Polizei zählte "
            "12.000 Teilnehmer.",
            "12.000 Teilnehmer",
        ),
        (
            "Am Dienstagabend zogen Fans durch die Innenstadt von Kassel. Dabei wurden 14 "
            "Polizisten verletzt.",
            "14 Polizisten",
        ),
        (
            "Die Gewerkschaft Verdi hatte am Dienstag zum Warnstreik aufgerufen. Nach Angaben der "
            "Stadt blieben 40 Kitas geschlossen.",
            "40 Kitas",
        ),
    ],
)
def test_a_count_after_a_named_day_belongs_to_that_day(
    extractor: Extractor, paragraph: str, figure: str
) -> None:
    assert refers(dated(extractor, paragraph), figure) == TUESDAY


@pytest.mark.parametrize(
    ("paragraphs", "figure"),
    [
        # the sentence speaks of now
        (
            (
                "Am Dienstag brach in der Lagerhalle ein Feuer aus. Inzwischen sind 40 "
                "Feuerwehrleute im Einsatz.",
            ),
            "40 Feuerwehrleute",
        ),
        # the day is named in another paragraph
        (
            (
                "Am Dienstag demonstrierten in Leipzig Tausende.",
                "Die Polizei zählte 8.000 Teilnehmer.",
            ),
            "8.000 Teilnehmer",
        ),
        # a month before is background, not the scene of the sentence
        (
            (
                "Im März hatte der Stadtrat den Plan beschlossen. Die Stadt hat 300 neue Stellen "
                "ausgeschrieben.",
            ),
            "300 neue Stellen",
        ),
    ],
)
def test_a_count_keeps_the_article_date_without_a_day_right_before_it(
    extractor: Extractor, paragraphs: tuple[str, ...], figure: str
) -> None:
    assert refers(dated(extractor, *paragraphs), figure) == PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis Montag sollen 200 Helfer aus Bayern eintreffen.",
        "Die Stadt will bis Montag 500 Feldbetten aufstellen.",
        "Bis zum Montag werden weitere 300 Soldaten erwartet.",
    ],
)
def test_until_a_weekday_with_a_plan_is_a_deadline_to_come(
    extractor: Extractor, sentence: str
) -> None:
    (figure,) = dated(extractor, sentence)
    assert figure.refers_to == PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "Bis Montag waren 300 Menschen an den Folgen des Sturms gestorben.",
        "Bis Montag hatte die Polizei 45 Verdächtige festgenommen.",
    ],
)
def test_until_a_weekday_in_the_past_is_that_day(extractor: Extractor, sentence: str) -> None:
    (figure,) = dated(extractor, sentence)
    assert figure.refers_to == MONDAY
