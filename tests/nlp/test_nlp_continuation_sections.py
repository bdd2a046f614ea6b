"""A Konjunktiv continuation stays inside its article section (bot.nlp.quotes.continuation.
enter_section): a background box, a commentary or a teaser between report paragraphs neither
carries the running statement on nor introduces the speaker of the report sentence after it.
German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Section

Extract = Callable[..., ArticleExtraction]

STATEMENT = "Der Verkehrsminister Karl Weber sagte am Montag, die Lage sei ernst."
WEATHER = "Das Wasser stieg am Montag weiter."
VISIT = "Die Ministerin Anna Berger besuchte das Gebiet."
REPORTED = "Die Dämme seien nach wie vor sicher."


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


def paragraphs(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_a_person_named_in_a_background_box_does_not_speak_in_the_report(
    extract: Extract,
) -> None:
    sections: list[Section] = ["report", "background", "report"]
    result = extract(paragraphs(WEATHER, VISIT, REPORTED), sections)
    assert speakers_of(result, "Dämme") == []


def test_a_person_named_in_a_commentary_does_not_speak_in_the_report(extract: Extract) -> None:
    sections: list[Section] = ["report", "commentary", "report"]
    text = paragraphs(
        "Der Pegel hatte in der Nacht einen neuen Höchststand erreicht.",
        "Der Landrat Peter Kraus hat die Warnungen lange nicht ernst genommen.",
        "Nun müsse die Feuerwehr rund um die Uhr Sandsäcke füllen.",
    )
    assert speakers_of(extract(text, sections), "Sandsäcke") == []


def test_a_background_box_about_the_speaker_does_not_carry_the_statement(
    extract: Extract,
) -> None:
    sections: list[Section] = ["report", "background", "report"]
    text = paragraphs(STATEMENT, "Weber ist seit 2019 im Amt und stammt aus Kassel.", REPORTED)
    result = extract(text, sections)
    assert speakers_of(result, "Lage") == ["Karl Weber"]
    assert speakers_of(result, "Dämme") == []


def test_the_same_sentences_in_one_report_still_continue(extract: Extract) -> None:
    """The rule must not fire inside the report: a person introduced right before a
    Konjunktiv sentence is its speaker, and a sentence about the speaker carries the
    statement."""
    introduced = extract(paragraphs(WEATHER, VISIT, REPORTED))
    assert speakers_of(introduced, "Dämme") == ["Anna Berger"]
    about = extract(paragraphs(STATEMENT, "Weber ist seit 2019 im Amt.", REPORTED))
    assert speakers_of(about, "Dämme") == ["Karl Weber"]


def test_a_teaser_between_report_paragraphs_ends_the_statement(extract: Extract) -> None:
    sections: list[Section] = ["report", "teaser", "report"]
    text = paragraphs(
        STATEMENT,
        "Weber warnt: Weitere Unwetter erwartet",
        "Man werde die Deiche in der kommenden Woche verstärken.",
    )
    result = extract(text, sections)
    assert speakers_of(result, "Deiche") == []
