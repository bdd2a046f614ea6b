"""The gender a role gives a person decides whom a later "er"/"sie" means (issue 11): the
role noun of "die innenpolitische Sprecherin der FDP" is "Sprecherin" (feminine), not the
adjective before it, and "die Abgeordnete" is a woman though her noun has no "-in". A name
mentioned again without a role keeps that gender. German sentences written for these
tests."""

from __future__ import annotations

import pytest

from bot.nlp.speakers.gender import first_name_gender, role_gender
from tests.nlp.extract_helpers import Extract

OPENING = "Die Regierung unter der Bundeskanzlerin Angela Merkel hat das Gesetz beschlossen. "


@pytest.mark.parametrize(
    ("role", "article", "gender"),
    [
        ("innenpolitische Sprecherin der FDP-Fraktion", "die", "f"),
        ("stellvertretende Ministerpräsidentin", None, "f"),
        ("Abgeordnete", "die", "f"),
        ("Vorsitzende des Vereins", "eine", "f"),
        ("Abgeordnete", "der", "m"),
        ("innenpolitischer Sprecher der SPD", None, "m"),
        ("Experte", "der", "m"),
        ("Fraktionsvize", None, None),  # the same word for a man and a woman
        ("Fraktionsvize", "die", "f"),
        (None, "die", None),
    ],
)
def test_the_role_noun_and_its_article_give_the_gender(
    role: str | None, article: str | None, gender: str | None
) -> None:
    assert role_gender(role, article) == gender


@pytest.mark.parametrize(
    "person",
    [
        "Auch die innenpolitische Sprecherin der FDP-Fraktion, Gisela Piltz,",
        "Die Abgeordnete Gisela Piltz",
    ],
)
def test_sie_is_the_woman_the_sentence_before_opened_with(extract: Extract, person: str) -> None:
    text = (
        OPENING + f"{person} schloss sich der Kritik an den Plänen an. "
        "Sie warf dem Kabinett vor, die Ferienzeit auszunutzen."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Gisela Piltz"]


def test_er_finds_no_woman(extract: Extract) -> None:
    text = (
        OPENING + "Die Abgeordnete Gisela Piltz schloss sich der Kritik an den Plänen an. "
        "Er warf dem Kabinett vor, die Ferienzeit auszunutzen."
    )
    assert [q.speaker for q in extract(text).quotes] == []


def test_a_man_named_again_without_his_role_stays_a_man(extract: Extract) -> None:
    text = (
        OPENING + "Der Abgeordnete Hans Piltz schloss sich der Kritik an den Plänen an. "
        "Sie warf dem Kabinett vor, die Ferienzeit auszunutzen."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Angela Merkel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Peter Kraus traf Anna Schulte. Die 45-Jährige sagte, man sei sich einig.",
            "Anna Schulte",
        ),
        ("Anna Schulte traf Peter Kraus. Der 52-Jährige sagte, man sei sich einig.", "Peter Kraus"),
        (
            "Am Montag besuchte Stefan Wolf die Ärztin Maria Lindner in Köln. Die 38-Jährige "
            "erklärte später, die Station sei überlastet.",
            "Maria Lindner",
        ),
        (
            "Sabine Roth hatte Thomas Engel eingeladen. Er wollte nicht kommen. Der 61-Jährige "
            "sagte, er habe keine Zeit gehabt.",
            "Thomas Engel",
        ),
    ],
)
def test_an_age_noun_finds_the_one_person_its_given_name_fits(
    extract: Extract, text: str, speaker: str
) -> None:
    """Nobody has a role noun here: only the given names tell the two persons apart."""
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_two_women_leave_the_age_noun_unresolved(extract: Extract) -> None:
    text = (
        "Peter Kraus traf Anna Schulte und Maria Lindner. Die 45-Jährige sagte, man sei sich einig."
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert "Anna Schulte" not in speakers and "Maria Lindner" not in speakers


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Anna Schulte", "f"),
        ("Peter Kraus", "m"),
        ("Karl-Heinz Rummel", "m"),
        ("Jacinda Ardern", "f"),
        ("Annette Wolter", "f"),
        ("Andrea Nahles", None),  # used for both genders: unknown
        ("Schulte", None),  # a surname alone tells nothing
        ("Zorblax Müller", None),
    ],
)
def test_the_given_name_tells_the_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender
