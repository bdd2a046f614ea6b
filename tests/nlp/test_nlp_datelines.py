"""A paragraph's dateline ("Berlin, 12. März 2025 –", "Kiew (AFP) -") names where the report
was filed: it is no speaker and no source of the statement after it."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.records import without_dateline
from bot.nlp.stage_records import Word
from tests.nlp.extract_helpers import Extract, one_quote


def _words(text: str) -> list[Word]:
    return [Word(t, 0, 0, False) for t in text.split()]


@pytest.mark.parametrize(
    ("text", "opens", "kept"),
    [
        ("Berlin , 12. März 2025 – Das Ministerium legte vor", True, "Das Ministerium legte vor"),
        ("Kiew ( AFP ) - Die Armee wehrte ab", False, "Die Armee wehrte ab"),
        ("Frankfurt am Main ( dpa ) – Die Bank meldet", True, "Die Bank meldet"),
        ("Berlin – Die Regierung erklärte", True, "Die Regierung erklärte"),
        ("Berlin – Die Regierung erklärte", False, "Berlin – Die Regierung erklärte"),
        ("Merkel – die Kanzlerin – sagte", True, "Merkel – die Kanzlerin – sagte"),
        ("Die Regierung – so heißt es – erklärte", True, "Die Regierung – so heißt es – erklärte"),
    ],
)
def test_a_dateline_is_dropped_before_the_rules_read_the_sentence(
    text: str, opens: bool, kept: str
) -> None:
    assert " ".join(w.text for w in without_dateline(_words(text), opens)) == kept


def test_a_dateline_place_is_no_speaker(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Kiew (AFP) - Die ukrainische Armee hat nach eigenen Angaben einen Angriff abgewehrt.",
    )
    assert "Armee" in q.speaker


def test_a_dateline_place_is_no_source_of_the_next_demnach(extract: Extract) -> None:
    ex = extract(
        "Berlin, 12. März 2025 – Das Finanzministerium hat am Dienstag einen Bericht "
        "vorgelegt. Demnach fehlen im kommenden Jahr rund 30 Milliarden Euro."
    )
    assert [f.source for f in ex.figures] == ["Finanzministerium"]
    assert [q.speaker for q in ex.quotes] == ["Finanzministerium"]
