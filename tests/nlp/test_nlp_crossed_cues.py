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


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Oberstaatsanwältin Petra Kühnel sagte, die Aussage bestätige die Anklage.",
            "Petra Kühnel",
            "die Aussage bestätige die Anklage",
        ),
        (
            "Der Verteidiger Malte Sommer betonte, das Gutachten widerlege die Vorwürfe.",
            "Malte Sommer",
            "das Gutachten widerlege die Vorwürfe",
        ),
        (
            "Die Ministerin erklärte, die Studie belege den Befund der Kommission.",
            "Ministerin",
            "die Studie belege den Befund der Kommission",
        ),
    ],
)
def test_a_closing_cue_in_konjunktiv_is_part_of_the_report(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    """A cue in Konjunktiv is reported speech: "bestätige die Anklage" reports nothing of
    the "Anklage", and the narrator's "sagte" before it keeps its quote."""
    quotes = extract(text).quotes
    assert [(q.speaker, q.text) for q in quotes][:1] == [(speaker, said)]
    assert not any(q.text.endswith("sagte") or q.text.endswith("betonte") for q in quotes)
