""" "nach Berechnung des Gerichts", "nach Erhebung der Polizei": a report noun of the lexicon
that the attribution stage leaves unmarked still names the figure's source when an
organisation stands in its genitive; a genitive that is what was counted ("nach Auszählung
der Stimmen") names no one. Issue 12 (figure sources on unseen text). Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.source) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Das Landgericht Köln verurteilte den Mann am Montag. Der Schaden liegt nach "
            "Berechnung des Gerichts bei rund 5,8 Millionen Euro.",
            5_800_000,
            "Landgericht Köln",
        ),
        (
            "Nach Erhebung des Statistischen Landesamts lebten Ende 2025 rund 5.800 Menschen "
            "in der Gemeinde.",
            5800,
            "Statistisches Landesamt",
        ),
        ("Nach Berechnung des DIW fehlen in der Stadt 5.800 Wohnungen.", 5800, "DIW"),
        # verb-final clause, the marker inside it
        (
            "Die Stadt will die Kontrollen verstärken, weil nach Auswertung der Polizei 312 "
            "Fahrer zu schnell unterwegs waren.",
            312,
            "Polizei",
        ),
    ],
)
def test_an_organisation_in_the_genitive_of_a_report_noun_is_the_source(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert (value, source) in sources(extract, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nach Auszählung der Stimmen kam die Partei auf 30 Prozent.", 30),
        ("Nach Auswertung der Daten stieg die Zahl der Fälle auf 5.800.", 5800),
    ],
)
def test_a_counted_genitive_names_no_source(extract: Extract, text: str, value: float) -> None:
    assert (value, None) in sources(extract, text)
