"""A clause that contradicts somebody ("Anders als die Regierung behauptet, sind die Preise
gestiegen") names whose words the sentence denies: that source is no speaker of it. It was
read as the government saying prices rose, the reverse of the sentence's meaning."""

from __future__ import annotations

import pytest

from bot.nlp.lexicons import rows
from bot.nlp.quotes.contrastive import contrastive, opener_rows
from tests.nlp.extract_helpers import Extract, one_quote

OPENERS = opener_rows(rows("quote_contrast_openers.txt"))


def _at_cue(sentence: str, cue: str) -> bool:
    texts = sentence.split()
    return contrastive(texts, texts.index(cue), OPENERS)


def test_contrast_clause_cue() -> None:
    assert _at_cue("Anders als die Regierung behauptet , sind die Preise gestiegen .", "behauptet")
    assert _at_cue("Im Gegensatz zu dem , was der Minister sagt , stiegen sie .", "sagt")
    assert _at_cue("Sie stiegen , anders als die Regierung erklärt hatte .", "erklärt")


def test_comparison_phrase_before_a_main_verb_is_no_contrast() -> None:
    # "anders als sein Vorgänger" compares the minister; he does say it
    assert not _at_cue("Anders als sein Vorgänger sagte der Minister , er wolle …", "sagte")
    # the opener's clause ended before the cue
    assert not _at_cue("Anders als im Vorjahr , sagte der Minister , stiegen sie .", "sagte")


@pytest.mark.parametrize(
    "text",
    [
        "Anders als die Regierung behauptet, sind die Preise gestiegen.",
        "Im Gegensatz zu dem, was der Minister behauptet, sind die Preise gestiegen.",
        "Die Preise sind gestiegen, anders als die Regierung behauptet hatte.",
    ],
)
def test_contradicted_source_is_no_speaker(extract: Extract, text: str) -> None:
    assert [q.speaker for q in extract(text).quotes] == []


def test_outer_speaker_keeps_the_statement(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Zeitung berichtet, das Fahrzeug sei, anders als das Militär behauptet, langsam "
        "gefahren.",
    )
    assert q.speaker == "Zeitung"


def test_comparison_keeps_its_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Anders als sein Vorgänger sagte der Minister, er wolle sparen.")
    assert q.speaker == "Minister"
