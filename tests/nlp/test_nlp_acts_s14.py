"""Speech-act rules of session 14 (issue 11, set fresh6.tsv): German sentences written for
these tests, each rule in several tenses, word orders and speakers, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "part"),
    [
        ("Sollte der Vertrag platzen, droht die Gewerkschaft den Arbeitgebern mit einem Streik.", "Gewerkschaft", "Arbeitgeber", "Streik"),
        ("Falls das Gesetz kommt, droht der Präsident dem Nachbarland mit Sanktionen.", "Präsident", "Nachbarland", "Sanktionen"),
        ("Wenn die Mieten nicht sinken, drohte der Senat dem Konzern mit einer Enteignung.", "Senat", "Konzern", "Enteignung"),
    ],
)  # fmt: skip
def test_a_condition_before_a_threat_with_a_dative_is_its_circumstance(
    extract: Extract, text: str, speaker: str, target: str, part: str
) -> None:
    """The threatened (dative) stand between the inverted subject and "mit": the opening
    clause says when, the threat follows the subject."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("warning", speaker, target)
    assert part in q.text and "Falls" not in q.text and "Sollte" not in q.text


def test_a_statement_before_a_threat_with_a_dative_stays_what_was_said(extract: Extract) -> None:
    text = "Die Lage sei ernst, drohte der Präsident dem Nachbarland mit Sanktionen."
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("warning", "Präsident")
    assert "Lage" in q.text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Der Verein hat nicht bestritten, dass es Gespräche mit dem Spieler gegeben hat.", "Verein", "Gespräche"),
        ("Die Ministerin hatte nie bestritten, dass sie von den Zahlen wusste.", "Ministerin", "Zahlen"),
        ("Der Angeklagte hat bislang nicht bestritten, dass er am Tatort war.", "Angeklagte", "Tatort"),
    ],
)  # fmt: skip
def test_a_denial_negated_before_its_participle_concedes(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "hat nicht bestritten, dass …" admits it, as "bestritt nicht, dass …" does."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("claim", speaker)
    assert part in q.text


def test_a_perfect_denial_without_negation_stays_a_denial(extract: Extract) -> None:
    q = one_quote(extract, "Der Verein hat bestritten, dass es Gespräche mit dem Spieler gab.")
    assert (q.act, q.speaker) == ("denial", "Verein")


def test_a_demand_negated_before_its_participle_reports_nothing(extract: Extract) -> None:
    quotes = extract("Die Opposition hat nicht gefordert, dass der Minister zurücktritt.").quotes
    assert not [q for q in quotes if "Minister" in q.text]


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Der Handelsverband will, dass die Mehrwertsteuer auf Lebensmittel gesenkt wird.", "Handelsverband", "Mehrwertsteuer"),
        ("Die Gewerkschaft will nun, dass die Arbeitgeber ein neues Angebot vorlegen.", "Gewerkschaft", "Angebot"),
        ("Der Mieterbund will, dass die Kommunen mehr Wohnungen bauen.", "Mieterbund", "Wohnungen"),
    ],
)  # fmt: skip
def test_wanting_that_others_act_is_a_demand(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("demand", speaker)
    assert part in q.text


def test_wanting_to_act_oneself_stays_an_announcement(extract: Extract) -> None:
    """Only "will, dass" is a demand on others; a plan the speaker states stays an
    announcement (a bare plan without a sign of speech is no quote: quotes/plans.py)."""
    text = "Die Regierung will nach eigenen Angaben die Steuer auf Lebensmittel im Herbst senken."
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("announcement", "Regierung")
    assert not extract("Die Klinik will verhindern, dass weitere Stellen wegfallen.").quotes


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Der FC Bayern hat Berichte über einen bevorstehenden Trainerwechsel dementiert.", "FC Bayern", "denial", "Trainerwechsel"),
        ("Der SC Freiburg hat die Gerüchte über einen Verkauf des Stadions zurückgewiesen.", "SC Freiburg", "denial", "Stadions"),
        ("Die Deutsche Bahn hat für Montag neue Verbindungen nach Prag angekündigt.", "Deutsche Bahn", "announcement", "Prag"),
        ("Der VfB Lübeck hatte eine Verlängerung des Vertrags gefordert.", "VfB Lübeck", "demand", "Verlängerung"),
    ],
)  # fmt: skip
def test_a_named_organisation_with_its_article_reports_its_perfect_object(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    """ "Der FC Bayern hat … dementiert": the article before the name opens the clause as
    "Der Verein hat … dementiert" does, so the object in the bracket is what was denied."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert part in q.text


def test_a_named_organisation_in_the_perfect_without_a_speech_verb_reports_nothing(
    extract: Extract,
) -> None:
    assert not extract("Der FC Bayern hat am Samstag gegen den SC Freiburg gewonnen.").quotes


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Vorwürfe gegen die Stadt wies der Rechnungshof zurück.", "Rechnungshof", "Stadt"),
        ("Die Kritik an der Landesregierung wies der Landesrechnungshof am Montag zurück.", "Landesrechnungshof", "Landesregierung"),
    ],
)  # fmt: skip
def test_an_audit_office_after_a_fronted_object_is_the_speaker(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "Die Vorwürfe gegen die Stadt wies der Rechnungshof zurück": the audit office is an
    institution, so it speaks after the cue and the fronted phrase (with the accused in it)
    is what was denied; the city inside that phrase is no speaker."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("denial", speaker)
    assert part in q.text


def test_an_audit_office_reports_its_findings(extract: Extract) -> None:
    q = one_quote(extract, "Der Bundesrechnungshof bemängelte, dass die Kosten verdoppelt wurden.")
    assert q.speaker == "Bundesrechnungshof"
