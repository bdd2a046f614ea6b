"""Speech-act rules of session 18 (issue 11, set fresh11.tsv): German sentences written for these
tests, each rule with several speakers, verbs and word orders, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Doping warf der Verband einem Radprofi vor.", "Verband", "Radprofi", "Doping"),
        ("Wortbruch warfen die Grünen einer Ministerin vor.", "Grünen", "Ministerin", "Wortbruch"),
        ("Steuerhinterziehung wirft die Anklage einem Gastwirt aus Passau vor.", "Anklage", "Gastwirt", "Steuerhinterziehung"),
        ("Betrug wirft die Polizei einem Ehepaar aus Köln vor.", "Polizei", "Ehepaar", "Betrug"),
        ("Untreue warf die Staatsanwaltschaft dem Manager am Montag vor.", "Staatsanwaltschaft", "Manager", "Untreue"),
    ],
)  # fmt: skip
def test_a_fronted_charge_accuses_the_dative_after_the_subject(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    """ "Doping warf der Verband einem Radprofi vor": V2 fronts the charge; the accused is the
    dative after the subject, also with an indefinite article or a place or time after it,
    and the charge is never read as the accused."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target, q.text) == ("accusation", speaker, target, charge)


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("„Wer soll das bezahlen?“, fragten sich viele Anwohner.", "Anwohner", "bezahlen"),
        ("„Wie lange geht das noch gut?“, fragt sich die Ärztin Maria Lenz.", "Maria Lenz", "lange"),
        ("„Wann kommt endlich der Bus?“, fragte sich der Rentner Otto Kranz.", "Otto Kranz", "Bus"),
    ],
)  # fmt: skip
def test_a_quoted_question_a_speaker_asks_himself_is_a_question(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "„Wie soll das gehen?“, fragt sich X" puts the quoted question, like "fragt X"."""
    q = one_quote(extract, text)
    assert q.act == "question" and q.speaker == speaker and part in q.text, text


@pytest.mark.parametrize(
    "text",
    [
        "Es fragt sich, ob das Konzept aufgeht.",
        "Da fragt man sich, ob die Stadt überhaupt einen Plan hat.",
        "Die Kinder fragten sich durch bis zum Bahnhof.",
        "Der Trainer fragte sich, warum seine Mannschaft so schwach gespielt habe.",
    ],
)
def test_wondering_without_a_quotation_reports_nobody(extract: Extract, text: str) -> None:
    """ "Es fragt sich, ob …" (it is doubtful), "man fragt sich" and "fragte sich, warum …"
    without a quotation wonder; nobody is reported to have asked anything."""
    assert list(extract(text).quotes) == [], text


@pytest.mark.parametrize(
    ("text", "act", "speaker", "part"),
    [
        ("Vor falschen Handwerkern warnt derzeit die Polizei in Bremen.", "warning", "Polizei", "Handwerkern"),
        ("Mit einem Anstieg der Preise rechnet zurzeit der Handelsverband.", "estimate", "Handelsverband", "Anstieg"),
        ("Einen Streik kündigte derzeit die Gewerkschaft nicht an.", None, None, "Streik"),
    ],
)  # fmt: skip
def test_derzeit_between_a_cue_and_its_inverted_subject(
    extract: Extract, text: str, act: str | None, speaker: str | None, part: str
) -> None:
    """ "Vor X warnt derzeit die Polizei": "derzeit"/"zurzeit" is an adverb like "nun"
    between a fronted object's cue and the subject after it, not the subject's start; a
    negated cue still reports nothing."""
    quotes = [q for q in extract(text).quotes if part in q.text]
    if act is None:
        assert quotes == [], text
        return
    assert [(q.act, q.speaker) for q in quotes] == [(act, speaker)], text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Supermarktkette will bis Jahresende 40 Filialen schließen, sagte ein Konzernsprecher.", "anonymous", "Filialen"),
        ("Der Hersteller wird die Produktion nach Polen verlagern, teilte ein Firmensprecher mit.", "anonymous", "Polen"),
        ("Die Bank will ihr Filialnetz halbieren, sagte Unternehmenssprecher Tim Rau.", "Tim Rau", "Filialnetz"),
        ("Die Firma plant, die Preise zu senken, sagte ein Konzernsprecher.", "anonymous", "Preise"),
        ("Der Verein plant, das Stadion zu erweitern, sagte Trainer Jonas Beck.", "Jonas Beck", "Stadion"),
        ("Die Gemeinde beabsichtigt, das Freibad zu schließen, teilte Bürgermeisterin Anna Graf mit.", "Anna Graf", "Freibad"),
    ],
)  # fmt: skip
def test_a_company_plan_reported_by_its_spokesperson_is_an_announcement(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "Der Hersteller wird … verlagern, teilte ein Firmensprecher mit": a company's
    spokesperson speaks for the company, so its plan is announced; a plan verb with a
    zu-infinitive ("plant, … zu senken") is a plan like "will … senken"."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("announcement", speaker) and part in q.text, text


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft will streiken, sagte ein Unternehmenssprecher.",
        "Die Stadt will die Straße sperren, sagte eine Konzernsprecherin.",
        "Die Regierung plant, die Steuern zu erhöhen, sagte der Oppositionsführer Max Kern.",
        "Der Konzern wird umgebaut, sagte ein Konzernsprecher.",
    ],
)
def test_another_sides_plan_or_a_passive_stays_a_claim(extract: Extract, text: str) -> None:
    """A company spokesperson does not speak for a union or a town, an opposition leader not
    for the government, and a passive ("wird umgebaut") is no plan: each stays a claim."""
    assert one_quote(extract, text).act == "claim", text


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Grobe Fahrlässigkeit warf die Anklage dem Busfahrer vor.", "Anklage", "Busfahrer", "Grobe Fahrlässigkeit"),
        ("Schwere Versäumnisse warfen die Grünen dem Landrat vor.", "Grünen", "Landrat", "Schwere Versäumnisse"),
        ("Fahrlässige Tötung wirft die Staatsanwaltschaft einem Arzt aus Ulm vor.", "Staatsanwaltschaft", "Arzt", "Fahrlässige Tötung"),
    ],
)  # fmt: skip
def test_a_fronted_charge_with_an_adjective_is_no_speaker(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    """ "Grobe Fahrlässigkeit warf die Anklage dem Busfahrer vor": an adjective and a noun
    before the cue are the charge, not a name; the speaker follows the cue and the dative
    after it is the accused."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target, q.text) == ("accusation", speaker, target, charge)


def test_a_negated_fronted_charge_reports_nothing(extract: Extract) -> None:
    """ "… warf der Verband dem Torhüter nicht vor": nobody accused anyone."""
    text = "Unsportliches Verhalten warf der Verband dem Torhüter nicht vor."
    assert list(extract(text).quotes) == []
