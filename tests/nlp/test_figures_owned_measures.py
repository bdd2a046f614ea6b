"""An amount whose subject is one common noun ("Umsatz", "Gewinn", "Provisionen") belongs to
the story's name in its title (issue 12: on a corpus of many stories the turnover of four
companies was one topic, and a commission range one with another portal's rate). German
articles written for these tests."""

from __future__ import annotations

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor


def _extract(extractor: Extractor, title: str, body: str) -> ArticleExtraction:
    paras = tuple(Paragraph(p, "report") for p in body.split("\n\n"))
    return extractor.extract(ParsedArticle("a.txt", "a.txt", title, None, None, paras, "0"))


def _subject(extraction: ArticleExtraction, number: str) -> str | None:
    return next(f.subject for f in extraction.figures if number in f.text)


def test_a_bare_amount_takes_the_name_its_title_and_text_state(extractor: Extractor) -> None:
    body = (
        "Der Konzern Velora hat im vergangenen Jahr gut verdient. Der Umsatz stieg auf "
        "4,2 Milliarden Euro. Velora will nun neue Werke bauen."
    )
    found = _extract(extractor, "Velora meldet Rekordjahr", body)
    assert _subject(found, "4,2 Milliarden") == "Umsatz (Velora)"


def test_two_companies_turnover_are_two_subjects(extractor: Extractor) -> None:
    a = _extract(
        extractor,
        "Velora meldet Rekordjahr",
        "Velora legte zu. Der Umsatz stieg auf 4,2 Milliarden Euro, teilte Velora mit.",
    )
    b = _extract(
        extractor,
        "Krisenjahr bei Montaro",
        "Montaro leidet. Der Umsatz sank auf 900 Millionen Euro, teilte Montaro mit.",
    )
    assert _subject(a, "4,2") != _subject(b, "900"), (a.figures, b.figures)


def test_no_name_in_the_title_leaves_the_amount_alone(extractor: Extractor) -> None:
    body = "Der Umsatz der Branche stieg auf 4,2 Milliarden Euro."
    found = _extract(extractor, "Gutes Jahr für die Branche", body)
    assert _subject(found, "4,2") == "Umsatz der Branche"


def test_a_word_of_the_title_the_text_does_not_repeat_is_no_owner(extractor: Extractor) -> None:
    body = "Der Umsatz stieg auf 4,2 Milliarden Euro."
    found = _extract(extractor, "Zahlen aus Lunaris", body)
    assert _subject(found, "4,2") == "Umsatz"
