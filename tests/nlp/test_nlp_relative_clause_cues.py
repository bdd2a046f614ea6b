"""A cue closing a relative clause reports nothing of the main clause after it: in "X, der
mehrere Hinterbliebene vertritt, sagte: …" the words after "vertritt," are X's own report, not
the content of "vertritt" (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Rechtsanwalt Kemal Yıldız, der mehrere Hinterbliebene vertritt, sagte: "
            "„Hier wird Verantwortung verschoben.“",
            "sagte",
            "Hier wird Verantwortung verschoben",
        ),
        (
            "Die Anwältin Jana Roth, die die Familie vertritt, sagte, man werde klagen.",
            "sagte",
            "man werde klagen",
        ),
    ],
)
def test_the_main_clause_after_a_relative_cue_is_one_report(
    extract: Extract, text: str, cue: str, said: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.cue, q.text) for q in quotes] == [(cue, said)]


def test_an_opinion_cue_with_its_clause_still_reports(extract: Extract) -> None:
    quotes = extract("Der Minister vertritt die Ansicht, dass die Steuer sinken müsse.").quotes
    assert [q.text for q in quotes] == ["dass die Steuer sinken müsse"]


def test_a_fronted_wie_clause_reports_the_main_clause_after_it(extract: Extract) -> None:
    """After "Wie X erklärte," the main clause opens with its finite verb and is X's report."""
    quotes = extract(
        "Wie die Ministerin Clara Hoff am Dienstag erklärte, sieht die Regierung darin kein Risiko."
    ).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Clara Hoff", "sieht die Regierung darin kein Risiko")
    ]
