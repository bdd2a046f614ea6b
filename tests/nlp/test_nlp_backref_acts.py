"""A cue pointing back at the previous sentence ("Das bestritt der Minister") keeps its own
act: the previous sentence is what was denied, not a claim of the one who denies it ("Der
Minister soll Geld genommen haben. Das bestritt der Minister." read as the minister claiming
he took money, the reverse of the text)."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Der Minister soll Geld genommen haben. Das bestritt der Minister.", "Minister", "denial"),
        ("Die Opposition verlangt Neuwahlen. Das lehnte der Kanzler ab.", "Kanzler", "denial"),
        ("Die Steuern müssen steigen. Das forderte der Minister am Montag.", "Minister", "demand"),
        ("Die Preise steigen weiter. Das sagte der Minister am Montag.", "Minister", "claim"),
    ],
)
def test_back_reference_keeps_the_cue_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    quotes = [q for q in extract(text).quotes if q.speaker == speaker]
    assert [(q.act, q.sentence_index) for q in quotes] == [(act, 0)]
