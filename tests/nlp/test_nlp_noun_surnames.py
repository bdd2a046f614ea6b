"""A surname that is also a noun ("Brand", "Sturm") after a given name is a person: "Anna
Brand sagte, …" is Anna Brand's statement, even where the lemma table lists the given name
as a noun too (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Brand sagte, die Lage sei ernst.", "Anna Brand"),
        ("Die Lage sei ernst, sagte Georg Brand.", "Georg Brand"),
        (
            "Innenminister Georg Brand besuchte am Freitag das Hochwassergebiet. Das Land werde "
            "die Schäden vollständig ersetzen, kündigte er an.",
            "Georg Brand",
        ),
    ],
)
def test_a_given_name_and_a_noun_surname_speak(extract: Extract, text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]
