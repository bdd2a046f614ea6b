"""An according-to marker in a figure's clause says who told the number; a report verb in the
same clause says who acts ("Nach Angaben der Polizei ermitteln die Behörden gegen 12
Verdächtige": the police told it). Issue 12: the marker beats the verb's subject however near
the verb stands to the number. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.source) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Nach Angaben der Polizei ermitteln die Behörden gegen 12 Verdächtige.", 12, "Polizei"),
        (
            "Laut Gesundheitsamt meldeten die Kliniken im Oktober 240 neue Fälle.",
            240,
            "Gesundheitsamt",
        ),
        # the marker after the verb, in the middle of the clause
        (
            "Die Schulen zählten nach Angaben des Kultusministeriums zuletzt 1.800 offene Stellen.",
            1800,
            "Kultusministerium",
        ),
        # perfect tense, an organisation after "zufolge"
        (
            "Dem Deutschen Roten Kreuz zufolge haben die Helfer bislang 430 Menschen registriert.",
            430,
            "Deutsches Rotes Kreuz",
        ),
    ],
)
def test_the_clause_marker_beats_the_report_verb(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert (value, source) in sources(extract, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no marker in the clause: the report verb's subject reports
        ("Die Feuerwehr zählte am Abend 35 Einsätze.", [(35, "Feuerwehr")]),
        # the marker stands in another clause: each clause keeps its own source
        (
            "Laut Polizei waren es 2.000 Teilnehmer, die Veranstalter zählten 6.000.",
            [(2000, "Polizei"), (6000, "Veranstalter")],
        ),
    ],
)
def test_a_report_verb_without_a_marker_in_its_clause_keeps_its_subject(
    extract: Extract, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sources(extract, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report noun with its author in the genitive: the author, not the document
        ("Dem Bericht der Kommission zufolge fehlen 14 Milliarden Euro.", [(14e9, "Kommission")]),
        ("Der Polizei zufolge waren 18 Fahrzeuge beteiligt.", [(18, "Polizei")]),
    ],
)
def test_an_article_before_zufolge(
    extract: Extract, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sources(extract, text) == expected
