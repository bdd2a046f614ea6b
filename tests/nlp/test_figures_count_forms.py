"""A count's subject names the counted things in the plural, whatever their number, and a
count of those who receive something carries no kind of what they receive (issue 12:
"Polizist (in Bremen)", "Besucher am Sonnabend (Angebot)" on the gnqa articles ingested as
one corpus). German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from bot.nlp.figures.counted import plural_of
from bot.nlp.figures.lemmas import table_lemmatize


def _subjects(extract: Extract, text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract(text).figures}


def test_one_counted_thing_is_named_in_the_plural(extract: Extract) -> None:
    text = (
        "Bei dem Einsatz in Bremen wurde 1 Polizist verletzt. Zuvor waren 3 Polizisten "
        "verletzt worden."
    )
    subjects = _subjects(extract, text)
    assert subjects["1 Polizist"] == subjects["3 Polizisten"], subjects
    assert subjects["1 Polizist"].startswith("Polizisten "), subjects


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("Polizist", "Polizisten"),
        ("Haus", "Häuser"),
        ("Kind", "Kinder"),
        ("Schiff", "Schiffe"),
        ("Auto", "Autos"),
        ("Frau", "Frauen"),
        ("Lehrer", "Lehrer"),
        ("Verletzter", "Verletzte"),
        ("Baum", "Bäume"),
    ],
)
def test_plural_of_a_singular_noun(singular: str, plural: str) -> None:
    assert plural_of(singular, table_lemmatize()) == plural


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Der Zoo bietet am Sonnabend 3.000 Besuchern freien Eintritt.", "3.000"),
        ("Die Stadt bietet 40 Kindern einen Platz in der Kita.", "40"),
    ],
)
def test_a_count_of_recipients_is_no_offer(extract: Extract, text: str, number: str) -> None:
    [figure] = [f for f in extract(text).figures if number in f.text]
    assert figure.subject is not None
    assert "(Angebot)" not in figure.subject and "Sonnabend" not in figure.subject, figure
    assert figure.source is None, figure


def test_an_offered_amount_keeps_its_kind(extract: Extract) -> None:
    [figure] = extract("Die Arbeitgeber bieten 5,5 Prozent mehr Lohn.").figures
    assert figure.subject == "Lohn (Angebot)"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Die Besucherzahl erreichte am Sonntag mit 12.000 ihren Höhepunkt.", "Besucher"),
        ("Der Klub feierte mit 800 seinen Aufstieg.", None),
        ("Mehr als 40.000 ihrer Mitglieder legten die Arbeit nieder.", "Mitglied"),
    ],
)
def test_a_possessive_after_a_number_opens_another_noun_phrase(
    extract: Extract, text: str, unit: str | None
) -> None:
    """After "mit 12.000", "ihren Höhepunkt": the possessive starts the object, the number counts no
    "Höhepunkt"; "40.000 ihrer Mitglieder" (a genitive) counts the members."""
    (figure,) = extract(text).figures
    assert figure.unit == unit
