"""Gapping: two speakers share one speech verb ("Die Staatsanwaltschaft hatte sechs Jahre
gefordert, die Verteidigung drei"). The first speaker says the verb's own object, the second
the object of the verbless conjunct after the comma. German sentences written for these
tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def said(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def test_a_verb_final_demand_and_the_defence_after_the_comma(extract: Extract) -> None:
    text = (
        "Die Staatsanwaltschaft hatte sechs Jahre Haft gefordert, die Verteidigung eine Strafe "
        "von höchstens drei Jahren."
    )
    assert said(extract, text) == [
        ("Staatsanwaltschaft", "sechs Jahre Haft"),
        ("Verteidigung", "eine Strafe von höchstens drei Jahren"),
    ]


def test_a_present_tense_demand_with_a_second_group(extract: Extract) -> None:
    text = (
        "Die Gewerkschaft verlangt acht Prozent mehr Lohn, die Arbeitgeber lediglich drei Prozent."
    )
    assert said(extract, text) == [
        ("Gewerkschaft", "acht Prozent mehr Lohn"),
        ("Arbeitgeber", "lediglich drei Prozent"),
    ]


def test_a_past_demand_ends_at_the_comma(extract: Extract) -> None:
    text = "Die Anklage forderte vier Jahre Haft, die Verteidigung einen Freispruch."
    assert said(extract, text) == [
        ("Anklage", "vier Jahre Haft"),
        ("Verteidigung", "einen Freispruch"),
    ]


def test_a_separable_announcement_is_shared_too(extract: Extract) -> None:
    text = (
        "Der Minister kündigte weitere Hilfen an, die Opposition eine Klage vor dem "
        "Verfassungsgericht."
    )
    assert said(extract, text) == [
        ("Minister", "weitere Hilfen"),
        ("Opposition", "eine Klage vor dem Verfassungsgericht"),
    ]


def test_an_apposition_to_the_object_is_no_second_speaker(extract: Extract) -> None:
    text = (
        "Die Partei forderte den Rücktritt des Ministers, die einzig richtige Konsequenz aus "
        "dem Skandal."
    )
    assert [s for s, _ in said(extract, text)] == ["Partei"]
    text = "Der Verband fordert zwei Dinge, die Abschaffung der Steuer und mehr Personal."
    assert [s for s, _ in said(extract, text)] == ["Verband"]


def test_a_conjunct_with_its_own_verb_is_no_gap(extract: Extract) -> None:
    text = "Die Sprecherin sagte, die Verteidigung habe eine Strafe von drei Jahren beantragt."
    assert said(extract, text) == [
        ("Sprecherin", "die Verteidigung habe eine Strafe von drei Jahren beantragt")
    ]
    text = "Die Anklage forderte vier Jahre Haft, die Verteidigung will einen Freispruch erreichen."
    assert "Verteidigung" not in [s for s, _ in said(extract, text)]
