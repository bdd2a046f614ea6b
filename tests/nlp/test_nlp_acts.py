"""Speech acts (`act`, `target`): what a speaker did, never inverted. German sentences written
for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.attribution.acts import load_cue_acts
from bot.nlp.export import corpus_to_json


def test_passive_accusation_makes_the_dative_the_target_not_the_speaker(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Dem früheren Bürgermeister Karl Weber wird vorgeworfen, Gelder der Stadt veruntreut "
        "zu haben.",
    )
    assert q.act == "accusation"
    assert q.target == "Karl Weber"
    assert q.speaker != "Karl Weber"
    assert q.text.startswith("Gelder der Stadt")


def test_passive_accusation_with_agent_speaks_through_the_agent(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Dem Unternehmer Jens Hartmann wird von der Staatsanwaltschaft vorgeworfen, Steuern "
        "hinterzogen zu haben.",
    )
    assert (q.speaker, q.act, q.target) == ("Staatsanwaltschaft", "accusation", "Jens Hartmann")


def test_active_accusation_names_the_accused_as_target(extract: Extract) -> None:
    q = one_quote(extract, "Die Regierung hatte Moldawien vorgeworfen, Rebellen zu bewaffnen.")
    assert (q.speaker, q.act, q.target) == ("Regierung", "accusation", "Moldawien")
    assert q.text == "Rebellen zu bewaffnen"


def test_accusation_with_a_noun_object_splits_accused_and_charge(extract: Extract) -> None:
    q = one_quote(extract, "Die Gewerkschaft wirft dem Vorstand Wortbruch vor.")
    assert (q.speaker, q.act, q.target, q.text) == (
        "Gewerkschaft",
        "accusation",
        "Vorstand",
        "Wortbruch",
    )


def test_rejecting_accusations_is_a_denial(extract: Extract) -> None:
    q = one_quote(extract, "Der Trainer weist die gegen ihn erhobenen Vorwürfe zurück.")
    assert (q.speaker, q.act) == ("Trainer", "denial")


def test_denial_with_the_subject_after_the_verb(extract: Extract) -> None:
    q = one_quote(
        extract, "Unterdessen bestreitet die Stadtverwaltung die Schließung des Freibads."
    )
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
    assert one_quote(extract, text).act == act


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
    text = "Der Verkehrsverbund will nach eigenen Angaben die Preise im Herbst deutlich senken."
    q = one_quote(extract, text)
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


@pytest.mark.parametrize(
    "text",
    [
        "Der Betreiber weist die Vorwürfe zurück. Dem Betreiber wird vorgeworfen, Notausgänge "
        "blockiert zu haben.",
        "Die Reederei bestreitet jede Schuld. Der Reederei wird vorgeworfen, Sicherheitsmängel "
        "verschwiegen zu haben.",
    ],
)
def test_the_accused_of_a_passive_accusation_never_accuses_itself(
    extract: Extract, text: str
) -> None:
    q = [q for q in extract(text).quotes if q.act == "accusation"][-1]
    assert q.target in ("Betreiber", "Reederei")
    assert q.speaker != q.target


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Karl Weber sagte, die Halle sei sicher. Der Betreiber dementiert, davon gewusst zu "
            "haben. Er beschuldigt die Stadt, die Kontrollen versäumt zu haben.",
            "Betreiber",
            "Stadt",
        ),
        (
            "Die Ärztin Eva Roth sprach von Chaos. Die Klinikleitung bestreitet, Fehler gemacht "
            "zu haben. Sie wirft dem Land vor, die Mittel gekürzt zu haben.",
            "Klinikleitung",
            "Land",
        ),
    ],
)
def test_a_pronoun_accuser_is_the_previous_subject_not_an_earlier_name(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = extract(text).quotes[-1]
    assert (q.speaker, q.act, q.target) == (speaker, "accusation", target)


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Der Minister stritt ab, davon gewusst zu haben.", "Minister", "denial"),
        ("Die Firma streitet ab, dass Daten verloren gingen.", "Firma", "denial"),
        ("Der Sprecher stellte in Abrede, dass es Absprachen gab.", "Sprecher", "denial"),
        ("Die Stadt stellt in Abrede, dass Fristen versäumt wurden.", "Stadt", "denial"),
        ("Der Konzern drohte an, Stellen abzubauen.", "Konzern", "warning"),
        ("Die Gewerkschaft droht an, die Häfen zu bestreiken.", "Gewerkschaft", "warning"),
        ("Die Ministerin sagte zu, die Schulen zu sanieren.", "Ministerin", "announcement"),
        ("Der Landrat sagt zu, dass die Brücke bis Mai steht.", "Landrat", "announcement"),
        ("Der Forscher sagte voraus, dass die Preise steigen.", "Forscher", "estimate"),
        ("Die Bank sagt voraus, dass die Zinsen sinken.", "Bank", "estimate"),
        ("Der Verband rechnet damit, dass die Preise steigen.", "Verband", "estimate"),
        ("Die Reederei rechnete damit, dass die Fracht knapp wird.", "Reederei", "estimate"),
        ("Der Abgeordnete wollte wissen, ob die Schulen sicher seien.", "Abgeordnete", "question"),
        ("Die Opposition will wissen, wer die Kosten trägt.", "Opposition", "question"),
        ("Der Bürgermeister hat bestritten, Geld angenommen zu haben.", "Bürgermeister", "denial"),
        ("Der Minister hat versprochen, die Steuern zu senken.", "Minister", "announcement"),
    ],
)
def test_separable_and_idiomatic_cues_carry_their_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act) == (speaker, act)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Opposition hielt der Regierung vor, die Warnungen ignoriert zu haben.", "Regierung"),
        ("Der Verband hält dem Senat vor, dass er Zusagen gebrochen habe.", "Senat"),
    ],
)
def test_holding_something_against_someone_is_an_accusation(
    extract: Extract, text: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.target) == ("accusation", target)


def test_the_particle_voraus_turns_a_claim_into_an_estimate(extract: Extract) -> None:
    q = one_quote(extract, "Der Forscher sagte voraus, dass die Preise steigen.")
    assert (q.cue, q.act) == ("sagte voraus", "estimate")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Der Virologe Christian Drosten warnte vor einer neuen Welle.", "Christian Drosten",
         "Virologe"),
        ("Die Epidemiologin Anna Berg warnte vor einer neuen Welle.", "Anna Berg",
         "Epidemiologin"),
    ],
)  # fmt: skip
def test_a_scholar_by_field_is_a_role_before_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.speaker_role, q.act) == (speaker, role, "warning")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Experten schätzen die Kosten auf 3 Milliarden Euro.", "Experten"),
        ("Die Polizei schätzt die Zahl der Teilnehmer auf 5000.", "Polizei"),
    ],
)
def test_estimating_a_thing_at_a_value_is_an_estimate(
    extract: Extract, text: str, speaker: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.act) == (speaker, "estimate")
    assert " auf " in q.text


def test_valuing_a_thing_is_no_estimate(extract: Extract) -> None:
    assert extract("Experten schätzen seine Arbeit sehr.").quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Die Umweltministerin Steffi Lemke versprach schnelle Hilfe für die Betroffenen.",
         "Steffi Lemke", "Umweltministerin"),
        ("Der Minister versprach den Bürgern eine Entlastung.", "Minister", None),
        ("Die Stadt sicherte den Händlern Unterstützung zu.", "Stadt", None),
    ],
)  # fmt: skip
def test_promising_a_thing_is_an_announcement(
    extract: Extract, text: str, speaker: str, role: str | None
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.speaker_role, q.act) == (speaker, role, "announcement")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Firma hat den Bericht zurückgewiesen.", "den Bericht"),
        ("Der Verein hat die Vorwürfe bestritten.", "die Vorwürfe"),
    ],
)
def test_a_perfect_denial_keeps_its_short_object(extract: Extract, text: str, content: str) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.text) == ("denial", content)


@pytest.mark.parametrize(
    ("text", "speaker", "act", "content"),
    [
        ("Die Zeitung schreibt, dass die Firma den Bericht zurückweist.", "Firma", "denial",
         "den Bericht"),
        ("Es heißt, dass der Verein die Vorwürfe bestreitet.", "Verein", "denial",
         "die Vorwürfe"),
    ],
)  # fmt: skip
def test_a_verb_final_denial_keeps_its_object(
    extract: Extract, text: str, speaker: str, act: str, content: str
) -> None:
    qs = [q for q in extract(text).quotes if q.speaker == speaker]
    assert [(q.act, q.text) for q in qs] == [(act, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Die Zeitung schreibt, dass die Opposition der Regierung vorhält, die Warnungen "
         "ignoriert zu haben.", "Opposition", "Regierung"),
        ("Es heißt, dass die Gewerkschaft der Bahn vorwirft, Zusagen gebrochen zu haben.",
         "Gewerkschaft", "Bahn"),
    ],
)  # fmt: skip
def test_a_verb_final_dative_accused_is_no_genitive_of_the_speaker(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = next(q for q in extract(text).quotes if q.act == "accusation")
    assert (q.speaker, q.target) == (speaker, target)


def test_a_genitive_before_a_v2_accusation_stays_with_the_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Vertreter der Armee werfen dem Nachbarland vor, Grenzen zu verletzen.")
    assert (q.speaker, q.target) == ("Vertreter der Armee", "Nachbarland")


@pytest.mark.parametrize(
    "text",
    [
        "Der Verband schätzt, die Preise würden steigen.",
        "Die Zeitung schreibt, dass der Verband vermutet, die Mieten würden sinken.",
    ],
)
def test_an_estimate_with_a_konjunktiv_ii_clause_is_reported(extract: Extract, text: str) -> None:
    qs = [q for q in extract(text).quotes if q.speaker == "Verband"]
    assert [q.act for q in qs] == ["estimate"]
    assert "würden" in qs[0].text


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Der Sprecher hat in Abrede gestellt, dass es Absprachen gab.", "Sprecher", "denial"),
        ("Der Verband hat damit gerechnet, dass die Preise steigen.", "Verband", "estimate"),
        ("Es heißt, dass der Verband damit rechnet, dass die Preise steigen.", "Verband",
         "estimate"),
        ("Es heißt, dass der Abgeordnete wissen wollte, ob die Schulen sicher seien.",
         "Abgeordnete", "question"),
        ("Der Abgeordnete hat wissen wollen, ob die Schulen sicher seien.", "Abgeordnete",
         "question"),
    ],
)  # fmt: skip
def test_idioms_in_verb_final_and_perfect_order(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    qs = [q for q in extract(text).quotes if q.speaker == speaker]
    assert [q.act for q in qs] == [act]


def test_an_idiom_without_speech_stays_no_quote(extract: Extract) -> None:
    text = "Dabei wird das Land seinen Einfluss geltend machen, das die Anteile hält."
    assert extract(text).quotes == ()


def test_the_accused_and_the_accusation_are_two_noun_phrases(extract: Extract) -> None:
    """ "warf der Regierung Wahlbetrug vor": the accused is the government, the accusation
    is the fraud (it was one noun phrase "Regierung Wahlbetrug")."""
    quotes = extract("Der Oppositionsführer Juan Pérez warf der Regierung Wahlbetrug vor.").quotes
    assert [(q.speaker, q.act, q.target, q.text) for q in quotes] == [
        ("Juan Pérez", "accusation", "Regierung", "Wahlbetrug")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Die Regierung in Kiew beschuldigte Moskau, die Lage bewusst zu verschärfen.",
            "Regierung",
            "Moskau",
        ),
        (
            "Der Bürgermeister aus Lindau warf dem Landrat vor, die Pläne verschwiegen zu haben.",
            "Bürgermeister",
            "Landrat",
        ),
    ],
)
def test_a_place_after_the_accuser_is_never_the_accused(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    q = one_quote(extract, text)
    assert q.act == "accusation"
    assert q.target == target
    assert speaker in (q.speaker or "")
