"""Continuations of session 11 (bot.nlp.quotes.rules, bot.nlp.attribution.continuation): a
direct quote with an ellipsis in it ("Ich habe … Hunderte Briefe bekommen") goes on after
the ellipsis and over the paragraph break that follows, while a short line without a
sentence end is still a sub-heading that ends the running statement. German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


QUOTE_WITH_ELLIPSIS = (
    "Die Bürgermeisterin Eva Stein meldete sich am Abend zu Wort. Sie sagte: „Die Leute "
    "sind weiter als manche Politiker. Ich habe … Hunderte Briefe bekommen, und fast alle "
    "sagen dasselbe.\n\n„Wir lassen uns nicht einschüchtern. Die Halle wird gebaut.“"
)


def test_a_direct_quote_goes_on_after_an_ellipsis(extract: Extract) -> None:
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "Hunderte Briefe") == ["Eva Stein"]


def test_a_direct_quote_goes_on_over_the_paragraph_after_an_ellipsis(extract: Extract) -> None:
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "einschüchtern") == ["Eva Stein"]
    assert speakers_of(extract, QUOTE_WITH_ELLIPSIS, "Halle wird gebaut") == ["Eva Stein"]


def test_an_ellipsis_in_indirect_speech_keeps_the_speaker(extract: Extract) -> None:
    text = (
        "Der Trainer Jonas Weber sagte, die Mannschaft sei müde. Er habe überlegt … "
        "Die Spieler seien am Ende ihrer Kräfte."
    )
    assert speakers_of(extract, text, "Ende ihrer Kräfte") == ["Jonas Weber"]


def test_a_sub_heading_still_ends_the_running_statement(extract: Extract) -> None:
    """A short line without a sentence end is a sub-heading, also in the same paragraph
    run: the Konjunktiv after it has no speaker."""
    text = (
        "Der Trainer Jonas Weber sagte, die Mannschaft sei müde.\n\nAusblick auf die Saison\n\n"
        "Die Spieler seien am Ende ihrer Kräfte."
    )
    assert speakers_of(extract, text, "Ende ihrer Kräfte") == []
