"""Speech acts on the third own set (tests/data/acts/fresh.tsv): ten sentences per act the
way a reviewer tests them, and "none" rows where a tempting cue reports nothing ("Das Erdbeben
forderte 40 Todesopfer"). Known misses are strict xfails, like in the other two sets."""

from __future__ import annotations

import pytest
from acts_own_set import (
    FRESH2_SET,
    FRESH3_SET,
    FRESH4_SET,
    FRESH5_SET,
    FRESH6_SET,
    FRESH7_SET,
    FRESH8_SET,
    FRESH9_SET,
    FRESH10_SET,
    FRESH11_SET,
    FRESH_SET,
    NO_QUOTE,
    ActRow,
    judge,
    load_rows,
)
from extract_helpers import Extract

ROWS = load_rows(FRESH_SET)
# the fourth set (press releases, court, police, sport, parliament)
ROWS2 = load_rows(FRESH2_SET)
# the fifth set (every act in several syntaxes; social media among the registers)
ROWS3 = load_rows(FRESH3_SET)
# the sixth set (tenses, verb-final clauses, fronted objects, noun predicates)
ROWS4 = load_rows(FRESH4_SET)
# the seventh set (parliament, court, sport, science, negations, conditionals, questions)
ROWS5 = load_rows(FRESH5_SET)
# the eighth set (courts, coaches, unions, health, diplomacy, local politics, modals, passives)
ROWS6 = load_rows(FRESH6_SET)
# the ninth set (sport, weather, science, courts, local business, culture, foreign affairs)
ROWS7 = load_rows(FRESH7_SET)
# the tenth set (everyday local and national news, bare noun-phrase objects)
ROWS8 = load_rows(FRESH8_SET)
# the eleventh set (education, strikes, farming, tech, data protection, sport, church, military)
ROWS9 = load_rows(FRESH9_SET)
ROWS10 = load_rows(FRESH10_SET)
# the thirteenth set (courts, sport, health, business, local and foreign news, hedges, negations)
ROWS11 = load_rows(FRESH11_SET)


def test_the_fresh_set_has_ten_sentences_per_act_and_rows_that_report_nothing() -> None:
    counts: dict[str, int] = {}
    for r in ROWS:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(counts) == 9 and min(counts.values()) >= 10, counts


def test_the_fourth_set_has_twenty_rows_in_every_register_and_rows_that_report_nothing() -> None:
    assert len(ROWS2) >= 20
    assert NO_QUOTE in {r.act for r in ROWS2} and len({r.act for r in ROWS2}) >= 8


def test_the_fifth_set_has_forty_rows_with_every_act_in_several_syntaxes() -> None:
    counts: dict[str, int] = {}
    for r in ROWS3:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS3) >= 40 and len(counts) == 9 and min(counts.values()) >= 2, counts


def test_the_sixth_set_has_fifty_rows_with_every_act_and_rows_that_report_nothing() -> None:
    counts: dict[str, int] = {}
    for r in ROWS4:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS4) >= 50 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_seventh_set_has_forty_rows_with_every_act_and_rows_that_report_nothing() -> None:
    counts: dict[str, int] = {}
    for r in ROWS5:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS5) >= 40 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_eighth_set_has_thirty_rows_with_every_act_and_rows_that_report_nothing() -> None:
    counts: dict[str, int] = {}
    for r in ROWS6:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS6) >= 30 and len(counts) == 9 and min(counts.values()) >= 3, counts


def test_the_ninth_set_has_forty_rows_with_every_act_four_times() -> None:
    counts: dict[str, int] = {}
    for r in ROWS7:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS7) >= 40 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_tenth_set_has_forty_rows_with_every_act_four_times() -> None:
    counts: dict[str, int] = {}
    for r in ROWS8:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS8) >= 40 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_eleventh_set_has_forty_rows_with_every_act_four_times() -> None:
    counts: dict[str, int] = {}
    for r in ROWS9:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS9) >= 40 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_twelfth_set_has_forty_rows_with_every_act_four_times() -> None:
    counts: dict[str, int] = {}
    for r in ROWS10:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS10) >= 40 and len(counts) == 9 and min(counts.values()) >= 4, counts


def test_the_thirteenth_set_has_forty_rows_with_every_act_three_times() -> None:
    counts: dict[str, int] = {}
    for r in ROWS11:
        counts[r.act] = counts.get(r.act, 0) + 1
    assert len(ROWS11) >= 40 and len(counts) == 9 and min(counts.values()) >= 3, counts


def _param(row: ActRow, prefix: str = "fresh-") -> object:
    marks = [pytest.mark.xfail(reason=row.miss, strict=True)] if row.miss else []
    return pytest.param(row, id=f"{prefix}{row.id}", marks=marks)


@pytest.mark.parametrize(
    "row",
    [_param(r) for r in ROWS]
    + [_param(r, "fresh2-") for r in ROWS2]
    + [_param(r, "fresh3-") for r in ROWS3]
    + [_param(r, "fresh4-") for r in ROWS4]
    + [_param(r, "fresh5-") for r in ROWS5]
    + [_param(r, "fresh6-") for r in ROWS6]
    + [_param(r, "fresh7-") for r in ROWS7]
    + [_param(r, "fresh8-") for r in ROWS8]
    + [_param(r, "fresh9-") for r in ROWS9]
    + [_param(r, "fresh10-") for r in ROWS10]
    + [_param(r, "fresh11-") for r in ROWS11],
)
def test_fresh_sentence_has_the_expected_act_speaker_and_target(
    extract: Extract, row: ActRow
) -> None:
    assert judge(row, extract(row.text).quotes) is None, row.text


def test_a_none_row_fails_when_a_quote_contains_its_word() -> None:
    row = ActRow(1, NO_QUOTE, None, None, "Todesopfer", "Das Erdbeben forderte 40 Todesopfer.")
    assert judge(row, []) is None
