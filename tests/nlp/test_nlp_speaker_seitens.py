""" "Seitens X" names the source of a passive report like a "von" agent; the capitalised
preposition at a sentence start is never the speaker itself. German sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Seitens der Regierung wurde betont, dass die Lage ernst sei.", "Regierung"),
        ("Seitens der Stadt hieß es, man prüfe den Fall.", "Stadt"),
    ],
)
def test_seitens_names_the_source(extract: Extract, text: str, speaker: str) -> None:
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == [speaker]
