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
from bot.nlp.figure_subjects import subject_group

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
