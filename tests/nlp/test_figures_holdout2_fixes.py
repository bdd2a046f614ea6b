"""Figure defects the second held-out set (tests/data/figure_holdout2) showed, on German
sentences written for these tests: shares written as words ("ein Drittel", "die Hälfte"),
"siebeneinhalb", an acronym in brackets after a source, and an amount's words read as a
source."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure

Extract = Callable[..., ArticleExtraction]


def figures(extract: Extract, text: str) -> list[Figure]:
    return list(extract(text).figures)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das Robert Koch-Institut (RKI) registrierte 2.340 Grippefälle.", "Robert Koch-Institut"),
        (
            "Bis Oktober stellten 142.300 Menschen einen Antrag, wie das Bundesamt für Migration "
            "und Flüchtlinge (BAMF) mitteilte.",
            "Bundesamt für Migration und Flüchtlinge",
        ),
        (
            "Die Zahl der Arbeitslosen stieg um 12.000, teilte die Bundesagentur für Arbeit (BA) mit.",
            "Bundesagentur für Arbeit",
        ),
        ("Im Oktober kamen 300 Anträge hinzu, wie die Behörde in Nürnberg mitteilte.", "Behörde"),
    ],
)
def test_source_with_its_acronym_in_brackets(extract: Extract, text: str, source: str) -> None:
    assert [f.source for f in figures(extract, text)] == [source]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("Ein Drittel der Impfdosen blieb ungenutzt.", 1 / 3, "exact", "Drittel"),
        ("Zwei Drittel der Befragten lehnen den Plan ab.", 2 / 3, "exact", "Drittel"),
        ("Nur etwa die Hälfte der Fahrgäste legt einen Gurt an.", 0.5, "approx", "Hälfte"),
        (
            "Die Firma plant bei knapp einem Viertel ihrer Filialen Schließungen.",
            0.25,
            "approx",
            "Viertel",
        ),
        ("Bis zu ein Zehntel des Geldes ging an Betrüger.", 0.1, "at_most", "Zehntel"),
        ("Die Zahl der Anträge ging um ein Fünftel zurück.", 0.2, "exact", "Fünftel"),
    ],
)
def test_shares_written_as_fractions(
    extract: Extract, text: str, value: float, qualifier: str, unit: str
) -> None:
    [found] = figures(extract, text)
    assert found.value == pytest.approx(value)
    assert (found.qualifier, found.unit) == (qualifier, unit)


def test_a_fraction_after_years_is_the_only_figure(extract: Extract) -> None:
    found = figures(extract, "Der Absatz stieg im Zeitraum von 2001 bis 2005 um ein Drittel.")
    assert [(round(f.value, 3), f.unit) for f in found] == [(0.333, "Drittel")]


@pytest.mark.parametrize(
    "text",
    [
        "In der zweiten Hälfte des Jahres sank der Absatz.",
        "Das Viertel rund um den Bahnhof gilt als teuer.",
    ],
)
def test_no_fraction_in_a_time_or_a_neighbourhood(extract: Extract, text: str) -> None:
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Anklage forderte siebeneinhalb Jahre Haft.", 7.5),
        ("Der Umbau kostete eineinhalb Millionen Euro.", 1_500_000),
        ("Die Strecke ist anderthalb Kilometer lang.", 1.5),
    ],
)
def test_a_number_and_a_half_in_one_word(extract: Extract, text: str, value: float) -> None:
    assert [f.value for f in figures(extract, text)] == [value]


def test_an_amounts_words_are_no_source(extract: Extract) -> None:
    found = figures(
        extract,
        "Bund und Länder hatten den Kommunen für dieses Jahr 3,75 Mrd. Euro zugesagt; pro Kopf "
        "sind das 800 Euro.",
    )
    assert [f.source for f in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("Bei dem Unfall wurden 31 Menschen verletzt, sieben von ihnen schwer.", 7, "Mensch"),
        ("Die Polizei nahm 40 Demonstranten fest, zwei davon sind minderjährig.", 2, "Demonstrant"),
    ],
)
def test_a_number_word_counting_a_part_of_a_count_before(
    extract: Extract, text: str, part: int, unit: str
) -> None:
    found = {f.value: f for f in figures(extract, text)}
    assert found[part].unit == unit


def test_a_number_word_with_a_partitive_but_no_count_before_is_no_figure(extract: Extract) -> None:
    assert figures(extract, "Zwei von ihnen sagten, sie hätten nichts gesehen.") == []
