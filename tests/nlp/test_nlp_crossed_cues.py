"""A cue inside the content of a sentence-closing attribution is part of what was reported
("Der Bürgermeister spreche aus, was viele dächten, schrieb X"): it makes no quote of its own
with the closing speaker in its text (issue 11). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Bürgermeister spreche aus, was viele Bürger dächten, "
            "schrieb Kerstin Vogt auf Instagram.",
            "Kerstin Vogt",
        ),
        (
            "Die Zahlen bestätigten, was Pflegekräfte seit Jahren beklagten, "
            "sagte Gewerkschaftssprecher Timo Brandl.",
            "Timo Brandl",
        ),
        (
            "Die Umfrage belege, was Eltern schon lange berichten, erklärte der Landeselternrat.",
            "Landeselternrat",
        ),
    ],
)
def test_the_closing_attribution_is_the_only_quote(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_two_coordinated_reports_both_stay(extract: Extract) -> None:
    text = (
        "Die Ministerin sagte, sie habe nichts gewusst, und die Opposition erklärte, "
        "die Ministerin habe das Parlament getäuscht."
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Ministerin", "Opposition"]


def test_reports_of_two_sentences_both_stay(extract: Extract) -> None:
    text = (
        "Der Kanzler sagte, die Lage sei ernst. Die Opposition erwiderte, der Kanzler übertreibe."
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Kanzler", "Opposition"]
