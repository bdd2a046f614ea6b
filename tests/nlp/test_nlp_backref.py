""" "Das bestätigte X.": the statement is the previous sentence, also when X has an apposition
or a relative clause in commas. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def test_das_bestaetigte_with_an_apposition(extract: Extract) -> None:
    text = (
        "Der Gesuchte wurde am Dienstag bei einem Zugriff der Polizei getötet. "
        "Das bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono."
    )
    quotes = [(q.speaker, q.text) for q in extract(text).quotes]
    assert quotes == [
        (
            "Susilo Bambang Yudhoyono",
            "Der Gesuchte wurde am Dienstag bei einem Zugriff der Polizei getötet",
        )
    ]


def test_a_relative_clause_about_the_speaker_is_no_statement(extract: Extract) -> None:
    text = (
        "Der Gesuchte wurde am Dienstag bei einem Zugriff der Polizei getötet. "
        "Das bestätigte der Polizeipräsident, der am Abend vor die Presse trat."
    )
    quotes = [(q.speaker, q.text) for q in extract(text).quotes]
    assert quotes == [
        ("Polizeipräsident", "Der Gesuchte wurde am Dienstag bei einem Zugriff der Polizei getötet")
    ]


def test_heisst_es_on_a_hyphenated_page(extract: Extract) -> None:
    """ "Auf der documenta-Homepage heißt es": the page speaks, not an unnamed source."""
    text = "Auf der documenta-Homepage heißt es, das Bild sei wegen seiner Schlichtheit gewählt worden."
    assert [q.speaker for q in extract(text).quotes] == ["documenta-Homepage"]


def test_a_citation_inside_a_report_makes_no_quote_of_its_own(extract: Extract) -> None:
    """ "Das berichten Medien unter Berufung auf Regierungskreise.": one report (of the
    previous sentence), not a second quote "Das berichten Medien"."""
    text = (
        "Der Güterzug ist bei Leipzig entgleist. "
        "Das berichten Medien unter Berufung auf Regierungskreise."
    )
    assert [q.text for q in extract(text).quotes] == ["Der Güterzug ist bei Leipzig entgleist"]


def test_a_town_named_after_its_noun_speaks_for_the_sentence_before(extract: Extract) -> None:
    """ "Das teilte die Stadt Köln mit": the town speaks through its administration; the
    chunker cut "die Stadt Köln" to "Stadt" and the statement was lost."""
    for text, speaker in [
        ("Die Brücke bleibt bis Freitag gesperrt. Das teilte die Stadt Köln mit.", "Stadt Köln"),
        ("Der Markt fällt aus. Dies sagte die Gemeinde Much am Montag.", "Gemeinde Much"),
    ]:
        quotes = extract(text).quotes
        assert [(q.speaker, q.text) for q in quotes] == [(speaker, text.split(". ")[0])]
