"""A capitalised adverb opening the clause is never the speaker: "Unterdessen haben einige
Abgeordnete angekündigt, …" is said by the deputies, not by "Unterdessen". German sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Unterdessen haben einige Abgeordnete der Partei angekündigt, sie würden klagen.",
         "Abgeordnete"),
        ("Dementsprechend hat die Behörde mitgeteilt, dass die Straße gesperrt bleibe.",
         "Behörde"),
        ("Derweil hat der Verband erklärt, man werde das Urteil prüfen.", "Verband"),
    ],
)  # fmt: skip
def test_the_adverb_is_skipped_and_the_subject_speaks(
    extract: Extract, text: str, speaker: str
) -> None:
    speakers = [q.speaker or "" for q in extract(text).quotes]
    assert speakers and all(speaker in s for s in speakers), speakers
