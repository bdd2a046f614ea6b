"""Things never speak: a quote whose speaker would be a disaster, a meeting, a street or a
loss ("In Bayern forderte die Naturkatastrophe zwölf Menschenleben") is no quote at all.
The heads are lines of lexicons/non_speaker_heads.txt, compounds included. German sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.attribution.somebody import load_speaker_check
from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "speaker",
    [
        "Naturkatastrophe",
        "Waffenruhe",
        "Milliardenverluste",
        "Wahlablauf",
        "ASEM-Treffen",
        "Gagarin-Straße",
        "Amtsgeschäfte",
        "Batteriekonzept",
        "Mobiltelefon",
        "Bescheid",
        "Klage",
        "Tod",
        "Kneipe",
    ],
)
def test_a_thing_is_nobody(speaker: str) -> None:
    assert not load_speaker_check().is_somebody(speaker)


@pytest.mark.parametrize("speaker", ["Polizei", "Gewerkschaft", "Anna Schulz", "Klagebehörde"])
def test_somebody_stays_somebody(speaker: str) -> None:
    assert load_speaker_check().is_somebody(speaker)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("In Bayern forderte die Naturkatastrophe zwölf Menschenleben.", "Naturkatastrophe"),
        ("Der Wahlablauf wird als Test für die junge Demokratie angesehen.", "Wahlablauf"),
        ("Auch der Konzern meldete am Montag Milliardenverluste.", "Milliardenverluste"),
    ],
)
def test_no_quote_is_given_to_a_thing(extract: Extract, text: str, thing: str) -> None:
    assert all(q.speaker != thing for q in extract(text).quotes)
