"""Issue 12 on a court trial story (session 15): gendered forms count the plain noun, a group
whose clause says it strikes or protests counts strikers or protesters, and an amount keeps
its subject whatever its article's title names. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.models import Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.lemmas import table_lemmatize
from bot.nlp.figures.nouns import plain_noun
from bot.nlp.figures.subjects import subject_group
from tests.nlp.extract_helpers import Extract
from tests.nlp.extract_helpers import figure_with as figure
from tests.nlp.extract_helpers import topic_key as key

# ---------------------------------------------------------------- gendered forms


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("Schüler*innen", "Schüler"),
        ("Schüler:innen", "Schüler"),
        ("Lehrer_innen", "Lehrer"),
        ("SchülerInnen", "Schüler"),
        ("Mitarbeiter*in", "Mitarbeiter"),
        ("Ärzt*innen", "Ärzte"),
        ("Kolleg:innen", "Kollegen"),
        ("Student/innen", "Studenten"),
        ("Patient*innen", "Patienten"),
        # no gender mark: as written
        ("Lehrerinnen", "Lehrerinnen"),
        ("Berlin", "Berlin"),
        ("Innen", "Innen"),
    ],
)
def test_a_gendered_form_reads_as_its_plain_plural(word: str, plain: str) -> None:
    assert plain_noun(word, table_lemmatize()) == plain


@pytest.mark.parametrize(
    ("text", "number", "unit", "noun"),
    [
        ("Am Montag fehlten 30 Schüler*innen im Unterricht.", "30", "Schüler", "Schüler"),
        ("Zur Versammlung kamen 45 Lehrer_innen.", "45", "Lehrer", "Lehrer"),
        ("Die Schule hat 12 neue Lehrer:innen eingestellt.", "12", "Lehrer", "Lehrer"),
        ("In der Klinik arbeiten 80 Ärzt*innen.", "80", "Arzt", "Ärzte"),
        ("Die Universität zählt 9.000 Student/innen.", "9.000", "Student", "Studenten"),
        ("Befragt wurden 500 SchülerInnen.", "500", "Schüler", "Schüler"),
    ],
)
def test_a_gendered_count_has_the_plain_unit_and_subject(
    extract: Extract, text: str, number: str, unit: str, noun: str
) -> None:
    f = figure(extract, text, number)
    assert f.unit == unit, f
    assert f.subject is not None and f.subject.split()[0] == noun, f
    assert "innen" not in f.subject.lower(), f


def test_a_colon_before_a_new_sentence_is_no_gender_mark(extract: Extract) -> None:
    text = "Dann folgten die drei anderen Tore: In der 70. Minute fiel das 0:2."
    f = figure(extract, text, "drei")
    assert f.unit == "Tor" and ":" not in (f.subject or ""), f


# ---------------------------------------------------------------- what a group does


@pytest.mark.parametrize(
    ("text", "number", "concept"),
    [
        ("In Bremen streikten am Donnerstag 700 Fahrer der Verkehrsbetriebe.", "700", "Streikende"),
        (
            "Rund 1.500 Pflegekräfte haben am Mittwoch die Arbeit niedergelegt.",
            "1.500",
            "Streikende",
        ),
        (
            "Nach Angaben von Verdi beteiligten sich 900 Beschäftigte am Ausstand.",
            "900",
            "Streikende",
        ),
        ("Seit Montag streiken 250 Kolleg:innen der Stadtwerke.", "250", "Streikende"),
        ("Weil 400 Piloten streikten, blieben die Maschinen am Boden.", "400", "Streikende"),
        ("Vor dem Rathaus protestierten 40 Ärzt*innen gegen die Reform.", "40", "Demonstranten"),
    ],
)
def test_a_group_that_strikes_or_protests_is_counted_as_such(
    extract: Extract, text: str, number: str, concept: str
) -> None:
    f = figure(extract, text, number)
    assert f.subject is not None and f.subject.startswith(f"{concept} ("), f
    assert (key(f) or "").startswith(concept), f


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Verdi rief 700 Fahrer der Verkehrsbetriebe zum Streik auf.", "700"),
        ("Weil die Fahrer streikten, fielen am Montag 300 Busse aus.", "300"),
        ("Mit 300 Traktoren demonstrierten die Bauern in Berlin.", "300"),
        ("An 40 Standorten wurde am Dienstag gestreikt.", "40"),
        ("Die Verkehrsbetriebe beschäftigen 700 Fahrer.", "700"),
    ],
)
def test_a_count_the_act_is_not_about_keeps_its_noun(
    extract: Extract, text: str, number: str
) -> None:
    f = figure(extract, text, number)
    assert key(f) not in ("Streikende", "Demonstranten (Protest)"), f
    assert not (f.subject or "").startswith(("Streikende", "Demonstranten")), f


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Keiner der 300 Fahrer streikte am Montag.", "300"),
        ("Die 40 Pfleger der Station streikten am Montag nicht.", "40"),
    ],
)
def test_a_group_that_did_not_strike_is_no_strikers_count(
    extract: Extract, text: str, number: str
) -> None:
    f = figure(extract, text, number)
    assert key(f) != "Streikende", f


# ---------------------------------------------------------------- an amount and its title


def titled(extractor: Extractor, title: str, text: str) -> list[Figure]:
    article = ParsedArticle("t.txt", "t.txt", title, None, None, (Paragraph(text),), "0")
    return list(extractor.extract(article).figures)


@pytest.mark.parametrize(
    "title",
    [
        "Urteil: Bauunternehmer muss vier Jahre in Haft",
        "Prozess gegen Bauunternehmer beginnt in Bremen",
    ],
)
def test_a_damage_amount_takes_no_place_from_its_title(extractor: Extractor, title: str) -> None:
    text = "Die Kammer sah einen Schaden von 3,9 Millionen Euro als erwiesen an."
    [f] = [f for f in titled(extractor, title, text) if f.unit == "Euro"]
    assert f.subject == "Schaden", f
    assert key(f) == subject_group("Schaden", "Euro")


def test_the_actual_damage_is_the_damage(extract: Extract) -> None:
    text = (
        "Der tatsächliche Schaden liege bei 3,8 Millionen Euro, sagte die Verteidigerin. "
        "Die Anklage beziffert den entstandenen Schaden auf 4,2 Millionen Euro."
    )
    found = extract(text).figures
    assert {key(f) for f in found} == {subject_group("Schaden", "Euro")}, found
