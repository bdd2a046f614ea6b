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


def test_a_sentence_going_on_with_demnach_keeps_the_time_before(extractor: Extractor) -> None:
    found = dated(
        extractor,
        "Im Vorjahr starben auf den Straßen 2.770 Menschen. An Unfällen mit Lastwagen waren "
        "demnach gut 9.000 Menschen beteiligt.",
    )
    assert figure(found, "9.000").refers_to == date(2025, 1, 1)


def test_a_part_of_a_count_keeps_the_day_of_the_count(extractor: Extractor) -> None:
    found = dated(
        extractor,
        "Bei dem Brand sind am Samstagmorgen zwei Menschen gestorben. 14 weitere wurden "
        "verletzt, drei von ihnen schwer.",
    )
    assert figure(found, "14").refers_to == date(2026, 11, 28)


def test_a_sentence_without_a_continuation_keeps_the_article_date(extractor: Extractor) -> None:
    found = dated(
        extractor,
        "Im Vorjahr starben auf den Straßen 2.770 Menschen. Die Polizei zählt inzwischen 400 "
        "Blitzer im Land.",
    )
    assert figure(found, "400").refers_to == PUBLISHED


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Die Kliniken zählten 18 Prozent mehr Patienten als vor einer Woche.", "18"),
        ("Die Firma verkaufte 1,7 Prozent weniger Autos als im Vorjahr.", "1,7"),
        ("Es kamen so viele Besucher wie im Jahr 2019, nämlich 40.000.", "40.000"),
    ],
)
def test_the_time_of_a_value_compared_with_is_not_the_figures(
    extractor: Extractor, text: str, number: str
) -> None:
    assert figure(dated(extractor, text), number).refers_to == PUBLISHED


def test_a_year_in_a_relative_clause_dates_its_figure(extractor: Extractor) -> None:
    text = (
        "Die Studie bestätigt Ergebnisse eines Vereins, der 2017 einen Rückgang um mehr als "
        "75 Prozent ermittelt hatte."
    )
    assert figure(dated(extractor, text), "75").refers_to == date(2017, 1, 1)


def test_a_year_in_an_attribute_does_not_date_the_figure(extractor: Extractor) -> None:
    text = "Der 2019 gewählte Bürgermeister hat 300 Mitarbeiter."
    assert figure(dated(extractor, text), "300").refers_to == PUBLISHED


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Für den Etat stimmten 389 Abgeordnete, 281 votierten dagegen, drei enthielten sich.",
            3,
            "Abgeordnete",
        ),
        ("Zwölf Stadträte stimmten für den Antrag, vier dagegen.", 4, "Stadtrat"),
        ("Bei dem Unfall wurden fünf Personen verletzt, zwei davon schwer.", 2, "Person"),
    ],
)
def test_a_number_word_as_the_subject_of_a_conjunct_counts_the_group_before(
    extract: Extract, text: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(f.value, f.unit) for f in extract(text).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder spielten im Hof, zwei schliefen.",
        "Vier von ihnen sollen Kinder sein.",
        "Er kam um drei, blieb aber bis vier.",
    ],
)
def test_a_number_word_without_a_count_before_is_no_figure(extract: Extract, text: str) -> None:
    assert not extract(text).figures


def test_counts_in_brackets_after_countries_keep_their_own_place(extract: Extract) -> None:
    text = (
        "Die meisten Opfer gab es in Frankreich (sechs), gefolgt von Belgien (drei) und den "
        "Niederlanden (zwei)."
    )
    found = extract(text).figures
    assert [(f.value, f.unit) for f in found] == [(6, "Opfer"), (3, "Opfer"), (2, "Opfer")]
    assert [f.subject for f in found] == [
        "Opfer (in Frankreich)",
        "Opfer (in Belgien)",
        "Opfer (in Niederlande)",
    ]


def test_a_dative_country_in_a_list_is_named_in_the_nominative(extract: Extract) -> None:
    text = (
        "Die meisten Anträge stellten Menschen aus Syrien (12.400), gefolgt von der Türkei "
        "(8.100) und den Niederlanden (1.800)."
    )
    assert [f.subject for f in extract(text).figures][-1] == "Anträge (Niederlande)"


def test_a_number_word_in_brackets_after_a_person_is_no_count(extract: Extract) -> None:
    assert not extract("Die meisten Kinder brachten Anna (drei) und Tom (vier) mit.").figures


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Nach Angaben der Polizei wurden 31 Personen verletzt, 18 davon schwer.",
            "Schwerverletzte",
        ),
        (
            "Bei dem Unfall wurden 31 Menschen verletzt, sieben von ihnen schwer.",
            "Schwerverletzte",
        ),
        ("Laut Feuerwehr sind 14 Bewohner verletzt worden, neun davon leicht.", "Leichtverletzte"),
    ],
)
def test_a_part_of_a_count_with_its_own_words_is_its_own_topic(
    extract: Extract, text: str, subject: str
) -> None:
    """The severe part of the injured is a topic of its own ("Schwerverletzte"), never a
    bare number nor the whole count's topic."""
    part = extract(text).figures[-1]
    assert (part.subject or "").startswith(subject)


def test_a_part_whose_words_make_no_concept_has_no_topic(extract: Extract) -> None:
    found = extract("Bei dem Brand wurden 20 Menschen verletzt, drei davon mittelschwer.").figures
    assert found[-1].subject is None


def test_an_earlier_value_in_an_es_waren_clause_counts_the_same_thing(
    extractor: Extractor,
) -> None:
    found = dated(
        extractor,
        "Die Zahl der Anträge stieg auf 5.000 Anträge. Im Vorjahr waren es noch 4.100 gewesen, "
        "vor fünf Jahren knapp 3.000.",
    )
    earlier = [f for f in found if f.value in (4100, 3000)]
    assert [(f.unit, f.refers_to) for f in earlier] == [
        ("Antrag", date(2025, 1, 1)),
        ("Antrag", date(2021, 1, 1)),
    ]


def test_an_es_waren_clause_after_a_paragraph_break_counts_nothing_before(
    extractor: Extractor,
) -> None:
    found = dated(extractor, "Die Zahl der Anträge stieg auf 5.000 Anträge.", "Es waren 300.")
    assert figure(found, "300").unit is None
