"""Speech-act rules of session 18 (issue 11, set fresh11.tsv): German sentences written for these
tests, each rule with several speakers, verbs and word orders, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Doping warf der Verband einem Radprofi vor.", "Verband", "Radprofi", "Doping"),
        ("Wortbruch warfen die Grünen einer Ministerin vor.", "Grünen", "Ministerin", "Wortbruch"),
        ("Steuerhinterziehung wirft die Anklage einem Gastwirt aus Passau vor.", "Anklage", "Gastwirt", "Steuerhinterziehung"),
        ("Betrug wirft die Polizei einem Ehepaar aus Köln vor.", "Polizei", "Ehepaar", "Betrug"),
        ("Untreue warf die Staatsanwaltschaft dem Manager am Montag vor.", "Staatsanwaltschaft", "Manager", "Untreue"),
    ],
)  # fmt: skip
def test_a_fronted_charge_accuses_the_dative_after_the_subject(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    """ "Doping warf der Verband einem Radprofi vor": V2 fronts the charge; the accused is the
    dative after the subject, also with an indefinite article or a place or time after it,
    and the charge is never read as the accused."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target, q.text) == ("accusation", speaker, target, charge)
