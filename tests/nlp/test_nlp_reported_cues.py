"""A speech verb in Konjunktiv I is itself reported: "Zudem beschreibe der Film nicht die
Lage" after a critic's statement is the critic's, not the film's. German sentences written
for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.reported_cues import reported_cue
from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution
from tests.nlp.extract_helpers import Extract

FILM = NP(1, 3, "description", "Film", None, False, "der Film")
ER = NP(0, 1, "pronoun", "er", None, False, "Er")


def _konj1(word: str) -> bool:
    return word in ("beschreibe", "versichere", "fordere")


@pytest.mark.parametrize(
    "at, expected",
    [
        (Attribution(FILM, "beschreibe", (4, 9)), True),
        (Attribution(FILM, "versichere", (4, 9)), True),
        (Attribution(FILM, "beschreibt", (4, 9)), False),  # indicative: the film's own
        (Attribution(ER, "fordere", (2, 9)), False),  # a pronoun may be the running speaker
        (Attribution(FILM, "beschreibe", (4, 9), marker=True), False),
        (Attribution(None, "beschreibe", (4, 9)), False),
    ],
)
def test_only_a_konjunktiv_cue_with_a_subject_of_its_own_is_reported(
    at: Attribution, expected: bool
) -> None:
    assert reported_cue(at, _konj1) is expected


@pytest.mark.parametrize(
    "text, speaker, subject",
    [
        (
            "Der Regisseur Tom Weber kritisierte die Kampagne scharf. Zudem beschreibe der "
            "Kurzfilm nicht mehr die Lage im Land, da die Miliz das Land längst verlassen habe.",
            "Tom Weber",
            "Kurzfilm",
        ),
        (
            "Die Sprecherin Lena Kurz sagte, die Stadt reagiere schnell. Neu sei, dass der "
            "Minister gegenüber Medien versichere, dass niemand Angst haben müsse.",
            "Lena Kurz",
            "Minister",
        ),
    ],
)
def test_the_running_speaker_keeps_a_reported_cue(
    extract: Extract, text: str, speaker: str, subject: str
) -> None:
    quotes = extract(text).quotes
    reported = [q.speaker or "" for q in quotes if "Land" in q.text or "Angst" in q.text]
    assert len(reported) == 1 and speaker in reported[0], reported
    assert not any(q.speaker and subject in q.speaker for q in quotes)


def test_an_indicative_cue_keeps_its_subject(extract: Extract) -> None:
    text = (
        "Der Regisseur Tom Weber kritisierte die Kampagne scharf. Der Minister Jan Ott "
        "versicherte dagegen, dass niemand Angst haben müsse."
    )
    assert "Jan Ott" in [q.speaker for q in extract(text).quotes]
