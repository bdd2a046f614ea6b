"""A compound of "Zahl" counts its first part: "Die Passagierzahlen der Lufthansa stiegen auf
3,2 Millionen" reports passengers as "Die Zahl der Passagiere" does (issue 12: a figure
without unit and subject is listed under no topic). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.figures.count_compounds import counted_noun
from bot.nlp.figures.lemmas import table_lemmatize

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("word", "counted"),
    [
        ("Passagierzahlen", ("Passagier", "Passagiere")),
        ("Besucherzahl", ("Besucher", "Besucher")),
        ("Flüchtlingszahlen", ("Flüchtling", "Flüchtlinge")),  # linking s
        ("Bettenzahl", ("Bett", "Betten")),  # the first part is the plural
        ("Fallzahlen", ("Fall", "Fälle")),
        ("Todeszahl", ("Tote", "Tote")),  # lexicon row
        ("Quartalszahlen", None),  # results, no count of quarters
        ("Reproduktionszahl", None),  # a rate
        ("Postleitzahl", None),
        ("Gesamtzahl", None),  # no noun before "zahl"
        ("Zahl", None),
        ("Corona-Zahlen", None),
    ],
)
def test_counted_noun_of_a_zahl_compound(word: str, counted: tuple[str, str] | None) -> None:
    assert counted_noun(word, table_lemmatize()) == counted


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        (
            "Die Passagierzahlen der Lufthansa stiegen im Sommer auf 3,2 Millionen.",
            "Passagier",
            "Passagiere der Lufthansa",
        ),
        ("Die Besucherzahl lag am Sonntag bei rund 40.000.", "Besucher", "Besucher"),
        ("Die Einwohnerzahl der Stadt wuchs auf 120.000.", "Einwohner", "Einwohner der Stadt"),
        ("Im Mai sank die Fallzahl in Bayern auf 512.", "Fall", "Fälle in Bayern"),
    ],
)
def test_bare_number_after_a_zahl_compound_counts_its_first_part(
    extract: Extract, text: str, unit: str, subject: str
) -> None:
    (figure,) = extract(text).figures
    assert (figure.unit, figure.subject) == (unit, subject)


@pytest.mark.parametrize(
    "text",
    [
        "Die Reproduktionszahl lag zuletzt bei 1,2.",
        "Die Quartalszahlen des Konzerns fielen mit 4,1 schwächer aus.",
    ],
)
def test_zahl_compounds_that_count_nothing_give_no_unit(extract: Extract, text: str) -> None:
    assert all(f.unit is None for f in extract(text).figures)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Die Studierendenzahl erreichte 2024 einen Höchststand von 2,9 Millionen.", "Studierende"),
        ("Die Zahl der Pendler erreichte im Mai mit 40.000 einen Rekordwert.", "Pendler"),
    ],
)
def test_a_record_says_no_owner_of_the_count(extract: Extract, text: str, subject: str) -> None:
    """ "Höchststand", "Rekordwert" frame the count (lexicons/figure_non_topics.tsv): in brackets
    they split one topic in two ("Studierende (Höchststand)" beside "Studierende")."""
    (figure,) = extract(text).figures
    assert figure.subject == subject
