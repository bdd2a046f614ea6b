"""Objects are no speakers (issue 11: "a reversed attribution is worse than a missing one"):
the person after a plural cue, the person judged by "bezeichnete … als", a name inside a
fronted dative object. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.speakers.agreement import plural_finite

Extract = Callable[..., ArticleExtraction]


def who(ex: ArticleExtraction) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.target) for q in ex.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Kritiker werfen Obama vor, er habe die Entscheidung nur aus Kalkül getroffen.",
            "Kritiker",
            "Obama",
        ),
        (
            "Die Gewerkschaften warfen Schulze vor, sie habe die Beschäftigten getäuscht.",
            "Gewerkschaften",
            "Schulze",
        ),
    ],
)
def test_the_person_after_a_plural_accusation_is_the_accused(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    assert who(extract(text)) == [(speaker, target)]


def test_a_singular_cue_keeps_the_inverted_name_as_speaker(extract: Extract) -> None:
    # negative: "Der Zeitung sagte X": the name after a singular cue is its subject
    ex = extract("Der Zeitung sagte Filep Karma, er werde weiter kämpfen.")
    assert [q.speaker for q in ex.quotes] == ["Filep Karma"]


def test_plural_finite_forms() -> None:
    assert plural_finite("werfen") and plural_finite("sagten")
    assert not plural_finite("warf") and not plural_finite("sagte")
    assert not plural_finite("gesprochen")


def test_the_judged_person_is_no_speaker_when_a_source_precedes(extract: Extract) -> None:
    ex = extract("Das Magazin Cicero bezeichnete Weber als „Totengräber der Partei“.")
    assert [q.speaker for q in ex.quotes] == ["Cicero"]


def test_das_pointing_back_still_takes_the_name_after_the_cue(extract: Extract) -> None:
    # negative: a bare "Das" before the cue is the statement, the name after it speaks
    ex = extract(
        "Die Mieten steigen weiter. Das sagte Bauministerin Klara Geywitz am Montag in Berlin."
    )
    assert [q.speaker for q in ex.quotes] == ["Klara Geywitz"]


def test_a_name_inside_a_fronted_dative_object_is_no_speaker(extract: Extract) -> None:
    ex = extract(
        "Den noch auf der Insel Timor verbliebenen Flüchtlingen sicherte Präsident Gusmão "
        "zu, dass die Türen offen bleiben."
    )
    assert [q.speaker for q in ex.quotes] == ["Gusmão"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: "
            "„Der Mann hat erst gebremst, dann ist er geflohen.“",
            "anonymous",
            "Augenzeuge",
        ),
        (
            "Die Nachrichtenagentur zitiert dazu Néstor Kirchner mit folgenden Worten: "
            "„Diese Banken haben ihre Aufgabe verloren.“",
            "Néstor Kirchner",
            None,
        ),
    ],
)
def test_the_person_a_medium_quotes_is_the_speaker(
    extract: Extract, text: str, speaker: str, role: str | None
) -> None:
    ex = extract(text)
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [(speaker, role)]


def test_a_medium_quoting_without_an_object_stays_the_speaker(extract: Extract) -> None:
    # negative: without a quoted object after "zitiert", the medium before it speaks
    ex = extract("Die Zeitung zitiert aus einem internen Bericht: „Die Lage ist ernst.“")
    assert [q.speaker for q in ex.quotes] == ["Zeitung"]


def test_a_feminine_noun_after_der_before_the_cue_is_a_dative(extract: Extract) -> None:
    ex = extract("Der Lokalzeitung sagte der Anwalt Peter Roth, sein Mandant sei unschuldig.")
    assert [q.speaker for q in ex.quotes] == ["Peter Roth"]
    ex = extract("Der Regierung erklärte die Sprecherin des Verbands, man sei enttäuscht.")
    assert [q.speaker for q in ex.quotes] != ["Regierung"]


def test_a_masculine_subject_before_the_cue_stays_the_speaker(extract: Extract) -> None:
    # negative: "Der Verband" is nominative; the phrase after the cue is no subject
    ex = extract("Der Verband erklärte am Montag, man sei enttäuscht.")
    assert [q.speaker for q in ex.quotes] == ["Verband"]
