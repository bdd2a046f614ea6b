"""Issue 12 on a strike story (session 14): one subject per counted thing, a label before a
colon as the counted noun, a contract's term as a topic, and earnings as what an amount
measures. German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract
from tests.nlp.extract_helpers import figure_with as figure
from tests.nlp.extract_helpers import topic_key as key

# ---------------------------------------------------------------- strikers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Am Montag waren 1.200 Streikende auf der Straße.", "1.200"),
        ("Am Dienstag befanden sich 900 Beschäftigte im Ausstand.", "900"),
        ("Die Gewerkschaft zählte am Mittwoch 700 streikende Fahrer.", "700"),
        ("Nach Angaben von Verdi sind 450 Mitarbeiter im Streik.", "450"),
        ("Rund 2.000 streikende Pflegekräfte zogen vor das Rathaus.", "2.000"),
    ],
)
def test_strikers_are_one_topic_whatever_the_noun(extract: Extract, text: str, number: str) -> None:
    assert key(figure(extract, text, number)) == "Streikende"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Das Unternehmen hat 3.000 Beschäftigte.", "3.000"),
        ("Im Ausland arbeiten 400 Beschäftigte des Konzerns.", "400"),
        ("In der Stadt fahren 250 Fahrer für die Verkehrsbetriebe.", "250"),
    ],
)
def test_a_workforce_without_a_strike_is_no_strikers_count(
    extract: Extract, text: str, number: str
) -> None:
    assert key(figure(extract, text, number)) != "Streikende"


# ---------------------------------------------------------------- a label and a colon


@pytest.mark.parametrize(
    ("text", "number", "unit", "subject"),
    [
        ("Busse im Einsatz: 60.", "60", "Bus", "Busse im Einsatz"),
        ("Die Bilanz des Tages. Verletzte: 12.", "12", "Verletzte", "Verletzte"),
        ("Streikende am Montag: rund 1.200.", "1.200", "Streikende", "Streikende"),
        ("Mitglieder der Gewerkschaft: 12.000, davon 4.000 Frauen.", "12.000", "Mitglied", None),
    ],
)
def test_a_label_before_a_colon_is_what_the_number_counts(
    extract: Extract, text: str, number: str, unit: str, subject: str | None
) -> None:
    found = figure(extract, text, number)
    assert found.unit == unit
    if subject is not None:
        assert found.subject == subject


@pytest.mark.parametrize(
    "text",
    ["Runde: 2.", "Die Verhandlungen gehen weiter. Stufe: 3.", "Platz: 1."],
)
def test_a_rank_or_step_after_a_colon_is_no_figure(extract: Extract, text: str) -> None:
    assert not extract(text).figures


def test_a_clause_before_a_colon_is_no_label(extract: Extract) -> None:
    found = figure(extract, "Die Polizei meldete am Abend: 60 Festnahmen.", "60")
    assert found.unit == "Festnahme"


# ---------------------------------------------------------------- a contract's term


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Der neue Vertrag hat eine Laufzeit von 24 Monaten.", "24"),
        ("Der Abschluss sieht 24 Monate Laufzeit vor.", "24"),
        ("Laufzeit: 24 Monate.", "24"),
        ("Die Laufzeit beträgt zwei Jahre.", "zwei"),
        ("Der Tarifvertrag hat eine Vertragslaufzeit von 18 Monaten.", "18"),
    ],
)
def test_a_term_is_the_topic_of_its_duration(extract: Extract, text: str, number: str) -> None:
    found = figure(extract, text, number)
    assert found.unit in ("Monat", "Jahr")
    assert (key(found) or "").endswith("aufzeit")


def test_the_demand_and_the_offer_of_a_term_are_two_topics(extract: Extract) -> None:
    found = extract(
        "Die Gewerkschaft fordert eine Laufzeit von zwölf Monaten. Die Arbeitgeber bieten "
        "dagegen 24 Monate Laufzeit an."
    ).figures
    assert {key(f) for f in found} == {"Laufzeit (Forderung)", "Laufzeit (Angebot)"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Streik dauerte drei Tage.",
        "Die Verhandlungen zogen sich über 14 Stunden hin.",
        "Die Fahrerin ist 45 Jahre alt.",
    ],
)
def test_other_durations_stay_no_topic(extract: Extract, text: str) -> None:
    assert [key(f) for f in extract(text).figures] == [None]


# ---------------------------------------------------------------- earnings


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        (
            "Fahrerinnen und Fahrer verdienen derzeit 2.900 Euro brutto.",
            "2.900",
            "Verdienst der Fahrerinnen und Fahrer",
        ),
        (
            "Pflegekräfte verdienten im vergangenen Jahr 3.100 Euro.",
            "3.100",
            "Verdienst der Pflegekräfte",
        ),
        ("Die Busfahrer verdienen 2.800 Euro im Monat.", "2.800", "Verdienst der Busfahrer"),
    ],
)
def test_earnings_are_what_the_amount_measures(
    extract: Extract, text: str, number: str, subject: str
) -> None:
    found = figure(extract, text, number)
    assert found.subject == subject
    assert found.source is None  # the article states it; nobody is quoted


def test_a_singular_name_that_earns_is_no_group(extract: Extract) -> None:
    found = figure(extract, "Siemens verdient 2 Milliarden Euro.", "2 Milliarden")
    assert not (found.subject or "").startswith("Verdienst der")


# ---------------------------------------------------------------- gendered pairs


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Am Warnstreik beteiligten sich 700 Fahrerinnen und Fahrer.", "700", "Fahrer"),
        ("Rund 300 Schülerinnen und Schüler nahmen an der Demonstration teil.", "300", "Schüler"),
        ("Die Praxis betreut mehr als 2.000 Patientinnen und Patienten.", "2.000", "Patient"),
        ("Etwa 600.000 Kundinnen oder Kunden haben gekündigt.", "600.000", "Kunde"),
    ],
)
def test_a_gendered_pair_counts_the_plain_noun(
    extract: Extract, text: str, number: str, unit: str
) -> None:
    assert figure(extract, text, number).unit == unit


def test_a_pair_of_two_counts_stays_two(extract: Extract) -> None:
    found = extract("Der Verein hat 300 Spielerinnen und 200 Spieler.").figures
    assert [(f.value, f.unit) for f in found] == [(300, "Spielerin"), (200, "Spieler")]
