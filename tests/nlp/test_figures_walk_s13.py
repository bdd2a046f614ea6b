"""A new user's walk through a developing story (issue 12, session 13): a feed title that
opens with "Zahl der …" without an article, and an English article's digits ("3,500" was
read as 3.5). German and English sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.models import Paragraph, ParsedArticle
from bot.nlp import Extractor


def _article(title: str, body: str) -> ParsedArticle:
    return ParsedArticle("t.txt", "t.txt", title, None, None, (Paragraph(body),), "0")


@pytest.mark.parametrize(
    ("title", "value", "unit"),
    [
        ("Zahl der Verletzten steigt auf 33", 33, "Verletzte"),
        ("Zahl der Toten nach Erdrutsch erhöht sich auf 12", 12, "Tote"),
        ("Anzahl der Vermissten sinkt auf vier", 4, "Vermisste"),
    ],
)
def test_a_title_opening_with_zahl_der_counts_its_genitive(
    extractor: Extractor, title: str, value: float, unit: str
) -> None:
    ex = extractor.extract(_article(title, "Die Rettungskräfte sind weiter im Einsatz."))
    (head,) = [f for f in ex.figures if f.sentence_index == -1]
    assert (head.value, head.unit) == (value, unit)
    assert head.subject and head.subject.startswith(unit)


def test_a_title_without_a_counting_frame_keeps_its_own_noun(extractor: Extractor) -> None:
    ex = extractor.extract(_article("Zahlreiche Helfer bauen 40 Zelte auf", "Es regnet."))
    (head,) = [f for f in ex.figures if f.sentence_index == -1]
    assert head.unit is not None and head.unit.startswith("Zelt")


def _values(extractor: Extractor, *paragraphs: str) -> list[float]:
    paras = tuple(Paragraph(p) for p in paragraphs)
    article = ParsedArticle("t.txt", "t.txt", "Fire", None, None, paras, "0")
    return [f.value for f in extractor.extract(article).figures]


def test_an_english_article_reads_its_digits_the_english_way(extractor: Extractor) -> None:
    values = _values(
        extractor,
        "The wildfire near the coast has destroyed 3,500 homes, officials said on Monday. "
        "About 1,200 people were evacuated from their houses overnight.",
        "The damage to the forest is estimated at 1,250,000 dollars, and 2.5 percent of the "
        "area is still burning, according to the fire service.",
    )
    assert values == [3500, 1200, 1_250_000, 2.5]


def test_a_german_article_quoting_english_keeps_german_digits(extractor: Extractor) -> None:
    values = _values(
        extractor,
        "Das Feuer in der Lagerhalle zerstörte nach Angaben der Feuerwehr 3.500 Quadratmeter. "
        "Ein Sprecher sagte, die Ursache sei noch unklar. Auch der Bürgermeister war vor Ort.",
        '"This is the worst fire of the year", said the chief of the fire brigade to the BBC. '
        "Der Schaden liegt bei 1,5 Millionen Euro.",
    )
    assert values == [3500, 1_500_000]


def _subjects(extractor: Extractor, text: str) -> list[str | None]:
    article = ParsedArticle("t.txt", "t.txt", "Titel", None, None, (Paragraph(text),), "0")
    return [f.subject for f in extractor.extract(article).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Rund 2.000 Anwohner seien aufgefordert worden, ihre Häuser zu verlassen, sagte ein "
        "Sprecher der Stadt.",
        "Die Behörden forderten 500 Menschen auf, ihre Wohnungen zu verlassen.",
        "In Passau mussten am Morgen 800 Bewohner ihre Häuser verlassen.",
        "Die Feuerwehr hat 120 Anwohner in Sicherheit gebracht.",
    ],
)
def test_people_leaving_their_homes_are_evacuees(extractor: Extractor, text: str) -> None:
    (subject,) = _subjects(extractor, text)
    assert subject is not None and subject.startswith("Evakuierte"), subject


@pytest.mark.parametrize(
    "text",
    [
        "Rund 2.000 Anwohner wurden aufgefordert, ihr Leitungswasser abzukochen.",
        "Der kleine Ort an der Mosel hat heute 2.000 Anwohner.",
        "Am Abend protestierten 300 Anwohner gegen den Neubau der Straße.",
    ],
)
def test_residents_doing_something_else_are_no_evacuees(extractor: Extractor, text: str) -> None:
    (subject,) = _subjects(extractor, text)
    assert subject is None or "Evakuierte" not in subject, subject


def test_an_english_lead_makes_a_long_article_english() -> None:
    """Only the first words decide the language (the rest of a long text counts as one
    more word), so German paragraphs after an English lead do not outvote it."""
    from bot.nlp.figures.numerals import writes_english

    lead = "The storm hit the coast and the people of the town were told to stay in their homes. "
    german = "Die Feuerwehr war mit vielen Kräften im Einsatz und die Lage blieb angespannt. "
    assert writes_english(lead * 12 + german * 40)
    assert not writes_english(german * 40 + lead * 12)
    assert not writes_english(german * 3 + lead)  # a German report quoting English
