"""An office held by a person ("die Berliner Datenschutzbeauftragte", "der Wehrbeauftragte")
is no company: "nach Unternehmensangaben" or "nach Firmenangaben" never points back to it,
even when the article opens with it (issue 12: the company's own count of affected accounts
was given to the data protection officer examining it). With no company to point to, the
noun stays the source. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def source_of(ex: ArticleExtraction, text: str) -> str | None:
    return next(f for f in ex.figures if text in f.text).source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Die Hamburger Datenschutzbeauftragte prüft die Lern-App des Start-ups Velora. "
            "Betroffen sind nach Unternehmensangaben rund 1.800 Konten.",
            "1.800 Konten",
            "Unternehmen",
        ),
        (
            "Die Sächsische Ausländerbeauftragte besuchte am Montag ein Werk in Zwickau.\n\n"
            "Nach Firmenangaben arbeiten dort derzeit 640 Menschen.",
            "640 Menschen",
            "Firma",
        ),
    ],
)
def test_an_office_is_not_the_company_a_noun_points_back_to(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source
