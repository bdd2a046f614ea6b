"""A club or a company the article is about is later "der Verein", "das Unternehmen", "die
Airline": as a figure's source that noun means the organisation the article's first sentence
opens with (after its dateline), though the article may never write the noun next to the name
(news_quotes_dev, figure_dev4: "Hertha BSC hat sich … getrennt … Der Verein hatte zuletzt
Schulden von rund 80 Millionen Euro gemeldet"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import source_of

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Bochum - Der VfL Bochum hat sich von seinem Sportdirektor getrennt. Das gab die "
            "Vereinsführung am Abend bekannt.\n\n"
            "Nach Angaben des Vereins liegen die Schulden bei 25 Millionen Euro.",
            25_000_000,
            "VfL Bochum",
        ),
        (
            "Der Chiphersteller Infineon streicht weltweit Stellen. Betroffen sind vor allem "
            "Werke in Asien.\n\n"
            "Der Umsatz sank nach Angaben des Unternehmens im Quartal um 8 Prozent.",
            8,
            "Chiphersteller Infineon",
        ),
        (
            "Hamburg (dpa) - Die Reederei Hapag-Lloyd hat im dritten Quartal weniger verdient.\n\n"
            "Das Unternehmen beförderte nach eigenen Angaben 3,2 Millionen Container.",
            3_200_000,
            "Reederei Hapag-Lloyd",
        ),
    ],
)
def test_the_generic_noun_means_the_organisation_of_the_lead(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the lead opens with an event, not an organisation: nothing to point back to
        (
            "Ein Streik der Piloten hat den Flugverkehr lahmgelegt.\n\n"
            "Die Airline strich nach eigenen Angaben 800 Flüge.",
            800,
            "Airline",
        ),
        # the lead opens with a person: no club for "des Vereins"
        (
            "Trainer Marco Berg hat seinen Vertrag verlängert.\n\n"
            "Nach Angaben des Vereins beträgt die Ablöse 2 Millionen Euro.",
            2_000_000,
            "Verein",
        ),
    ],
)
def test_no_organisation_in_the_lead_leaves_the_noun(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the article opens with an event; the operator it reported through is the company
        (
            "Kiel. Das Hallenbad am Westring bleibt bis Herbst zu. Grund seien Schäden am "
            "Dach, teilte der Betreiber Förde Bäder am Montag mit.\n\n"
            "Im vergangenen Jahr kamen nach Angaben des Unternehmens 62.000 Gäste.",
            62_000,
            "Betreiber Förde Bäder",
        ),
        # a spokeswoman named with her role is a person, not a second organisation
        (
            "Ein Warnstreik hat am Dienstag den Hafen lahmgelegt. Die Zahl der Ausfälle sei "
            "hoch, teilte die Reederei Nordlicht Line mit. „Wir bedauern das“, sagte "
            "Unternehmenssprecherin Wiebke Harms.\n\n"
            "Nach Angaben des Unternehmens fielen bis zum Abend 4.100 Überfahrten aus.",
            4_100,
            "Reederei Nordlicht Line",
        ),
    ],
)
def test_the_one_organisation_reported_before_is_the_company(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source


def test_two_organisations_before_leave_the_noun(extract: Extract) -> None:
    """A market report names several companies: "das Unternehmen" may be either, and the
    wrong one would be worse than the noun."""
    text = (
        "Ein schwacher Handelstag hat den Dax belastet. Der Autobauer Velmar meldete 3 "
        "Prozent weniger Verkäufe. Die Reederei Nordlicht Line beförderte nach eigenen "
        "Angaben 2 Prozent mehr Fracht.\n\n"
        "Nach Angaben des Unternehmens sank der Umsatz um 7 Prozent."
    )
    assert source_of(extract, text, 7) == "Unternehmen"
