"""Figure defects a new user found (issue 12 QA pass), on German sentences written for these
tests: number words in the frames that take digits, a demand's subject and its floor
("mindestens aber"), and subjects of a strike story."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure
from bot.nlp.figures.subjects import subject_group

Extract = Callable[..., ArticleExtraction]


def figures(extract: Extract, text: str) -> list[Figure]:
    return list(extract(text).figures)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("Die Zahl der Toten ist auf sieben gestiegen.", 7, "exact", "Tote"),
        ("Die Zahl der Toten stieg auf siebzehn.", 17, "exact", "Tote"),
        ("Die Zahl der Toten stieg nach Angaben der Behörden auf zwölf.", 12, "exact", "Tote"),
        ("Die Zahl der Vermissten stieg auf hundert.", 100, "exact", "Vermisste"),
        ("Die Zahl der Toten stieg auf mehr als zwanzig.", 20, "more_than", "Tote"),
        ("Die Zahl der Verletzten liegt inzwischen bei sechzehn.", 16, "exact", "Verletzte"),
    ],
)
def test_death_toll_written_as_a_number_word(
    extract: Extract, text: str, value: int, qualifier: str, unit: str
) -> None:
    found = figures(extract, text)
    assert [(f.value, f.qualifier, f.unit) for f in found] == [(value, qualifier, unit)]


def test_toll_rising_from_one_number_word_to_another(extract: Extract) -> None:
    found = figures(extract, "Die Zahl der Verletzten stieg von drei auf fünf.")
    assert [(f.value, f.unit) for f in found] == [(3, "Verletzte"), (5, "Verletzte")]


def test_number_word_counting_its_own_noun_is_not_the_toll(extract: Extract) -> None:
    found = figures(extract, "Die Zahl der Toten hat sich binnen drei Tagen verdoppelt.")
    assert all(f.unit != "Tote" for f in found), [(f.value, f.unit) for f in found]


def test_demand_measures_the_increase_and_its_floor(extract: Extract) -> None:
    found = figures(
        extract, "Verdi fordert eine Erhöhung der Löhne um 8 Prozent, mindestens aber 350 Euro."
    )
    assert [(f.value, f.qualifier, f.unit, f.subject) for f in found] == [
        (8, "exact", "Prozent", "Erhöhung der Löhne (Forderung)"),
        (350, "at_least", "Euro", "Erhöhung der Löhne (Forderung)"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Die Stadt zahlt höchstens jedoch 20 Millionen Euro.", "at_most"),
        ("Der Schaden beträgt mindestens allerdings 3 Millionen Euro.", "at_least"),
    ],
)
def test_bound_behind_a_contrasting_particle(extract: Extract, text: str, qualifier: str) -> None:
    assert [f.qualifier for f in figures(extract, text)] == [qualifier]


def test_change_before_um_is_not_taken_from_another_noun(extract: Extract) -> None:
    found = figures(extract, "Die Preise stiegen im Vergleich zum Vorjahr um 5 Prozent.")
    assert all(f.subject != "Vorjahr" for f in found), [f.subject for f in found]


def test_wage_increase_and_wages_are_one_topic(extract: Extract) -> None:
    """Wage, wage increase and "Lohnerhöhung" are one topic; the demand and the offer on it
    are two (issue 12: they were shown as conflicting claims)."""
    story = (
        "Die Gewerkschaft fordert 6,8 Prozent mehr Lohn.\n\n"
        "Verdi verlangt eine Erhöhung der Löhne um 8 Prozent.\n\n"
        "Die Arbeitgeber bieten eine Lohnerhöhung um 5,5 Prozent an."
    )
    found = figures(extract, story)
    groups = [subject_group(f.subject, f.unit) for f in found]
    assert len(found) == 3
    assert groups[0] == groups[1] and None not in groups, [(f.subject, f.unit) for f in found]
    assert groups[2] != groups[0]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        (
            "Die Einigung koste das Unternehmen rund 45 Millionen Euro, sagte der Finanzchef.",
            "Euro",
            "Kosten der Einigung",
        ),
        (
            "Der Streik werde das Unternehmen drei Millionen Euro kosten.",
            "Euro",
            "Kosten des Streiks",
        ),
        ("Wegen des Defizits von 20 Millionen Euro muss die Stadt sparen.", "Euro", "Defizit"),
        (
            "Es bildeten sich auf den Zufahrtsstraßen Staus von mehr als 20 Kilometern.",
            "Kilometer",
            "Staus",
        ),
        (
            "Die KVB verliert durch den Streik täglich 600.000 Euro an Einnahmen.",
            "Euro",
            "Einnahmen",
        ),
    ],
)
def test_strike_story_subjects(extract: Extract, text: str, unit: str, subject: str) -> None:
    found = figures(extract, text)
    assert [(f.unit, f.subject) for f in found] == [(unit, subject)]


def test_cost_noun_is_no_cost_verb(extract: Extract) -> None:
    found = figures(extract, "Die Kosten bezifferte das Ministerium auf 40 Millionen Euro.")
    assert [f.subject for f in found] == ["Kosten"]


def test_counted_noun_before_a_coordinated_object(extract: Extract) -> None:
    found = figures(extract, "Am Montag nutzten etwa 750.000 Fahrgäste Busse und Bahnen.")
    assert [(f.value, f.unit) for f in found] == [(750_000, "Fahrgast")]
    assert found[0].subject is not None and found[0].subject.startswith("Fahrgäste")
    assert "Fahrgäste Busse" not in found[0].subject


def test_an_amount_after_a_clause_is_not_elided(extract: Extract) -> None:
    text = (
        "Die Tour, die vom Herbst 2005 bis August 2007 dauerte, spülte 558 Millionen Euro "
        "in die Kassen der Band."
    )
    found = [f for f in figures(extract, text) if f.unit == "Euro"]
    assert len(found) == 1 and found[0].subject != "Herbst", [f.subject for f in found]


def test_cost_verb_in_a_relative_clause_takes_no_article_for_a_subject(extract: Extract) -> None:
    text = "Das Paket, das den Staat 120 Milliarden Euro kostet, wurde beschlossen."
    found = figures(extract, text)
    assert [f.unit for f in found] == ["Euro"]
    assert found[0].subject is not None and "Staats" not in found[0].subject


def test_a_rate_is_no_toll(extract: Extract) -> None:
    text = "Die Zahl der Infektionen liegt über dem Maximum von fünf pro 1.000 Patienten."
    assert all(f.value != 5 for f in figures(extract, text))
