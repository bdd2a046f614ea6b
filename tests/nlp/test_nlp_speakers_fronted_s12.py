"""Issue 11, session 12: who the speaker is when V2 fronts an object or a whole clause.
German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def speakers(extract: Extract, text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes]


# ---- a nominative pronoun after the cue is the subject -----------------------------------


def test_er_after_the_cue_is_the_subject_not_the_fronted_phrase(extract: Extract) -> None:
    intro = "Jonas Brandt ist Tarifexperte am Institut. "
    text = intro + "Weitere Streiks in den Herbstferien hält er für wahrscheinlich."
    q = one_quote(extract, text)
    assert q.speaker == "Jonas Brandt"
    assert "Herbstferien" in q.text
    text = intro + "Eine schnelle Lösung hält er aber für ausgeschlossen."
    assert speakers(extract, text) == ["Jonas Brandt"]


def test_a_fronted_thing_judged_as_gives_the_subject_after_the_cue(extract: Extract) -> None:
    q = one_quote(extract, "Weitere Streiks hält der Verband für wahrscheinlich.")
    assert q.speaker == "Verband"
    assert q.text.startswith("Weitere Streiks")
    assert one_quote(extract, "Die Lage hält die Ministerin für ernst.").speaker == "Ministerin"
    q = one_quote(extract, "Den Plan bezeichnete die Opposition als Irrweg.")
    assert q.speaker == "Opposition"
    intro = "Bürgermeister Karl Huber äußerte sich am Abend. "
    q = one_quote(extract, intro + "Die Tat bezeichnete er als sinnlos.")
    assert (q.speaker, q.text) == ("Karl Huber", "Die Tat bezeichnete er als sinnlos")


def test_the_subject_before_the_cue_keeps_its_object_after_it(extract: Extract) -> None:
    """Must not fire: a speaker opens the clause, the phrase after the cue is judged."""
    assert one_quote(extract, "Die Regierung hält die Lage für ernst.").speaker == "Regierung"
    q = one_quote(extract, "Die Ministerin hält die Kommission für zuständig.")
    assert q.speaker == "Ministerin"
    assert one_quote(extract, "Die Ministerin hält sie für ungeeignet.").speaker == "Ministerin"


def test_a_date_after_the_inverted_subject_is_no_content(extract: Extract) -> None:
    q = one_quote(extract, "Neue Zahlen kündigte die Stiftung für Anfang Juni an.")
    assert (q.speaker, q.text) == ("Stiftung", "Neue Zahlen")
    q = one_quote(extract, "Einen neuen Bericht kündigte das Ministerium bis Ende März an.")
    assert q.speaker == "Ministerium"
