"""A poll's results go on sentence after sentence without naming the poll again: "In einer
Umfrage des Instituts Forsa kommt die Union auf 29 Prozent. Die AfD legt um zwei Punkte auf
24 Prozent zu." Every share there is the pollster's figure (figure_holdout3 showed four
results of one poll without a source). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.source) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "source", "count"),
    [
        (
            "Laut einer Erhebung des Meinungsforschungsinstituts Civey liegt die CDU bei 31 "
            "Prozent. Die Grünen verlieren drei Punkte und kommen auf 12 Prozent. Die FDP "
            "stagniert bei 5 Prozent.",
            "Meinungsforschungsinstitut Civey",
            4,
        ),
        (
            "In der jüngsten Umfrage des Instituts Allensbach erreicht die ÖVP 26 Prozent. "
            "Dahinter folgt die SPÖ mit 21 Prozent.",
            "Institut Allensbach",
            2,
        ),
    ],
)
def test_the_results_after_a_poll_are_the_pollsters(
    extract: Extract, text: str, source: str, count: int
) -> None:
    found = sources(extract, text)
    assert [s for _t, s in found] == [source] * count, found


def test_a_poll_does_not_run_into_the_next_paragraph(extract: Extract) -> None:
    text = (
        "In einer Umfrage des Instituts Insa kommt die SPD auf 16 Prozent.\n\n"
        "Bei der Wahl im Februar hatte die SPD noch 16,4 Prozent erzielt."
    )
    assert sources(extract, text)[-1][1] is None


def test_a_count_after_a_poll_is_no_result_of_it(extract: Extract) -> None:
    text = (
        "In einer Umfrage des Instituts Insa kommt die SPD auf 16 Prozent. Die Partei hat "
        "rund 360.000 Mitglieder."
    )
    assert sources(extract, text)[-1][1] is None


def test_a_party_read_as_a_source_does_not_take_over_the_poll(extract: Extract) -> None:
    """The run keeps the pollster even past a sentence whose subject was read as a source."""
    text = (
        "In einer neuen Umfrage des Instituts Yougov kommt die CSU auf 38 Prozent. Die SPD "
        "verharrt bei 9 Prozent, die Grünen erreichen 14 Prozent. Die Linke kommt auf 3 "
        "Prozent."
    )
    assert sources(extract, text)[-1] == ("3 Prozent", "Institut Yougov")
