"""A share stated as a fraction ("zwei Drittel der Befragten") is stored as the fraction so that
claims compare, and shown the way the article wrote it, never as "0,67"."""

from __future__ import annotations

import pytest

from handlers.format import fmt_share


@pytest.mark.parametrize(
    ("value", "unit", "locale", "shown"),
    [
        (2 / 3, "Drittel", "de", "zwei Drittel"),
        (0.75, "Viertel", "de", "drei Viertel"),
        (0.25, "Viertel", "de", "ein Viertel"),
        (0.5, "Hälfte", "de", "die Hälfte"),
        (2 / 3, "Drittel", "en", "2/3"),
        (0.5, "Hälfte", "en", "1/2"),
    ],
)
def test_fractions_read_as_fractions(value: float, unit: str, locale: str, shown: str) -> None:
    assert fmt_share(value, unit, locale) == shown


@pytest.mark.parametrize(("value", "unit"), [(40, "Prozent"), (2, "Drittel"), (0.4, "Drittel")])
def test_other_values_are_no_fraction(value: float, unit: str) -> None:
    """A count of thirds that is no share (2 "Drittel") or an unknown unit stays a number."""
    assert fmt_share(value, unit, "de") is None
