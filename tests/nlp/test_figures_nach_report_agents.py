"""A report noun after "nach" names its author in the genitive or a "von" phrase ("Nach
Berechnung des Gerichts", "nach Auswertung der Krankenkasse"): that author is the figure's
source (issue 12: "Der Schaden liegt nach Berechnung des Gerichts bei …" had no source). A
genitive that is what was calculated ("Nach Berechnung der Nebenkosten") names no one. A
hyphenated report noun names its author by its first part ("nach NDR-Recherchen"), unless
that part is no one ("nach Corona-Zahlen").
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def source_of(ex: ArticleExtraction, text: str) -> str | None:
    return next(f for f in ex.figures if text in f.text).source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Nach Berechnung des Landesrechnungshofs fehlen dem Land 2,3 Milliarden Euro.",
            "2,3 Milliarden Euro",
            "Landesrechnungshof",
        ),
        (
            "Im Winter fielen nach Auswertung der Krankenkasse 14 Prozent mehr Fehltage an.",
            "14 Prozent",
            "Krankenkasse",
        ),
        (
            "Nach Erhebung des Statistikamts lebten Ende 2024 rund 1.200 Menschen im Ort.",
            "1.200 Menschen",
            "Statistikamt",
        ),
        (
            "Das Landgericht Köln verhandelt seit Montag gegen einen Bauunternehmer. Der "
            "Schaden liegt nach Berechnung des Gerichts bei rund 4,2 Millionen Euro.",
            "4,2 Millionen Euro",
            "Landgericht Köln",
        ),
    ],
)
def test_the_author_of_a_report_noun_is_the_source(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nach Berechnung der Nebenkosten zahlen Mieter im Schnitt 300 Euro nach.", "300 Euro"),
        ("Nach Auswertung der Unterlagen fehlen im Archiv 45 Akten.", "45 Akten"),
        ("Nach Berechnung der Rente erhalten viele nur 1.100 Euro im Monat.", "1.100 Euro"),
    ],
)
def test_what_was_calculated_is_no_source(extract: Extract, text: str, figure: str) -> None:
    assert source_of(extract(text), figure) is None


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Die Ablöse soll nach BILD-Informationen bei 30 Millionen Euro liegen.",
            "30 Millionen Euro",
            "BILD",
        ),
        (
            "Nach NDR-Recherchen sind in dem Werk 120 Stellen betroffen.",
            "120 Stellen",
            "NDR",
        ),
        (
            "Bei der Razzia wurden nach dpa-Informationen 14 Verdächtige festgenommen.",
            "14 Verdächtige",
            "dpa",
        ),
        (
            "Zur Kundgebung kamen nach Polizei-Schätzungen rund 8.000 Menschen.",
            "8.000 Menschen",
            "Polizei",
        ),
    ],
)
def test_a_hyphenated_report_noun_names_its_author(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source


def test_a_hyphenated_report_noun_of_a_topic_names_no_one(extract: Extract) -> None:
    assert source_of(extract("Nach Corona-Zahlen starben im Mai 300 Menschen."), "300") is None
