"""The shortcuts of the extraction speed work (issue 11) answer exactly as the code they
replace: a remembered lemma is the table's, a set of preposition spellings is the lower-case
test, a remembered date is the date of that text and article date, a rules copy is a copy.
The extraction outputs themselves are compared byte for byte by the evaluation script; these
tests pin the equivalences where a later change could break them unnoticed."""

from __future__ import annotations

import pytest

from bot.nlp.figures.lemmas import lookup_table, memo_lemmatize


def _plain_lemmatize(word: str) -> str | None:
    value = lookup_table().get(word)
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(
    "word", ["Soldaten", "Hilfen", "Todesopfer", "starben", "Xyzzyquux", "", "Soldaten"]
)
def test_a_remembered_lemma_is_the_tables(word: str) -> None:
    lemmatize = memo_lemmatize(lookup_table())
    first = lemmatize(word)
    assert first == _plain_lemmatize(word)
    assert lemmatize(word) == first  # asked again: the remembered answer


def test_the_lemma_memory_starts_anew_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.nlp.figures.lemmas as lemmas

    monkeypatch.setattr(lemmas, "MEMO_WORDS", 2)
    lemmatize = memo_lemmatize(lookup_table())
    words = ["Häuser", "Menschen", "Verletzte", "Häuser", "Xyzzyquux", "Menschen"]
    assert [lemmatize(w) for w in words] == [_plain_lemmatize(w) for w in words]
