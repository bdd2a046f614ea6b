"""Speech-act rules of session 13 (issue 11, set fresh5.tsv): German sentences written for
these tests, each rule in several tenses, word orders and speakers, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Die Elternvertretung stellte die Forderung nach kleineren Klassen.", "Elternvertretung", "demand", "Klassen"),
        ("Der Mieterverein hat die Forderung nach einem Mietendeckel gestellt.", "Mieterverein", "demand", "Mietendeckel"),
        ("Die Landwirte erneuerten am Freitag ihre Forderung nach einem Ausgleich für die Dürre.", "Landwirte", "demand", "Dürre"),
        ("Die Jugendorganisation erhob die Forderung nach einem kostenlosen Nahverkehr.", "Jugendorganisation", "demand", "Nahverkehr"),
        ("Die Reederei legte gegen den Bußgeldbescheid Widerspruch ein.", "Reederei", "denial", "Bußgeldbescheid"),
        ("Die Stiftung hat gegen das Urteil des Landgerichts Berufung eingelegt.", "Stiftung", "denial", "Landgerichts"),
        ("Gegen die Disqualifikation legte der Leichtathletikverband Einspruch ein.", "Leichtathletikverband", "denial", "Disqualifikation"),
        ("Der Bauherr hat gegen die Auflagen des Bauamts Beschwerde eingelegt.", "Bauherr", "denial", "Auflagen"),
    ],
)  # fmt: skip
def test_a_noun_predicate_with_its_preposition_is_the_act_of_its_noun(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        # the light verb without its noun, or the noun without its preposition
        "Die Polizei stellte den Wagen nach der Verfolgung sicher.",
        "Der Anwalt legte das Dokument in die Akte ein.",
        "Die Ministerin stellte die Forderungen der Opposition nach hinten.",
        # the noun as the subject of another verb
        "Die Forderung nach einem Neubau wurde im Mai erfüllt.",
        "Der Einspruch gegen die Sperre hatte keinen Erfolg.",
    ],
)
def test_a_light_verb_without_its_noun_and_preposition_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()
