"""A speech verb as the infinitive or participle under a Konjunktiv II auxiliary ("Viele
Frauen würden die Angriffe nicht melden", "Die Minister hätten sich für nicht zuständig
erklärt") is part of the running statement, not a new source
(bot.nlp.quotes.continuation: `_reported_cues_only`, `_own_source`). German sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Die Sprecherin des Hilfswerks, Maria Roth, sagte, die Lager seien überfüllt."


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


def test_a_cue_under_wuerde_continues_the_statement(extract: Extract) -> None:
    text = f"{STATEMENT} Aus Angst würden viele Frauen die Übergriffe nicht melden."
    assert speakers_of(extract(text), "Übergriffe") == ["Maria Roth"]


def test_a_cue_participle_under_haette_continues_the_statement(extract: Extract) -> None:
    text = f"{STATEMENT} Ferner hätten sich die Behörden für nicht zuständig erklärt."
    assert speakers_of(extract(text), "zuständig") == ["Maria Roth"]


def test_an_indicative_cue_is_a_source_of_its_own(extract: Extract) -> None:
    text = f"{STATEMENT} Viele Frauen melden die Übergriffe nicht."
    assert "Maria Roth" not in speakers_of(extract(text), "Übergriffe")


def test_a_cue_under_soll_is_not_taken_into_the_statement(extract: Extract) -> None:
    """ "soll" + infinitive may be a plan or a speech act of its own ("Das System soll die
    Piloten vor Böen warnen"): the running speaker does not take it."""
    text = f"{STATEMENT} Ein neues System soll die Helfer vor Stürmen warnen."
    assert "Maria Roth" not in speakers_of(extract(text), "Stürmen")
