"""Speech-act rules found with the fresh set (tests/data/acts/fresh.tsv). German sentences
written for these tests: each rule in several word orders and tenses, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.quotes.reported_acts import led_by


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Das Bauamt veranschlagt die Kosten der Sanierung auf 4,5 Millionen Euro.", "Bauamt", "4,5 Millionen"),
        ("Die Gemeinde hatte den Schaden auf rund 800.000 Euro veranschlagt.", "Gemeinde", "800.000"),
        ("Der Landkreis veranschlagt die Kosten mit zwölf Millionen Euro.", "Landkreis", "zwölf Millionen"),
    ],
)  # fmt: skip
def test_an_amount_put_on_costs_is_an_estimate(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("estimate", speaker) and part in q.text


def test_budgeting_without_an_amount_in_its_frame_reports_nothing(extract: Extract) -> None:
    assert not extract("Die Stadt veranschlagte für den Umbau zwei Jahre mehr.").quotes


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Die Staatsanwaltschaft legt dem Bürgermeister Untreue zur Last.", "Staatsanwaltschaft", "Bürgermeister", "Untreue"),
        ("Die Anklage legte den drei Männern schweren Raub zur Last.", "Anklage", "Männern", "schweren Raub"),
    ],
)  # fmt: skip
def test_laying_a_charge_on_someone_accuses_them(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.text) == ("accusation", speaker, charge)
    assert q.target is not None and target in q.target


@pytest.mark.parametrize(
    "text",
    [
        "Der Koch legte das Messer zur Seite.",
        "Die Lehrerin legte den Kindern das Buch auf den Tisch.",
    ],
)
def test_laying_things_down_accuses_no_one(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Verteidigung plädierte auf Freispruch.", "Verteidigung"),
        ("Der Staatsanwalt hat auf eine Haftstrafe von drei Jahren plädiert.", "Staatsanwalt"),
    ],
)
def test_a_plea_in_court_is_a_demand(extract: Extract, text: str, speaker: str) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("demand", speaker) and q.text.startswith("auf ")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Die Feuerwehr mahnte wegen der hohen Waldbrandgefahr zur Vorsicht.", "Feuerwehr", "zur Vorsicht"),
        ("Die Ärztin mahnt angesichts steigender Zahlen zu mehr Vorsicht.", "Ärztin", "zu mehr Vorsicht"),
        ("Der Präsident mahnte zur Besonnenheit.", "Präsident", "zur Besonnenheit"),
    ],
)  # fmt: skip
def test_urging_caution_after_a_reason_is_a_warning(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("warning", speaker) and q.text.endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lehrerin mahnte in der Pause die Schüler zur Ruhe.",
        "Der Vermieter mahnte wegen der Miete den Mieter.",
    ],
)
def test_admonishing_someone_after_a_reason_still_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert not extract(text).quotes


def test_led_by_skips_a_reason_but_not_an_addressee() -> None:
    preps = frozenset({"zu", "zur", "zum"})
    assert led_by(["wegen", "der", "Hitze", "zur", "Vorsicht"], 0, 5, preps)
    assert led_by(["zur", "Eile"], 0, 2, preps)
    assert not led_by(["zu", "Eile"], 0, 2, preps)
    assert not led_by(["die", "Schüler", "zur", "Ruhe"], 0, 4, preps)
    assert not led_by(["wegen", "der", "Miete"], 0, 3, preps)


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        ("Einen Anstieg der Preise erwarten die Ökonomen.", "Ökonomen", "estimate", "Einen Anstieg der Preise"),
        ("Einen deutlichen Rückgang erwartet der Reiseverband.", "Reiseverband", "estimate", "Einen deutlichen Rückgang"),
        ("Eine Verschmutzung des Flusses befürchten die Anwohner.", "Anwohner", "warning", "Eine Verschmutzung des Flusses"),
    ],
)  # fmt: skip
def test_a_fronted_expected_or_feared_thing_is_what_was_said(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.text) == (act, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Den Präsidenten erwartet die Kanzlerin am Flughafen.",
        "Die Gäste erwartet der Gastgeber am Eingang.",
    ],
)
def test_a_fronted_person_awaited_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Der Mieterverein warf den Vermietern vor, die Mieten unrechtmäßig erhöht zu haben.", "Mieterverein", "Vermieter"),
        ("Die Gewerkschaft wirft den Arbeitgebern vor, die Verhandlungen zu verschleppen.", "Gewerkschaft", "Arbeitgeber"),
    ],
)  # fmt: skip
def test_a_plural_person_noun_in_the_dative_is_the_accused(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("accusation", speaker)
    assert q.target is not None and target in q.target


def test_an_accusation_without_a_dative_names_no_accused(extract: Extract) -> None:
    q = one_quote(extract, "Der Verband warf vor, die Regeln seien gebrochen worden.")
    assert (q.act, q.target) == ("accusation", None)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kunde bestritt die Kosten der Reparatur aus eigener Tasche.",
        "Die Mannschaft bestritt am Samstag ihr erstes Heimspiel.",
        "Der Weltmeister bestreitet am Sonntag das Finale in Wien.",
        "Die Studentin bestreitet ihren Lebensunterhalt mit zwei Nebenjobs.",
    ],
)
def test_contesting_a_match_or_paying_costs_denies_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Konzern bestreitet die Höhe der Kosten.", "die Höhe der Kosten"),
        ("Der Trainer bestritt, das Spiel verschoben zu haben.", "das Spiel verschoben zu haben"),
        ("„Das Spiel war nicht gekauft“, bestritt der Präsident.", "Das Spiel war nicht gekauft"),
    ],
)
def test_denying_a_claim_about_a_match_or_costs_still_denies(
    extract: Extract, text: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == ("denial", content)
