"""A figure without a source of its own in a sentence that goes on with the report right
before it ("Das sind 60 Cent mehr", "Er erwartet …", "Im Jahr davor waren es noch 5.100")
has that report's source (issue 12, session 13: the largest group of source misses on the
dev sets). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Figure

Extract = Callable[..., ArticleExtraction]


def source_of(ex: ArticleExtraction, text: str) -> str | None:
    figure: Figure = next(f for f in ex.figures if text in f.text)
    return figure.source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Die Kaltmieten in Leipzig stiegen im Schnitt auf 8,40 Euro je Quadratmeter, teilte "
            "der Mieterverein Leipzig mit. Das sind 60 Cent mehr als vor einem Jahr.",
            "60 Cent",
            "Mieterverein Leipzig",
        ),
        (
            "Der Chefvolkswirt der Sparkasse, Tobias Reinhardt, sagte, die Lage bleibe "
            "schwierig. Er erwartet für das kommende Jahr ein Wachstum von 0,4 Prozent.",
            "0,4 Prozent",
            "Tobias Reinhardt",
        ),
        (
            "Im vergangenen Jahr wurden in Sachsen 4.200 Wohnungen fertiggestellt, wie das "
            "Statistische Landesamt mitteilte. Im Jahr davor waren es noch 5.100.",
            "5.100",
            "Statistische Landesamt",
        ),
        (
            "Den Kommunen fehlen bis 2028 rund 12 Milliarden Euro, wie der Städtetag am "
            "Montag berichtete. Allein Köln muss mit einem Minus von 800 Millionen Euro "
            "rechnen.",
            "800 Millionen Euro",
            "Städtetag",
        ),
    ],
)
def test_a_sentence_going_on_with_a_report_has_its_source(
    extract: Extract, text: str, figure: str, source: str
) -> None:
    found = source_of(extract(text), figure)
    assert found is not None and found.endswith(source.split()[-1]), found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a sentence of its own, with no pointer back
        (
            "Die Kaltmieten stiegen auf 8,40 Euro je Quadratmeter, teilte der Mieterverein mit. "
            "In Dresden zahlen Mieter im Schnitt 7,10 Euro.",
            "7,10 Euro",
        ),
        # the report ends with its paragraph
        (
            "Die Kaltmieten stiegen auf 8,40 Euro je Quadratmeter, teilte der Mieterverein mit."
            "\n\nDas sind 60 Cent mehr als vor einem Jahr.",
            "60 Cent",
        ),
        # an age is the writer's description, never a report
        (
            "Der Angeklagte habe die Tat gestanden, sagte sein Verteidiger Jan Brückner. Er ist "
            "ein 27-Jähriger aus Halle.",
            "27-Jährig",
        ),
    ],
)
def test_a_figure_that_does_not_go_on_with_the_report_has_no_source(
    extract: Extract, text: str, figure: str
) -> None:
    assert source_of(extract(text), figure) is None
