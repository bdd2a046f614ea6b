"""One article's counts of one noun are one subject unless the text tells them apart (issue
12): on the gnqa articles ingested as one corpus, one article's "Superdelegierte" stood under
"(CNN)", "(Parteitag)" and bare, its Wikipedia "Artikel" under "(Marke)", "(Version)" and
"(Wikipedia)". German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from bot.nlp.figures.subjects import subject_group


def _subjects(extract: Extract, text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in extract(text).figures}


def test_a_bracket_only_one_count_has_is_no_scope_of_its_own(extract: Extract) -> None:
    text = (
        "Die Partei hat 800 Superdelegierte. Nach Angaben des Senders CNN haben sich "
        "bereits 300 Superdelegierte festgelegt."
    )
    subjects = _subjects(extract, text)
    assert subjects["800 Superdelegierte"] == subjects["300 Superdelegierte"], subjects


def test_counts_that_all_carry_a_bracket_take_the_first_ones(extract: Extract) -> None:
    text = (
        "Die Stadtbibliothek besitzt 40.000 Bücher. Die Marke von 50.000 Büchern will sie "
        "bis 2026 erreichen."
    )
    subjects = _subjects(extract, text)
    assert set(subjects.values()) == {"Bücher (Stadtbibliothek)"}, subjects


def test_a_count_without_its_own_place_joins_the_written_one(extract: Extract) -> None:
    text = (
        "Rund 2,8 Millionen Kinder in Deutschland gelten als arm. In Deutschland wächst damit "
        "jedes fünfte Kind in Armut auf.\n\nNach der Statistik sind 1,7 Millionen Kinder "
        "betroffen."
    )
    subjects = _subjects(extract, text)
    assert set(subjects.values()) == {"Kinder in Deutschland"}, subjects


def test_names_that_set_counts_apart_stay(extract: Extract) -> None:
    subjects = _subjects(extract, "Tim Duncan holte 12 Rebounds. Lebron James kam auf 9 Rebounds.")
    assert subjects == {
        "12 Rebounds": "Rebounds (Tim Duncan)",
        "9 Rebounds": "Rebounds (Lebron James)",
    }


def test_written_attachments_and_different_nouns_stay_apart(extract: Extract) -> None:
    text = (
        "Der Verein zählt 900 Mitglieder. Auf der Versammlung stimmten 700 Mitglieder für "
        "den Vorstand. Zudem hat der Verein 40 Trainer."
    )
    subjects = _subjects(extract, text)
    assert subjects["700 Mitglieder"] == "Mitglieder auf der Versammlung", subjects
    groups = {subject_group(s, None) for s in subjects.values()}
    assert len(groups) == 3, subjects


def test_people_of_two_sentences_are_not_made_one(extract: Extract) -> None:
    text = (
        "Eine Million Menschen ist von der Hungersnot bedroht. Die Polizei nahm 20 Menschen fest."
    )
    subjects = _subjects(extract, text)
    assert len(set(subjects.values())) == 2, subjects


@pytest.mark.parametrize(
    ("text", "number", "noise"),
    [
        ("Die Armee schickte 400 Soldaten in den nächsten Wochen an die Grenze.", "400", "Wochen"),
        ("Im Hafen wurden 300 Container in Tonnen gewogen.", "300", "Tonnen"),
        ("Nach den Regeln kommen 20 Superdelegierte aus jedem Bundesstaat hinzu.", "20", "jedem"),
        ("Zum Fest kamen 5.000 Besucher aus allen Bundesländern.", "5.000", "allen"),
    ],
)
def test_an_attachment_naming_a_unit_a_time_or_every_one_is_no_scope(
    extract: Extract, text: str, number: str, noise: str
) -> None:
    [figure] = [f for f in extract(text).figures if number in f.text]
    assert figure.subject is not None and noise not in figure.subject, figure.subject


def test_an_attachment_that_names_an_owner_stays(extract: Extract) -> None:
    [figure] = extract("Im Jahr 2023 arbeiteten 300 Ärzte im Klinikum Nord.").figures
    assert figure.subject == "Ärzte im Klinikum Nord"
