"""A demonstrative object before a speech verb ("Das sagte Bürgermeister Karl Huber") leaves
the person after the verb as the sentence's subject. A pronoun in the next sentence then
takes that person with the role as written, never with the verb glued to it ("sagtes
Bürgermeister", found in a new user's walk). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Stadt baut neu. Das sagte Bürgermeister Karl Huber am Montag. "
            "„Wir bauen schneller als geplant“, sagte er.",
            "Karl Huber",
            "Bürgermeister",
        ),
        (
            "Der Kreis will helfen. Das kündigte Landrätin Sabine Hölzl am Donnerstag an. "
            "„Niemand soll allein bleiben“, sagte sie.",
            "Sabine Hölzl",
            "Landrätin",
        ),
        (
            "Die Mittel reichen nicht. Dies betonte Finanzministerin Eva Roth im Landtag. "
            "„Wir müssen sparen“, fügte sie hinzu.",
            "Eva Roth",
            "Finanzministerin",
        ),
    ],
)
def test_the_pronoun_after_das_sagte_x_keeps_the_role_as_written(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.speaker_role) for q in direct] == [(speaker, role)]


def test_a_sentence_opening_with_a_named_subject_is_unchanged(extract: Extract) -> None:
    # must not fire: no demonstrative before the verb
    text = (
        "Bürgermeister Karl Huber sprach am Montag im Rathaus. "
        "„Wir bauen schneller als geplant“, sagte er."
    )
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.speaker_role) for q in direct] == [("Karl Huber", "Bürgermeister")]
