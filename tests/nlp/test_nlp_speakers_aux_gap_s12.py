"""Issue 11, session 12: the subject after a preposed statement's auxiliary may follow a time
phrase, and everyday person nouns ("der Wirt", "die Urlauberin") can speak. German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_a_noun_inside_the_time_phrase_after_the_auxiliary_is_no_subject(
    extract: Extract,
) -> None:
    q = one_quote(extract, "Die Lage sei ernst, hatte kurz nach der Tat der Bürgermeister gesagt.")
    assert q.speaker == "Bürgermeister"
    text = "Man werde helfen, hatte am Abend nach dem Unglück die Ministerin versprochen."
    assert one_quote(extract, text).speaker == "Ministerin"
    # must not fire: the subject right after the auxiliary
    q = one_quote(extract, "Die Lage sei ernst, hatte der Bürgermeister nach der Tat gesagt.")
    assert q.speaker == "Bürgermeister"


def test_everyday_person_nouns_are_speakers(extract: Extract) -> None:
    text = (
        "Der Wirt, der als Zeuge geladen ist, hatte im Radio berichtet, der Streit sei eskaliert."
    )
    assert one_quote(extract, text).speaker == "Wirt"
    q = one_quote(extract, "Man habe alles verloren, sagte die Urlauberin aus Leipzig.")
    assert q.speaker == "Urlauberin"
    q = one_quote(extract, "Die Pflegerin berichtete, die Station sei seit Wochen überlastet.")
    assert q.speaker == "Pflegerin"
