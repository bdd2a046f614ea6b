"""Who the speaker is (issue 11, session 15). German sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from bot.nlp.tokenizer import customize_tokenizer
from tests.nlp.extract_helpers import Extract


@pytest.fixture(scope="module")
def tokenize() -> spacy.language.Language:
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    return nlp


def test_a_quoted_title_in_a_compound_splits_at_its_closing_mark(
    tokenize: spacy.language.Language,
) -> None:
    """ "„Bild“-Zeitung" stayed one token `Bild“-Zeitung`, so the quotation never closed."""
    assert [t.text for t in tokenize("Die „Bild“-Zeitung berichtete")] == [
        "Die", "„", "Bild", "“", "-", "Zeitung", "berichtete",
    ]  # fmt: skip
    assert [t.text for t in tokenize('der "Welt"-Redaktion')] == [
        "der", '"', "Welt", '"', "-", "Redaktion",
    ]  # fmt: skip
    # a plain compound and a dash after a quotation keep their tokens
    assert [t.text for t in tokenize("CDU-Chef")] == ["CDU-Chef"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die „Bild“-Zeitung berichtete unter Berufung auf Sicherheitskreise, der Minister "
            "werde zurücktreten.",
            "Bild-Zeitung",
        ),
        (
            "Wie die „Welt“-Redaktion am Montag meldete, ist der Vertrag unterschrieben.",
            "Welt-Redaktion",
        ),
        (
            "Der „Spiegel“-Bericht zitierte einen Beamten, die Akten seien vernichtet worden.",
            "Spiegel-Bericht",
        ),
        ("Laut „Bild“-Zeitung soll die Ministerin am Freitag zurücktreten.", "Bild-Zeitung"),
    ],
)
def test_a_medium_named_by_a_quoted_compound_speaks(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert "Zeitung soll" not in quotes[0].text  # the compound's head is no part of the content


def test_a_quoted_compound_inside_the_content_is_no_speaker(extract: Extract) -> None:
    text = "Der Minister sprach von einem „Stopp“-Signal, sagte Anna Berg."
    assert [q.speaker for q in extract(text).quotes] == ["Anna Berg"]
