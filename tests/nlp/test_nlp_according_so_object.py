"""The "so" marker with a verb of describing and its object pronoun: "„…“, so charakterisierte
ihn der Gewerkschafter X." names X as the source of the quotation, not the running speaker
of the sentences before. German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Der Konzern Nordwerk AG meldete Gewinne. „Er ist ein kühler Rechner mit großem "
            "Herz“, so charakterisierte ihn der Betriebsrat Jonas Held.",
            "Jonas Held",
        ),
        (
            "Die Firma Südstahl AG meldete Verluste. „Sie führt das Haus wie eine Familie“, so "
            "beschrieb sie die Gewerkschafterin Marta Lind.",
            "Marta Lind",
        ),
    ],
)
def test_the_source_after_so_and_its_verb_speaks(extract: Extract, text: str, speaker: str) -> None:
    quoted = [q.speaker for q in extract(text).quotes if "wie eine" in q.text or "kühler" in q.text]
    assert len(quoted) == 1 and speaker in (quoted[0] or ""), quoted
