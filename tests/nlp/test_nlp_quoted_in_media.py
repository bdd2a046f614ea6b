"""A passive "zitiert" names the quoted person as its subject, never the medium that quotes:
"„…“, wird der Minister in der „Bild“-Zeitung zitiert" is the minister's (issue 11). German
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir werden das prüfen“, wird der Minister in der „Bild“-Zeitung zitiert.", "Minister"),
        (
            "Der Landrat wird in der „Bild“-Zeitung mit den Worten zitiert: "
            "„Wir werden das prüfen.“",
            "Landrat",
        ),
        ("„Das ist falsch“, wird die Sprecherin des Konzerns von der Agentur zitiert.", "Konzern"),
        (
            "Ministerin Anna Berg wurde im Spiegel mit den Worten zitiert, man werde das prüfen.",
            "Anna Berg",
        ),
    ],
)
def test_the_quoted_person_speaks_not_the_medium(extract: Extract, text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_an_active_zitiert_still_names_its_object(extract: Extract) -> None:
    quotes = extract("Die Agentur zitiert den Minister mit den Worten, man werde das prüfen.")
    assert [q.speaker for q in quotes.quotes] == ["Minister"]
