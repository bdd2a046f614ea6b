"""Speech-act rules found with the second own set (tests/data/acts/registers.tsv): threats
name the threatened, a target keeps the text's words. German sentences written for these
tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.attribution.acts import (
    as_written,
    asked_in_quote,
    literal_object,
    past_phrase,
    target_as_written,
)
from bot.nlp.quotes.coordinated_cues import clipped_at_coordinated_cue
from bot.nlp.stage_records import Attribution


@pytest.mark.parametrize(
    ("text", "speaker", "target", "content"),
    [
        ("Die Stadt droht dem Vermieter mit einer Geldstrafe.", "Stadt", "Vermieter", "mit einer Geldstrafe"),
        ("Washington droht Peking mit neuen Zöllen.", "Washington", "Peking", "mit neuen Zöllen"),
        ("Der Verband hat den Kommunen mit einer Klage gedroht.", "Verband", "Kommunen", "mit einer Klage"),
    ],
)  # fmt: skip
def test_a_threat_names_the_threatened_as_its_target(
    extract: Extract, text: str, speaker: str, target: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.text) == ("warning", speaker, content)
    assert q.target is not None and target in q.target


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft droht mit einem Streik im Nahverkehr.",
        "Mit einer Klage drohte der Verband der Mieter.",
    ],
)
def test_a_threat_without_an_addressee_has_no_target(extract: Extract, text: str) -> None:
    q = one_quote(extract, text)
    assert q.act == "warning" and q.target is None


def test_a_threatened_danger_is_no_threat_of_anyone(extract: Extract) -> None:
    assert not extract("Den Mietern drohen im Winter hohe Nachzahlungen.").quotes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Staatsanwaltschaft beschuldigt den früheren Manager der Untreue.", "früheren Manager"),
        ("Der Rechnungshof wirft dem ehemaligen Landrat Verschwendung vor.", "ehemaligen Landrat"),
        ("Die Klinik drohte den streikenden Ärzten mit Abmahnungen.", "streikenden Ärzten"),
    ],
)  # fmt: skip
def test_a_target_led_by_an_adjective_keeps_the_texts_words(
    extract: Extract, text: str, target: str
) -> None:
    assert one_quote(extract, text).target == target


def test_a_target_led_by_a_noun_is_read_in_the_nominative(extract: Extract) -> None:
    q = one_quote(extract, "Die Opposition wirft dem Präsidenten Wahlbetrug vor.")
    assert q.target == "Präsident"


def test_as_written_restores_the_texts_case() -> None:
    assert as_written("Früheren Manager", "den früheren Manager") == "früheren Manager"
    assert target_as_written("Früheren Manager", "den früheren Manager") == "früheren Manager"
    assert target_as_written("Präsidenten", "dem Präsidenten") is None
    assert as_written("Deutsche Bahn", "die Deutsche Bahn") == "Deutsche Bahn"


def test_a_noun_inside_an_unparsed_prepositional_phrase_is_never_the_target(
    extract: Extract,
) -> None:
    q = one_quote(
        extract,
        "Der Diktator hatte mit dem Einsatz von Gewalt gegen den Luft- und Seeverkehr "
        "gedroht, sollte der Sicherheitsrat einen Beschluss fassen: „Alle Schiffe werden zu "
        "Zielen“.",
    )
    assert (q.act, q.speaker, q.target) == ("warning", "Diktator", None)


def test_past_phrase_ends_after_the_phrases_head() -> None:
    texts = ["gegen", "den", "Luft-", "und", "Seeverkehr", "im", "Mittelmeer"]
    assert past_phrase(texts, 0, len(texts)) == 5


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Russland wurde von der Regierung in Kiew aufgefordert, seine Truppen abzuziehen.",
            "Regierung",
            "seine Truppen abzuziehen",
        ),
        (
            "Die Anwohner wurden von der Feuerwehr gebeten, die Fenster geschlossen zu halten.",
            "Feuerwehr",
            "die Fenster geschlossen zu halten",
        ),
        (
            "Der Botschafter wurde aufgefordert, das Land binnen zwei Tagen zu verlassen.",
            "anonymous",
            "das Land binnen zwei Tagen zu verlassen",
        ),
    ],
)
def test_a_passive_demand_is_made_by_its_agent_never_by_the_one_addressed(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.text) == ("demand", speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "first", "second"),
    [
        (
            "Er sei unschuldig, betonte der Angeklagte und wies alle Vorwürfe zurück.",
            "Angeklagte",
            ("claim", "Er sei unschuldig"),
            ("denial", "alle Vorwürfe"),
        ),
        (
            "Die Kanzlerin betonte, das Land sei sicher, und wies die Kritik zurück.",
            "Kanzlerin",
            ("claim", "das Land sei sicher"),
            ("denial", "die Kritik"),
        ),
        (
            "Die Lage sei ernst, sagte die Ministerin und kündigte neue Hilfen an.",
            "Ministerin",
            ("claim", "Die Lage sei ernst"),
            ("announcement", "neue Hilfen"),
        ),
    ],
)
def test_two_coordinated_acts_of_one_speaker_are_two_quotes(
    extract: Extract, text: str, speaker: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    qs = extract(text).quotes
    assert [(q.speaker, q.act, q.text) for q in qs] == [(speaker, *first), (speaker, *second)]


def test_a_particle_before_und_still_belongs_to_the_first_verb(extract: Extract) -> None:
    """ "forderte … an und rief … aus": anfordern, no demand of "fordern"."""
    qs = extract("Der Landrat forderte Hilfe der Bundeswehr an und rief den Notstand aus.").quotes
    assert all(q.act != "demand" for q in qs)


def test_clipped_at_coordinated_cue_ends_the_first_content_before_und() -> None:
    texts = ["X", "betonte", ",", "es", "sei", "so", ",", "und", "wies", "das", "zurück"]
    first = Attribution(None, "betonte", (3, 11))
    second = Attribution(None, "wies zurück", (9, 10))
    clipped_at_coordinated_cue([(1, first), (8, second)], texts)
    assert first.content == (3, 6) and second.content == (9, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Der Schüler rechnet mit dem Taschenrechner.",
        "Mit dem Taschenrechner rechnet die Kassiererin alles nach.",
        "Die Buchhalterin rechnet mit einem alten Computer.",
        "Der Mann drohte der Verkäuferin mit einem Messer.",
        "Ein Unbekannter hat mit einer Pistole gedroht.",
    ],
)
def test_a_tool_as_the_object_is_no_speech_act(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    ("text", "act", "part"),
    [
        ("Die Ökonomen rechnen mit einem Rückgang der Preise.", "estimate", "Rückgang"),
        ("Mit weiteren Streiks rechnet die Bahn.", "estimate", "Streiks"),
        ("Die Gewerkschaft droht mit Streiks.", "warning", "Streiks"),
    ],
)
def test_an_expected_or_threatened_event_still_is_one(
    extract: Extract, text: str, act: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert q.act == act and part in q.text


def test_literal_object_reads_the_head_after_the_preposition() -> None:
    texts = ["rechnet", "mit", "dem", "neuen", "Taschenrechner"]
    assert literal_object(texts, 1, 5, "mit", ("rechner",))
    texts = ["rechnet", "mit", "einem", "Anstieg"]
    assert not literal_object(texts, 1, 4, "mit", ("rechner",))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wie lange sollen die Familien noch warten?“, sagte Oppositionsführer Klaus Peters.", "Klaus Peters"),
        ("„Wer zahlt am Ende die Zeche?“, kritisierte die Opposition.", "Opposition"),
        ("Die Bürgermeisterin sagte: „Wo bleibt denn die Hilfe des Landes?“", "Bürgermeisterin"),
    ],
)  # fmt: skip
def test_a_quoted_question_asks_whatever_its_cue(extract: Extract, text: str, speaker: str) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.kind) == ("question", speaker, "direct")


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte, wer das bezahlen solle, sei noch offen.",
        "„Wir bleiben hart“, sagte die Sprecherin der Gewerkschaft.",
    ],
)
def test_a_statement_stays_a_claim(extract: Extract, text: str) -> None:
    assert one_quote(extract, text).act == "claim"


def test_asked_in_quote_needs_a_single_direct_question() -> None:
    assert asked_in_quote("claim", "direct", ["„", "Wer", "zahlt", "?", "“"]) == "question"
    assert asked_in_quote("claim", "direct", ["Gut", ".", "Wer", "zahlt", "?"]) == "claim"
    assert asked_in_quote("claim", "indirect", ["wer", "zahlt", "?"]) == "claim"
    assert asked_in_quote("demand", "direct", ["Wer", "zahlt", "?"]) == "demand"


@pytest.mark.parametrize(
    ("text", "target", "charge"),
    [
        ("Die FPÖ wirft der ÖVP Postenschacher im Innenministerium vor.", "ÖVP", "Postenschacher im Innenministerium"),
        ("Die Linke warf der SPD Wortbruch vor.", "SPD", "Wortbruch"),
    ],
)  # fmt: skip
def test_the_word_after_an_acronym_is_the_charge(
    extract: Extract, text: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.target, q.text) == ("accusation", target, charge)


def test_a_condition_in_the_konjunktiv_is_reported_with_the_threat(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die EU-Kommission drohte Ungarn mit Konsequenzen, falls das Gesetz in Kraft trete.",
    )
    assert (q.act, q.target) == ("warning", "Ungarn")
    assert q.text == "mit Konsequenzen, falls das Gesetz in Kraft trete"


def test_a_reported_conditional_with_its_main_clause_is_what_was_said(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Gewerkschaft drohte mit Streiks, falls die Arbeitgeber nicht einlenkten, werde "
        "man die Bahn lahmlegen.",
    )
    assert q.text.endswith("werde man die Bahn lahmlegen")


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Die Regierung machte die Rebellen für den Anschlag verantwortlich.", "Regierung", "Rebellen", "für den Anschlag"),
        ("Die Anwohner machen den Betreiber der Deponie für den Gestank verantwortlich.", "Anwohner", "Betreiber der Deponie", "für den Gestank"),
        ("Der Trainer hat den Schiedsrichter für die Niederlage verantwortlich gemacht.", "Trainer", "Schiedsrichter", "für die Niederlage"),
    ],
)  # fmt: skip
def test_blaming_someone_for_something_accuses_them(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target, q.text) == ("accusation", speaker, target, charge)


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma ist für den Schaden verantwortlich.",
        "Die Stadt macht den Weg für den Neubau frei.",
    ],
)
def test_being_responsible_or_making_way_is_no_accusation(extract: Extract, text: str) -> None:
    assert all(q.act != "accusation" for q in extract(text).quotes)


def test_blaming_without_the_charge_in_the_sentence_introduces_no_speaker(
    extract: Extract,
) -> None:
    qs = extract(
        "Die Agentur meldete, es habe 13 Tote gegeben. Die Stadtverwaltung machte dafür die "
        "Aufständischen verantwortlich. Zudem seien 50 Autos zerstört worden."
    ).quotes
    assert [q.speaker for q in qs] == ["Agentur", "Agentur"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Schwere Fehler räumte Bürgermeister Stefan Wolf erst nach Tagen ein.", "Stefan Wolf", "Schwere Fehler"),
        ("Erste Fehler gab Trainer Jonas Kehl nach dem Spiel zu.", "Jonas Kehl", "Erste Fehler"),
    ],
)  # fmt: skip
def test_a_fronted_admission_is_said_by_the_named_person_after_the_cue(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "claim", content)


def test_a_fronted_subject_keeps_its_object_after_the_cue(extract: Extract) -> None:
    q = one_quote(extract, "Buddhistische Mönche lehnen Almosen nur unter äußersten Umständen ab.")
    assert (q.speaker, q.act) == ("Buddhistische Mönche", "denial")
    assert q.text.startswith("Almosen")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Der Bundesrat hielt fest, dass die Neutralität nicht verhandelbar sei.", "Bundesrat", "dass die Neutralität nicht verhandelbar sei"),
        ("Die Gemeinde hielt fest, die Brücke bleibe bis Mai gesperrt.", "Gemeinde", "die Brücke bleibe bis Mai gesperrt"),
    ],
)  # fmt: skip
def test_stating_for_the_record_is_a_claim(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act, q.text) == (speaker, "claim", content)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hielt den Mann fest, bis die Verstärkung kam.",
        "Die Ministerin hält an ihren Plänen fest, obwohl die Kritik wächst.",
        "Der Verdächtige wurde am Flughafen festgehalten.",
    ],
)
def test_holding_someone_or_to_something_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


def test_urging_caution_is_a_warning(extract: Extract) -> None:
    q = one_quote(extract, "Der Präsident mahnte zur Besonnenheit im Umgang mit den Nachbarn.")
    assert (q.speaker, q.act) == ("Präsident", "warning")
    assert q.text == "zur Besonnenheit im Umgang mit den Nachbarn"


@pytest.mark.parametrize(
    "text",
    [
        "Die Lehrerin mahnte die Schüler zur Ruhe.",
        "Die Bank mahnte den Kunden wegen der offenen Rechnung.",
    ],
)
def test_reminding_someone_reports_nothing(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


def test_a_passive_demand_of_an_unnamed_agent_names_no_speaker(extract: Extract) -> None:
    qs = extract(
        "Laut der Zeitung werden Pendler von einem Unbekannten per Flugblatt zum Boykott aufgerufen."
    ).quotes
    assert all(q.act != "demand" for q in qs)
