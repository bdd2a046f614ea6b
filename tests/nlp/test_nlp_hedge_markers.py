"""An according-to marker that names no one ("nach ersten Erkenntnissen", "Berichten
zufolge") inside what a speaker says hedges that statement; it used to add a second quote of
an anonymous source "ersten Erkenntnissen" beside the speaker's. German sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Gefahr bestehe nach bisherigen Erkenntnissen nicht, sagte Umweltsenator Jens Kerstan.",
            "Jens Kerstan",
        ),
        (
            "Nach ersten Erkenntnissen sei das Feuer in der Küche ausgebrochen, sagte ein "
            "Polizeisprecher.",
            "anonymous",
        ),
        (
            "Die Ministerin sagte, der Täter sei nach bisherigen Erkenntnissen allein gewesen.",
            "Ministerin",
        ),
    ],
)
def test_a_hedge_inside_a_statement_is_no_second_source(
    extract: Extract, sentence: str, speaker: str
) -> None:
    quotes = list(extract(sentence).quotes)
    assert [q.speaker for q in quotes] == [speaker]


def test_the_hedge_alone_is_still_an_unnamed_source(extract: Extract) -> None:
    quotes = list(extract("Nach ersten Erkenntnissen brach das Feuer in der Küche aus.").quotes)
    assert [(q.speaker, q.kind) for q in quotes] == [("anonymous", "according_to")]


def test_a_named_source_inside_a_statement_keeps_its_quote(extract: Extract) -> None:
    """Only report nouns are hedges: "nach Aussagen eines Gutachters" cites a person."""
    quotes = list(
        extract(
            "Der Verteidiger sagte, nach Aussagen eines Gutachters seien die Spuren zu gering."
        ).quotes
    )
    assert {q.kind for q in quotes} == {"indirect", "according_to"}
