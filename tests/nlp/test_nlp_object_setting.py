"""A speech act's noun-phrase object without the time or place before it: "Die Ministerin hat
am Dienstag strengere Kontrollen angekündigt" announced "strengere Kontrollen"; the reply
used to read "kündigt an: Dienstag strengere Kontrollen". German sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    "sentence, said",
    [
        (
            "Die Ministerin hat am Dienstag strengere Kontrollen angekündigt.",
            "strengere Kontrollen",
        ),
        ("Die Ministerin kündigte am Dienstag strengere Kontrollen an.", "strengere Kontrollen"),
        ("Der Konzern kündigte in Berlin den Abbau von Stellen an.", "den Abbau von Stellen"),
        ("Der Minister wies am Montag die Vorwürfe zurück.", "die Vorwürfe"),
        # a weekday or month is a time even before a one-word object
        ("Der Verein hat am Montag Berichte dementiert.", "Berichte"),
        ("Der Minister hat am Montagabend Hilfe versprochen.", "Hilfe"),
        ("Die Stadt kündigte im März Gespräche an.", "Gespräche"),
        ("Die Stadt kündigte im März 2025 Gespräche an.", "Gespräche"),
    ],
)
def test_the_object_starts_after_its_time_or_place(
    extract: Extract, sentence: str, said: str
) -> None:
    assert one_quote(extract, sentence).text == said


def test_a_phrase_with_a_genitive_is_kept_whole(extract: Extract) -> None:
    q = one_quote(extract, "Die Regierung kündigte im Namen der Koalition Reformen an.")
    assert q.text.startswith("im Namen der Koalition")


def test_a_framed_object_keeps_its_preposition(extract: Extract) -> None:
    q = one_quote(extract, "Der Wetterdienst warnte am Montag vor schweren Sturmböen.")
    assert (q.act, q.text) == ("warning", "vor schweren Sturmböen")


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Die Opposition fordert hingegen Neuwahlen.", "Neuwahlen"),
        ("Der Minister forderte erneut eine schnelle Aufklärung.", "eine schnelle Aufklärung"),
        ("Die Gewerkschaft kündigte am Montag in Berlin weitere Streiks an.", "weitere Streiks"),
        ("Die Ministerin hat wegen der Lage neue Hilfen angekündigt.", "neue Hilfen"),
        (
            "Der Verband lehnte nach der langen Sitzung in Köln den Vorschlag ab.",
            "den Vorschlag",
        ),
    ],
)
def test_sentence_adverbs_and_adverbial_phrases_are_no_part_of_the_object(
    extract: Extract, sentence: str, said: str
) -> None:
    """The reply reads "fordert: Neuwahlen", not "fordert: hingegen Neuwahlen"."""
    assert one_quote(extract, sentence).text == said


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Die Gewerkschaft fordert deutlich mehr Geld.", "deutlich mehr Geld"),
        ("Die Regierung warnte zuletzt vor einem Krieg.", "vor einem Krieg"),
    ],
)
def test_words_that_belong_to_the_object_stay(extract: Extract, sentence: str, said: str) -> None:
    """A degree word is part of the demand, a frame's preposition part of the warning."""
    assert one_quote(extract, sentence).text == said


def test_a_line_ending_with_its_cue_object_does_not_break_the_reading(extract: Extract) -> None:
    """ "Velora meldet Rekordjahr" as a line without a stop: the object reaches the line's
    end, and reading it from there crashed the whole article's extraction (IndexError)."""
    assert list(extract("Velora meldet Rekordjahr").quotes) == []
