"""Weak separable cue verbs listed by lemma and particle only ("einschränken\t*\tein\t*"): their
forms come from the lemma, and the verb reports only with a clause. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.nlp.cues import _weak_separable
from tests.nlp.extract_helpers import Extract, one_quote


def test_the_forms_of_a_weak_separable_verb_come_from_its_lemma() -> None:
    split, fused = _weak_separable("einschränken", "ein")
    assert split.split() == ["schränkt", "schränkte", "schränkten", "schränken", "schränke"]
    assert {"einschränkte", "eingeschränkt", "einzuschränken"} <= set(fused.split())
    # the participle's "ge" follows the particle, unless the base verb takes none
    assert "angemahnt" in _weak_separable("anmahnen", "an")[1].split()
    assert "vorbereitet" in _weak_separable("vorbereiten", "vor")[1].split()


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Der Minister schränkte ein, dass die Reform erst 2026 komme.",
            "Minister",
            "dass die Reform erst 2026 komme",
        ),
        (
            "Die Ministerin schränkte jedoch ein, nicht jede Familie werde profitieren.",
            "Ministerin",
            "nicht jede Familie werde profitieren",
        ),
        (
            "Die Hilfe komme erst im Herbst, schränkte Bürgermeister Jan Köhler ein.",
            "Jan Köhler",
            "Die Hilfe komme erst im Herbst",
        ),
        (
            "Die Sprecherin relativierte später, man habe das nicht so gemeint.",
            "Sprecherin",
            "man habe das nicht so gemeint",
        ),
    ],
)
def test_a_restriction_with_a_clause_is_reported(
    extract: Extract, text: str, speaker: str, statement: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == (speaker, statement)


@pytest.mark.parametrize(
    "text",
    [
        # negative: restricting a thing, relativising an object, a state, an infinitive
        "Die Stadt schränkte den Verkehr in der Innenstadt ein.",
        "Die Behörden haben die Versorgung eingeschränkt.",
        "Der Minister relativierte seine Aussage.",
        "Um den Verkehr einzuschränken, sperrte die Stadt die Brücke.",
    ],
)
def test_a_restriction_without_a_clause_reports_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


def test_a_restricted_state_keeps_a_running_statement(extract: Extract) -> None:
    # "eingeschränkt" after "sei" is a state inside the pilot's statement, not a new cue
    ex = extract(
        "Der Pilot sagte, der Flug sei ruhig gewesen. So sei die Sicht nach oben "
        "eingeschränkt, und die Crew habe den Ballon nicht sehen können."
    )
    assert [q.speaker for q in ex.quotes] == ["Pilot", "Pilot"]
