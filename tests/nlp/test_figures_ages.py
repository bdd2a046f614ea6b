"""An age ("der 46-Jährige", "ein 29 Jahre alter Mann") is a figure with unit Jahr, and the
writer's description of a person: no source reported it, even in a sentence with a report verb
or marker, where the other figures keep theirs. The figure gold sets annotate ages so (issue
12). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ein 46-jähriger Mann wurde festgenommen, teilte die Polizei am Montag mit.", 46),
        ("Laut Staatsanwaltschaft hatte der 29-Jährige das Geld bereits ausgegeben.", 29),
        ("Die 61 Jahre alte Fahrerin sei leicht verletzt worden, sagte ein Sprecher.", 61),
    ],
)
def test_an_age_has_no_source(extract: Extract, text: str, age: int) -> None:
    figures = extract(text).figures
    assert [(f.value, f.unit, f.source) for f in figures if f.unit == "Jahr"] == [
        (age, "Jahr", None)
    ]


def test_the_other_figures_of_the_sentence_keep_their_source(extract: Extract) -> None:
    text = "Der 52-Jährige soll nach Angaben der Polizei 14 Autos beschädigt haben."
    found = [(f.value, f.source) for f in extract(text).figures]
    assert found == [(52, None), (14, "Polizei")]


def test_a_duration_in_years_keeps_its_source(extract: Extract) -> None:
    text = "Laut Staatsanwaltschaft drohen dem Angeklagten bis zu zehn Jahre Haft."
    assert [(f.value, f.source) for f in extract(text).figures] == [(10, "Staatsanwaltschaft")]


def test_a_predicative_age_is_a_statement_and_keeps_its_source(extract: Extract) -> None:
    text = "Der Täter sei zwischen 18 und 25 Jahre alt, teilte die Polizei mit."
    assert [(f.unit, f.source) for f in extract(text).figures] == [("Jahr", "Polizei")]
