"""A demonstrative object fronted before the cue ("Diese Darstellung bestritt der Sprecher")
is what was denied, and the subject after the cue speaks, as with an article ("Die Vorwürfe
wies X zurück"). German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        ("Diese Darstellung bestritt der Sprecher Jan Ott.", "Jan Ott", "denial",
         "Diese Darstellung"),
        ("Diese Darstellung wies der Sprecher der Firma, Jan Ott, zurück.", "Jan Ott",
         "denial", "Diese Darstellung"),
    ],
)  # fmt: skip
def test_a_fronted_demonstrative_object_is_the_content(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, act, content)


def test_a_demonstrative_time_phrase_is_no_content(extract: Extract) -> None:
    q = one_quote(extract, "Diese Woche sagte der Minister Jan Roth, die Lage sei ernst.")
    assert (q.speaker, q.text) == ("Jan Roth", "die Lage sei ernst")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Diesen Vorwurf wies die Ministerin Eva Kern zurück.", "Eva Kern"),
        (
            "Diesen Plan kritisierte der Verband der Lehrer scharf: „Das ist ein Rückschritt.“",
            "Verband der Lehrer",
        ),
    ],
)
def test_an_oblique_demonstrative_opens_an_object_not_the_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == [speaker]
