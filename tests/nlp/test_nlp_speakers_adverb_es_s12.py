"""Issue 11, session 12: a sentence-initial adverb is no name, and the correlate "es" after
the cue stands before the subject. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_capitalised_adverb_opening_the_sentence_is_no_speaker(extract: Extract) -> None:
    """ "Ausdrücklich" is an adjective's base form: the lemma table has it as a lemma only."""
    q = one_quote(extract, "Ausdrücklich begrüßte die Ministerin, dass die Länder zustimmen.")
    assert q.speaker == "Ministerin"
    q = one_quote(extract, "Nachdrücklich warnte der Verband davor, die Gebühren zu erhöhen.")
    assert q.speaker == "Verband"


def test_a_surname_at_the_sentence_start_stays_a_name(extract: Extract) -> None:
    """Must not fire: a name the article introduced keeps its place as the subject."""
    text = "Die Ärztin Mia Fröhlich leitet die Klinik. Fröhlich sagte, die Lage sei ernst."
    assert [q.speaker for q in extract(text).quotes] == ["Mia Fröhlich"]


def test_the_subject_follows_the_correlate_es(extract: Extract) -> None:
    q = one_quote(extract, "Ausdrücklich begrüßte es die Ministerin, dass die Länder zustimmen.")
    assert q.speaker == "Ministerin"
    text = "Laut der Agentur hält es der Präsident für möglich, dass die Bank bald kommt."
    assert [q.speaker for q in extract(text).quotes if q.kind != "according_to"] == ["Präsident"]
    text = "Als wichtigste Aufgabe sah es Karl Weber an, die Schulden zu senken."
    assert one_quote(extract, text).speaker == "Karl Weber"


def test_es_before_the_cue_or_without_a_subject_after_it_changes_nothing(
    extract: Extract,
) -> None:
    """Must not fire: the subject before the cue keeps "es" as its object."""
    q = one_quote(extract, "Der Präsident hält es für möglich, dass die Bank bald kommt.")
    assert q.speaker == "Präsident"
    q = one_quote(extract, "Die Stadt begrüßte es, dass die Länder zustimmen.")
    assert q.speaker == "Stadt"
