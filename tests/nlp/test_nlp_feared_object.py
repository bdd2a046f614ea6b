"""A fear or complaint whose object is an article-less adjective and noun states that object
("Die Polizei befürchtet weitere Ausschreitungen": a warning), as a longer noun phrase already
did; an article or possessive with one noun ("bedauerte den Vorfall", "beklagte ihren Sohn")
is still no statement. German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_feared_adjective_and_noun_is_a_warning(extract: Extract) -> None:
    q = one_quote(extract, "Die Polizei befürchtet weitere Ausschreitungen.")
    assert (q.speaker, q.act, q.text) == ("Polizei", "warning", "weitere Ausschreitungen")


def test_a_complained_adjective_and_noun_is_stated(extract: Extract) -> None:
    q = one_quote(extract, "Der Verband beklagte hohe Verluste.")
    assert (q.speaker, q.text) == ("Verband", "hohe Verluste")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Firma bedauerte den Vorfall.",
        "Die Mutter beklagte ihren Sohn.",
        "Die Firma bedauerte diese Vorfälle.",
    ],
)
def test_an_article_or_possessive_and_one_noun_is_no_statement(
    extract: Extract, sentence: str
) -> None:
    assert not extract(sentence).quotes
