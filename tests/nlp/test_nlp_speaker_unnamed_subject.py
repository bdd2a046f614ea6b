"""An unnamed spokesperson ("Eine Sprecherin der Behörde bestätigte …") is the subject a
following "sie"/"er" continues, as "die Sprecherin" is: the pronoun went to a person named
sentences before ("…, sagte sie" given to the company's founder)."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract

BEFORE = "Gründerin Hannah Seidel entschuldigte sich am Wochenende. "
BEFORE_M = "Innenminister Karl Huber lobte am Montag die Einsatzkräfte. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            BEFORE + "Eine Sprecherin der Datenschutzbehörde bestätigte, dass ein Verfahren "
            "läuft. Man habe das Unternehmen zur Stellungnahme aufgefordert, sagte sie.",
            "Datenschutzbehörde",
        ),
        (
            BEFORE_M + "Ein Sprecher der Feuerwehr sagte, der Brand sei gelöscht. Die Ursache "
            "sei noch unklar, fügte er hinzu.",
            "Feuerwehr",
        ),
        (
            BEFORE_M + "Wie ein Pressesprecher der Stadtwerke mitteilte, ist die Leitung "
            "repariert. Er kündigte weitere Kontrollen an.",
            "Stadtwerke",
        ),
    ],
)
def test_the_pronoun_continues_the_unnamed_spokesperson(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert len(quotes) == 2, quotes
    assert [q.speaker for q in quotes] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun's gender does not fit the spokesperson: the person named before
        (
            "Die Ministerin Anna Berg lobte die Polizei. Ein Sprecher der Feuerwehr sagte, der "
            "Brand sei gelöscht. Die Ursache sei noch unklar, fügte sie hinzu.",
            "Anna Berg",
        ),
        # an organisation is no person a pronoun continues
        (
            BEFORE_M + "Ein Unternehmen aus Bonn teilte mit, der Brand sei gelöscht. Die "
            "Ursache sei noch unklar, fügte er hinzu.",
            "Karl Huber",
        ),
    ],
)
def test_a_pronoun_that_does_not_fit_keeps_the_person_before(
    extract: Extract, text: str, speaker: str
) -> None:
    assert extract(text).quotes[-1].speaker == speaker
