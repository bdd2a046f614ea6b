"""Speech acts on the project's own sentence set (issue 11, point 6): every act in every word
order (V2, fronted object, "wie X …", "…, so X", "laut X", passive accusations, direct quotes
with the cue after, noun-phrase objects, negations that stay claims). The sentences are in
tests/data/acts/own_sentences.tsv; scripts/act_accuracy.py prints the per-act accuracy."""

from __future__ import annotations

import pytest
from acts_own_set import REGISTERS_SET, ActRow, judge, load_rows
from extract_helpers import Extract

ROWS = load_rows()
REGISTERS = load_rows(REGISTERS_SET)


def test_the_set_covers_every_act_with_enough_sentences() -> None:
    counts: dict[str, int] = {}
    for r in ROWS:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS) >= 120
    assert min(counts.values()) >= 15 and len(counts) == 8, counts


def test_the_second_set_has_fifty_sentences_in_every_act() -> None:
    assert len(REGISTERS) >= 50
    assert {r.act for r in REGISTERS} == {r.act for r in ROWS}


def _param(row: ActRow, prefix: str = "") -> object:
    """A known miss is a strict xfail: it fails the suite as soon as it passes, so that its
    note in the data file is removed with the fix."""
    marks = [pytest.mark.xfail(reason=row.miss, strict=True)] if row.miss else []
    return pytest.param(row, id=prefix + row.id, marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS] + [_param(r, "reg-") for r in REGISTERS])
def test_own_sentence_has_the_expected_act_speaker_and_target(
    extract: Extract, row: ActRow
) -> None:
    assert judge(row, extract(row.text).quotes) is None, row.text
