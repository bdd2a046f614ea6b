"""Survey shares on news text (issue 12): a survey named with adjectives before its noun ("In
einer neuen Umfrage des Instituts Forsa kommt die Union auf 29 Prozent") names its owner as the
source of the shares in its sentence, and a share of the respondents ("Mehr als die Hälfte der
Befragten …") is the survey's answer whatever its verb, so the source is the survey the article
named, never a word of the sentence ("Knapp"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[float, str | None]]:
    return [(round(f.value, 3), f.source) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In einer neuen Umfrage des Instituts Insa kommt die SPD auf 17 Prozent.",
            [(17, "Institut Insa")],
        ),
        (
            "In der jüngsten repräsentativen Befragung der Techniker Krankenkasse nannten "
            "42 Prozent Stress als Grund.",
            [(42, "Techniker Krankenkasse")],
        ),
    ],
)
def test_a_survey_with_adjectives_names_its_owner(
    extract: Extract, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sources(extract, text) == expected


def test_respondents_answer_the_survey_the_article_named(extract: Extract) -> None:
    text = (
        "Das Meinungsforschungsinstitut Civey hat eine Umfrage zur Bahn veröffentlicht. "
        "In der Umfrage des Instituts Civey bewerten 61 Prozent die Bahn als unzuverlässig.\n\n"
        "Knapp ein Drittel der Befragten fährt trotzdem täglich mit dem Zug. "
        "Mehr als die Hälfte der Befragten hält die Preise für zu hoch."
    )
    found = sources(extract, text)
    assert [s for v, s in found if v in (0.333, 0.5)] == ["Institut Civey", "Institut Civey"]


def test_a_share_of_other_people_is_no_survey_answer(extract: Extract) -> None:
    # no survey and no respondents: the marker of the sentence decides
    text = "Laut Statistischem Bundesamt war knapp ein Drittel der Beschäftigten in Teilzeit."
    assert sources(extract, text) == [(0.333, "Statistisches Bundesamt")]


def test_respondents_of_a_survey_named_after_them(extract: Extract) -> None:
    text = "Die Hälfte der Befragten will im Sommer verreisen, ergab eine Umfrage des ADAC."
    assert sources(extract, text) == [(0.5, "ADAC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In einer aktuellen Studie kommen Forscher der Universität Bonn zu dem Ergebnis, "
            "dass 30 Prozent der Jugendlichen rauchen.",
            [(30, "Forscher der Universität Bonn")],
        ),
        (
            "In der jüngsten Erhebung meldete das Statistische Bundesamt eine Quote von 5,3 "
            "Prozent.",
            [(5.3, "Statistisches Bundesamt")],
        ),
    ],
)
def test_an_ownerless_survey_leaves_the_reporter(
    extract: Extract, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sources(extract, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rund 40 Prozent der Befragten halten die Reform für falsch, teilte die "
            "Krankenkasse mit.",
            [(40, "Krankenkasse")],
        ),
        (
            "Die AOK hat 2.000 Versicherte befragt. 40 Prozent der Befragten fühlen sich "
            "gestresst, sagte AOK-Chefin Anna Weber.",
            # the surveyor reports how many it asked ("befragt", a measuring verb)
            [(2000, "AOK"), (40, "Anna Weber")],
        ),
    ],
)
def test_a_reporter_of_the_sentence_beats_an_earlier_survey(
    extract: Extract, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sources(extract, text) == expected
