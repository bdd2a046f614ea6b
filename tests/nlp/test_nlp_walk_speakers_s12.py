"""Speakers a new user's walk found wrong (issue 11, session 12). A demonstrative object
before a speech verb ("Das sagte Bürgermeister Karl Huber") leaves the person after the verb
as the subject, so a following pronoun takes the role as written, never the verb glued to it
("sagtes Bürgermeister"); a nominal cue's noun after an organisation ("zog die Feuerwehr
Bilanz") is no part of its name. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Stadt baut neu. Das sagte Bürgermeister Karl Huber am Montag. "
            "„Wir bauen schneller als geplant“, sagte er.",
            "Karl Huber",
            "Bürgermeister",
        ),
        (
            "Der Kreis will helfen. Das kündigte Landrätin Sabine Hölzl am Donnerstag an. "
            "„Niemand soll allein bleiben“, sagte sie.",
            "Sabine Hölzl",
            "Landrätin",
        ),
        (
            "Die Mittel reichen nicht. Dies betonte Finanzministerin Eva Roth im Landtag. "
            "„Wir müssen sparen“, fügte sie hinzu.",
            "Eva Roth",
            "Finanzministerin",
        ),
    ],
)
def test_the_pronoun_after_das_sagte_x_keeps_the_role_as_written(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.speaker_role) for q in direct] == [(speaker, role)]


def test_a_sentence_opening_with_a_named_subject_is_unchanged(extract: Extract) -> None:
    # must not fire: no demonstrative before the verb
    text = (
        "Bürgermeister Karl Huber sprach am Montag im Rathaus. "
        "„Wir bauen schneller als geplant“, sagte er."
    )
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.speaker_role) for q in direct] == [("Karl Huber", "Bürgermeister")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Abend zog die Feuerwehr Bilanz: Der Einsatz sei gelungen.", "Feuerwehr"),
        ("Nach dem Spiel zieht die Polizei Bilanz: Es sei friedlich geblieben.", "Polizei"),
    ],
)
def test_a_nominal_cues_noun_after_an_organisation_is_no_part_of_its_name(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "zog die Feuerwehr Bilanz": "Bilanz" closes the nominal cue "Bilanz ziehen"; read as
    the organisation's name it made the speaker "Feuerwehr Bilanz" (a new user's walk)."""
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_an_organisations_own_name_stays(extract: Extract) -> None:
    # must not fire: "Verdi" is the union's name, no cue noun
    text = "Die Gewerkschaft Verdi kritisierte, der Streik sei nötig gewesen."
    assert [q.speaker for q in extract(text).quotes] == ["Gewerkschaft Verdi"]
