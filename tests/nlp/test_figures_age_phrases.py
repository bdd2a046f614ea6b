"""An age written "im Alter von 84 Jahren" is the writer's description of someone, like "die
84-Jährige": never a number the source of its sentence reports (issue 12, session 14: "Sie
starb im Alter von 84 Jahren, wie ihr Verlag mitteilte" had the source "Verlag"). A
predicative age in reported speech keeps its source. German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def source_of(ex: ArticleExtraction, text: str) -> str | None:
    return next(f for f in ex.figures if text in f.text).source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Der Schauspieler starb am Freitag im Alter von 91 Jahren in Hamburg, wie seine "
            "Familie mitteilte.",
            "91 Jahren",
        ),
        (
            "Nach Angaben der Polizei wurde ein Radfahrer im Alter von 67 Jahren schwer verletzt.",
            "67 Jahren",
        ),
    ],
)
def test_an_age_after_alter_von_has_no_source(extract: Extract, text: str, figure: str) -> None:
    assert source_of(extract(text), figure) is None


def test_a_predicative_age_in_reported_speech_keeps_its_source(extract: Extract) -> None:
    assert source_of(extract("Der Täter sei 18 bis 25 Jahre alt, so die Polizei."), "18") == (
        "Polizei"
    )
