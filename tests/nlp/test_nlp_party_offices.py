"""A party office behind a party prefix re-describes the person named just before: "Der
österreichische Bundeskanzler Karl Nehammer … sagte der ÖVP-Chef" was a speaker "ÖVP-Chef".
German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.speakers.redescription import redescription
from tests.nlp.extract_helpers import Extract


def test_a_party_office_is_the_person_named_before(extract: Extract) -> None:
    text = (
        "Bundeskanzler Karl Nehammer hat einen Rücktritt ausgeschlossen. Er denke nicht daran, "
        "sein Amt aufzugeben, sagte der ÖVP-Chef am Sonntag im ORF."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Karl Nehammer"]


def test_a_person_of_another_party_is_not_linked(extract: Extract) -> None:
    text = (
        "Finanzminister Christian Lindner (FDP) verteidigte den Etat. „Das ist solide“, "
        "sagte der SPD-Chef."
    )
    assert [q.speaker for q in extract(text).quotes] == ["SPD-Chef"]


@pytest.mark.parametrize(
    ("word", "parties"),
    [
        ("ÖVP-Chef", {"ÖVP"}),
        ("Grünen-Vorsitzende", {"Grüne"}),
        ("Chef", None),
        ("Verdi-Chef", None),
    ],
)
def test_redescription_of_party_offices(word: str, parties: set[str] | None) -> None:
    """Alone, or behind a union's name, an office names no party and links nobody."""
    expected = None if parties is None else frozenset(parties)
    assert redescription(word) == expected
