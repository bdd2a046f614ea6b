"""The subject of a passive speech act is what was said or whom it was said to, never the
speaker: "Auch die Namen der beteiligten Künstler wurden nun bekanntgegeben" gave the
announcement to the artists, "Darin wird der König aufgefordert, …" the demand to the king."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.passive_themes import passive_theme
from tests.nlp.extract_helpers import Extract


def _theme(sentence: str, cue: str, lemma: str) -> bool:
    texts = sentence.split()
    return passive_theme(texts, 0, texts.index(cue), len(texts), lemma)


def test_passive_participles() -> None:
    assert _theme("Die Namen wurden nun bekanntgegeben :", "bekanntgegeben", "bekanntgeben")
    assert _theme("Der Plan wird am Montag vorgestellt :", "vorgestellt", "vorstellen")
    assert _theme("Der Plan ist gestern erklärt worden .", "erklärt", "erklären")


def test_future_and_quoted_person_keep_their_subject() -> None:
    assert not _theme("Der Minister wird morgen erklären , dass", "erklären", "erklären")
    assert not _theme("Der Minister wurde mit den Worten zitiert , er", "zitiert", "zitieren")
    assert not _theme("Der Minister hat gestern erklärt , dass", "erklärt", "erklären")


@pytest.mark.parametrize(
    "text",
    [
        "Auch die Namen der beteiligten Künstler wurden nun bekanntgegeben: Mit dabei ist Ferran.",
        "Darin wird der König aufgefordert, bis zur Wahl einen Regierungschef einzusetzen.",
    ],
)
def test_passive_subject_is_no_speaker(extract: Extract, text: str) -> None:
    speakers = {q.speaker for q in extract(text).quotes}
    assert not speakers & {"Beteiligte Künstler", "Beteiligten Künstler", "König"}


def test_agent_inside_the_subject_phrase_speaks(extract: Extract) -> None:
    quotes = extract(
        "Zudem wurde die Bundesregierung vom LSVD aufgefordert, dem Mann die Einreise zu "
        "verweigern."
    ).quotes
    assert [q.speaker for q in quotes] == ["LSVD"]


def test_prepositional_source_of_a_passive_stays(extract: Extract) -> None:
    quotes = extract(
        "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass niemand überlebt hat."
    ).quotes
    assert [q.speaker for q in quotes] == ["Salzburger Nachrichten"]
