"""Cue verb forms are words: generated participles are checked against spaCy's lookup
lemmatizer table (issue 11: no hand generator that emits non-words)."""

from __future__ import annotations

import pytest

from bot.nlp.cues import CueLexicon, build_lexicon
from bot.nlp.quotes.model import load_lemma_table


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return build_lexicon(load_lemma_table())


@pytest.mark.parametrize("word", ["geankündigt", "geklarstellt", "geprophezeit", "versprechte"])
def test_generated_non_words_are_no_cue_forms(lexicon: CueLexicon, word: str) -> None:
    assert lexicon.lemma(word) is None


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("angekündigt", "ankündigen"),
        ("klargestellt", "klarstellen"),
        ("prophezeit", "prophezeien"),
        ("prophezeite", "prophezeien"),
        ("versprach", "versprechen"),
        ("gesagt", "sagen"),
        ("erklärte", "erklären"),
        ("sage", "sagen"),  # Konjunktiv I, absent from the lookup table: still a cue
        ("getwittert", "twittern"),  # a verb the table does not know keeps its forms
    ],
)
def test_real_forms_stay_cue_forms(lexicon: CueLexicon, word: str, lemma: str) -> None:
    assert lexicon.lemma(word) == lemma
