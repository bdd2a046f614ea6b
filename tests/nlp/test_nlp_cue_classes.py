"""Cue classes from the lexicon: decisions ("beschloss", "hat entschieden") and reactions with
a predicative adjective ("zeigte sich zufrieden"). German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


def test_a_decision_reports_its_zu_infinitive_or_dass_clause(extract: Extract) -> None:
    assert found(extract, "Der Stadtrat beschloss am Montag, das Hallenbad zu schließen.") == [
        ("Stadtrat", "announcement", "das Hallenbad zu schließen")
    ]
    assert found(extract, "Der Kreistag beschloss, die Buslinie einzustellen.") == [
        ("Kreistag", "announcement", "die Buslinie einzustellen")
    ]
    assert found(extract, "Das Gericht hat entschieden, dass die Klage unzulässig sei.") == [
        ("Gericht", "announcement", "dass die Klage unzulässig sei")
    ]


def test_a_decided_object_or_a_won_match_is_no_statement(extract: Extract) -> None:
    for text in (
        "Der Stadtrat beschloss den Haushalt für das kommende Jahr.",
        "Der Stürmer entschied das Spiel in der letzten Minute.",
        "Die EU hat ein Moratorium beschlossen, von dem nur wenige Ausnahmen gelten.",
    ):
        assert found(extract, text) == [], text


def test_a_reaction_with_an_adjective_reports_its_clause(extract: Extract) -> None:
    qs = found(extract, "Die Bürgermeisterin zeigte sich zuversichtlich, dass die Brücke hält.")
    assert qs == [("Bürgermeisterin", "claim", "dass die Brücke hält")]
    direct = "Im Interview zeigte sich der Trainer zufrieden: „Wir haben gut verteidigt.“"
    assert [(s, t) for s, _, t in found(extract, direct)] == [
        ("Trainer", "Wir haben gut verteidigt")
    ]


def test_a_reaction_without_a_clause_is_no_statement(extract: Extract) -> None:
    for text in (
        "Die Mannschaft zeigte sich enttäuscht.",
        "Der Minister zeigte sich zufrieden mit dem Ergebnis der Verhandlungen.",
    ):
        assert found(extract, text) == [], text


def test_an_agentless_passive_decision_names_nobody(extract: Extract) -> None:
    qs = extract(
        "Bürgermeister Jan Ott sagte, die Halle sei marode. Über eine Sperrung werde erst "
        "entschieden, wenn ein Gutachten vorliege."
    ).quotes
    assert [q.speaker for q in qs] == ["Jan Ott", "Jan Ott"]
    agent = extract("Vom Stadtrat wurde beschlossen, die Halle zu sperren.").quotes
    assert [(q.speaker, q.text) for q in agent] == [("Stadtrat", "die Halle zu sperren")]


def test_an_opinion_verb_reports_its_zu_infinitive(extract: Extract) -> None:
    text = "Die Trainerin hofft, den Titel verteidigen zu können."
    assert found(extract, text) == [("Trainerin", "claim", "den Titel verteidigen zu können")]
    text = "Der Verband rief dazu auf, die Produkte zu boykottieren."
    assert [t for _, _, t in found(extract, text)] == ["die Produkte zu boykottieren"]


def test_an_adverbial_infinitive_or_a_preposition_is_no_content(extract: Extract) -> None:
    for text in (
        "Die Ärztin glaubt, um gesund zu bleiben.",
        "Die Ärztin meint, zu Weihnachten hat sie frei.",
    ):
        assert found(extract, text) == [], text


def test_chanted_slogans_and_a_stated_finding_are_cues(extract: Extract) -> None:
    text = "Die Demonstranten skandierten Parolen wie „Schluss mit dem Lärm“."
    assert found(extract, text) == [("Demonstranten", "claim", "Schluss mit dem Lärm")]
    text = "Die Bischöfin konstatierte eine wachsende „Kluft zwischen Arm und Reich“."
    assert [s for s, _, _ in found(extract, text)] == ["Bischöfin"]


def test_a_chanted_name_is_no_statement(extract: Extract) -> None:
    assert found(extract, "Die Fans skandierten den Namen des Trainers.") == []


def test_offers_and_considerations_report_their_zu_infinitive(extract: Extract) -> None:
    text = "Die Firma hatte der Stadt angeboten, den Schnee kostenlos zu räumen."
    assert found(extract, text) == [("Firma", "announcement", "den Schnee kostenlos zu räumen")]
    text = "Nach dem Urteil erwägt Anwalt Peter Kurz, in Berufung zu gehen."
    assert [(s, t) for s, _, t in found(extract, text)] == [("Peter Kurz", "in Berufung zu gehen")]
    text = "Die Stadtwerke denken darüber nach, die Preise im Herbst zu senken."
    assert [t for _, _, t in found(extract, text)] == ["die Preise im Herbst zu senken"]


def test_an_offered_object_or_plain_pondering_is_no_statement(extract: Extract) -> None:
    for text in ("Die Firma bot den Kunden einen Rabatt an.", "Der Minister dachte lange nach."):
        assert found(extract, text) == [], text
