"""One reading of a source named in the dative plural (bot/nlp/plurals.py): the quote rules,
the figure rules and the role phrases used to disagree on nouns in "-ern" ("laut Anwohnern"
stayed "Anwohnern" as a speaker but became "Anwohner" as a figure's source; "den
Schwestern" lost its "-n" in a role). German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.plurals import nominative_plural
from bot.nlp.roles import nominative
from tests.nlp.extract_helpers import Extract, one_figure, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # ("laut Anwohnern" is anonymous with that description: test_nlp_according_unnamed_groups)
        ("Anwohnern zufolge war der Knall noch im Nachbarort zu hören.", "Anwohner"),
        ("Den Helfern zufolge ist das Lager seit Tagen überfüllt.", "Helfer"),
        ("Nach Angaben von Forschern breitet sich der Pilz rasch aus.", "Forscher"),
    ],
)
def test_a_dative_plural_in_ern_is_one_speaker_with_its_nominative(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Laut Krankenschwestern fehlt auf der Station seit Monaten Personal.",
            "Krankenschwestern",
        ),
        ("Laut Milchbauern deckt der Preis kaum noch die Kosten.", "Milchbauern"),
    ],
)
def test_a_nominative_plural_in_ern_keeps_its_n(extract: Extract, text: str, speaker: str) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_quote_and_figure_name_the_same_ern_source_alike(extract: Extract) -> None:
    """The same sentence gave the speaker "Anwohnern" and the figure source "Anwohner". The
    unnamed residents are an anonymous speaker described as "Anwohner", the figure's source
    that description."""
    art = extract("Laut Anwohnern wurden in der Nacht mehr als 40 Autos beschädigt.")
    assert [(q.speaker, q.speaker_role) for q in art.quotes] == [("anonymous", "Anwohner")]
    assert [f.source for f in art.figures] == ["Anwohner"]


def test_a_feminine_plural_source_of_a_figure_keeps_its_n(extract: Extract) -> None:
    fig = one_figure(extract, "Laut Krankenschwestern fehlen in der Klinik rund 50 Pflegekräfte.")
    assert fig.source == "Krankenschwestern"


def test_a_role_after_den_reads_as_a_plural() -> None:
    """ "den politischen Beobachtern" read "politischer Beobachter" (one man); a feminine
    plural lost its "-n" ("Schwestern" -> "Schwester")."""
    assert nominative("den politischen Beobachtern") == "politische Beobachter"
    assert nominative("den örtlichen Ärzten") == "örtliche Ärzte"
    assert nominative("den Ordensschwestern") == "Ordensschwestern"


def test_the_table_decides_ern_by_the_nouns_forms() -> None:
    assert nominative_plural("Wahlbeobachtern") == "Wahlbeobachter"
    assert nominative_plural("Müttern") == "Mütter"
    assert nominative_plural("Bauern") == "Bauern"
    assert nominative_plural("Eltern") == "Eltern"
