"""An age noun ("der 61-Jährige") stands, like a pronoun, for the subject of the sentence
before when its gender fits, not for whoever was named last (an object). German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def test_the_age_noun_is_the_previous_subject(extract: Extract) -> None:
    text = (
        "Der Kanzler Olaf Berg traf den Präsidenten Emmanuel Roux. Der 61-Jährige sagte, "
        "man sei sich einig."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Olaf Berg"]


def test_without_a_fitting_subject_the_last_person_of_that_gender_speaks(
    extract: Extract,
) -> None:
    text = (
        "Die Ministerin Eva Kern traf den Präsidenten Emmanuel Roux. Der 61-Jährige sagte, "
        "man sei sich einig."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Emmanuel Roux"]
