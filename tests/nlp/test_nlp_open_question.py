""" "X ließ offen, ob …" and "Ob …, ließ X offen" report what the speaker left open: an
indirect quote of X (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ob die Gebühren im nächsten Jahr steigen, ließ Bürgermeisterin Anna Keller offen.",
            "Anna Keller",
            "Ob die Gebühren im nächsten Jahr steigen",
        ),
        (
            "Der Trainer Jonas Pohl ließ offen, ob er seinen Vertrag verlängert.",
            "Jonas Pohl",
            "ob er seinen Vertrag verlängert",
        ),
        (
            "Die Gewerkschaft lässt bislang offen, ob sie zu weiteren Streiks aufruft.",
            "Gewerkschaft",
            "ob sie zu weiteren Streiks aufruft",
        ),
        (
            "Die Ministerin hat offen gelassen, ob sie erneut kandidiert.",
            "Ministerin",
            "ob sie erneut kandidiert",
        ),
    ],
)
def test_leaving_a_question_open_is_a_quote(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.kind, q.text) for q in quotes] == [(speaker, "indirect", content)]


def test_the_speaker_who_left_it_open_is_the_next_sie(extract: Extract) -> None:
    text = (
        "Ob der Preis erneut steigt, ließ Ministerin Eva Lorenz offen. "
        "„Ich verhandle nicht über die Presse“, sagte sie."
    )
    assert {q.speaker for q in extract(text).quotes} == {"Eva Lorenz"}


@pytest.mark.parametrize(
    "text",
    ["Die Tür ließ er offen, als er ging.", "Die Firma lässt das Fenster über Nacht offen."],
)
def test_leaving_a_thing_open_is_no_quote(extract: Extract, text: str) -> None:
    assert not extract(text).quotes
