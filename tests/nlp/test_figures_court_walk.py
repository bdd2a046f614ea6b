"""Figures the walk through court and casualty stories got wrong (issue 12, session 20):
a sentence in two time units ("vier Jahren und sechs Monaten Haft") is two figures, as the
gold annotates it, both measuring the penalty, not "Dauer (Landgericht)"; "die Airline"
means the company the article reported through, also when its name is one word ("nach
Angaben der Lufthansa"). German sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, source_of, topic_key


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Das Landgericht Dresden verurteilte den Angeklagten zu vier Jahren und sechs "
            "Monaten Haft.",
            "Haft",
        ),
        (
            "Der Richter verhängte gegen die 38-Jährige eine Haftstrafe von drei Jahren und "
            "neun Monaten.",
            "Haftstrafe",
        ),
        (
            "Zu zwei Jahren und acht Monaten Haft wurde der frühere Bürgermeister wegen "
            "Betrugs verurteilt.",
            "Haft",
        ),
        (
            "Das Gericht sprach eine Freiheitsstrafe von fünf Jahren und elf Monaten aus.",
            "Freiheitsstrafe",
        ),
    ],
)
def test_both_parts_of_a_sentence_measure_the_penalty(
    extract: Extract, text: str, subject: str
) -> None:
    durations = [f for f in extract(text).figures if f.text.endswith(("Jahren", "Monaten"))]
    assert len(durations) == 2, [(f.text, f.subject) for f in durations]
    assert [f.subject for f in durations] == [subject, subject]
    assert topic_key(durations[0]) == topic_key(durations[1]) is not None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a word ending in a term's word is no term: the prosecution measures no duration
        ("Vier Jahre ermittelte die Staatsanwaltschaft gegen den Mann.", "Vier Jahre"),
        ("Der Einsatz dauerte drei Stunden und zehn Minuten.", "drei Stunden"),
    ],
)
def test_other_durations_stay_no_topic(extract: Extract, text: str, number: str) -> None:
    figure = next(f for f in extract(text).figures if number in f.text)
    assert topic_key(figure) is None, figure.subject


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Die Lufthansa hat wegen des Streiks Flüge gestrichen. Nach Angaben der Lufthansa "
            "fielen 800 Flüge aus. Rund 100.000 Passagiere seien betroffen, teilte die Airline "
            "mit.",
            100_000,
            "Lufthansa",
        ),
        (
            "Bis Ende 2027 sollen nach Angaben der Telekom bundesweit 5.000 Stellen "
            "wegfallen.\n\n"
            "Allein in Bonn seien 1.200 Beschäftigte betroffen, sagte eine Sprecherin des "
            "Unternehmens.",
            1_200,
            "Telekom",
        ),
    ],
)
def test_a_company_noun_means_the_one_word_company_reported_through(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert source_of(extract, text, value) == source
