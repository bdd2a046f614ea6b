"""A spokesperson noun alone ("Die Sprecherin sagte") stands for the person the article
introduced with that role, also when an adjective came before the role ("die
innenpolitische Sprecherin der FDP, Gisela Piltz"); a spokesman of the other gender is not
her (issue 11). German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract

STORY = (
    "Die Regierung unter der Bundeskanzlerin Angela Merkel hat das Gesetz beschlossen. "
    "Auch {person} kritisierte den Plan. Das Gesetz soll im Herbst in Kraft treten. "
    "Die Sprecherin sagte, die Mittel seien unverhältnismäßig."
)


def _speaker_of_last(extract: Extract, person: str) -> str | None:
    quotes = [q for q in extract(STORY.format(person=person)).quotes if q.cue == "sagte"]
    assert len(quotes) == 1, quotes
    return quotes[0].speaker


def test_the_spokeswoman_is_the_one_named_with_an_adjective_role(extract: Extract) -> None:
    person = "die innenpolitische Sprecherin der FDP, Gisela Piltz,"
    assert _speaker_of_last(extract, person) == "Gisela Piltz"


def test_the_spokeswoman_is_not_a_spokesman(extract: Extract) -> None:
    person = "der innenpolitische Sprecher der FDP, Hans Piltz,"
    assert _speaker_of_last(extract, person) != "Hans Piltz"
