"""Speech-act rules of session 13 (issue 11, set fresh5.tsv): German sentences written for
these tests, each rule in several tenses, word orders and speakers, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.models import Quote


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Die Elternvertretung stellte die Forderung nach kleineren Klassen.", "Elternvertretung", "demand", "Klassen"),
        ("Der Mieterverein hat die Forderung nach einem Mietendeckel gestellt.", "Mieterverein", "demand", "Mietendeckel"),
        ("Die Landwirte erneuerten am Freitag ihre Forderung nach einem Ausgleich für die Dürre.", "Landwirte", "demand", "Dürre"),
        ("Die Jugendorganisation erhob die Forderung nach einem kostenlosen Nahverkehr.", "Jugendorganisation", "demand", "Nahverkehr"),
        ("Die Reederei legte gegen den Bußgeldbescheid Widerspruch ein.", "Reederei", "denial", "Bußgeldbescheid"),
        ("Die Stiftung hat gegen das Urteil des Landgerichts Berufung eingelegt.", "Stiftung", "denial", "Landgerichts"),
        ("Gegen die Disqualifikation legte der Leichtathletikverband Einspruch ein.", "Leichtathletikverband", "denial", "Disqualifikation"),
        ("Der Bauherr hat gegen die Auflagen des Bauamts Beschwerde eingelegt.", "Bauherr", "denial", "Auflagen"),
    ],
)  # fmt: skip
def test_a_noun_predicate_with_its_preposition_is_the_act_of_its_noun(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        # the light verb without its noun, or the noun without its preposition
        "Die Polizei stellte den Wagen nach der Verfolgung sicher.",
        "Der Anwalt legte das Dokument in die Akte ein.",
        "Die Ministerin stellte die Forderungen der Opposition nach hinten.",
        # the noun as the subject of another verb
        "Die Forderung nach einem Neubau wurde im Mai erfüllt.",
        "Der Einspruch gegen die Sperre hatte keinen Erfolg.",
    ],
)
def test_a_light_verb_without_its_noun_and_preposition_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Die Vorwürfe hat der Vereinsvorstand zurückgewiesen.", "Vereinsvorstand", "denial", "Vorwürfe"),
        ("Einen Zusammenhang mit dem Brand hatte die Werksleitung bislang bestritten.", "Werksleitung", "denial", "Brand"),
        ("Den Rücktritt der Ministerin haben die Grünen schon im Mai gefordert.", "Grünen", "demand", "Rücktritt"),
        ("Eine Senkung der Gebühren hat die Stadtverwaltung für das nächste Jahr angekündigt.", "Stadtverwaltung", "announcement", "Gebühren"),
        ("Vor Glätte hat der Wetterdienst am Abend gewarnt.", "Wetterdienst", "warning", "Glätte"),
    ],
)  # fmt: skip
def test_an_object_fronted_before_the_perfects_hat_is_what_was_said(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    """V2 puts the object before "hat" and the subject right after it: the subject speaks,
    the fronted object is the content."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        # negated: nothing was denied
        "Die Vorwürfe hat der Vereinsvorstand nicht zurückgewiesen.",
        # a fronted thing before a verb that is no speech act
        "Das Auto hat der Händler gestern verkauft.",
        # a person awaited, not an estimate
        "Den Präsidenten hat die Kanzlerin am Flughafen erwartet.",
    ],
)
def test_a_fronted_object_before_hat_without_a_speech_act_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Das Gericht rügte die Landesregierung, sie habe das Parlament zu spät informiert.", "Gericht", "Landesregierung"),
        ("Die Aufsichtsbehörde hat die Sparkasse gerügt, weil sie Kunden falsch beraten habe.", "Aufsichtsbehörde", "Sparkasse"),
        ("Der Landesrechnungshof rügt die Stadtwerke, sie hätten Aufträge ohne Ausschreibung vergeben.", "Landesrechnungshof", "Stadtwerke"),
    ],
)  # fmt: skip
def test_a_rebuke_accuses_its_accusative(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("accusation", speaker)
    assert q.target is not None and target in q.target


def test_a_rebuke_of_a_thing_without_a_clause_reports_nothing(extract: Extract) -> None:
    assert extract("Die Richterin rügte den Anwalt scharf.").quotes == ()


def _marker_quote(extract: Extract, text: str) -> Quote:
    """The according-to statement of `text` (the sentence may hold its verb's quote too)."""
    found = [q for q in extract(text).quotes if q.kind == "according_to"]
    assert len(found) == 1, extract(text).quotes
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Laut Feuerwehr warnten die Einsatzkräfte am Morgen vor herabfallenden Ästen.", "Feuerwehr", "warning"),
        ("Der Autobauer Velox will nach eigenen Angaben ein zweites Werk in Ungarn bauen.", "Velox", "announcement"),
        ("Nach Angaben des Vereins forderten die Mitglieder einen neuen Vorstand.", "Verein", "demand"),
        ("Dem Sender zufolge bestritt der Bürgermeister jede Beteiligung an dem Geschäft.", "Sender", "denial"),
    ],
)  # fmt: skip
def test_an_according_to_statement_reports_the_speech_act_of_its_clause(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = _marker_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the act is another clause's, behind a semicolon or inside a relative clause
        "Die Veranstalter schätzten 1500 Teilnehmer; nach Angaben der Polizei waren es 900.",
        "Laut Polizei ist die Kundgebung, zu der die Gewerkschaft aufgerufen hatte, friedlich verlaufen.",
        # a plain report stays a claim
        "Laut Polizei sind die Straßen wieder frei.",
    ],
)
def test_an_according_to_statement_without_an_act_of_its_own_clause_is_a_claim(
    extract: Extract, text: str
) -> None:
    assert _marker_quote(extract, text).act == "claim"


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Linken-Fraktion beantragte, einen Untersuchungsausschuss zu der Maut-Affäre einzusetzen.", "Linken-Fraktion", "Untersuchungsausschuss"),
        ("Die Staatsanwaltschaft hat beantragt, den Angeklagten zu sechs Jahren Haft zu verurteilen.", "Staatsanwaltschaft", "Haft"),
        ("Die Verteidigung beantragte, dass das Verfahren eingestellt wird.", "Verteidigung", "Verfahren"),
    ],
)  # fmt: skip
def test_a_motion_with_its_clause_is_a_demand(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("demand", speaker)
    assert part in q.text


@pytest.mark.parametrize(
    "text", ["Die Familie hat im Frühjahr Asyl beantragt.", "Er beantragte einen neuen Pass."]
)
def test_an_application_for_a_thing_reports_nothing(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Sollte es bis Freitag kein Angebot geben, droht die Gewerkschaft mit unbefristeten Streiks.", "Gewerkschaft", "warning", "Streiks"),
        ("Falls das Gesetz kommt, warnt der Mieterbund vor einer Klagewelle.", "Mieterbund", "warning", "Klagewelle"),
        ("Wenn die Preise weiter steigen, rechnen die Ökonomen mit einer Rezession.", "Ökonomen", "estimate", "Rezession"),
        ("Nachdem der Damm gebrochen war, warnte die Feuerwehr vor Hochwasser.", "Feuerwehr", "warning", "Hochwasser"),
    ],
)  # fmt: skip
def test_a_condition_before_an_inverted_framed_cue_is_its_circumstance(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    """The act's object follows the subject; the opening clause says when, not what."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == (act, speaker, None)
    assert part in q.text


def test_a_statement_before_an_inverted_framed_cue_stays_what_was_said(extract: Extract) -> None:
    q = one_quote(extract, "Die Lage sei ernst, warnte der Minister vor der Presse.")
    assert (q.act, q.speaker) == ("warning", "Minister")
    assert "Lage" in q.text
