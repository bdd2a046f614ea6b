"""Speakers a new user's walk found wrong (issue 11, session 13). After an unnamed person
opening the sentence ("Ein RVB-Sprecher räumte Anlaufschwierigkeiten ein") the bare noun after
the speech verb is its object, never the speaker; read as a name it became the speaker
"Anlaufschwierigkeiten" of the next sentence's Konjunktiv statement. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Ein RVB-Sprecher räumte Anlaufschwierigkeiten ein.", "RVB-Sprecher"),
        ("Ein Polizeisprecher räumte Fehler ein.", "Polizeisprecher"),
        ("Eine Anwohnerin forderte Entschädigung.", "Anwohnerin"),
        ("Ein Mann kündigte Widerstand an.", "Mann"),
    ],
)
def test_a_bare_noun_after_an_unnamed_subject_is_its_object(
    extract: Extract, opening: str, role: str
) -> None:
    text = f"Der Busverkehr lief nur schleppend an. {opening} Man arbeite an einer Lösung."
    quotes = extract(text).quotes
    assert quotes, text
    assert {(q.speaker, q.speaker_role) for q in quotes} == {("anonymous", role)}


def test_a_surname_after_a_dative_opening_stays_the_speaker(extract: Extract) -> None:
    # must not fire: "Einem Reporter" is a dative object, "Müller" the subject
    text = (
        "Verkehrsminister Hans Müller besuchte das Depot. "
        "Einem Reporter sagte Müller, es gebe Probleme."
    )
    assert {q.speaker for q in extract(text).quotes} == {"Hans Müller"}


@pytest.mark.parametrize(
    "text",
    [
        "Gegen die Disqualifikation legte die Läuferin Clara Weiß Einspruch ein.",
        "Gegen den Bescheid legte die Anwohnerin Petra Lang Widerspruch ein.",
    ],
)
def test_a_nominal_cues_noun_after_a_person_is_no_part_of_the_speaker(
    extract: Extract, text: str
) -> None:
    """ "legte die Läuferin Clara Weiß Einspruch ein" gave the speaker "Läuferin Clara Weiß
    Einspruch": the cue's own noun read as the last word of a name."""
    speakers = [q.speaker or "" for q in extract(text).quotes]
    assert not any(s.endswith(("Einspruch", "Widerspruch")) for s in speakers), speakers


def test_a_named_person_before_a_nominal_cues_noun_speaks(extract: Extract) -> None:
    text = "Gegen das Urteil legte Anwalt Peter Kurz Berufung ein."
    assert [(q.speaker, q.speaker_role) for q in extract(text).quotes] == [("Peter Kurz", "Anwalt")]
