"""An acronym as a figure's source ("Laut RKI …") is the name the article spelt it out with
on first mention ("Dem Robert Koch-Institut (RKI) wurden …"): a reader of /figures knows the
institution by that name (issue 12, session 14: "RKI" where the gold has "Robert
Koch-Institut"). An acronym the article never spelt out stays. German sentences written for
these tests."""

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
            "Die Grippewelle hat ihren Höhepunkt erreicht, meldet das Robert Koch-Institut "
            "(RKI). Laut RKI starben bislang 230 Menschen.",
            "230 Menschen",
            "Robert Koch-Institut",
        ),
        (
            "Die Deutsche Industrie- und Handelskammer (DIHK) hat ihre Prognose gesenkt. Die "
            "Wirtschaft werde nur um 0,3 Prozent wachsen, teilte die DIHK am Dienstag mit.",
            "0,3 Prozent",
            "Deutsche Industrie- und Handelskammer",
        ),
        (
            "Der Winter war mild, schreibt der Deutsche Wetterdienst. Nach Angaben des DWD "
            "gab es nur 14 Frosttage.",
            "14 Frosttage",
            "DWD",
        ),
    ],
)
def test_an_acronym_source_is_the_name_the_article_spelt_out(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source


def test_the_spelt_out_name_is_the_one_before_the_bracket() -> None:
    from bot.nlp.figures.speakers import spelled_out

    text = "Laut der Weltgesundheitsorganisation (WHO) und dem Kinderhilfswerk Unicef"
    assert spelled_out("WHO", text) == "Weltgesundheitsorganisation"
    # in the nominative, whatever case the first mention had
    dative = "Nach Angaben vom Deutschen Wetterdienst (DWD) fielen 40 Liter."
    assert spelled_out("DWD", dative) == "Deutscher Wetterdienst"
    assert spelled_out("UN", "Die Vereinten Nationen (UN) warnen") is None  # no U
    assert spelled_out("RKI", "Laut RKI starben 200 Menschen") is None
