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
