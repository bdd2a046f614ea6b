"""According-to "laut" + a document that names no author, also when a lower-case acronym opens
the compound ("laut ai-Bericht", "laut einer epd-Studie"); a lower-case word that is no
compound noun stays no source. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.quotes.markers import noun_head
from tests.nlp.extract_helpers import Extract, one_quote


def test_lower_case_acronym_compound_is_a_document(extract: Extract) -> None:
    q = one_quote(
        extract, "In der Region gibt es laut ai-Bericht eine hohe Zahl ungeklärter Fälle."
    )
    assert (q.speaker, q.kind) == ("ai-Bericht", "according_to")
    assert q.text == "In der Region gibt es eine hohe Zahl ungeklärter Fälle"
    q = one_quote(extract, "Laut einer epd-Studie lesen immer weniger Jugendliche eine Zeitung.")
    assert (q.speaker, q.kind) == ("epd-Studie", "according_to")


def test_noun_head_reads_the_spelling() -> None:
    assert noun_head("Bericht") and noun_head("ai-Bericht") and noun_head("dpa-Umfrage")
    assert not noun_head("ersten") and not noun_head("pro-russischen") and not noun_head("-Bericht")


def test_demonstrative_before_a_person_noun_names_the_source(extract: Extract) -> None:
    q = one_quote(extract, "Laut diesem Zeugen hat es vorher keine Schüsse im Dorf gegeben.")
    assert (q.speaker, q.kind) == ("Zeuge", "according_to")
    assert q.text == "hat es vorher keine Schüsse im Dorf gegeben"
    q = one_quote(extract, "Laut diesen Experten wird der Winter sehr kalt.")
    assert q.speaker == "Experten"


def test_demonstrative_before_a_thing_is_no_source(extract: Extract) -> None:
    for text in (
        "Laut dieser Zahl ist die Lage in der Stadt ernst.",
        "Laut diesem Vorschlag soll die Steuer im Mai sinken.",
    ):
        assert list(extract(text).quotes) == [], text


def test_a_publication_is_a_document(extract: Extract) -> None:
    q = one_quote(extract, "Laut der Veröffentlichung schmilzt das Eis am Nordpol schneller.")
    assert (q.speaker, q.kind) == ("Veröffentlichung", "according_to")
