"""Cues and subjects the clause analysis used to miss (issue 11: "cue not found / subject NP
not recognised" and "speech act with an NP object"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def speakers(ex: ArticleExtraction) -> list[str | None]:
    return [q.speaker for q in ex.quotes]


# ---- a definite common-noun group is a speaker -----------------------------------------
def test_a_plural_group_before_a_plural_cue_speaks(extract: Extract) -> None:
    ex = extract("Die Landwirte sagten, dass die Ernte in diesem Jahr schlecht sei.")
    assert speakers(ex) == ["Landwirte"]
    assert ex.quotes[0].text == "dass die Ernte in diesem Jahr schlecht sei"


def test_a_group_after_an_inverted_cue_speaks(extract: Extract) -> None:
    ex = extract("Zudem verlangen die Winzer, dass die Regierung die Hilfen verlängert.")
    assert speakers(ex) == ["Winzer"]
    ex = extract("Als Grund für die Kündigung gab die Musikschule an, der Vertrag sei ausgelaufen.")
    assert speakers(ex) == ["Musikschule"]


def test_a_fronted_object_before_a_masculine_subject_is_no_group_speaker(
    extract: Extract,
) -> None:
    # negative: "Die Pläne" is the object; "der Verband" (nominative) is the subject
    ex = extract("Die Pläne kritisierte der Verband, weil sie zu teuer seien.")
    assert "Pläne" not in speakers(ex)


def test_an_abstract_group_is_no_speaker(extract: Extract) -> None:
    # negative: an abstract head says nothing, though the cue agrees with it
    ex = extract("Die Bedingungen erklärten, warum die Ernte so schlecht ausgefallen war.")
    assert speakers(ex) == []
