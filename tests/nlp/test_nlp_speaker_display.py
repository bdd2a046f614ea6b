"""Speakers users see (issue 11, news_quotes_dev2): the name apart from its role, a person
re-described by nationality, and never the tail of a number phrase. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.attribution.somebody import load_speaker_check

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Verteidigerin Jana Roth kündigte Revision an. Das Urteil sei falsch, sagte sie.",
            "Jana Roth",
            "Verteidigerin",
        ),
        (
            "Die Lücke sei zu groß, sagte IG-Metall-Vorstandsmitglied Petra Uhl am Montag.",
            "Petra Uhl",
            "IG-Metall-Vorstandsmitglied",
        ),
        (
            "Vorstandsmitglied Klaus Berger erklärte, die Fusion komme im Herbst.",
            "Klaus Berger",
            "Vorstandsmitglied",
        ),
    ],
)
def test_a_role_before_a_name_is_the_role_not_part_of_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    quotes = extract(text).quotes
    assert quotes and {(q.speaker, q.speaker_role) for q in quotes} == {(speaker, role)}


def test_a_sie_after_a_sentence_with_a_prison_term_is_the_lawyer(extract: Extract) -> None:
    text = (
        "Das Gericht verurteilte die Frau zu zwei Jahren und acht Monaten Haft. "
        "Ihre Verteidigerin Mara Stein kündigte Revision an. "
        "Die Zeugen hätten sich widersprochen, sagte sie. „Das ist kein Beweis.“"
    )
    speakers = {q.speaker for q in extract(text).quotes}
    assert speakers == {"Mara Stein"}


@pytest.mark.parametrize("speaker", ["Monaten Haft", "Jahren Gefängnis", "Prozent der Stimmen"])
def test_a_number_phrase_without_its_number_is_nobody(speaker: str) -> None:
    assert not load_speaker_check().is_somebody(speaker)


@pytest.mark.parametrize("speaker", ["Jahresbericht der Bank", "Eurogruppe", "Monika Tage"])
def test_a_word_only_beginning_like_a_unit_is_still_somebody(speaker: str) -> None:
    assert load_speaker_check().is_somebody(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Den Elfmeter wollte Münchens Trainerin Astrid Lunde nicht hinnehmen. "
            "„Das war nie ein Foul“, sagte die Norwegerin nach dem Spiel.",
            "Astrid Lunde",
        ),
        (
            "Der Sieg sei verdient, sagte Trainer Marco Bellini. "
            "„Wir haben bis zuletzt gekämpft“, meinte der Italiener.",
            "Marco Bellini",
        ),
    ],
)
def test_a_nationality_noun_re_describes_the_person_named_before(
    extract: Extract, text: str, speaker: str
) -> None:
    assert {q.speaker for q in extract(text).quotes} == {speaker}


def test_a_nationality_noun_of_the_other_gender_is_not_that_person(extract: Extract) -> None:
    text = (
        "Der Sieg sei verdient, sagte Trainer Marco Bellini. "
        "„Wir haben bis zuletzt gekämpft“, meinte die Schwedin."
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if "gekämpft" in q.text] != ["Marco Bellini"]
