""" "…, so X weiter." / "…, so X zudem.": the adverb after the source belongs to the marker,
not to the statement users read (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Man habe keine andere Wahl gehabt, so der Gemeinderat weiter.",
            "Man habe keine andere Wahl gehabt",
        ),
        (
            "Das Werk werde Ende Mai geschlossen, so der Betriebsrat zudem.",
            "Das Werk werde Ende Mai geschlossen",
        ),
        ("Die Preise stiegen weiter, so die Bundesbank.", "Die Preise stiegen weiter"),
    ],
)
def test_the_adverb_after_so_x_is_not_part_of_the_quote(
    extract: Extract, text: str, content: str
) -> None:
    assert [q.text for q in extract(text).quotes] == [content]
