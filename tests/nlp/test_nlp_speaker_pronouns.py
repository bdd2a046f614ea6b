"""Pronouns prefer the previous clause's subject (issue 11): "er"/"sie" after a sentence
whose subject is a person means that person, not the one named last as an object; a
pronoun of the other gender still finds the other person. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Innenminister Peter Kraus traf am Montag Bürgermeister Klaus Roth. "
            "Er sagte, die Polizei werde verstärkt.",
            "Peter Kraus",
        ),
        (
            "Bürgermeister Klaus Roth empfing am Montag Innenminister Peter Kraus. "
            "Er sagte, die Polizei werde verstärkt.",
            "Klaus Roth",
        ),
        (
            "Die Ministerin Anna Berg sprach mit Staatssekretärin Eva Roth. "
            "Sie sagte, das Gesetz komme im Herbst.",
            "Anna Berg",
        ),
    ],
)
def test_a_pronoun_is_the_previous_subject_not_the_latest_name(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_a_pronoun_of_the_other_gender_is_not_the_subject(extract: Extract) -> None:
    ex = extract(
        "Innenminister Peter Kraus traf am Montag Bürgermeisterin Eva Roth. "
        "Sie sagte, die Polizei werde verstärkt."
    )
    assert [q.speaker for q in ex.quotes] == ["Eva Roth"]


def test_a_speaking_subject_stays_the_referent_after_an_object_mention(
    extract: Extract,
) -> None:
    ex = extract(
        "Landrat Jens Maier sagte am Montag, die Straße bleibe gesperrt. "
        "Dabei lobte er Bauamtsleiter Uwe Kern. Er fügte hinzu, die Arbeiten dauerten an."
    )
    assert [q.speaker for q in ex.quotes] == ["Jens Maier", "Jens Maier"]


def test_an_inverted_speaker_is_the_subject_a_pronoun_continues(extract: Extract) -> None:
    ex = extract(
        "Am Montag sagte Landrat Jens Maier, Bauamtsleiter Uwe Kern habe gute Arbeit "
        "geleistet. Er fügte hinzu, die Arbeiten dauerten an."
    )
    assert [q.speaker for q in ex.quotes] == ["Jens Maier", "Jens Maier"]
