"""A cue that points back ("Das bestreitet Roth nicht", "Das wies die Ministerin nicht
zurück") and is negated after its speaker says nothing of its own: the speaker concedes or
lets pass the statement before, which stays with whoever made it. It was read as the
speaker denying (or claiming) the previous sentence, so another person's statement carried
the reacting person's name."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract

STATEMENTS = (
    "Die Geschäftsführerin des Verbands, Claudia Weiß, sagte, die Hälfte der Kunden reise "
    "mit dem Auto an.",
    "Nach Angaben des Verbands reist die Hälfte der Kunden mit dem Auto an.",
    "Die Hälfte der Kunden reist mit dem Auto an.",
)


@pytest.mark.parametrize("before", STATEMENTS)
@pytest.mark.parametrize(
    "reaction",
    [
        "Das bestreitet Bürgermeisterin Dagmar Roth nicht.",
        "Das bestritt die Bürgermeisterin Dagmar Roth am Montag nicht.",
        "Dies wies Dagmar Roth nicht zurück.",
        "Das hat Dagmar Roth nie bestritten.",
        "Das bestätigte Dagmar Roth zunächst nicht.",
    ],
)
def test_a_negated_reaction_gives_the_statement_no_new_speaker(
    extract: Extract, before: str, reaction: str
) -> None:
    quotes = extract(before + " " + reaction).quotes
    assert all(q.speaker != "Dagmar Roth" for q in quotes), quotes


def test_the_statement_before_keeps_its_own_speaker(extract: Extract) -> None:
    quotes = extract(STATEMENTS[0] + " Das bestreitet Roth nicht.").quotes
    assert [(q.speaker, q.act) for q in quotes] == [("Claudia Weiß", "claim")]


@pytest.mark.parametrize(
    "reaction",
    [
        "Das bestätigte Dagmar Roth am Montag.",
        "Das sagte Dagmar Roth, die nicht zur Sitzung kam.",
    ],
)
def test_a_reaction_without_negation_still_takes_the_sentence_before(
    extract: Extract, reaction: str
) -> None:
    quotes = extract(STATEMENTS[2] + " " + reaction).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Dagmar Roth", "Die Hälfte der Kunden reist mit dem Auto an")
    ]
