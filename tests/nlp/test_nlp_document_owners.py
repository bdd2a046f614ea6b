""" "…, heißt es in der Warnung": a document named without its author is the text of the
source quoted just before it (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Deutsche Wetterdienst warnt vor Glätte auf den Straßen. Im Bergland seien "
            "bis zu 30 Zentimeter Neuschnee möglich, heißt es in der Warnung. "
            "Autofahrer sollten Winterreifen nutzen.",
            "Deutscher Wetterdienst",
        ),
        (
            "Die Polizei sagte, die Autobahn sei wieder frei. Später hieß es in einer "
            "Mitteilung, der Unfallfahrer sei gefasst.",
            "Polizei",
        ),
    ],
)
def test_the_ownerless_document_is_the_text_of_the_source_before(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert len(quotes) >= 2
    assert {q.speaker for q in quotes} == {speaker}


def test_a_document_with_its_author_keeps_that_author(extract: Extract) -> None:
    text = (
        "Die Polizei sagte, die Autobahn sei wieder frei. "
        "Der Fahrer sei gefasst, heißt es in einer Mitteilung der Staatsanwaltschaft."
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Polizei", "Staatsanwaltschaft"]


def test_a_fronted_place_is_no_document_when_the_cue_names_one(extract: Extract) -> None:
    text = "Im Bergland seien Lawinen möglich, heißt es in der Warnung des Wetterdienstes."
    assert [q.speaker for q in extract(text).quotes] == ["Wetterdienst"]


def test_without_a_source_before_the_document_is_no_one_else(extract: Extract) -> None:
    text = (
        "Der Zugverkehr lief am Morgen wieder an. "
        "Die Strecke sei repariert, heißt es in einer Mitteilung."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Mitteilung"]


def test_a_source_named_in_between_is_not_overruled(extract: Extract) -> None:
    text = (
        "Die Ministerin sagte, der Hang werde überwacht. "
        "Kritik kommt vom Umweltverband Nabu. "
        "Die Gefahr sei lange bekannt gewesen, heißt es in einer Mitteilung."
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if "Gefahr" in q.text] != ["Ministerin"]
