"""In a trial report "das Gericht" and "die Kammer" are the court the article named before
("Das Landgericht Kiel hat … verurteilt"): a figure they state has that court as its source
(issue 12, session 14: "Gericht", "Kammer" where the gold names the Landgericht). A court
never named stays "Gericht"; a "Kammer" of another kind is found by its own name. German
sentences written for these tests."""

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
            "Das Landgericht Kiel hat einen 41-Jährigen zu vier Jahren Haft verurteilt. Nach "
            "den Feststellungen des Gerichts erbeutete er rund 90.000 Euro.",
            "90.000 Euro",
            "Landgericht Kiel",
        ),
        (
            "Das Amtsgericht Celle verhandelt seit Montag gegen zwei Brüder. Die Kammer sah "
            "es als erwiesen an, dass sie mehr als 300 Rezepte gefälscht hatten.",
            "300 Rezepte",
            "Amtsgericht Celle",
        ),
        (
            "Die Ärztekammer Nordrhein warnt vor Engpässen. Nach Angaben der Kammer fehlen "
            "rund 800 Hausärzte.",
            "800 Hausärzte",
            "Ärztekammer Nordrhein",
        ),
        (
            "Der Prozess gegen den Bürgermeister beginnt im Mai. Nach Angaben des Gerichts "
            "sind zwölf Verhandlungstage angesetzt.",
            "zwölf Verhandlungstage",
            "Gericht",
        ),
    ],
)
def test_the_court_is_the_one_the_article_named(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    assert source_of(extract(text), figure) == source
