"""Issue 11, session 12: a subordinate clause that fills the main clause's prefield has no
speaker of the statement after it; "-eur" role nouns are masculine nominatives. German
sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def speakers(extract: Extract, text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes]


def test_an_impersonal_main_clause_after_an_ob_clause_has_no_speaker(extract: Extract) -> None:
    assert speakers(extract, "Ob die Brücke hält, lasse sich nicht sagen.") == []
    assert speakers(extract, "Wenn die Brücke hält, sei das ein Erfolg.") == []
    assert speakers(extract, "Ob der Damm hält, ist noch unklar.") == []
    text = "Ob die Mauer dem Druck standhält, kann derzeit niemand sagen."
    assert "Mauer" not in speakers(extract, text)


def test_the_cue_after_the_prefield_clause_names_the_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Ob die Brücke hält, sei unklar, sagte der Ingenieur.")
    assert (q.speaker, q.text) == ("Ingenieur", "Ob die Brücke hält, sei unklar")


def test_a_framing_or_temporal_clause_keeps_its_statement(extract: Extract) -> None:
    """Must not fire: "wie" frames the statement after it; a temporal clause's cue has its
    own complement clause before the main clause."""
    q = one_quote(extract, "Wie der Minister sagte, sei die Lage ernst.")
    assert (q.speaker, q.text) == ("Minister", "sei die Lage ernst")
    text = "Als die Ministerin erklärte, die Lage sei ernst, wurde es still im Saal."
    assert speakers(extract, text) == ["Ministerin"]


def test_an_eur_role_noun_after_der_is_the_subject(extract: Extract) -> None:
    """ "-ur" ends feminine nouns ("der Kultur" is a dative), not "Ingenieur" or "Redakteur"."""
    q = one_quote(extract, "Die Brücke sei unsicher, sagte der Ingenieur.")
    assert q.speaker == "Ingenieur"
    q = one_quote(extract, "Die Auflage werde sinken, erklärte der Redakteur am Montag.")
    assert q.speaker == "Redakteur"
    q = one_quote(extract, "Der Zeitung sagte der Anwalt, sein Mandant sei unschuldig.")
    assert q.speaker == "Anwalt"  # still a dative before the cue
