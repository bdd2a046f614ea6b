""" "nach eigener Aussage", "nach eigenem Bekunden", "nach eigener Darstellung": "eigen" in
any case before a report noun makes the clause's subject the source, as "nach eigenen
Angaben" did. German sentences written for these tests (bot.nlp.quotes.marker_nach)."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Der Minister war nach eigener Aussage seit Wochen eingeweiht.", "Minister", "eingeweiht"),
        ("Die Sängerin Lena Hofer hat nach eigenem Bekunden nie Geld angenommen.", "Lena Hofer", "Geld"),
        ("Der Konzern hat nach eigener Darstellung die Vorschriften eingehalten.", "Konzern", "Vorschriften"),
        ("Die Feuerwehr hat nach eigenen Angaben drei Menschen gerettet.", "Feuerwehr", "gerettet"),
    ],
)  # fmt: skip
def test_an_own_report_noun_makes_the_subject_the_source(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    found = [(speaker in (q.speaker or ""), q.kind) for q in extract(text).quotes if said in q.text]
    assert found == [(True, "according_to")]


@pytest.mark.parametrize(
    "text",
    [
        # "eigen" before a noun that reports nothing: a plan of one's own, no source
        "Der Verein hat nach eigenem Plan zwei Spieler verpflichtet.",
        # "nach anderen Angaben" offers an alternative, not the subject's own report
        "Die Zahl der Toten lag nach anderen Angaben bei 40.",
    ],
)
def test_eigen_before_a_noun_that_reports_nothing_names_no_source(
    extract: Extract, text: str
) -> None:
    assert [q for q in extract(text).quotes if q.kind == "according_to"] == []
