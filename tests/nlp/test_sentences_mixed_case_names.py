"""A full stop after a name spelt in mixed case (AfD, BfArM, GmbH) ends the sentence. The
tokenizer kept such a stop on the word, so "… der AfD. Der Parteichef sagte, …" stayed one
sentence and the quote found in it took the journalist's sentence before it as its text
(news_quotes_dev5: "… auf der Internetseite des BfArM. Auf die Frage, …, antwortete die
Behörde, …"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "statement", "before"),
    [
        (
            "Die Umfragewerte stiegen zuletzt vor allem bei der AfD. Der Parteichef sagte am "
            "Montag, man werde im Osten noch stärker werden.",
            "Parteichef",
            "man werde im Osten noch stärker werden",
            "Umfragewerte",
        ),
        (
            "Die Liste der Chargen steht auf der Seite des BfArM. Auf Nachfrage erklärte die "
            "Behörde, es gebe bislang keine weiteren Fälle.",
            "Behörde",
            "es gebe bislang keine weiteren Fälle",
            "Liste",
        ),
        (
            "Das Werk in Cottbus gehört seit 2019 der Lausitzer Solartechnik GmbH. Ihr "
            "Geschäftsführer Jan Wolters sagte, der Betrieb laufe weiter.",
            "Jan Wolters",
            "der Betrieb laufe weiter",
            "Cottbus",
        ),
    ],
)
def test_a_stop_after_a_mixed_case_name_ends_the_sentence(
    extract: Extract, text: str, speaker: str, statement: str, before: str
) -> None:
    ex = extract(text)
    assert len(ex.sentences) == 2, [s.text for s in ex.sentences]
    (quote,) = [q for q in ex.quotes if statement in q.text]
    assert quote.speaker == speaker
    assert before not in quote.text


@pytest.mark.parametrize(
    "text",
    [
        "Das hat John F. Kennedy in Berlin gesagt.",
        "Darüber berichtete Prof. Dr. Anna Berg am Dienstag in Kiel.",
        "Der Vertrag wurde am Montag i.A. des Vorstands unterzeichnet.",
    ],
)
def test_initials_and_abbreviations_do_not_end_a_sentence(extract: Extract, text: str) -> None:
    assert len(extract(text).sentences) == 1
