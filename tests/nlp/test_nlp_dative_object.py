"""After a cue, "der" before a feminine noun ("warfen der Regierung vor", "sagten der
Zeitung") opens a dative object, never the subject: "Die Konservativen warfen der Regierung
vor, sie habe versagt" was the government accusing itself, an inverted attribution."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Konservativen warfen der Regierung vor, sie habe versagt.", "Konservativen"),
        ("Die Liberalen warfen der Stadtverwaltung vor, sie habe geschlafen.", "Liberalen"),
        ("Die Linken sagten der Zeitung, die Regierung habe versagt.", "Linken"),
    ],
)
def test_dative_feminine_after_cue_is_no_speaker(extract: Extract, text: str, speaker: str) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker


def test_inverted_subject_after_cue_still_speaks(extract: Extract) -> None:
    # the masculine "der Sprecher" is a subject; the organisation speaks through him
    q = one_quote(extract, "Am Montag sagte der Sprecher der Regierung, alles sei gut.")
    assert (q.speaker, q.speaker_role) == ("Regierung", "Sprecher")
