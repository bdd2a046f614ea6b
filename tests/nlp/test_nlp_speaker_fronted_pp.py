"""A capitalised preposition that opens a fronted phrase is no name: "Wegen Bauarbeiten hat
die Bahn mitgeteilt, …" was said by the Bahn, not by "Wegen Bauarbeiten". An unnamed source
"Aus Regierungskreisen verlautete …" keeps its "aus". German sentences written for these
tests."""

from __future__ import annotations

from bot.nlp.speakers.phrase import fronted_place_phrase
from tests.nlp.extract_helpers import Extract, one_quote


def test_fronted_prepositional_phrase_is_no_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Wegen Bauarbeiten hat die Bahn mitgeteilt, dass der Zug ausfalle.")
    assert (q.speaker, q.text) == ("Bahn", "dass der Zug ausfalle")
    q = one_quote(extract, "Neben Berlin hat auch Hamburg erklärt, dass die Schulen öffnen.")
    assert q.speaker == "Hamburg"
    q = one_quote(extract, "Trotz Kritik hat die Regierung erklärt, dass der Plan bleibe.")
    assert q.speaker == "Regierung"


def test_nobody_rather_than_the_fronted_phrase(extract: Extract) -> None:
    found = extract("Dank Spenden konnte der Verein mitteilen, dass die Tafel bleibe.").quotes
    assert all(q.speaker != "Dank Spenden" for q in found)


def test_unnamed_circles_keep_their_preposition(extract: Extract) -> None:
    q = one_quote(extract, "Aus Militärkreisen verlautete, dass drei Soldaten verletzt wurden.")
    assert q.speaker == "anonymous"


def test_fronted_aus_phrase_is_no_speaker(extract: Extract) -> None:
    text = "Aus Mangel an Beweisen hat das Gericht erklärt, dass der Mann frei sei."
    assert one_quote(extract, text).speaker == "Gericht"
    q = one_quote(extract, "Aus Berlin hat die Regierung erklärt, dass der Mann frei sei.")
    assert q.speaker == "Regierung"


def test_aus_before_circles_stays_an_unnamed_source(extract: Extract) -> None:
    q = one_quote(extract, "Aus Kreisen der Stadtverwaltung hieß es, der Plan sei gescheitert.")
    assert (q.speaker, q.text) == ("anonymous", "der Plan sei gescheitert")


def test_fronted_place_phrase_reads_the_run() -> None:
    assert fronted_place_phrase(["Aus", "Mangel"]) and fronted_place_phrase(["Vom", "Ufer"])
    assert not fronted_place_phrase(["Aus", "Regierungskreisen"])
    assert not fronted_place_phrase(["Aus"]) and not fronted_place_phrase(["Peter", "Aus"])
