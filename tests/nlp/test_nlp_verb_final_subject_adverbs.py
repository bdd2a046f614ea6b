"""A sentence adverb or "selbst" between a subject and its "hat" ("Die Kammer hingegen hatte
… gefordert", "Die Arbeiterkammer selbst hatte … gefordert"): the verb-final object is still
what was demanded. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_contrast_adverb_after_the_subject(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Arbeiterkammer hingegen hatte eine Entlastung von 300 Euro gefordert."
    )
    assert (q.speaker, q.text) == ("Arbeiterkammer", "eine Entlastung von 300 Euro")
    q = one_quote(extract, "Die Opposition wiederum hat den Rücktritt des Ministers gefordert.")
    assert (q.speaker, q.text) == ("Opposition", "den Rücktritt des Ministers")


def test_selbst_after_the_subject_is_no_part_of_the_object(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Arbeiterkammer selbst hatte eine Entlastung von mindestens 300 Euro gefordert.",
    )
    assert (q.speaker, q.text) == ("Arbeiterkammer", "eine Entlastung von mindestens 300 Euro")
    q = one_quote(extract, "Bürgermeisterin Anna Roth selbst hat weitere Kontrollen angekündigt.")
    assert (q.speaker, q.text) == ("Anna Roth", "weitere Kontrollen")


def test_selbst_after_the_auxiliary_stays_with_the_object(extract: Extract) -> None:
    q = one_quote(extract, "Die Trainerin hat selbst Fehler eingeräumt.")
    assert (q.speaker, q.text) == ("Trainerin", "selbst Fehler")
