"""A medium's title in quotation marks inside the attributing clause ("wurde X im „Spiegel“
zitiert", "wie X der „Zeit“ sagte") is a name in the clause, not a quotation that ends it:
the person before it speaks, the medium never does (issue 11). German sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind vorbereitet“, wurde Ministerin Anna Berg im „Spiegel“ zitiert.", "Anna Berg"),
        ("„Das wird teuer“, wird Trainer Jonas Weber im „Kicker“ zitiert.", "Jonas Weber"),
        ("„Die Lage ist ernst“, wurde Lena Brandt beim „Deutschlandfunk“ zitiert.", "Lena Brandt"),
        ("„Wir sind vorbereitet“, wird der Sprecher in der „Zeit“ zitiert.", "Sprecher"),
        ("Der Deich halte, hatte Paul Lorenz dem „Tagesspiegel“ gesagt.", "Paul Lorenz"),
        ("Wie Anna Berg der „Zeit“ sagte, sei die Lage ernst.", "Anna Berg"),
        ("Die Schulen blieben zu, wie Jonas Weber im „Kicker“ erklärte.", "Jonas Weber"),
    ],
)
def test_the_person_before_the_title_speaks(extract: Extract, text: str, speaker: str) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_a_medium_that_quotes_is_still_no_speaker(extract: Extract) -> None:
    text = (
        "Der Fraktionschef, Max Roth, wird von der „Rundschau“ mit den Worten zitiert: "
        "„Das ist ein Fehler.“"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Max Roth"]
