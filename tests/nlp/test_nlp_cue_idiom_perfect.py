"""A perfect nominal idiom ("hat … in Aussicht gestellt", "hat … in Abrede gestellt"): what
was promised or denied is the object, without the idiom's own words. German sentences written
for these tests."""

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
