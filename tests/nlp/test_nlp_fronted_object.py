"""A fronted object with adjectives is no speaker: in "Den hohen Verlust bestätigte der
Konzern" the accusative phrase opens the V2 clause and the subject follows the cue. The
adjective used to hide the oblique article, so the object's head ("Verlust", "Anstieg")
became the speaker: an inverted attribution. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.subject_words import in_fronted_object
from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "sentence, obj",
    [
        ("Den hohen Verlust bestätigte der Konzern am Montag.", "Verlust"),
        ("Den prozentualen Anstieg der Mieten bezifferte das Amt auf zwölf Prozent.", "Anstieg"),
        ("Einen deutlichen Rückgang der Zahlen meldete die Behörde am Freitag.", "Rückgang"),
    ],
)
def test_the_head_of_a_fronted_object_is_never_the_speaker(
    extract: Extract, sentence: str, obj: str
) -> None:
    assert all(q.speaker != obj for q in extract(sentence).quotes)


def test_a_nominative_phrase_with_an_adjective_still_speaks(extract: Extract) -> None:
    speakers = [q.speaker for q in extract("Der neue Sprecher sagte, die Lage sei ernst.").quotes]
    assert speakers and "Sprecher" in speakers[0]


def test_only_an_oblique_article_at_the_clause_start_opens_a_fronted_object() -> None:
    texts = ["Den", "hohen", "Verlust", "bestätigte", "der", "Konzern", "."]
    assert in_fronted_object(texts, 0, 2)
    texts = ["Der", "hohe", "Verlust", "beunruhigte", "den", "Konzern", "."]
    assert not in_fronted_object(texts, 0, 2)
    texts = ["Nach", "Angaben", "der", "neuen", "Sprecherin", "sagte", "sie", "."]
    assert not in_fronted_object(texts, 0, 4)
