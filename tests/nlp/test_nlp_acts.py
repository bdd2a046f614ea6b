"""Speech acts (`act`, `target`): what a speaker did, never inverted. German sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction, Quote
from bot.nlp.attribution.acts import load_cue_acts
from bot.nlp.export import corpus_to_json

Extract = Callable[..., ArticleExtraction]


def only(extract: Extract, text: str) -> Quote:
    qs = list(extract(text).quotes)
    assert len(qs) == 1, qs
    return qs[0]


def test_passive_accusation_makes_the_dative_the_target_not_the_speaker(extract: Extract) -> None:
    q = only(
        extract,
        "Dem früheren Bürgermeister Karl Weber wird vorgeworfen, Gelder der Stadt veruntreut "
        "zu haben.",
    )
    assert q.act == "accusation"
    assert q.target == "Karl Weber"
    assert q.speaker != "Karl Weber"
    assert q.text.startswith("Gelder der Stadt")


def test_passive_accusation_with_agent_speaks_through_the_agent(extract: Extract) -> None:
    q = only(
        extract,
        "Dem Unternehmer Jens Hartmann wird von der Staatsanwaltschaft vorgeworfen, Steuern "
        "hinterzogen zu haben.",
    )
    assert (q.speaker, q.act, q.target) == ("Staatsanwaltschaft", "accusation", "Jens Hartmann")


def test_active_accusation_names_the_accused_as_target(extract: Extract) -> None:
    q = only(extract, "Die Regierung hatte Moldawien vorgeworfen, Rebellen zu bewaffnen.")
    assert (q.speaker, q.act, q.target) == ("Regierung", "accusation", "Moldawien")
    assert q.text == "Rebellen zu bewaffnen"


def test_accusation_with_a_noun_object_splits_accused_and_charge(extract: Extract) -> None:
    q = only(extract, "Die Gewerkschaft wirft dem Vorstand Wortbruch vor.")
    assert (q.speaker, q.act, q.target, q.text) == (
        "Gewerkschaft",
        "accusation",
        "Vorstand",
        "Wortbruch",
    )


def test_rejecting_accusations_is_a_denial(extract: Extract) -> None:
    q = only(extract, "Der Trainer weist die gegen ihn erhobenen Vorwürfe zurück.")
    assert (q.speaker, q.act) == ("Trainer", "denial")


def test_denial_with_the_subject_after_the_verb(extract: Extract) -> None:
    q = only(extract, "Unterdessen bestreitet die Stadtverwaltung die Schließung des Freibads.")
    assert (q.speaker, q.act) == ("Stadtverwaltung", "denial")
    assert q.target is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Bürgermeisterin Lena Vogt forderte, die Brücke sofort zu sperren.", "demand"),
        ("Der Verband kündigte an, dass die Preise im Mai steigen würden.", "announcement"),
        ("Experten schätzen, dass der Schaden zwei Millionen Euro betrage.", "estimate"),
        ("Der Wetterdienst warnte, dass die Straßen glatt seien.", "warning"),
        ("Die Abgeordnete Marie Brandt fragte, ob die Kosten gedeckt seien.", "question"),
        ("Der Sprecher sagte, dass die Anlage sicher sei.", "claim"),
    ],
)
def test_act_comes_from_the_cue_lexicon(extract: Extract, text: str, act: str) -> None:
    assert only(extract, text).act == act


def test_every_lexicon_act_is_a_contract_value() -> None:
    acts = load_cue_acts()
    assert acts.act("bestreiten") == "denial"
    assert acts.act("sagen") == "claim"  # not listed: a plain claim
    assert acts.accuses("vorwerfen") and not acts.accuses("fordern")


def test_json_export_carries_act_and_target(extract: Extract) -> None:
    ex = extract("Die Gewerkschaft wirft dem Vorstand Wortbruch vor.")
    q = corpus_to_json([ex])["articles"][0]["quotes"][0]
    assert (q["act"], q["target"]) == ("accusation", "Vorstand")


def test_a_stated_intention_is_an_announcement(extract: Extract) -> None:
    q = only(extract, "Der Verkehrsverbund will die Preise im Herbst deutlich senken.")
    assert (q.speaker, q.act) == ("Verkehrsverbund", "announcement")
    assert "die Preise im Herbst" in q.text


def test_accusative_accusation_after_a_relative_clause_is_not_inverted(extract: Extract) -> None:
    text = (
        "Die Oppositionspartei Bürgerbund, die am Samstag den Sieg für sich beanspruchte, "
        "beschuldigte die Regierung von Präsident Hans Kolb der Vorbereitung eines Wahlbetrugs."
    )
    for q in extract(text).quotes:  # dropped or right, never the accused as speaker
        assert "Regierung" not in (q.speaker or "") and "Bürgerbund" not in (q.target or ""), q


def test_an_accused_pronoun_without_a_person_of_its_gender_stays_open(extract: Extract) -> None:
    text = (
        "Bürgermeister Karl Weber eröffnete die Sitzung. "
        "Ihr wird von der Staatsanwaltschaft Untreue vorgeworfen."
    )
    qs = [q for q in extract(text).quotes if q.act == "accusation"]
    assert [(q.speaker, q.target) for q in qs] == [("Staatsanwaltschaft", None)]
