"""A medium as the subject before its cue: an article and a quoted title ("Der „Spiegel“
berichtet"), or a news agency written in lower case ("Die taz vermutet", "Wie dpa meldet").
German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def said(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def test_a_quoted_title_with_its_article_before_the_cue_is_the_speaker(extract: Extract) -> None:
    cases = {
        "Der „Spiegel“ berichtete am Freitag, dass der Minister zurücktritt.": (
            "Spiegel",
            "dass der Minister zurücktritt",
        ),
        "Die „Bild“ schreibt, die Ministerin sei zurückgetreten.": (
            "Bild",
            "die Ministerin sei zurückgetreten",
        ),
        # verb-final after "wie", a title of several words, an adverb before the cue
        "Wie die „Süddeutsche Zeitung“ gestern meldete, plant das Land neue Schulden.": (
            "Süddeutsche Zeitung",
            "plant das Land neue Schulden",
        ),
        "Wie der „Stern“ am Montag berichtet hatte, verkauft der Verein das Stadion.": (
            "Stern",
            "verkauft der Verein das Stadion",
        ),
    }
    for text, quote in cases.items():
        assert said(extract, text) == [quote], text


def test_a_lower_case_agency_before_the_cue_is_the_speaker(extract: Extract) -> None:
    assert said(extract, "Die taz vermutet, dass die Daten längst ausgewertet werden.") == [
        ("taz", "dass die Daten längst ausgewertet werden")
    ]
    assert said(extract, "Wie dpa am Abend meldete, ist die Brücke wieder offen.") == [
        ("dpa", "ist die Brücke wieder offen")
    ]


def test_a_title_that_is_an_object_or_a_dative_is_no_speaker(extract: Extract) -> None:
    # a dative before the cue: the subject follows the cue
    assert said(extract, "Der „Welt“ sagte die Ministerin, sie trete zurück.") == [
        ("Ministerin", "sie trete zurück")
    ]
    # after a preposition the title is an object
    assert said(extract, "Gegenüber der „Zeit“ erklärte der Trainer, er bleibe.") == [
        ("Trainer", "er bleibe")
    ]
    # a quotation without an article before the cue is a statement, its speaker follows
    assert said(extract, "„Wir bleiben“ sagte der Bürgermeister am Montag.") == [
        ("Bürgermeister", "Wir bleiben")
    ]
    # the title read by someone: the coordinated cue keeps the reader as its subject
    assert said(extract, "Er las die „Bild“ und sagte nichts.") == []
