"""A pronoun for the one spoken to between a cue and its subject: "„…“, sagte mir ein
Brandmeister" (a column, news_quotes_dev5), "sagte uns eine Sprecherin". The subject search
after the cue stopped at the pronoun and the quote was lost with its speaker. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "„Wir sind seit Wochen am Limit“, sagte uns Stationsleiterin Petra Lorenz am Telefon.",
            "Petra Lorenz",
            "Wir sind seit Wochen am Limit",
        ),
        (
            "„Das Wasser kam binnen Minuten“, erzählte mir Landwirt Jonas Kühne, der seit "
            "dreißig Jahren am Fluss wohnt.",
            "Jonas Kühne",
            "Das Wasser kam binnen Minuten",
        ),
        (
            "Die Brücke sei seit Jahren marode gewesen, erklärte ihm der Bürgermeister Tim Haas.",
            "Tim Haas",
            "Die Brücke sei seit Jahren marode gewesen",
        ),
    ],
)
def test_the_subject_after_a_pronoun_object_speaks(
    extract: Extract, text: str, speaker: str, statement: str
) -> None:
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker
    assert statement in quote.text


def test_an_anonymous_subject_after_the_pronoun_keeps_its_description(extract: Extract) -> None:
    (quote,) = extract(
        "„Unsere Leute werden mit Raketen beschossen“, sagte mir ein Brandmeister aus Essen."
    ).quotes
    assert "Brandmeister" in f"{quote.speaker} {quote.speaker_role}"


@pytest.mark.parametrize(
    "text",
    [
        "Der Name des Dorfes sagte uns damals nichts.",
        "Die Zahlen erklärten uns die Lage nicht.",
    ],
)
def test_a_pronoun_object_with_no_speaker_after_it_makes_no_quote(
    extract: Extract, text: str
) -> None:
    assert not extract(text).quotes
