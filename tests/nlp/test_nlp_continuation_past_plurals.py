"""The plural Konjunktiv II that the preterite shares ("Viele Familien lebten seit
Generationen im Dorf"): right after a statement in Konjunktiv or a direct quotation, in the
same paragraph, a sentence with such a verb that claims a lasting state of a group continues
the statement; a narrated event in the preterite does not (bot.nlp.attribution.continuation:
past_plurals, past_at, states_lasting). German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.attribution.continuation import load_konjunktiv2, past_at, past_plurals
from tests.nlp.extract_helpers import Extract


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


def test_past_plurals_are_weak_and_unumlauted_strong_preterites() -> None:
    table = {
        "machten": "machen",
        "arbeiteten": "arbeiten",
        "handelten": "handeln",
        "gingen": "gehen",
        "hielten": "halten",
        "kamen": "kommen",  # Konjunktiv II "kämen" differs
        "baten": "bitten",
        "warten": "warten",  # the present
        "gewartet": "warten",  # a participle
        "geblieben": "bleiben",
    }
    verbs = frozenset({"machen", "arbeiten", "handeln", "gehen", "halten", "kommen", "bitten"})
    assert past_plurals(table, verbs | {"warten", "bleiben"}) == {
        "machten",
        "arbeiteten",
        "handelten",
        "gingen",
        "hielten",
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Viele Familien lebten seit Generationen im Dorf .", True),
        ("Manche Betriebe hielten sich noch immer mit Krediten über Wasser .", True),
        ("Die meisten Kunden achteten inzwischen stark auf den Preis .", True),
        ("Viele Anwohner flohen am Abend aus dem Viertel .", False),  # an event
        ("Die Helfer arbeiteten seit dem Morgen ohne Pause .", False),  # no group
        ("Viele Familien lebten seit Jahren dort , wenn sie es sich leisten konnten .", False),
    ],
)
def test_past_at_needs_a_group_and_a_lasting_state(sentence: str, found: bool) -> None:
    k2 = load_konjunktiv2(past={"lebten", "hielten", "achteten", "flohen", "arbeiteten"})
    texts = sentence.split()
    assert (past_at(texts, [False] * len(texts), k2) is not None) is found


@pytest.mark.parametrize(
    "text",
    [
        "Die Räumung sei niemandem leichtgefallen, sagte Bürgermeisterin Anna Vogel. "
        "Viele Familien lebten seit Generationen in dem Viertel.",
        "Die Bürgermeisterin Anna Vogel erklärte, die Räumung sei unvermeidlich gewesen. "
        "Viele Familien wohnten noch immer in Notunterkünften.",
        "„Das Vertrauen ist zerstört“, sagte Bürgermeisterin Anna Vogel. Viele Anwohner "
        "trauten sich seitdem nachts nicht mehr auf die Straße.",
        "Anna Vogel, die Bürgermeisterin, warnte, die Mieten seien zu hoch. Manche "
        "Rentner gingen inzwischen wieder arbeiten.",
    ],
)
def test_a_lasting_state_of_a_group_continues_the_statement(extract: Extract, text: str) -> None:
    second = text.split(". ")[-1].split()[1]
    assert speakers_of(extract, text, second) == ["Anna Vogel"], text


@pytest.mark.parametrize(
    "text",
    [
        # a narrated event
        "Die Lage sei ernst, sagte Bürgermeisterin Anna Vogel. Viele Anwohner flohen am "
        "Abend aus dem Viertel.",
        # no group: the helpers' work is narrated
        "Die Lage sei ernst, sagte Bürgermeisterin Anna Vogel. Die Helfer arbeiteten seit "
        "dem Morgen ohne Pause.",
        # the statement is in the indicative: the preterite is the author's
        "Bürgermeisterin Anna Vogel sagte, dass die Lage ernst ist. Viele Familien lebten "
        "seit Generationen in dem Viertel.",
        # a new paragraph
        "Die Lage sei ernst, sagte Bürgermeisterin Anna Vogel.\n\nViele Familien lebten seit "
        "Generationen in dem Viertel.",
    ],
)
def test_narration_in_the_preterite_continues_nothing(extract: Extract, text: str) -> None:
    second = text.replace("\n\n", " ").split(". ")[-1].split()[1]
    assert speakers_of(extract, text, second) == [], text
