"""`own_subject_after`: whether "und" opens a main clause with a subject of its own."""

from __future__ import annotations

from bot.nlp.quotes.grammar import own_subject_after


def test_an_article_or_name_after_und_is_a_subject_of_its_own() -> None:
    texts = ["und", "die", "Partei", "rief"]
    assert own_subject_after(texts, 0, 3)
    texts = ["und", "Russland", "rief"]
    assert own_subject_after(texts, 0, 2)


def test_the_verb_or_an_auxiliary_after_und_shares_the_subject() -> None:
    assert not own_subject_after(["und", "kündigte", "an"], 0, 1)
    assert not own_subject_after(["und", "hat", "später", "erklärt"], 0, 3)
