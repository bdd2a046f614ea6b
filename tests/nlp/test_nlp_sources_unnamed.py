"""Unnamed and aged sources: a report noun that names no one is an unnamed source described as
written; an age adjective before a name keeps the name. German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Quote
from bot.nlp.speakers import parse_np

Extract = Callable[..., ArticleExtraction]


def quote_with(result: ArticleExtraction, needle: str) -> Quote:
    found = [q for q in result.quotes if needle in q.text]
    assert len(found) == 1, [(q.speaker, q.text) for q in result.quotes]
    return found[0]


def test_bare_report_noun_is_an_unnamed_source(extract: Extract) -> None:
    text = "Unter den Fahrgästen befanden sich Berichten zufolge etwa 40 Schulkinder aus Gera."
    q = quote_with(extract(text), "Schulkinder")
    assert (q.speaker, q.speaker_role) == ("anonymous", "Berichten")
    plain = "Im Hafen lagen am Morgen etwa 40 Fischkutter aus Gera."
    assert not extract(plain).quotes


def test_meldungen_and_untersuchungen_are_report_nouns(extract: Extract) -> None:
    agency = "Nach Meldungen der Nachrichtenagentur Bernama erreichte die Einheit die Stadt."
    assert quote_with(extract(agency), "Einheit").speaker == "Bernama"
    studies = "Im Seewasser sind nach jüngsten Untersuchungen verbotene Pestizide gefunden worden."
    q = quote_with(extract(studies), "Pestizide")
    assert q.speaker == "anonymous"
    assert q.speaker_role is not None and "Untersuchungen" in q.speaker_role


def test_an_age_adjective_keeps_the_name() -> None:
    words = ["der", "33-jährige", "Gianluigi", "Buffon", "sagte"]
    np = parse_np(words, 0, len(words), nouns=frozenset({"Torwart"}))
    assert np is not None and (np.kind, np.name) == ("name", "Gianluigi Buffon")
    words = ["der", "33-jährige", "Torwart", "sagte"]
    np = parse_np(words, 0, len(words), nouns=frozenset({"Torwart"}))
    assert np is not None and np.kind == "description"


def test_dies_bestaetigte_an_aged_name(extract: Extract) -> None:
    text = (
        "Dem Torwart steht eine Operation an der Bandscheibe bevor. "
        "Dies bestätigte der 33-jährige Gianluigi Buffon gegenüber der Presse."
    )
    assert quote_with(extract(text), "Operation").speaker == "Gianluigi Buffon"
