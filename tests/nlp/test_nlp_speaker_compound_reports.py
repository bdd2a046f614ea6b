"""A compound report noun names its source in its first part, which German writes with a
linking element: "nach Firmenangaben" is the firm's ("Firma"), "nach Regierungsangaben" the
government's ("Regierung"). Read as written the speakers were "Firmen" and "Regierungs"."""

from __future__ import annotations

import pytest

from bot.nlp.speakers.compounds import compound_part_noun
from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Assistent wird nach Firmenangaben von 400 Praxen eingesetzt.", "Firma"),
        ("Die Reform soll nach Regierungsangaben im Herbst kommen.", "Regierung"),
        ("Nach Gewerkschaftsangaben streikten am Montag 3.000 Beschäftigte.", "Gewerkschaft"),
        ("Unternehmensangaben zufolge sind rund 3.200 Konten betroffen.", "Unternehmen"),
        ("Die Halle war nach Vereinsangaben ausverkauft.", "Verein"),
        ("Bei dem Brand wurden nach Behördenangaben drei Menschen verletzt.", "Behörden"),
        ("Bei dem Brand wurden nach Polizeiangaben drei Menschen verletzt.", "Polizei"),
    ],
)
def test_a_compound_report_noun_names_its_source_as_a_noun(
    extract: Extract, text: str, speaker: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind) == (speaker, "according_to")


@pytest.mark.parametrize(
    ("part", "noun"),
    [
        ("Firmen", "Firma"),
        ("Regierungs", "Regierung"),
        ("Universitäts", "Universität"),
        ("Unternehmens", "Unternehmen"),
        # plurals stay plurals: many speak
        ("Behörden", "Behörden"),
        ("Medien", "Medien"),
        ("Experten", "Experten"),
        # names and words without a linking element stay as written
        ("Polizei", "Polizei"),
        ("UNO", "UNO"),
        ("Klinik", "Klinik"),
    ],
)
def test_the_linking_element_goes(part: str, noun: str) -> None:
    assert compound_part_noun(part) == noun
