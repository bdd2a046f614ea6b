"""Issue 11, session 12: an age noun ("die 38-Jährige") after an unnamed person introduced the
sentence before is that unnamed person. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def quotes(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_role, q.text) for q in extract(text).quotes]


def test_an_age_noun_continues_the_unnamed_speaker_of_its_gender(extract: Extract) -> None:
    text = (
        "Eine deutsche Urlauberin berichtet von dramatischen Szenen in einem Hotel. „Der "
        "Himmel war plötzlich orange“, erzählte die 38-Jährige aus Leipzig."
    )
    assert ("anonymous", "deutsche Urlauberin", "Der Himmel war plötzlich orange") in quotes(
        extract, text
    )
    text = "Ein Augenzeuge berichtete von Schüssen. Der 52-Jährige sagte, er habe Angst gehabt."
    found = quotes(extract, text)
    assert found[-1] == ("anonymous", "Augenzeuge", "er habe Angst gehabt")


def test_an_age_noun_of_the_other_gender_stays_as_written(extract: Extract) -> None:
    """Must not fire: "der 52-Jährige" cannot be the woman of the sentence before."""
    text = "Eine Anwohnerin berichtete von Schüssen. Der 52-Jährige sagte, er habe Angst gehabt."
    assert quotes(extract, text)[-1][0] == "52-Jährige"
    # a named woman close by wins over an unnamed one
    text = (
        "Eine Zeugin berichtete von Schüssen. Ärztin Eva Brandt half den Verletzten. Die "
        "45-Jährige sagte, die Lage sei chaotisch gewesen."
    )
    assert quotes(extract, text)[-1][0] == "Eva Brandt"
