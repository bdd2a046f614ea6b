"""Who speaks when an appeal names whom it addresses (issue 11, wrong noun phrase taken as
speaker): in V2 with an adverbial first, the subject follows the finite cue and the next
noun phrase is the addressee, never part of the name; a surname that is also a noun
("Koch", "Schneider") is still the subject of such a cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from tests.nlp.extract_helpers import one_quote

Extract = Callable[[str], ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Heute bat Weber Anwohner, die Fenster geschlossen zu halten.", "Weber"),
        ("Gestern bat die Polizei Autofahrer, den Bereich weiträumig zu umfahren.", "Polizei"),
        ("Am Freitag forderte Meier Pendler auf, auf Busse umzusteigen.", "Meier"),
        ("Nun warnte Hoffmann Urlauber, nicht in das Gebiet zu reisen.", "Hoffmann"),
        ("Am Abend bat Landrat Peter Vogel Besucher, das Gelände zu verlassen.", "Peter Vogel"),
        # the perfect: subject and addressee between the auxiliary and the participle
        ("Zuvor hatte Wagner Eltern gebeten, ihre Kinder abzuholen.", "Wagner"),
    ],
)
def test_the_addressee_after_an_inverted_subject_is_no_part_of_its_name(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Heute bat Weber Anwohner, …" gave the speaker "Weber Anwohner"."""
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Schneider rief Bürgerinnen auf, Wasser abzukochen.", "Schneider"),
        ("Koch rief die Bürger auf, Strom zu sparen.", "Koch"),
        ("Am Montag rief Koch die Bürger auf, Strom zu sparen.", "Koch"),
        ("Am Montag rief Koch Bürger auf, im Haus zu bleiben.", "Koch"),
        ("Heute bat Fischer Urlauber, den Wald zu meiden.", "Fischer"),
    ],
)
def test_a_surname_that_is_a_noun_speaks_an_appeal_to_others(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Schneider rief Bürgerinnen auf, …" made the citizens the speaker and "Am Montag rief
    Koch die Bürger auf, …" gave no quote: a surname that is also a common noun was no
    name to the phrase reader, so the addressees took its place or nobody spoke."""
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun after a title or a given name is the surname
        ("Am Abend bat Landrat Vogel, das Gelände zu verlassen.", "Vogel"),
        ("Am Abend bat Peter Vogel, das Gelände zu verlassen.", "Peter Vogel"),
        # a place after an organisation is its name
        ("Heute bat die Polizei Berlin Anwohner, die Fenster zu schließen.", "Polizei Berlin"),
        # a plural verb: the plural after it is its subject
        ("Gestern riefen Anwohner die Stadt auf, schneller zu helfen.", "Anwohner"),
    ],
)
def test_a_name_or_plural_subject_after_an_appeal_stays_whole(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker
