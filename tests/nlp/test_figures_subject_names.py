"""Subjects and scopes a reader would call wrong (issue 12): a place name of several words
cut to its first ("Tote (Schwäbisch)", "Verletzte (Bad)"), a country kept in the genitive
("Tote (Thailands)" apart from "Tote (Thailand)"), and bracketed context that names no owner
of the count: an abstract noun ("Stimmen (Entscheidung)", "Länder (Zusammenarbeit)") or the
objects the counted people use ("Fahrgäste (Busse)"). German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.figures.subjects import subject_group

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "In Schwäbisch Hall starben bei einem Brand drei Menschen.",
            "Tote (Brand Schwäbisch Hall)",
        ),
        (
            "Bei dem Brand in Bad Hersfeld wurden vier Menschen verletzt.",
            "Verletzte (Brand Bad Hersfeld)",
        ),
        (
            "Bei einem Anschlag in Sankt Petersburg starben neun Menschen.",
            "Tote (Anschlag Sankt Petersburg)",
        ),
        (
            "Auf einem Markt im Osten Bagdads starben bei einem Anschlag 13 Menschen.",
            "Tote (Anschlag Bagdad)",
        ),
        (
            "Im Süden Äthiopiens kamen bei Überschwemmungen 300 Menschen ums Leben.",
            "Tote (Hochwasser Äthiopien)",
        ),
        (
            "Bei den Überschwemmungen in der Hauptstadt Thailands starben 12 Menschen.",
            "Tote (Hochwasser Thailand)",
        ),
    ],
)
def test_a_place_is_named_whole_and_in_the_nominative(
    extract: Extract, text: str, key: str
) -> None:
    [fig] = extract(text).figures
    assert subject_group(fig.subject, fig.unit) == key, fig.subject


def test_a_genitive_country_and_its_name_are_one_scope(extract: Extract) -> None:
    [genitive] = extract("Im Norden Thailands starben bei Überschwemmungen 35 Menschen.").figures
    [named] = extract("In Thailand starben bei Überschwemmungen 40 Menschen.").figures
    assert subject_group(genitive.subject, genitive.unit) == subject_group(
        named.subject, named.unit
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Für die Entscheidung waren 61 Stimmen nötig.", "Stimmen"),
        ("Die Zusammenarbeit mit 12 Ländern soll ausgebaut werden.", "Länder"),
        (
            "Am Freitag nutzten nach Angaben der KVB etwa 750.000 Fahrgäste Busse und Bahnen.",
            "Fahrgäste",
        ),
        ("Ausgebrannt sind zwei Kleinbusse und ein Lieferwagen.", "Kleinbusse"),
    ],
)
def test_context_that_names_no_owner_is_left_out(extract: Extract, text: str, subject: str) -> None:
    [fig] = extract(text).figures
    assert fig.subject == subject


def test_an_owner_is_still_named(extract: Extract) -> None:
    [fig] = extract("Derzeit beschäftigt die CCE rund 9.000 Arbeitnehmer.").figures
    assert fig.subject == "Arbeitnehmer (CCE)"


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela selbst investiert 900 Millionen US-Dollar in die Ethanolproduktion.",
        "Nach Angaben der Zeitung nimmt die Stadt Hamburg so knapp 37 Millionen Euro ein.",
    ],
)
def test_a_place_that_spends_or_earns_is_no_topic(extract: Extract, text: str) -> None:
    """The actor of the clause is no measured thing: "Venezuela" joined a waterfall's height
    and an investment on gnqa dev."""
    [fig] = extract(text).figures
    assert subject_group(fig.subject, fig.unit) is None, fig.subject


def test_a_protest_after_a_disaster_keeps_the_disasters_death_toll(extract: Extract) -> None:
    """Protests are an article's event only when it names no other: the bare death toll of an
    article on protests against the flood management is the flood's."""
    text = (
        "In Ljubljana haben am Sonntag Tausende gegen das Krisenmanagement nach dem Hochwasser "
        "protestiert. Die Proteste richteten sich gegen die Regierung.\n\n"
        "Die Zahl der Toten stieg unterdessen auf 128 an. Die Organisatoren der Proteste "
        "kündigten weitere Kundgebungen an."
    )
    [toll] = [f for f in extract(text).figures if f.value == 128]
    assert subject_group(toll.subject, toll.unit) == "Tote (Hochwasser)"


def test_a_coordinated_count_belongs_where_the_first_one_does(extract: Extract) -> None:
    passengers, crew = extract(
        "An Bord der Maschine befanden sich 103 Passagiere und sieben Crew-Mitglieder."
    ).figures
    assert passengers.subject == "Passagiere an Bord der Maschine"
    assert crew.subject == "Crew-Mitglieder an Bord der Maschine"


def test_a_count_stating_its_own_place_keeps_it(extract: Extract) -> None:
    """Another count of the concept in the article ("in Chengdu") never replaces the place a
    count's own sentence states ("in Xiamen")."""
    text = (
        "Das Busfeuer, bei dem in Xiamen am Freitagabend 47 Menschen starben und 34 verletzt "
        "wurden, wurde durch Brandstiftung verursacht.\n\n"
        "Im Jahr 2009 starben in Chengdu in der Provinz Sichuan 28 Menschen und mehr als 70 "
        "wurden verletzt, als ein Mann einen Bus in Brand steckte."
    )
    dead, injured, *chengdu = extract(text).figures
    for fig in (dead, injured):
        assert "Xiamen" in (fig.subject or "") and "Chengdu" not in (fig.subject or "")
    assert all("Chengdu" in (fig.subject or "") for fig in chengdu), chengdu


def test_a_protests_participants_never_take_the_disaster_it_is_about(extract: Extract) -> None:
    """'Teilnehmer (Hochwasser in Ljubljana)': the flood story's protest was scoped by the
    flood; participants and protesters belong to their protest and its place."""
    text = (
        "In Ljubljana haben am Sonntag Tausende gegen das Krisenmanagement nach dem Hochwasser "
        "protestiert. Die Polizei sprach von 8.000 Teilnehmern, die Veranstalter von 30.000.\n\n"
        "Das Hochwasser hatte in Ljubljana schwere Schäden angerichtet."
    )
    counts = [f for f in extract(text).figures if f.unit == "Teilnehmer"]
    assert len(counts) == 2
    for fig in counts:
        key = subject_group(fig.subject, fig.unit) or ""
        assert "Hochwasser" not in key and "Ljubljana" in key, fig.subject


def test_troops_of_two_stories_are_two_topics(extract: Extract) -> None:
    """A bare count of a concept that is no casualty takes its article's place: on gnqa dev
    the troops of Timor and of Lebanon were one topic "Soldaten" with 11 reports."""
    timor = extract(
        "Die Unruhen in Osttimor halten an. In Osttimor patrouillieren inzwischen australische "
        "Truppen.\n\nPortugal schickt weitere 200 Soldaten."
    ).figures
    lebanon = extract(
        "Die Waffenruhe im Libanon hält. Die Lage in Libanon bleibt gespannt.\n\n"
        "Frankreich schickt weitere 2.000 Soldaten."
    ).figures
    [a] = [f for f in timor if f.unit == "Soldat"]
    [b] = [f for f in lebanon if f.unit == "Soldat"]
    assert subject_group(a.subject, a.unit) == "Soldaten (Osttimor)"
    assert subject_group(b.subject, b.unit) == "Soldaten (Libanon)"
