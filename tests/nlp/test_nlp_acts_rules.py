"""Speech-act rules found with the own sentence set (tests/data/acts): the accused's full
name, indirect questions, questions with a "nach" object. German sentences written for these
tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.attribution.acts import (
    dative_noun,
    load_cue_acts,
    negated_speaker,
    outside_quotes,
)
from bot.nlp.speakers import NP


@pytest.mark.parametrize(
    ("text", "target", "charge"),
    [
        (
            "Die Staatsanwaltschaft beschuldigt den Manager Jan Weber, Gelder veruntreut zu haben.",
            "Jan Weber",
            "Gelder veruntreut zu haben",
        ),
        (
            "Die Opposition wirft dem Minister Jan Roth vor, gelogen zu haben.",
            "Jan Roth",
            "gelogen zu haben",
        ),
        ("Die Opposition wirft dem Minister Jan Roth Lügen vor.", "Jan Roth", "Lügen"),
    ],
)
def test_accused_with_a_surname_that_is_also_a_noun_keeps_the_full_name(
    extract: Extract, text: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.target, q.text) == ("accusation", target, charge)


def test_a_noun_after_the_accused_role_is_still_the_charge(extract: Extract) -> None:
    q = one_quote(extract, "Die Gewerkschaft wirft dem Vorstand Wortbruch vor.")
    assert (q.target, q.text) == ("Vorstand", "Wortbruch")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Opposition fragt, warum die Kosten so stark gestiegen sind.",
            "Opposition",
            "warum die Kosten so stark gestiegen sind",
        ),
        (
            "Der Senator fragte, wer die Gutachten bezahlt hat.",
            "Senator",
            "wer die Gutachten bezahlt hat",
        ),
        (
            "Kritiker fragen, ob das Geld sinnvoll ausgegeben wurde.",
            "Kritiker",
            "ob das Geld sinnvoll ausgegeben wurde",
        ),
        (
            "Der Abgeordnete Kai Neumann fragte nach den Kosten des Einsatzes.",
            "Kai Neumann",
            "nach den Kosten des Einsatzes",
        ),
    ],
)
def test_indirect_question_in_the_indicative_is_a_question(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "question", content)


@pytest.mark.parametrize(
    "text",
    [
        "Viele Fragen sind offen.",
        "Die Menschen fragen sich, wie es weitergeht.",
        "Der Minister fragte den Beamten.",
        "Die Bürger fragen nach.",
    ],
)
def test_question_words_without_a_question_report_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


def test_a_w_clause_after_a_statement_verb_stays_a_claim(extract: Extract) -> None:
    q = one_quote(extract, "Die Regierung erklärte, warum die Kosten so stark gestiegen sind.")
    assert (q.speaker, q.act) == ("Regierung", "claim")


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        (
            "Neue Sanktionen kündigte die EU-Kommission an.",
            "EU-Kommission",
            "announcement",
            "Neue Sanktionen",
        ),
        (
            "Eine Verbindung zu der Gruppe bestritt der Politiker Lars Eckert.",
            "Lars Eckert",
            "denial",
            "Eine Verbindung zu der Gruppe",
        ),
    ],
)
def test_fronted_object_is_what_was_said_and_the_person_after_the_cue_said_it(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, act, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Die Linke lehnt die Nato ab.", "Linke", "die Nato"),
        (
            "Die Regierung bestreitet die Darstellung der Opposition.",
            "Regierung",
            "die Darstellung der Opposition",
        ),
    ],
)
def test_a_subject_before_the_cue_keeps_its_object(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == (speaker, content)


def test_an_opinion_verb_in_a_wie_clause_reports_the_main_clause(extract: Extract) -> None:
    q = one_quote(extract, "Wie die Forscher schätzen, leben noch etwa 300 Tiere in dem Gebiet.")
    assert (q.speaker, q.act) == ("Forscher", "estimate")
    assert q.text == "leben noch etwa 300 Tiere in dem Gebiet"


def test_an_opinion_verb_without_a_clause_still_reports_nothing(extract: Extract) -> None:
    assert list(extract("Die Forscher schätzen die Arbeit der Helfer.").quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Bürgermeister Jonas Albrecht leugnete, an dem Treffen teilgenommen zu haben.",
            "Jonas Albrecht",
            "an dem Treffen teilgenommen zu haben",
        ),
        ("Der Angeklagte leugnet die Tat.", "Angeklagte", "die Tat"),
    ],
)
def test_leugnen_is_a_denial(extract: Extract, text: str, speaker: str, content: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "denial", content)


def test_an_impersonal_leugnen_reports_nothing(extract: Extract) -> None:
    assert list(extract("Es ist nicht zu leugnen, dass die Lage ernst ist.").quotes) == []


def test_plural_fragen_after_a_quotation_is_the_question_cue(extract: Extract) -> None:
    q = one_quote(extract, "„Wo bleibt die Hilfe?“, fragen die Bewohner des Dorfes.")
    assert (q.speaker, q.act, q.kind, q.text) == (
        "Bewohner des Dorfes",
        "question",
        "direct",
        "Wo bleibt die Hilfe?",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Nach Schätzungen der Polizei kamen 5000 Menschen.", "Polizei", "estimate"),
        (
            "Nach Einschätzung von Experten wird die Inflation weiter steigen.",
            "Experten",
            "estimate",
        ),
        (
            "Den Vorwürfen der Opposition zufolge hat die Regierung das Parlament getäuscht.",
            "Opposition",
            "accusation",
        ),
        ("Laut Polizei kamen 5000 Menschen.", "Polizei", "claim"),
        ("Nach Angaben der Feuerwehr brannte die Halle vollständig aus.", "Feuerwehr", "claim"),
    ],
)
def test_an_according_to_phrase_takes_the_act_of_its_noun(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind, q.act) == (speaker, "according_to", act)


def test_a_denial_of_this_denies_the_previous_estimate(extract: Extract) -> None:
    qs = extract(
        "Nach Schätzungen der Polizei kamen 5000 Menschen. Die Veranstalter bestreiten das."
    ).quotes
    assert [(q.speaker, q.act, q.text) for q in qs] == [
        ("Polizei", "estimate", "kamen 5000 Menschen"),
        ("Veranstalter", "denial", "kamen 5000 Menschen"),
    ]


@pytest.mark.parametrize(
    ("text", "first_act"),
    [
        (
            "Die Gewerkschaft forderte höhere Löhne. Die Beschäftigten hätten seit Jahren "
            "verzichtet.",
            "demand",
        ),
        (
            "Der Minister Rolf Baumann bestritt die Vorwürfe. Er habe sich stets an die Regeln "
            "gehalten.",
            "denial",
        ),
        (
            "Die Abgeordnete Nina Vogt fragte, ob die Regierung von den Plänen gewusst habe. Die "
            "Akten lägen seit Monaten vor.",
            "question",
        ),
    ],
)
def test_a_konjunktiv_continuation_is_a_claim_of_the_same_speaker(
    extract: Extract, text: str, first_act: str
) -> None:
    first, cont = extract(text).quotes
    assert first.act == first_act
    assert (cont.speaker, cont.act, cont.cue) == (first.speaker, "claim", None)


def test_what_is_feared_is_a_warning(extract: Extract) -> None:
    q = one_quote(extract, "Umweltschützer befürchten eine Verschmutzung des Flusses.")
    assert (q.speaker, q.act, q.text) == (
        "Umweltschützer",
        "warning",
        "eine Verschmutzung des Flusses",
    )


@pytest.mark.parametrize(
    "text", ["Die Anwohner fürchten sich vor dem Hund.", "Die Anwohner befürchten es."]
)
def test_fear_without_a_feared_thing_reports_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        (
            "Die Vorwürfe wies Konzernchef Markus Feld entschieden zurück.",
            "Markus Feld",
            "denial",
            "Die Vorwürfe",
        ),
        (
            "Den Rücktritt des Ministers forderte die Opposition.",
            "Opposition",
            "demand",
            "Den Rücktritt des Ministers",
        ),
        (
            "Vor einer Eskalation warnte UN-Generalsekretär Amir Dalen.",
            "Amir Dalen",
            "warning",
            "Vor einer Eskalation",
        ),
    ],
)
def test_a_fronted_object_with_the_subject_after_the_cue_is_the_content(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, act, content)


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag kündigte Konzernchef Markus Feld an.",
        "Die Identität des Kindes gab die Behörde nicht bekannt.",
    ],
)
def test_a_fronted_adverbial_or_a_negated_act_says_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung bestritt die Vorwürfe nicht.",
        "Die Polizei hat den Bericht nicht dementiert.",
        "Die Behörde gab die Identität des Kindes nicht bekannt.",
        "Die Opposition warf dem Minister nicht vor, gelogen zu haben.",
        "Ob es Verletzte gab, ist derzeit noch nicht bekannt.",
    ],
)
def test_a_negated_act_is_not_that_act(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


def test_not_denying_a_clause_concedes_it(extract: Extract) -> None:
    q = one_quote(extract, "Der Minister bestritt nicht, dass es Fehler gegeben habe.")
    assert (q.speaker, q.act, q.text) == ("Minister", "claim", "dass es Fehler gegeben habe")


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Der Minister bestritt, die Akten nicht gelesen zu haben.",
            "denial",
            "die Akten nicht gelesen zu haben",
        ),
        ("Der Minister sagte, er habe nicht gelogen.", "claim", "er habe nicht gelogen"),
        (
            "Die Gewerkschaft forderte nicht nur höhere Löhne, sondern auch mehr Urlaub.",
            "demand",
            "nicht nur höhere Löhne, sondern auch mehr Urlaub",
        ),
        (
            "Paolo lehnte mit den Worten ab: „Das mache ich nicht.“",
            "denial",
            "Das mache ich nicht",
        ),
    ],
)
def test_a_negation_inside_what_was_said_is_content(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == (act, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Kosten würden sich verdoppeln, erwartet der Verband.",
            "Verband",
            "Die Kosten würden sich verdoppeln",
        ),
        (
            "Die Zahl der Opfer dürfte weiter steigen, schätzt das Rote Kreuz.",
            "Rotes Kreuz",
            "Die Zahl der Opfer dürfte weiter steigen",
        ),
        (
            "Experten schätzen, die Zahl der Opfer könnte weiter steigen.",
            "Experten",
            "die Zahl der Opfer könnte weiter steigen",
        ),
    ],
)
def test_an_estimate_reports_its_konjunktiv_ii_clause_before_or_after_it(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "estimate", content)


def test_an_estimate_after_a_condition_reports_nothing(extract: Extract) -> None:
    assert list(extract("Wenn es regnet, erwartet der Verband Ärger.").quotes) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Der Minister schloss aus, dass die Steuern steigen.", "denial"),
        ("Der Minister schloss nicht aus, dass die Steuern steigen.", "estimate"),
        ("Der Minister bestritt nicht, dass die Steuern steigen.", "claim"),
    ],
)
def test_ruling_out_is_a_denial_and_not_ruling_out_an_estimate(
    extract: Extract, text: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == ("Minister", act, "dass die Steuern steigen")


@pytest.mark.parametrize(
    "text", ["Die Partei schloss das Mitglied aus.", "Die Polizei schloss die Tür."]
)
def test_excluding_someone_or_closing_something_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert list(extract(text).quotes) == []


def test_enquiring_is_a_question(extract: Extract) -> None:
    q = one_quote(extract, "Die Abgeordnete Lea Sommer erkundigte sich, ob die Schule schließt.")
    assert (q.speaker, q.act, q.text) == ("Lea Sommer", "question", "ob die Schule schließt")


def test_a_reflexive_report_verb_is_still_no_cue(extract: Extract) -> None:
    """Only verbs that are reflexive by nature ("sich erkundigen") keep their cue after
    "sich"; "damit bestätigt sich die Befürchtung" reports nothing."""
    assert list(extract("Damit bestätigt sich die Befürchtung der Anwohner.").quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Die Gewerkschaft drängt auf höhere Löhne.", "Gewerkschaft", "auf höhere Löhne"),
        (
            "Der Verband plädierte für ein Verbot von Einwegplastik.",
            "Verband",
            "für ein Verbot von Einwegplastik",
        ),
    ],
)
def test_pressing_for_a_noun_phrase_is_a_demand(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "demand", content)


@pytest.mark.parametrize(
    "text",
    ["Die Menge drängte den Polizisten zur Seite.", "Die Zeit drängt.", "Er drängt sich vor."],
)
def test_pushing_someone_or_something_is_no_demand(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        ("Die Stadt stellte den Anwohnern neue Parkplätze in Aussicht.", "announcement",
         "den Anwohnern neue Parkplätze"),
        ("Der Bürgermeister stellte die Vorwürfe in Abrede.", "denial", "die Vorwürfe"),
    ],
)  # fmt: skip
def test_a_nominal_idiom_reports_its_noun_phrase_object_without_its_own_words(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == (act, content)


def test_putting_something_somewhere_is_no_announcement(extract: Extract) -> None:
    assert list(extract("Der Trainer stellte den Ball in die Ecke.").quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Die Bauern fürchten, dass der Regen ausbleibt.", "Bauern", "warning"),
        ("Der Bauer sagte, der Regen bleibe aus.", "Bauer", "claim"),
        ("Das Management bestritt, dass Stellen wegfallen.", "Management", "denial"),
    ],
)
def test_farmers_and_a_management_are_speakers(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act) == (speaker, act)


def test_a_management_is_the_accused(extract: Extract) -> None:
    """An unknown head followed by a compound noun read as a name ("Management Vertragsbruch")
    swallowed the charge; "Management" is an organisation noun."""
    q = one_quote(extract, "Der Betriebsrat warf dem Management Vertragsbruch vor.")
    assert (q.speaker, q.act, q.target, q.text) == (
        "Betriebsrat", "accusation", "Management", "Vertragsbruch"
    )  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Die Bauern ernten den Weizen.", "Das Management des Konzerns tagte gestern."]
)
def test_farmers_or_a_management_without_a_cue_say_nothing(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage sei ernst, sagte der UN-Gesandte Karim Nasser.",
        "Der Sondergesandte Karim Nasser sagte, die Lage sei ernst.",
    ],
)
def test_an_envoy_before_a_name_is_a_role(extract: Extract, text: str) -> None:
    q = one_quote(extract, text)
    assert q.speaker == "Karim Nasser"
    assert q.speaker_role is not None and q.speaker_role.endswith("esandte")


def test_an_envoy_without_a_name_is_the_speaker(extract: Extract) -> None:
    assert one_quote(extract, "Der Gesandte sagte, die Lage sei ernst.").speaker == "Gesandte"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Minister wies die Vorwürfe von sich.", "die Vorwürfe"),
        ("Der Minister wies von sich, dass er gelogen habe.", "dass er gelogen habe"),
    ],
)
def test_rejecting_from_oneself_is_a_denial(extract: Extract, text: str, content: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == ("Minister", "denial", content)


@pytest.mark.parametrize("text", ["Der Förster wies den Weg.", "Er wies sich als Polizist aus."])
def test_showing_the_way_or_oneself_is_no_denial(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


def test_a_fronted_as_judgement_has_the_speaker_after_the_verb(extract: Extract) -> None:
    q = one_quote(extract, "Als Rückschritt bezeichnete Senator Jan Roth das Urteil.")
    assert (q.speaker, q.act) == ("Jan Roth", "claim")
    assert "Rückschritt" in q.text


def test_a_fronted_as_phrase_of_a_non_judging_verb_is_no_statement(extract: Extract) -> None:
    """ "Als Kind" before "besuchte" is a time, not a judgement."""
    assert list(extract("Als Kind besuchte Lea Sommer die Schule in Kiel.").quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Die Opposition erhob schwere Vorwürfe gegen den Minister.", "Opposition", "Minister"),
        (
            "Die Staatsanwaltschaft erhob Anklage gegen den Manager Jan Weber.",
            "Staatsanwaltschaft",
            "Jan Weber",
        ),
    ],
)
def test_raising_charges_against_someone_accuses_them(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.target) == (speaker, "accusation", target)


@pytest.mark.parametrize(
    "text",
    ["Die Stadt erhebt Gebühren für das Parken.", "Die Bürger erhoben sich gegen die Regierung."],
)
def test_levying_fees_or_rising_up_is_no_accusation(extract: Extract, text: str) -> None:
    assert list(extract(text).quotes) == []


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        (
            "Zusammen mit dem Finanzminister plädiert Frank Berger für eine Reform.",
            "Frank Berger",
            "demand",
        ),
        ("Zusammen mit der Polizei warnte die Stadt vor Betrügern.", "Stadt", "warning"),
    ],
)
def test_together_with_x_opens_the_clause_and_the_speaker_follows_the_cue(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    """ "Zusammen" is an adverb, never a speaker: the subject stands after the verb."""
    q = one_quote(extract, text)
    assert (q.speaker, q.act) == (speaker, act)
    assert speaker not in q.text


@pytest.mark.parametrize(
    ("text", "speakers", "target"),
    [
        (
            "Grüne und Linke warfen dem Bürgermeister vor, die Bürger getäuscht zu haben.",
            ["Grüne", "Linke"],
            "Bürgermeister",
        ),
        (
            "Die Gewerkschaft und der Betriebsrat werfen dem Vorstand vor, Zusagen gebrochen "
            "zu haben.",
            ["Gewerkschaft", "Betriebsrat"],
            "Vorstand",
        ),
    ],
)
def test_a_coordinated_second_speaker_is_no_accused(
    extract: Extract, text: str, speakers: list[str], target: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.act, q.target) for q in quotes] == [
        (s, "accusation", target) for s in speakers
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "„Sie haben die Menschen belogen“, warf die Abgeordnete Helga Brandt dem Minister vor.",
            "Minister",
        ),
        ("„Die Firma hat uns betrogen“, warfen die Kunden dem Händler vor.", "Händler"),
    ],
)
def test_the_accused_of_a_direct_quote_follows_the_speaker_not_inside_the_quote(
    extract: Extract, text: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.kind, q.act, q.target) == ("direct", "accusation", target)


def test_a_noun_inside_quotation_marks_is_never_the_accused() -> None:
    texts = ["„", "Die", "Firma", "lügt", "“", ",", "warf", "er", "dem", "Chef", "vor", "."]
    assert outside_quotes(texts, [(0, 6), (7, 12)]) == [(5, 6), (7, 12)]
    assert outside_quotes(["a", '"', "b", '"', "c"], [(0, 5)]) == [(0, 1), (4, 5)]


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Die Grünen stellten die Frage, ob das Projekt noch zu retten sei.",
            "question",
            "ob das Projekt noch zu retten sei",
        ),
        (
            "Die Abgeordnete stellte die Frage: „Wer haftet für die Schäden?“",
            "question",
            "Wer haftet für die Schäden?",
        ),
        (
            "Der Oppositionsführer stellte das Ergebnis in Frage: „Die Wahl war gefälscht.“",
            "claim",
            "Die Wahl war gefälscht",
        ),
    ],
)
def test_asking_the_question_is_a_question_and_calling_into_question_a_claim(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == (act, content)


def test_the_word_before_an_idioms_noun_picks_its_act() -> None:
    acts = load_cue_acts()
    asks = ["Sie", "stellte", "die", "Frage", ",", "ob"]
    doubts = ["Er", "stellte", "das", "in", "Frage", ":"]
    assert acts.idiom_act("die Frage stellen", asks, 1) == "question"
    assert acts.idiom_act("die Frage stellen", doubts, 1) == "claim"
    assert acts.idiom_act("fordern", doubts, 1) == "demand"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Sämtliche Vorwürfe weist die Firma zurück.", "Firma", "Sämtliche Vorwürfe"),
        ("Die Vorwürfe bestritt der Fahrer.", "Fahrer", "Die Vorwürfe"),
        (
            "Jede Schuld an dem Unfall bestritt der Fahrer.",
            "Fahrer",
            "Jede Schuld an dem Unfall",
        ),
    ],
)
def test_a_fronted_quantified_object_is_denied_by_the_person_after_the_cue(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "denial", content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Alle Anwohner bestreiten die Darstellung der Stadt.", "Anwohner", "Darstellung"),
        ("Die Ärzte bestreiten die Zahlen.", "Ärzte", "Zahlen"),
    ],
)
def test_people_before_the_cue_stay_the_speaker(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act) == (speaker, "denial") and content in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Keine Partei bestritt die Zahlen.",
        "Kein Minister forderte, die Steuern zu senken.",
        "Keine der Parteien widersprach der Darstellung.",
        "Die Partei bestritt keine der Zahlen.",
    ],
)
def test_nobody_denying_or_denying_none_reports_no_denial(extract: Extract, text: str) -> None:
    assert [(q.speaker, q.act) for q in extract(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        ("Die Firma kündigte keine Entlassungen an.", "announcement", "keine Entlassungen"),
        (
            "Der Minister sagte, keine Partei habe die Zahlen bestritten.",
            "claim",
            "keine Partei habe die Zahlen bestritten",
        ),
    ],
)
def test_kein_in_an_announcement_or_in_the_reported_clause_is_content(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == (act, content)


def test_a_speaker_opened_by_kein_is_negated() -> None:
    texts = ["Keine", "Partei", "bestritt", "die", "Zahlen", "."]
    assert negated_speaker(texts, NP(1, 2, "description", "Partei", None, True, "Partei"))
    assert not negated_speaker(texts, NP(3, 5, "description", "Zahlen", None, False, "Zahlen"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Verband mahnt Reformen an.", "Reformen"),
        ("Die Opposition hat eine schnelle Aufklärung angemahnt.", "eine schnelle Aufklärung"),
    ],
)
def test_calling_for_something_with_anmahnen_is_a_demand(
    extract: Extract, text: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == ("demand", content)


def test_mahnen_with_a_clause_stays_a_warning_and_admonishing_pupils_says_nothing(
    extract: Extract,
) -> None:
    q = one_quote(extract, "Die Experten mahnen, die Gefahr nicht zu unterschätzen.")
    assert q.act == "warning"
    assert list(extract("Der Lehrer mahnte die Schüler zur Ruhe.").quotes) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Ermittler vermuten einen technischen Defekt als Ursache.",
            "einen technischen Defekt als Ursache",
        ),
        ("Die Polizei vermutet die Mafia hinter dem Anschlag.", "die Mafia hinter dem Anschlag"),
    ],
)
def test_suspecting_something_as_the_cause_or_someone_behind_it_is_an_estimate(
    extract: Extract, text: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == ("estimate", content)


def test_suspecting_someone_somewhere_says_nothing(extract: Extract) -> None:
    assert list(extract("Die Polizei vermutet den Täter im Ausland.").quotes) == []


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Die Gewerkschaft drohte mit Streiks, falls die Verhandlungen scheitern.",
            "warning",
            "mit Streiks",
        ),
        (
            "Der Wetterdienst warnte vor Glätte, sobald die Temperaturen fallen.",
            "warning",
            "vor Glätte",
        ),
        (
            "Die Polizei rief zur Ruhe auf, nachdem es zu Ausschreitungen gekommen war.",
            "demand",
            "zur Ruhe",
        ),
    ],
)
def test_a_condition_after_a_framed_object_is_the_circumstance_not_the_content(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == (act, content)


def test_a_reported_condition_after_the_object_stays_the_content(extract: Extract) -> None:
    q = one_quote(extract, "Die Gewerkschaft drohte mit Streiks, falls es keine Einigung gebe.")
    assert "Einigung" in q.text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Den Rebellen wird vorgeworfen, Kinder als Soldaten einzusetzen.", "Rebellen"),
        ("Den Milizen wird vorgeworfen, Dörfer niedergebrannt zu haben.", "Milizen"),
    ],
)
def test_any_dative_noun_before_a_passive_accusation_is_the_accused(
    extract: Extract, text: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.target) == ("anonymous", "accusation", target)


def test_the_dative_noun_of_a_passive_is_found_after_adjectives() -> None:
    texts = ["Den", "radikalen", "Rebellen", "wird", "vorgeworfen"]
    np = dative_noun(texts, 0, 4)
    assert np is not None and (np.name, np.start, np.end) == ("Rebellen", 0, 3)
    assert dative_noun(["Ihnen", "wird", "vorgeworfen"], 0, 2) is None


def test_judging_something_as_grave_with_einschaetzen_is_an_estimate(extract: Extract) -> None:
    q = one_quote(extract, "Die Bundesregierung schätzt das Risiko als gering ein.")
    assert (q.speaker, q.act, q.text) == ("Bundesregierung", "estimate", "das Risiko als gering")
    assert list(extract("Die Polizei schätzt die Lage ein.").quotes) == []


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Der Konzern wies die Vorwürfe zurück und kündigte rechtliche Schritte an.",
            [("denial", "die Vorwürfe"), ("announcement", "rechtliche Schritte")],
        ),
        (
            "Die Ministerin kündigte Reformen an und warnte vor zu hohen Erwartungen.",
            [("announcement", "Reformen"), ("warning", "vor zu hohen Erwartungen")],
        ),
    ],
)
def test_a_separable_act_before_und_and_a_second_cue_keeps_both_acts(
    extract: Extract, text: str, acts: list[tuple[str, str]]
) -> None:
    assert [(q.act, q.text) for q in extract(text).quotes] == acts


def test_a_particle_like_preposition_before_und_is_no_cue(extract: Extract) -> None:
    text = "Die Partei warf vor und nach der Wahl Plakate in den Müll."
    assert [q.act for q in extract(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Der Schätzung der Polizei zufolge kamen 5000 Menschen.",
            "estimate",
            "kamen 5000 Menschen",
        ),
        (
            "Dem Vorwurf der Opposition zufolge wurden Stimmen gekauft.",
            "accusation",
            "wurden Stimmen gekauft",
        ),
    ],
)
def test_a_singular_act_noun_before_the_source_of_zufolge_gives_the_act(
    extract: Extract, text: str, act: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.kind, q.act, q.text) == ("according_to", act, content)


def test_an_according_to_phrase_starts_at_its_act_noun() -> None:
    acts = load_cue_acts()
    texts = ["Der", "Schätzung", "der", "Polizei", "zufolge", "kamen", "viele"]
    assert acts.marker_start(texts, 2) == 0
    assert acts.marker_start(["Es", "kamen", "der", "Polizei", "zufolge"], 2) == 2


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Den Rebellen wird vorgeworfen, Kinder als Soldaten einzusetzen, was diese bestreiten.",
            "Kinder als Soldaten einzusetzen",
        ),
        (
            "Die Opposition wirft der Regierung vor, die Wahl manipuliert zu haben, was die "
            "Regierung zurückweist.",
            "die Wahl manipuliert zu haben",
        ),
        (
            "Die Opposition wirft der Regierung vor, Geld verschwendet zu haben, was viele empört.",
            "Geld verschwendet zu haben, was viele empört",
        ),
    ],
)
def test_the_accuseds_denial_after_was_is_no_part_of_the_charge(
    extract: Extract, text: str, charge: str
) -> None:
    q = next(q for q in extract(text).quotes if q.act == "accusation")
    assert q.text == charge
