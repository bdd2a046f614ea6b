"""A figure in a physical unit (Meter, PS, Kilogramm) measures a dimension of the thing its
clause names, never counts that thing (issue 12: "Autofahrer: mehr als 50 Meter", "LKW: 20
Meter", "ansässige Firma: 1.000 PS" were /figures topics). German sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.measured import dimension_of
from bot.nlp.figures.subjects import subject_group


def _extract(extractor: Extractor, sentence: str) -> ArticleExtraction:
    paras = (Paragraph(sentence, "report"),)
    return extractor.extract(ParsedArticle("a.txt", "a.txt", "Meldung", None, None, paras, "0"))


def _figure(extractor: Extractor, sentence: str, number: str) -> tuple[str | None, str | None]:
    figure = next(f for f in _extract(extractor, sentence).figures if number in f.text)
    return figure.subject, figure.unit


@pytest.mark.parametrize(
    ("sentence", "number", "subject"),
    [
        (
            "Ein Lastwagen stürzte am Dienstag in Kassel rund 20 Meter in die Tiefe.",
            "20",
            "Länge (Lastwagen)",
        ),
        (
            "Der Elefant im Zoo wiegt 4.000 Kilogramm.",
            "4.000",
            "Gewicht (Elefant im Zoo)",
        ),
        (
            "Der Orkan zog mit 140 Kilometern pro Stunde über die Küste.",
            "140",
            "Geschwindigkeit (Orkan)",
        ),
        ("Der Wagen rollte 30 Meter weit und prallte gegen eine Mauer.", "30", "Entfernung"),
        ("Ein 56 Meter hohes Riesenrad steht auf dem Marktplatz.", "56", "Höhe"),
        ("Die Brücke über den Fluss ist 300 Meter lang.", "300", "Länge"),
    ],
)
def test_a_physical_measure_is_a_dimension_and_no_topic(
    extractor: Extractor, sentence: str, number: str, subject: str
) -> None:
    found, unit = _figure(extractor, sentence, number)
    assert found == subject
    assert subject_group(found, unit) is None  # never "Lastwagen: 20 Meter" in /figures


def test_a_power_names_its_owner_as_what_has_it(extractor: Extractor) -> None:
    found, _unit = _figure(
        extractor, "Die Firma aus Bremen baut einen Motor mit 1.000 PS.", "1.000"
    )
    assert found == "Leistung (Firma aus Bremen)"
    assert subject_group(found, _unit) is None  # a power alone joins unrelated machines


@pytest.mark.parametrize(
    ("sentence", "number", "subject"),
    [
        ("Der Pegel der Elbe erreichte am Morgen 6,12 Meter.", "6,12", "Pegel der Elbe"),
        (
            "Die Höchstgeschwindigkeit des Zuges beträgt 300 Kilometer pro Stunde.",
            "300",
            "Höchstgeschwindigkeit des Zuges",
        ),
        ("In Valencia fielen am Dienstag 120 Liter Regen.", "120", "Regen"),
        ("Die Deponie nahm 200.000 Tonnen Gewerbemüll auf.", "200.000", "Gewerbemüll"),
    ],
)
def test_a_phrase_that_names_what_is_measured_stays(
    extractor: Extractor, sentence: str, number: str, subject: str
) -> None:
    assert _figure(extractor, sentence, number)[0] == subject


def test_amounts_of_money_keep_their_subject() -> None:
    assert dimension_of("Konzern", "Euro") == "Konzern"
    assert dimension_of("Wahlbeteiligung", "Prozent") == "Wahlbeteiligung"


def test_the_dimension_keeps_the_context_in_brackets() -> None:
    assert dimension_of("Tiefdruckgebiet (Orkantief)", "Kilometer") == (
        "Länge (Tiefdruckgebiet) (Orkantief)"
    )
    assert dimension_of("Tiefdruckgebiet", "Kilometer", per_hour=True) == (
        "Geschwindigkeit (Tiefdruckgebiet)"
    )
    assert dimension_of("Leistungsdichte bei der Windkraft", "Megawatt") == (
        "Leistungsdichte bei der Windkraft"
    )
