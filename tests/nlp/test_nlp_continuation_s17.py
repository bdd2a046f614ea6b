"""Session 17 continuation rules, on German sentences written for these tests.

A colon quotation whose head clause is itself reported speech ("Sachsen sei Polen dankbar:
„…“") belongs to the running speaker: the subject of a Konjunktiv I clause is what the
speaker talks about, not who speaks the quotation (bot.nlp.quotes.continuation:
Continuations._reported_head)."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Wie Ministerpräsident Paul Ritter erklärte, werde das Land Hilfe schicken. "
            "Sachsen sei Polen dankbar: „Die Polen haben uns beim Hochwasser geholfen.“",
            "Hochwasser",
            "Paul Ritter",
        ),
        (
            "Die Bürgermeisterin Clara Seidel sagte, die Halle werde im Mai eröffnet. "
            "Frankfurt habe aus den Fehlern gelernt: „Diesmal bleiben wir im Zeitplan.“",
            "Zeitplan",
            "Clara Seidel",
        ),
        (
            "Der Trainer Ole Brandt sagte am Sonntag, die Mannschaft habe gut gespielt. "
            "Dortmund sei aber zu stark gewesen: „Gegen solche Gegner verliert man eben.“",
            "Gegner",
            "Ole Brandt",
        ),
    ],
)
def test_a_reported_colon_head_keeps_the_running_speaker(
    extract: Extract, text: str, needle: str, speaker: str
) -> None:
    assert speakers_of(extract, text, needle) == [speaker], text


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # the head names the speaker in the indicative: the quotation is theirs
        (
            "Wie Ministerpräsident Paul Ritter erklärte, werde das Land Hilfe schicken. "
            "Bürgermeisterin Clara Seidel zur Lage in der Stadt: „Wir sind vorbereitet.“",
            "vorbereitet",
            "Clara Seidel",
        ),
        # the Konjunktiv I stands in a clause of its own after the speaker's main clause
        (
            "Wie Ministerpräsident Paul Ritter erklärte, werde das Land Hilfe schicken. "
            "Die Ärztin Clara Seidel wandte sich gegen die Behauptung, die Lage werde "
            "besser: „Die Kliniken sind voll.“",
            "Kliniken",
            "Clara Seidel",
        ),
    ],
)
def test_a_colon_head_in_the_indicative_names_the_speaker(
    extract: Extract, text: str, needle: str, speaker: str
) -> None:
    assert speakers_of(extract, text, needle) == [speaker], text
