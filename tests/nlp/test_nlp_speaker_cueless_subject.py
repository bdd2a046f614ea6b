"""A person opening a sentence without a speech cue ("Auch die Sprecherin der FDP, Gisela
Piltz, schloss sich der Kritik an.") is a mention the registry keeps (issue 11): "sie" or
"die 52-Jährige" two sentences later means her, not a woman named before her. German
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract

STORY = (
    "Die Regierung unter der Bundeskanzlerin Angela Merkel hat das Gesetz beschlossen. "
    "{person} schloss sich der Kritik an den Plänen an. "
    "Das Gesetz soll im Herbst in Kraft treten. "
    "{subject} sagte, die Mittel seien unverhältnismäßig."
)


@pytest.mark.parametrize("subject", ["Sie", "Die 52-Jährige"])
def test_a_subject_without_cue_is_found_two_sentences_on(extract: Extract, subject: str) -> None:
    person = "Auch die innenpolitische Sprecherin der FDP-Fraktion, Gisela Piltz,"
    text = STORY.format(person=person, subject=subject)
    assert [q.speaker for q in extract(text).quotes] == ["Gisela Piltz"]


def test_a_man_opening_the_sentence_is_no_sie(extract: Extract) -> None:
    text = STORY.format(person="Der Abgeordnete Hans Piltz", subject="Sie")
    assert [q.speaker for q in extract(text).quotes] == ["Angela Merkel"]


def test_a_fronted_object_opens_no_subject(extract: Extract) -> None:
    text = (
        "Die Regierung unter der Bundeskanzlerin Angela Merkel hat das Gesetz beschlossen. "
        "Das musste Finanzminister Hans Roth einräumen. Auch das Kabinett schwieg. "
        "Der Minister sagte, die Mittel seien unverhältnismäßig."
    )
    roles = [q.speaker_role for q in extract(text).quotes]
    assert all("musste" not in (r or "") for r in roles)
