"""A change "von A auf B Einheit" names its unit and measured thing once, after the new value
(issue 12: "sanken von 114 auf 99 Euro" left 114 a number of nothing). German sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "old", "new", "unit", "subject"),
    [
        ("Die Arbeitslosenquote sank von 6,1 auf 5,8 Prozent.", 6.1, 5.8, "Prozent",
         "Arbeitslosenquote"),
        ("Der Preis für Diesel stieg im Mai von 1,50 auf 1,80 Euro.", 1.5, 1.8, "Euro", "Preis"),
        ("Die Ausgaben je Kunde sanken von 114 auf 99 Euro.", 114, 99, "Euro", "Ausgaben"),
    ],
)  # fmt: skip
def test_old_value_takes_the_unit_and_subject_of_the_new(
    extract: Extract, text: str, old: float, new: float, unit: str, subject: str
) -> None:
    figures = {f.value: f for f in extract(text).figures}
    assert figures[old].unit == figures[new].unit == unit
    assert figures[old].subject == figures[new].subject
    assert subject in (figures[old].subject or "")


def test_range_and_separate_numbers_keep_their_own_units(extract: Extract) -> None:
    # no "von … auf": two separate figures, the bare count keeps no borrowed unit
    figures = {
        f.value: f for f in extract("Es kamen 300 Gäste, der Eintritt kostete 8 Euro.").figures
    }
    assert figures[8].unit == "Euro"
    assert figures[300].unit != "Euro"
