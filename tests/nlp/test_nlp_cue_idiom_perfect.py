"""The words of a nominal idiom belong to its cue: in the perfect ("hat … in Aussicht
gestellt", "hat … in Abrede gestellt") what was promised or denied is the object without
them, and before a comma ("machte am Montag einen Vorschlag, … zu …") they are no object that
keeps the clause from being what was said. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_prospect_held_out_in_the_perfect(extract: Extract) -> None:
    """ "hat … in Aussicht gestellt": the participle closes the idiom as its finite forms do."""
    q = one_quote(extract, "Der Konzern hat den Beschäftigten eine Prämie in Aussicht gestellt.")
    assert (q.speaker, q.act) == ("Konzern", "announcement")
    assert q.text == "den Beschäftigten eine Prämie"
    q = one_quote(extract, "Die Bürgermeisterin hatte schnelle Hilfe in Aussicht gestellt.")
    assert (q.speaker, q.text) == ("Bürgermeisterin", "schnelle Hilfe")


def test_a_denial_in_the_perfect_keeps_the_idiom_out_of_the_text(extract: Extract) -> None:
    """ "hat … in Abrede gestellt": what was denied, not "… in Abrede"."""
    q = one_quote(extract, "Die Sprecherin hat alle Vorwürfe in Abrede gestellt.")
    assert (q.text, q.act) == ("alle Vorwürfe", "denial")


def test_an_idioms_own_words_are_no_object_before_its_clause(extract: Extract) -> None:
    """ "machte am Montag einen Vorschlag, … zu …": the article and noun of the idiom belong to
    the cue, so what was proposed is the zu-infinitive after the comma."""
    q = one_quote(extract, "Der Landrat machte am Montag einen Vorschlag, die Schule zu erhalten.")
    assert (q.speaker, q.text, q.act) == ("Landrat", "die Schule zu erhalten", "demand")
    q = one_quote(
        extract,
        "Der Bürgermeister stellte am Dienstag das Ultimatum, die Plakate bis Freitag zu entfernen.",
    )
    assert (q.text, q.act) == ("die Plakate bis Freitag zu entfernen", "demand")
    # an object of the verb's own still keeps the words before the comma
    q = one_quote(
        extract, "Die Ärztin empfahl den Eltern eine frühe Impfung, um Ansteckungen zu vermeiden."
    )
    assert "frühe Impfung" in q.text
