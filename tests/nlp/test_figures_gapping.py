"""Gapped conjuncts (issue 12, QA flood story): "Die Polizei sprach von etwa 1.200
Teilnehmern, die Veranstalter von mehr als 5.000." The second number is the organisers' claim
on the same count, so the two compare, and disagree. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure
from bot.nlp.figures.intervals import claim_interval


def pair(extract: Callable[..., ArticleExtraction], text: str) -> tuple[Figure, Figure]:
    found = list(extract(text).figures)
    assert len(found) == 2, [(f.text, f.subject, f.source) for f in found]
    return found[0], found[1]


@pytest.mark.parametrize(
    ("text", "first_source", "second_source", "unit"),
    [
        (
            "Die Polizei zählte rund 3.000 Demonstranten, die Organisatoren von mehr als 10.000.",
            "Polizei",
            "Organisatoren",
            "Demonstrant",
        ),
        (
            "Die Gewerkschaft meldete 9.000 Streikende im Nahverkehr, die Stadtwerke sprachen "
            "von 4.000.",
            "Gewerkschaft",
            "Stadtwerke",
            "Streikende",
        ),
    ],
)
def test_gapped_conjunct_has_its_own_source_and_the_first_noun(
    extract: Callable[..., ArticleExtraction],
    text: str,
    first_source: str,
    second_source: str,
    unit: str,
) -> None:
    first, second = pair(extract, text)
    assert first.source == first_source
    assert second.source == second_source
    assert second.unit == first.unit
    assert unit in (second.unit or "")
    assert second.subject == first.subject


def test_police_and_organisers_do_not_agree(extract: Callable[..., ArticleExtraction]) -> None:
    first, second = pair(
        extract, "Die Polizei sprach von etwa 2.500 Teilnehmern, die Veranstalter von 8.000."
    )
    assert (first.source, second.source) == ("Polizei", "Veranstalter")
    assert second.unit == "Teilnehmer"
    a = claim_interval(first.qualifier, first.value, first.value_max)
    b = claim_interval(second.qualifier, second.value, second.value_max)
    assert not a.overlaps(b)


def test_a_number_with_its_own_noun_is_no_gapped_conjunct(
    extract: Callable[..., ArticleExtraction],
) -> None:
    first, second = pair(
        extract, "Die Polizei zählte 300 Teilnehmer, die Feuerwehr von 12 Einsätzen."
    )
    assert second.unit != first.unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "In Celje wurden 350 Gebäude beschädigt, 40 davon so schwer, dass sie abgerissen "
            "werden müssen.",
            "Gebäude",
        ),
        ("Demnach kamen 118 Menschen ums Leben, 35 von ihnen in der Region Celje.", "Mensch"),
        ("Im Parlament stimmten 48 Abgeordnete dagegen, 39 dafür.", "Abgeordnete"),
    ],
)
def test_a_part_of_a_counted_group_counts_its_unit_but_is_no_topic(
    extract: Callable[..., ArticleExtraction], text: str, unit: str
) -> None:
    whole, part = pair(extract, text)
    assert part.unit == whole.unit == unit
    assert part.subject is None  # another group than the whole: never its current value


@pytest.mark.parametrize(
    ("text", "first_source", "second_source"),
    [
        # the organisers first: the police's number loses nothing and gains no bracket
        (
            "Die Organisatoren sprachen von 6.000 Teilnehmern, die Polizei von 2.000.",
            "Organisatoren",
            "Polizei",
        ),
        # each conjunct names its own marker; the nearer marker is the other clause's
        (
            "Laut Polizei waren es 2.000 Teilnehmer, laut Veranstaltern 6.000.",
            "Polizei",
            "Veranstalter",
        ),
        (
            "Die Organisatoren sprachen von 6.000 Teilnehmern, nach Angaben der Polizei waren "
            "es 2.000.",
            "Organisatoren",
            "Polizei",
        ),
    ],
)
def test_each_number_of_a_gapped_pair_takes_its_own_source(
    extract: Callable[..., ArticleExtraction], text: str, first_source: str, second_source: str
) -> None:
    first, second = pair(extract, text)
    assert (first.source, second.source) == (first_source, second_source)
    assert first.unit == second.unit == "Teilnehmer"
    assert first.subject == second.subject == "Teilnehmer"


def test_a_conjunct_with_its_own_noun_keeps_its_own_source(
    extract: Callable[..., ArticleExtraction],
) -> None:
    first, second = pair(
        extract,
        "Die Veranstalter sprachen von mehr als 10.000 Teilnehmern, die Polizei von 4.000 "
        "Demonstranten.",
    )
    assert (first.source, second.source) == ("Veranstalter", "Polizei")
    assert second.subject == "Demonstranten"
