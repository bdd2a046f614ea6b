"""Who the speaker is, session 14 (issue 11): a wrong speaker is worse than a missing one.

- "Initiatorin Svenja Mohr will sie … übergeben": "sie" after the finite verb is the object
  when a person opens the clause; it was read as the subject and resolved to the last
  woman who spoke, and the bare quotation after it went to her too.
"""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract

PETITION = (
    "Die Sprecherin Janne Kuhlmann sagte, man bedauere die Schließung. "
    "Anwohner haben eine Petition gestartet. {sentence} „Das Bad gehört zum Stadtteil.“"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Initiatorin Svenja Mohr will sie der Bürgerschaft übergeben.",
        "Svenja Mohr will sie am Montag der Bürgerschaft übergeben.",
        "Die Initiatorin Svenja Mohr wollte sie gestern dem Senat übergeben.",
    ],
)
def test_person_before_the_verb_is_the_subject_not_sie(extract: Extract, sentence: str) -> None:
    quotes = extract(PETITION.format(sentence=sentence)).quotes
    bare = [q for q in quotes if q.text.startswith("Das Bad")]
    assert [q.speaker for q in bare] == ["Svenja Mohr"]
    assert all(q.speaker == "Janne Kuhlmann" for q in quotes if "Schließung" in q.text)
    assert not [q for q in quotes if q.speaker == "Janne Kuhlmann" and "übergeben" in q.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a fronted thing leaves "sie" the subject
        (
            "Die Ministerin Lea Graf stellte den Plan vor. Den Entwurf will sie im Mai "
            "vorlegen, sagte sie.",
            "Lea Graf",
        ),
        # a plural verb: "sie" is the plural subject, not the object of the fronted phrase
        (
            "Die Forscherinnen Katrin Albers und Ute Reim wollen die Bäume untersuchen. "
            "Erste Ergebnisse erwarten sie, wie sie sagten, in zwei Jahren.",
            "Katrin Albers",
        ),
    ],
)
def test_sie_stays_the_subject_after_a_thing_or_a_plural_verb(
    extract: Extract, text: str, speaker: str
) -> None:
    speakers = {q.speaker for q in extract(text).quotes}
    assert "Janne Kuhlmann" not in speakers
    assert speakers <= {speaker, "Ute Reim", None}
