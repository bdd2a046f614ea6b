"""A count whose things are in a state ("ohne Strom", "ohne Wasser") is a topic under that
state (issue 12): "laut Netzbetreiber noch 52.000 Haushalte ohne Strom" was stored as bare
"Haushalte", no topic, and "Haushalte in Schleswig-Holstein" and "Haushalte (Versorgung)"
became two topics for one count. German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, figure_with, topic_key


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Laut Netzbetreiber sind noch 52.000 Haushalte ohne Strom.", "52.000"),
        ("Am Morgen waren rund 80.000 Haushalte in Schleswig-Holstein ohne Strom.", "80.000"),
        ("Nach Angaben der Stadtwerke hatten 12.000 Haushalte am Abend keinen Strom.", "12.000"),
        ("In Kiel blieben 3.400 Haushalte bis zum Mittag ohne Stromversorgung.", "3.400"),
        ("Weil der Sturm Leitungen zerstört hatte, waren 9.000 Haushalte ohne Strom.", "9.000"),
    ],
)
def test_households_without_power_are_one_topic_whatever_the_place(
    extract: Extract, text: str, number: str
) -> None:
    f = figure_with(extract, text, number)
    assert topic_key(f) == "Haushalt ohne Strom", (f.subject, f.unit)
    assert (f.subject or "").endswith("ohne Strom"), f.subject


def test_the_subject_keeps_the_place_the_article_names(extract: Extract) -> None:
    f = figure_with(
        extract, "Laut Netzbetreiber sind noch 31.000 Haushalte in Flensburg ohne Strom.", "31.000"
    )
    assert f.subject == "Haushalte in Flensburg ohne Strom"


def test_different_things_and_states_stay_apart(extract: Extract) -> None:
    text = (
        "In der Region waren 20.000 Haushalte ohne Strom. Rund 45.000 Menschen waren ohne "
        "Strom, teilte der Kreis mit. In Lübeck waren 5.000 Haushalte ohne Wasser."
    )
    keys = {f.text: topic_key(f) for f in extract(text).figures}
    assert keys["20.000 Haushalte"] == "Haushalt ohne Strom", keys
    assert keys["Rund 45.000 Menschen"] == "Mensch ohne Strom", keys
    assert keys["5.000 Haushalte"] == "Haushalt ohne Wasser", keys


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a concept of its own keeps its topic, the state is no part of it
        ("Bei dem Sturm wurden 14 Menschen verletzt, die Klinik war ohne Strom.", "14"),
        ("Zwei Menschen starben, als ihr Haus ohne Strom war.", "Zwei"),
    ],
)
def test_a_state_of_something_else_is_no_state_of_the_count(
    extract: Extract, text: str, number: str
) -> None:
    f = figure_with(extract, text, number)
    assert "Strom" not in (topic_key(f) or ""), (f.subject, topic_key(f))


def test_households_supplied_with_power_are_not_without_it(extract: Extract) -> None:
    f = figure_with(extract, "Der Versorger beliefert 80.000 Haushalte mit Strom.", "80.000")
    assert "ohne" not in (topic_key(f) or ""), f.subject
