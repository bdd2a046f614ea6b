"""Bare numbers that restate an earlier count (issue 12: figures that compare): "Im
vergangenen Jahr wurden 58.000 Asylanträge gestellt, 2022 waren es noch 112.000." The second
number had no unit and no subject, so /figures could not set it beside the first. German
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.figures.restated import restates_earlier
from bot.nlp.figures.words import Tok

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    "text",
    [
        "Im vergangenen Jahr wurden 58.000 Asylanträge gestellt, 2022 waren es noch 112.000.",
        "Die Zahl der Verkehrstoten sank auf 2.830. Im Jahr davor waren es 2.788.",
        "Derzeit sind 41 Filialen geöffnet, im Frühjahr sollen es nur noch 30 sein.",
    ],
)
def test_the_restated_number_counts_what_the_first_counted(extract: Extract, text: str) -> None:
    first, second = list(extract(text).figures)[:2]
    assert second.unit == first.unit is not None
    assert second.subject == first.subject


def test_a_number_with_its_own_noun_keeps_it(extract: Extract) -> None:
    found = list(extract("Es wurden 58.000 Anträge gestellt, es waren 300 Mitarbeiter.").figures)
    assert [f.unit for f in found] == ["Antrag", "Mitarbeiter"]


def test_in_another_paragraph_far_away_nothing_is_inherited(extract: Extract) -> None:
    text = "Es wurden 58.000 Anträge gestellt.\n\nDer Saal war voll. Um 20 Uhr waren es 300."
    found = list(extract(text).figures)
    assert all(f.unit != "Antrag" for f in found[1:])


@pytest.mark.parametrize(
    ("words", "first", "expected"),
    [
        ("2022 waren es noch 112.000", 4, True),
        ("es sind nur noch 40", 4, True),
        ("Damals waren es 300", 3, True),
        ("Es kamen 300", 2, False),
        ("waren 300", 1, False),
    ],
)
def test_restates_earlier(words: str, first: int, expected: bool) -> None:
    toks = [Tok(w, 0) for w in words.split()]
    assert restates_earlier(toks, first) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Arbeitslosenquote lag im Februar bei 6,1 Prozent, nach 5,8 Prozent im Vorjahresmonat.",
        "Die Zahl der Insolvenzen stieg auf 1.800, nach 1.600 im Vormonat.",
    ],
)
def test_the_earlier_value_after_nach_is_on_the_same_subject(extract: Extract, text: str) -> None:
    """ "nach 5,8 Prozent im Vorjahresmonat" compares with the month a year before; the time
    noun is no subject ("Vorjahresmonat" was one)."""
    first, second = list(extract(text).figures)[:2]
    assert second.subject == first.subject
