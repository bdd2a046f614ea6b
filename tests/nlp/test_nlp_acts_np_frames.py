"""Speech acts whose content is an "ob"-clause after "sich fragen" or a noun phrase in a
verb's frame (issue 11, session 20): German sentences written for these tests, with several
speakers, tenses and word orders, and sentences where the rule must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Viele Eltern fragen sich, ob die Schule sicher ist.", "Eltern", "Schule"),
        ("Der Trainer fragte sich, ob die Mannschaft bereit sei.", "Trainer", "Mannschaft"),
        ("Die Lehrer fragten sich, ob das Geld für die Sanierung reicht.", "Lehrer", "Sanierung"),
        ("Anwohnerin Petra Kühn fragt sich, ob die Sirenen im Ernstfall funktionieren.", "Petra Kühn", "Sirenen"),
    ],
)  # fmt: skip
def test_wondering_whether_is_a_question_of_the_subject(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "X fragt sich, ob …" reports a yes/no question that X puts (act `question`), as "X
    fragt, ob …" does; the content is the ob-clause."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("question", speaker) and q.text.startswith("ob "), q
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Es fragt sich, ob das Konzept aufgeht.",
        "Da fragt man sich, ob die Stadt überhaupt einen Plan hat.",
        "Die Menschen fragen sich, wie es weitergeht.",
        "Die Kinder fragten sich durch bis zum Bahnhof.",
    ],
)
def test_wondering_without_a_speaker_or_without_ob_reports_nothing(
    extract: Extract, text: str
) -> None:
    """The impersonal "es"/"man" names nobody; a w-clause after "sich fragen" still only
    wonders, and "sich durchfragen" asks the way."""
    assert list(extract(text).quotes) == [], text
