"""Figure defects reviewers reported in issue 12, on German sentences written for these tests:
a clause with its own verb keeps its own count, a proposal is the proposer's, a gapped
conjunct without "von" has its own source, a company alone is no topic of its amount."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure

Extract = Callable[..., ArticleExtraction]


def figures(extract: Extract, text: str) -> list[Figure]:
    return list(extract(text).figures)


def by_value(extract: Extract, text: str) -> dict[float, Figure]:
    return {f.value: f for f in figures(extract, text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Bei dem Brand wurden 12 Menschen verletzt, 250 Menschen mussten ihre Häuser verlassen.",
            250,
        ),
        (
            "Nach dem Erdbeben sind 80 Menschen gestorben, 3.000 Menschen haben ihr Obdach verloren.",
            3000,
        ),
        (
            "Beim Hochwasser kamen 4 Menschen ums Leben, 900 Menschen wurden in Sicherheit gebracht.",
            900,
        ),
    ],
)
def test_a_clause_with_its_own_verb_is_not_the_other_clauses_casualties(
    extract: Extract, text: str, value: int
) -> None:
    subject = by_value(extract, text)[value].subject or ""
    assert not subject.startswith(("Verletzte", "Tote")), subject


def test_a_bare_count_still_takes_what_happened_in_the_sentence(extract: Extract) -> None:
    found = by_value(extract, "Bei dem Anschlag starben 3 Soldaten und 12 Menschen.")
    assert (found[12].subject or "").startswith("Tote"), found[12].subject


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das Gericht schlug einen Vergleich über 20.000 Euro vor.", "Gericht"),
        (
            "Die Richterin hat den Parteien einen Vergleich über 15.000 Euro vorgeschlagen.",
            "Richterin",
        ),
        ("Die Kommission schlägt eine Frauenquote von 40 Prozent vor.", "Kommission"),
    ],
)
def test_a_proposal_is_the_proposers(extract: Extract, text: str, source: str) -> None:
    [found] = figures(extract, text)
    assert found.source == source
    assert (found.subject or "").endswith("(Vorschlag)"), found.subject


def test_a_separable_verb_that_proposes_nothing_has_no_proposer(extract: Extract) -> None:
    [found] = figures(extract, "Der Sturm schlug im Park 20 Bäume um.")
    assert found.source is None
    assert "Vorschlag" not in (found.subject or "")


@pytest.mark.parametrize(
    ("text", "second_source", "unit"),
    [
        (
            "Die Polizei zählte 600 Teilnehmer, die Veranstalter 1.000.",
            "Veranstalter",
            "Teilnehmer",
        ),
        (
            "Der Verband meldete 40 Betriebe im Streik, die Arbeitgeber nur 12.",
            "Arbeitgeber",
            "Betrieb",
        ),
        (
            "Die Anklage hatte siebeneinhalb Jahre Haft gefordert, die Verteidigung höchstens "
            "drei Jahre.",
            "Verteidigung",
            "Jahr",
        ),
    ],
)
def test_gapped_conjunct_without_preposition_has_its_own_source(
    extract: Extract, text: str, second_source: str, unit: str
) -> None:
    first, second = figures(extract, text)
    assert second.source == second_source
    assert second.unit == unit
    assert first.source != second_source


def test_a_place_after_the_comma_is_no_gapped_subject(extract: Extract) -> None:
    found = figures(extract, "Laut Polizei kamen 600 Menschen, in Berlin 1.000.")
    assert [f.source for f in found] == ["Polizei", "Polizei"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Microsoft: 532 Milliarden US-Dollar.", None),
        ("Siemens verdiente im Quartal 2,3 Milliarden Euro.", None),
        ("Beim Umsatz liegt Microsoft mit 245 Milliarden US-Dollar vorn.", "Umsatz (Microsoft)"),
        ("Nach Börsenwert folgt Apple mit 900 Milliarden US-Dollar.", "Börsenwert (Apple)"),
    ],
)
def test_a_company_alone_is_no_topic_of_its_amount(
    extract: Extract, text: str, subject: str | None
) -> None:
    [found] = figures(extract, text)
    assert found.subject == subject


def test_a_common_noun_subject_of_an_amount_stays(extract: Extract) -> None:
    [found] = figures(extract, "Der Bund zahlt den Ländern 3 Milliarden Euro.")
    assert found.subject == "Bund"
