"""The date a figure refers to beyond its own sentence (issue 12, QA flood story): "damals"
takes the past date the paragraph named, a target year ("bis 2050") is the figure's date (the
JSON contract), which marks it a projection.
German sentences written for these tests."""

from __future__ import annotations

import dataclasses
from datetime import date

from bot.models import ArticleExtraction, Figure
from bot.nlp.figures.dates import figure_date, is_projected
from bot.nlp.pipeline import Extractor
from bot.store.repos.corpus import subject_key_for
from handlers.format import BACKGROUND_DAYS
from tests.nlp.conftest import make_article

PUBLISHED = date(2025, 3, 12)


def extract_on(extractor: Extractor, text: str, published: date | None) -> ArticleExtraction:
    article = dataclasses.replace(make_article(text), published=published)
    return extractor.extract(article)


def by_value(extraction: ArticleExtraction, value: float) -> Figure:
    found = [f for f in extraction.figures if f.value == value]
    assert len(found) == 1, [(f.value, f.subject) for f in extraction.figures]
    return found[0]


def test_damals_takes_the_year_named_before_it_in_the_paragraph(extractor: Extractor) -> None:
    text = (
        "Viele Anwohner denken an die Sturmflut von 1962. Damals starben in Hamburg 315 "
        "Menschen, der Schaden betrug 3,4 Milliarden Mark.\n\n"
        "In diesem Jahr meldete die Feuerwehr 12 Einsätze."
    )
    found = extract_on(extractor, text, PUBLISHED)
    assert by_value(found, 315).refers_to == date(1962, 1, 1)
    assert by_value(found, 3.4e9).refers_to == date(1962, 1, 1)
    assert by_value(found, 12).refers_to == PUBLISHED


def test_seinerzeit_takes_a_dated_month_and_stops_at_the_paragraph() -> None:
    before = ["Im August 2002 trat die Elbe über die Ufer.", "Die Altstadt stand unter Wasser."]
    assert figure_date("Seinerzeit kamen 21 Menschen ums Leben.", before, PUBLISHED) == date(
        2002, 8, 1
    )
    # Nothing named before it in its paragraph: the article date, as for any figure.
    assert figure_date("Damals kamen 21 Menschen ums Leben.", [], PUBLISHED) == PUBLISHED


def test_past_damals_figure_is_background(extractor: Extractor) -> None:
    """Read through the handler's rule: a figure dated years before its article is history."""
    text = (
        "Das Hochwasser von 2013 war verheerend. Damals entstanden Schäden von 6 Milliarden Euro."
    )
    published = date(2024, 6, 1)
    fig = by_value(extract_on(extractor, text, published), 6e9)
    assert fig.refers_to == date(2013, 1, 1)
    assert (published - fig.refers_to).days > BACKGROUND_DAYS


def test_a_target_year_is_the_date_the_figure_refers_to(extractor: Extractor) -> None:
    text = (
        "Nach Einschätzung des Umweltbundesamts wird sich die Zahl der Hitzetage in "
        "Süddeutschland bis 2050 um bis zu 30 Prozent erhöhen."
    )
    undated = by_value(extract_on(extractor, text, None), 30)
    assert undated.refers_to == date(2050, 1, 1)
    dated = by_value(extract_on(extractor, text, PUBLISHED), 30)
    assert dated.refers_to == date(2050, 1, 1)
    assert is_projected(dated.refers_to, PUBLISHED)
    assert not is_projected(undated.refers_to, None)  # "bis 2010" may end a past period


def test_target_year_variant_bis_ende() -> None:
    sentence = "Bis Ende 2030 sollen 400 neue Wohnungen entstehen."
    assert figure_date(sentence, [], PUBLISHED) == date(2030, 12, 31)
    assert figure_date(sentence, [], None) == date(2030, 12, 31)
    # A past year stays the figure's date.
    assert figure_date("Bis Ende 2024 entstanden 400 Wohnungen.", [], PUBLISHED) == date(
        2024, 12, 31
    )


def test_the_date_of_a_compared_earlier_value_is_not_the_figures() -> None:
    sentence = (
        "Die Versicherer beziffern die Schäden auf 90 Millionen Euro, doppelt so viel wie noch "
        "am Montag angenommen."
    )
    assert figure_date(sentence, [], PUBLISHED) == PUBLISHED
    other = "Die Stadt meldet 40 Einsätze, mehr als noch am 3. März."
    assert figure_date(other, [], PUBLISHED) == PUBLISHED


def test_projection_subject_is_the_framed_noun_phrase(extractor: Extractor) -> None:
    text = (
        "Nach Einschätzung des Bundesamts wird sich die Zahl der Hitzetote in Bayern bis 2040 "
        "um bis zu 15 Prozent erhöhen."
    )
    fig = by_value(extract_on(extractor, text, None), 15)
    assert fig.subject is not None and fig.subject.startswith("Zahl der Hitzetote")
    assert "Bundesamt" not in fig.subject
    assert fig.source == "Bundesamt"
    assert subject_key_for(fig.subject, fig.unit) is not None  # a topic of its own


def test_a_relative_clause_dates_its_noun_not_the_figure_before_it(extractor: Extractor) -> None:
    text = (
        "Nach Angaben der Regierung kamen bei der Flut 132 Menschen ums Leben; ein Mann, der "
        "im Juni seinen schweren Verletzungen erlag, wurde nachträglich mitgezählt."
    )
    found = extract_on(extractor, text, date(2026, 9, 14))
    assert by_value(found, 132).refers_to == date(2026, 9, 14)


def test_each_figure_takes_the_date_of_its_own_clause(extractor: Extractor) -> None:
    text = "Die Partei kam auf 18 Prozent, nach 34 Prozent vor vier Jahren."
    found = extract_on(extractor, text, date(2026, 3, 9))
    assert by_value(found, 18).refers_to == date(2026, 3, 9)
    assert by_value(found, 34).refers_to == date(2022, 1, 1)
    assert by_value(found, 34).subject != "Entfernung"  # "vor" measures no distance here


def test_a_date_before_the_figure_across_a_list_comma_still_dates_it(
    extractor: Extractor,
) -> None:
    text = (
        "Im Mai 2014 waren bei einem Hochwasser an der Save in Slowenien, Kroatien und "
        "Bosnien 79 Menschen ums Leben gekommen."
    )
    found = extract_on(extractor, text, date(2025, 9, 19))
    assert by_value(found, 79).refers_to == date(2014, 5, 1)


def test_bare_year_as_time_adverbial_dates_its_figures(extractor: Extractor) -> None:
    text = (
        "Die Branche meldete neue Zahlen. Bekannt wurde, dass es der Schuhindustrie 2006 "
        "gelang, ihren Umsatz um drei Prozent auf 2,9 Milliarden Euro zu steigern."
    )
    found = extract_on(extractor, text, date(2007, 3, 12))
    assert by_value(found, 2.9e9).refers_to == date(2006, 1, 1)


def test_year_before_a_count_or_unit_is_no_date() -> None:
    # "mehr als 2000 starben", "2006 km": amounts, not years
    assert figure_date("Mehr als 2000 starben, 35 wurden verletzt.", [], PUBLISHED, (34, 36)) == (
        PUBLISHED
    )
    sentence = "Die Strecke ist 2006 km lang, 12 Brücken führen über den Fluss."
    assert figure_date(sentence, [], PUBLISHED, (30, 32)) == PUBLISHED


def test_als_clause_takes_the_year_named_before_it(extractor: Extractor) -> None:
    text = (
        "Bei Unruhen wurden am Mittwoch 35 Menschen getötet. Es waren die blutigsten "
        "Zusammenstöße seit 2009, als bei Kämpfen über 200 Menschen getötet wurden."
    )
    found = extract_on(extractor, text, date(2013, 6, 30))
    assert by_value(found, 200).refers_to == date(2009, 1, 1)
    assert by_value(found, 35).refers_to == date(2013, 6, 26)


def test_years_that_are_no_time_of_the_figure() -> None:
    from bot.nlp.figures.dates import adverbial_year

    anchor = date(2016, 1, 1)
    assert adverbial_year("2009 starben dort 28 Menschen", anchor) == date(2009, 1, 1)
    assert adverbial_year("Bekannt wurde, dass es 2006 gelang", anchor) == date(2006, 1, 1)
    for text in (
        "eine Verstärkung von derzeit 2000 auf rund 15.000 Soldaten",  # an amount
        "über die Kandidaten für die 2017 anstehende Wahl",  # an attribute
        "die nach den Anschlägen des 11. Septembers 2001 beschlossenen Gesetze",  # an event
        "der Index fiel erstmals seit 2005 unter 12.000 Punkte",  # a period start
        "ab 2012 werden 42 Millionen Kilowattstunden erzeugt",
        "2020 wird der Umsatz steigen",  # after the article's year: a target, not a date
    ):
        assert adverbial_year(text, anchor) is None, text
