"""Opinion and writing verbs report a Konjunktiv II clause after their comma: "Die Zeitung
schreibt, Verstöße könnten künftig schärfer geahndet werden" gave no quote (Konjunktiv I and
dass-clauses did). German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    "sentence, speaker, said",
    [
        (
            "Die Zeitung schreibt, Verstöße könnten künftig schärfer geahndet werden.",
            "Zeitung",
            "Verstöße könnten künftig schärfer geahndet werden",
        ),
        (
            "Der Bürgermeister glaubt, die Preise würden bald wieder sinken.",
            "Bürgermeister",
            "die Preise würden bald wieder sinken",
        ),
        (
            "Viele Händler fürchten, sie müssten ihre Läden schließen.",
            "Händler",
            "sie müssten ihre Läden schließen",
        ),
    ],
)
def test_konjunktiv_ii_after_an_opinion_verb_is_reported(
    extract: Extract, sentence: str, speaker: str, said: str
) -> None:
    q = one_quote(extract, sentence)
    assert (q.speaker, q.text) == (speaker, said)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Autorin schreibt einen Roman über ihre Kindheit.",
        "Er glaubt an den Erfolg der Mannschaft.",
        "Wer das glaubt, könnte sich täuschen.",
    ],
)
def test_no_clause_no_quote(extract: Extract, sentence: str) -> None:
    assert list(extract(sentence).quotes) == []
