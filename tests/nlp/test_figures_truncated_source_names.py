"""A figure's source whose name shares its head with a hyphen-cut word ("der Industrie- und
Handelskammer") is the whole name; it was cut to "Industrie-" (a new user's walk, session 13).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Nach Angaben der Industrie- und Handelskammer fielen 300 Fahrten aus.",
            "Industrie- und Handelskammer",
        ),
        ("Laut der Kranken- und Pflegekasse stiegen die Beiträge um 4 Prozent.", None),
        ("Nach Angaben der Polizei fielen 300 Fahrten aus.", "Polizei"),
    ],
)
def test_a_hyphen_cut_name_keeps_its_shared_head(
    extract: Extract, text: str, source: str | None
) -> None:
    sources = [f.source for f in extract(text).figures]
    assert sources, text
    if source is None:
        assert all(s and not s.endswith("-") for s in sources), sources
    else:
        assert sources == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Kreisangaben wurden 40 Häuser beschädigt.", "Kreis"),
        ("Nach Firmenangaben wurden 40 Stellen gestrichen.", "Firma"),
        ("Nach Verbandsangaben fehlen 2.000 Fachkräfte.", "Verband"),
        ("Regierungsangaben zufolge kamen 300 Menschen an.", "Regierung"),
    ],
)
def test_a_compound_report_nouns_source_is_named_as_the_quotes_name_it(
    extract: Extract, text: str, source: str
) -> None:
    """The figure side stripped any final "s" of the first part ("Kreisangaben" gave
    "Krei") and kept "Firmen"; it now reads the part as the quote side does."""
    assert [f.source for f in extract(text).figures] == [source]
