"""Speech-act rules of session 11 (issue 11, set fresh3.tsv): German sentences written for
these tests, each rule in several word orders and tenses, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Die FDP will im Bundestag eine Senkung der Stromsteuer fordern.", "FDP", "demand"),
        ("Die Gewerkschaft will am Montag höhere Zuschläge für Nachtschichten verlangen.", "Gewerkschaft", "demand"),
        ("Die Opposition will im Ausschuss fragen, ob die Ministerin von den Plänen wusste.", "Opposition", "question"),
        ("Der Wetterdienst will die Bevölkerung vor dem Sturm warnen.", "Wetterdienst", "warning"),
        ("Der Konzern will die Vorwürfe der Umweltschützer zurückweisen.", "Konzern", "denial"),
        ("Ab Montag will der Landrat die Bürger um Mithilfe bitten.", "Landrat", "demand"),
    ],
)  # fmt: skip
def test_an_intention_to_perform_a_speech_act_is_that_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Das Ministerium will die Vorwürfe prüfen.",
        "Der Autobauer will ab 2030 in Europa nur noch Elektroautos verkaufen.",
        # the cue infinitive belongs to another clause: the intention stays an announcement
        "Die Stadt will den Platz umbauen, obwohl Anwohner einen Baustopp fordern.",
    ],
)
def test_an_intention_without_a_speech_act_infinitive_stays_an_announcement(
    extract: Extract, text: str
) -> None:
    acts = [q.act for q in extract(text).quotes if q.cue == "will"]
    assert acts == ["announcement"], extract(text).quotes
