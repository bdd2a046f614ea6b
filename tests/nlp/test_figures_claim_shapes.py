"""A range written with its unit at both ends is one claim, the outliers after it are a note to
that claim, and the tiers of one claim share its subject (issue 12). German sentences written
for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_figure


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Die Gebühr liegt zwischen 0 Prozent und 8 Prozent.", 0, 8),
        ("Die Preise stiegen um 5 % bis 7 % an.", 5, 7),
        ("Die Tickets kosten zwischen 20 Euro und 45 Euro.", 20, 45),
    ],
)
def test_a_range_with_its_unit_at_both_ends_is_one_claim(
    extract: Extract, text: str, low: float, high: float
) -> None:
    f = one_figure(extract, text)
    assert (f.qualifier, f.value, f.value_max) == ("range", low, high)


def test_two_values_that_are_no_range_stay_two(extract: Extract) -> None:
    found = extract("Die Gebühr stieg von 5 Prozent im Mai auf 7 Prozent im Juni.").figures
    assert len(found) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "Die Provision liegt zwischen 0 Prozent und 8 Prozent, gelegentlich auch 10 Prozent "
        "oder 12 Prozent.",
        "Die Aufschläge betragen 2 bis 4 Prozent, in Einzelfällen auch 9 Prozent.",
    ],
)
def test_outliers_after_a_range_are_a_note_to_it(extract: Extract, text: str) -> None:
    f = one_figure(extract, text)
    assert f.qualifier == "range" and f.text.endswith("Prozent") and "," in f.text, f


def test_a_value_after_a_range_without_an_opener_is_its_own(extract: Extract) -> None:
    text = "Die Löhne steigen um 2 bis 4 Prozent, die Mieten um 6 Prozent."
    assert len(extract(text).figures) == 2


def test_tiers_of_one_claim_share_its_subject(extract: Extract) -> None:
    text = (
        "Der Makler erhält eine Provision von 3 Prozent bis zu einem Kaufpreis von 1 Mio. "
        "Euro, 2 Prozent bis zu einem Kaufpreis von 5 Mio. Euro und 1 Prozent darüber."
    )
    rates = [f for f in extract(text).figures if f.unit == "Prozent"]
    assert len(rates) == 3 and len({f.subject for f in rates}) == 1, rates
    assert "Kaufpreis" not in (rates[0].subject or ""), rates
