"""Attribution patterns added for recall: speech acts with only an object, and the forms of
"nach …" that name a source (studies, genitive names, "nach eigenen Angaben", "Meinung nach")."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Bürgermeister lobte den Einsatz der Helfer als vorbildlich.",
            "Bürgermeister",
            "Einsatz der Helfer",
        ),
        (
            "Die Gewerkschaft kritisierte die Schließung des Werks als Fehler.",
            "Gewerkschaft",
            "Schließung des Werks",
        ),
        ("Die Polizei sprach dennoch von einem ruhigen Abend.", "Polizei", "ruhigen Abend"),
        ("Ein Bahnsprecher verwies auf das schlechte Wetter.", "anonymous", "schlechte Wetter"),
        (
            "Der Landrat würdigte die Feuerwehr als Rückgrat der Gemeinde.",
            "Landrat",
            "Rückgrat der Gemeinde",
        ),
    ],
)
def test_speech_act_with_only_an_object(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert content in q.text
    assert q.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition lobte sich selbst.",
        "Der Minister kritisiert Regierungschef Peter Lang scharf.",
    ],
)
def test_praising_or_blaming_someone_reports_no_statement(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Nach einer dänischen Studie schlafen Kinder heute weniger als früher.",
            "dänische Studie",
            "schlafen Kinder heute weniger",
        ),
        (
            "Nach einer Stellungnahme der Stadtwerke fällt der Strom am Montag aus.",
            "Stadtwerke",
            "fällt der Strom am Montag aus",
        ),
        (
            "Nach Auffassung Frankreichs soll der Vertrag geändert werden.",
            "Frankreich",
            "soll der Vertrag geändert werden",
        ),
        (
            "Die Feuerwehr hat nach eigenen Angaben die halbe Halle abgesucht.",
            "Feuerwehr",
            "die halbe Halle abgesucht",
        ),
        (
            "Nach ersten offiziellen Angaben der Behörden starben zwei Menschen.",
            "Behörden",
            "starben zwei Menschen",
        ),
    ],
)
def test_nach_markers_name_their_source(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind) == (speaker, "according_to")
    assert content in q.text


def test_possessive_opinion_with_postposed_nach(extract: Extract) -> None:
    ex = extract(
        "Trainer Hans Meier ist zufrieden. Seiner Meinung nach hätte der Verein früher handeln müssen."
    )
    q = one_quote(extract, ex.article.body)
    assert (q.speaker, q.kind) == ("Hans Meier", "according_to")
    assert q.text.startswith("hätte der Verein")


def test_nach_as_time_preposition_is_no_marker(extract: Extract) -> None:
    assert extract("Nach dem Spiel gingen die Fans nach Hause.").quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Insgesamt spricht die Polizei von weniger Krawallen.", "Polizei", "weniger Krawallen"),
        (
            "Trainer Hans Meier ist zufrieden. Er bezeichnet die Lösung als Irrweg.",
            "Hans Meier",
            "Lösung als Irrweg",
        ),
        (
            "Der italienische Außenminister Paolo Rossi hat heute den Abzug der Truppen angekündigt.",
            "Paolo Rossi",
            "Abzug der Truppen",
        ),
    ],
)
def test_inverted_judgement_and_verb_final_speech_acts(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    qs = [q for q in extract(text).quotes if q.speaker == speaker]
    assert len(qs) == 1
    assert content in qs[0].text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Pläne wurden von Verkehrsminister Paul Braun als unrealistisch bezeichnet.",
            "Paul Braun",
        ),
        ("Dem Minister wird von der Opposition Untätigkeit vorgeworfen.", "Opposition"),
        ("Der Plan wurde von der Europäischen Kommission kritisiert.", "Europäische Kommission"),
    ],
)
def test_passive_speech_act_names_its_agent(extract: Extract, text: str, speaker: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind) == (speaker, "indirect")


@pytest.mark.parametrize(
    "text",
    [
        "Das Haus wurde vom Sturm beschädigt.",
        "Am Nachmittag hat der Zug den Bahnhof erreicht.",
        "Der Minister hat den Bericht gelesen und dann bestätigt.",
    ],
)
def test_passive_and_perfect_without_a_speech_act_are_no_quotes(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Eine Öffnung sei vorerst ausgeschlossen, heißt es.", "anonymous", "Öffnung sei"),
        (
            "Im Bericht heißt es, dass die Zahl der Unfälle gestiegen sei.",
            "Bericht",
            "Zahl der Unfälle",
        ),
        ("In dem Antrag heißt es: „Die Halle muss saniert werden.“", "Antrag", "Halle muss"),
        ("In der Nacht hieß es, die Lage sei ruhig.", "anonymous", "Lage sei ruhig"),
    ],
)
def test_heisst_es_without_a_named_source(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert content in q.text


def test_heissen_as_a_name_is_no_quote(extract: Extract) -> None:
    assert extract("Der Ort heißt Neustadt und liegt am Fluss.").quotes == ()


def test_date_words_and_interview_labels_are_no_speakers(extract: Extract) -> None:
    ex = extract(
        "Frage: Wie geht es weiter?\n\n"
        "Antwort: Wir bauen die Halle neu, sagte der Vereinsvorsitzende Karl Brandt."
    )
    assert all(q.speaker not in ("Frage", "Antwort") for q in ex.quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Laut einer Umfrage würden viele Menschen gern umziehen.", "Umfrage", "gern umziehen"),
        ("Laut diesem Entwurf wären nur große Firmen betroffen.", "Entwurf", "große Firmen"),
        ("Dem Bericht zufolge wurden mehr Unfälle gemeldet.", "Bericht", "mehr Unfälle gemeldet"),
        (
            "Laut einem Bericht der Zeitung Neue Presse ist der Bahnhof gesperrt.",
            "Zeitung Neue Presse",
            "Bahnhof gesperrt",
        ),
    ],
)
def test_documents_without_an_author_are_the_source(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.kind) == (speaker, "according_to")
    assert content in q.text


def test_konjunktiv_continuation_with_an_unattributed_cue_word(extract: Extract) -> None:
    ex = extract(
        "Bürgermeisterin Anna Berger sagte, die Brücke sei marode. Über eine Sperrung werde "
        "erst entschieden, wenn ein Gutachten vorliege, das bestätige, dass Gefahr bestehe."
    )
    assert [q.speaker for q in ex.quotes] == ["Anna Berger", "Anna Berger"]
    assert ex.quotes[1].text.startswith("Über eine Sperrung werde")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Bürgermeister forderte die Bewohner auf, die Stadt sofort zu verlassen.",
            "Bürgermeister",
            "die Stadt sofort zu verlassen",
        ),
        (
            "Der Landrat appellierte an die Bürger, Wasser zu sparen.",
            "Landrat",
            "Wasser zu sparen",
        ),
        (
            "Die Polizei rief die Autofahrer dazu auf, vorsichtig zu fahren.",
            "Polizei",
            "vorsichtig zu fahren",
        ),
    ],
)
def test_directive_with_an_infinitive_clause(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == (speaker, content)


def test_directive_without_content_is_no_quote(extract: Extract) -> None:
    assert extract("Die Ministerin bat um Geduld.").quotes == ()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ersten Angaben zufolge wurde bei dem Brand niemand verletzt.", "ersten Angaben"),
        ("Nach ersten Informationen blieb die Brücke unbeschädigt.", "ersten Informationen"),
    ],
)
def test_unnamed_according_to_is_anonymous(extract: Extract, text: str, role: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.speaker_role, q.kind) == ("anonymous", role, "according_to")


def test_estimates_alone_are_no_statement(extract: Extract) -> None:
    assert extract("Schätzungen zufolge könnte die Zahl der Gäste steigen.").quotes == ()


def test_unnamed_marker_does_not_swallow_the_verb(extract: Extract) -> None:
    q = one_quote(extract, "Am Samstag starben behördlichen Angaben zufolge vier Menschen.")
    assert (q.speaker, q.speaker_role) == ("anonymous", "behördlichen Angaben")


def test_formal_ihrer_meinung_nach_in_a_question_is_no_attribution(extract: Extract) -> None:
    ex = extract("Trainer Hans Meier ist da. Wie wichtig ist Ihrer Meinung nach der Sieg?")
    assert all(q.cue != "Ihrer Meinung nach" for q in ex.quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Datenschutzbeauftragte hält die Speicherung jedoch für unbedenklich.",
            "Datenschutzbeauftragte",
            "für unbedenklich",
        ),
        (
            "Die Stadt Nürnberg begründet die Erhöhung mit den gestiegenen Kosten.",
            "Stadt Nürnberg",
            "mit den gestiegenen Kosten",
        ),
    ],
)
def test_judgement_with_fuer_or_mit_phrase(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert content in q.text


@pytest.mark.parametrize(
    "text", ["Der Verein hält an seinem Plan fest.", "Der Trainer hält viel von seinem Team."]
)
def test_halten_without_a_judgement_is_no_quote(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


def test_judgement_verbs_with_an_als_phrase(extract) -> None:
    """ "betrachtet X als …", "sieht X als … an", "wird von X als … wahrgenommen": a judgement
    is a reported statement of its subject or von-agent."""
    cases = {
        "Die Landesregierung betrachtet den Neubau als großen Fehler.": "Landesregierung",
        "Die Stadtwerke sehen die Preiserhöhung als unvermeidlich an.": "Stadtwerke",
        "Der Entwurf wird vom Richterbund als verfassungswidrig wahrgenommen.": "Richterbund",
    }
    for text, speaker in cases.items():
        assert [q.speaker for q in extract(text).quotes] == [speaker], text


def test_thanks_with_a_noun_object(extract) -> None:
    qs = extract("Bürgermeisterin Eva Roth dankt den Helfern für ihren Einsatz.").quotes
    assert [(q.speaker, q.cue) for q in qs] == [("Eva Roth", "dankt")]


def test_verb_final_judgement_in_a_subordinate_clause(extract) -> None:
    text = "Der Rat hat die Gebühr beschlossen, obwohl der Mieterbund dies als Wucher ansieht."
    qs = extract(text).quotes
    assert [(q.speaker, q.text) for q in qs] == [("Mieterbund", "dies als Wucher")]


def test_subject_with_an_arabic_name_particle(extract) -> None:
    qs = extract("Der Staatsanwalt Hamid al-Rubaie sagte, dass die Akten vollständig seien.").quotes
    assert [(q.speaker, q.speaker_role) for q in qs] == [("Hamid al-Rubaie", "Staatsanwalt")]


def test_coordinated_speakers_get_one_quote_each(extract) -> None:
    text = "Die Feuerwehr und die Polizei berichteten, dass die Straße wieder frei sei."
    qs = extract(text).quotes
    assert sorted(q.speaker or "" for q in qs) == ["Feuerwehr", "Polizei"]
    assert len({q.text for q in qs}) == 1


def test_object_fronted_als_phrase_takes_the_subject_after_the_cue(extract) -> None:
    text = "Als einen teuren Irrweg beschrieb Landrätin Petra Sommer den Ausbau der Straße."
    qs = extract(text).quotes
    assert [(q.speaker, q.speaker_role) for q in qs] == [("Petra Sommer", "Landrätin")]


def test_heisst_es_in_a_document_after_the_cue(extract) -> None:
    text = "„Die Kosten sind nicht mehr tragbar“, heißt es im Prüfbericht des Landesrechnungshofs."
    qs = extract(text).quotes
    assert len(qs) == 1 and qs[0].speaker not in (None, "anonymous")
    assert "Prüfbericht" in (qs[0].speaker or "")


def test_age_and_spokesperson_nouns_link_to_the_person_named_before(extract) -> None:
    text = (
        "Bürgermeister Klaus Fendt besichtigte am Montag die Baustelle. "
        "Der 61-Jährige sagte, die Arbeiten lägen im Plan. "
        "Stadtsprecher Tom Lenz erklärte, die Straße bleibe gesperrt. "
        "Der Stadtsprecher fügte hinzu, es gebe eine Umleitung."
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Klaus Fendt", "Tom Lenz", "Tom Lenz"]


def test_the_quoted_person_beats_the_quoting_medium(extract) -> None:
    text = "Im Interview zitiert die Zeitung den Ökonomen Jan Wolff mit den Worten, der Euro sei stabil."
    assert [q.speaker for q in extract(text).quotes] == ["Jan Wolff"]
