"""A subject with a relative clause before its cue ("Die Organisation, die …, erklärte"):
the subject is the noun phrase before the relative clause. German sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def test_an_organisation_with_a_relative_clause_speaks(extract: Extract) -> None:
    text = (
        "Die Organisation, die im Norden des Landes die Verwaltung stellt, erklärte, sie "
        "werde weitere Orte angreifen."
    )
    assert [(q.speaker, q.text) for q in extract(text).quotes] == [
        ("Organisation", "sie werde weitere Orte angreifen")
    ]


def test_a_thing_with_a_relative_clause_does_not(extract: Extract) -> None:
    text = "Die Entscheidung, die am Montag fiel, erklärte vieles, sagte niemand."
    assert all(q.speaker != "Entscheidung" for q in extract(text).quotes)


def test_a_first_name_like_a_verb_is_no_cue(extract: Extract) -> None:
    """ "Will Grant berichtete": "Will" starts a name here, the cue is "berichtete"."""
    quotes = extract("Will Grant berichtete, dass die Erde minutenlang gewackelt habe.").quotes
    assert [(q.cue, q.act) for q in quotes] == [("berichtete", "claim")]
