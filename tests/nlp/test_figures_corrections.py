"""Correction notices (issue 12): "In einer früheren Fassung hieß es, 27 Menschen seien
verletzt worden. Richtig ist: 19." The superseded number is no claim; kept as a figure,
/figures showed "widersprüchliche Angaben: 27 vs 19". German sentences written for these
tests, through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def _values(extract: Extract, text: str) -> list[float]:
    return [f.value for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an earlier version's number, the right one in the next sentence
        (
            "In einer früheren Fassung hieß es, 27 Menschen seien verletzt worden. Richtig ist: 19.",
            [19],
        ),
        ("In einer früheren Version dieses Textes war von 40 Festnahmen die Rede.", []),
        # ... or in the same sentence after the turn
        (
            "In einer früheren Version hieß es, 27 Menschen seien verletzt worden; "
            "tatsächlich wurden 19 Menschen verletzt.",
            [19],
        ),
        # a negated number in a correction notice
        (
            "Korrektur: Anders als zunächst berichtet wurden nicht 27, sondern 19 Menschen verletzt.",
            [19],
        ),
        ("Anm. d. Red.: Die Zahl der Verletzten wurde korrigiert, es sind 19 und nicht 27.", [19]),
        (
            "Die Feuerwehr hat ihre Angaben korrigiert: Nicht 300, sondern 120 Häuser sind beschädigt.",
            [120],
        ),
    ],
)
def test_the_superseded_number_is_no_figure(extract: Extract, text: str, kept: list[float]) -> None:
    assert _values(extract, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no correction: "nicht" bounds or denies nothing the newsroom took back
        ("Es wurden nicht 27, sondern 19 Menschen verletzt, sagte der Sprecher.", [27, 19]),
        # a correction notice, but "nicht mehr als" bounds the number
        (
            "Die Polizei korrigierte ihre Angaben: Es seien nicht mehr als 40 Menschen verletzt worden.",
            [40],
        ),
        # a mistake that is news, not a correction of the article
        ("Die Polizei hatte irrtümlich drei Männer festgenommen.", [3]),
        ("Die Fähre war irrtümlich mit 40 Lastwagen beladen worden.", [40]),
        ("Die Behörde korrigierte die Prognose auf 2,5 Prozent Wachstum.", [2.5]),
    ],
)
def test_numbers_outside_a_superseded_claim_stay(
    extract: Extract, text: str, kept: list[float]
) -> None:
    assert _values(extract, text) == kept
