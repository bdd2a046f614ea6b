"""Speech-act rules of session 12 (issue 11, set fresh4.tsv): German sentences written for
these tests, each rule in several word orders, registers and speakers, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "act", "part"),
    [
        ("Die Gewerkschaft wird in der nächsten Runde einen Inflationsausgleich fordern.", "Gewerkschaft", "demand", "Inflationsausgleich"),
        ("Der Minister wird am Montag seinen Rücktritt ankündigen.", "Minister", "announcement", "Rücktritt"),
        ("Der Verband wird vor den Folgen des Gesetzes warnen.", "Verband", "warning", "Folgen"),
        ("Die Grünen werden im Ausschuss fragen, warum die Ausschreibung gestoppt wurde.", "Grünen", "question", "Ausschreibung"),
        ("Die Opposition wird im Ausschuss nach den Kosten fragen.", "Opposition", "question", "Kosten"),
        ("Der Konzern wird die Vorwürfe der Umweltschützer zurückweisen.", "Konzern", "denial", "Vorwürfe"),
        ("Die Klägerin wird dem Verlag vorwerfen, ihre Rechte verletzt zu haben.", "Klägerin", "accusation", "Rechte"),
    ],
)  # fmt: skip
def test_a_future_speech_act_is_that_act(
    extract: Extract, text: str, speaker: str, act: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise werden im Herbst weiter steigen.",
        "Die Bank wird die Zinsen im Juni senken.",
        # a passive future names nobody who demands
        "Eine Untersuchung wird gefordert werden.",
        # the hypothetical "würde" announces nothing
        "Die Opposition würde eine Untersuchung verlangen.",
    ],
)
def test_a_future_without_a_speech_act_or_speaker_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


def test_a_reported_future_stays_the_reporters_statement(extract: Extract) -> None:
    """ "werde" is the Konjunktiv of what the minister said, not a new speaker's act."""
    q = one_quote(extract, "Der Minister sagte, die Regierung werde eine Entscheidung verkünden.")
    assert (q.speaker, q.act) == ("Minister", "claim")


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Der Bürgermeister äußerte die Befürchtung, dass die Straße im Winter nicht befahrbar sei.", "Bürgermeister", "warning"),
        ("Die Trainerin äußerte am Sonntag die Sorge, dass sich weitere Spielerinnen verletzen könnten.", "Trainerin", "warning"),
        ("Mehrere Abgeordnete äußerten Zweifel, ob das Gesetz vor Gericht Bestand haben werde.", "Abgeordnete", "denial"),
        ("Die Gewerkschaft bekräftigte am Mittwoch ihre Forderung, die Löhne um acht Prozent zu erhöhen.", "Gewerkschaft", "demand"),
    ],
)  # fmt: skip
def test_an_act_noun_as_the_object_before_the_clause_gives_the_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a hope is no act of the contract
        "Die Ministerin äußerte die Hoffnung, dass der Streit bald beigelegt wird.",
        # the clause belongs to "damit": the reason for the demand, not the demand
        "Der Verband begründete seine Forderung damit, dass die Kosten gestiegen seien.",
        # the act noun is inside what was said, not the object of the cue
        "Der Sprecher sagte am Montag, die Forderungen seien längst erfüllt.",
        "Die Sorge sei unbegründet, sagte der Minister.",
    ],
)
def test_a_neutral_cue_without_an_act_noun_object_stays_a_claim(
    extract: Extract, text: str
) -> None:
    assert one_quote(extract, text).act == "claim"


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Die Polizei hält einen Anschlag für unwahrscheinlich.", "Polizei", "estimate"),
        ("Die Ministerin hält es für möglich, dass die Steuern im Herbst steigen.", "Ministerin", "estimate"),
        ("Der Konzern bezeichnete die Vorwürfe der Gewerkschaft als haltlos.", "Konzern", "denial"),
        ("Der Anwalt des Spielers wertete die Anschuldigungen als frei erfunden.", "Anwalt des Spielers", "denial"),
        ("Die Gewerkschaft hält eine Erhöhung der Löhne für dringend notwendig.", "Gewerkschaft", "demand"),
        ("Die Feuerwehr bezeichnete das Betreten der Eisfläche als lebensgefährlich.", "Feuerwehr", "warning"),
    ],
)  # fmt: skip
def test_a_judgement_word_gives_the_judging_verb_its_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister bezeichnete die Lage an der Grenze als ernst.",
        "Die Polizei hält den Mann aus Köln für den Täter.",
        # calling a clause wrong criticises it, it denies nothing
        "Die Ministerin hält es für falsch, dass die Steuern im Herbst steigen.",
    ],
)
def test_a_judgement_without_an_act_word_stays_a_claim(extract: Extract, text: str) -> None:
    assert one_quote(extract, text).act == "claim"


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said", "main"),
    [
        ("Nachdem die Elternvertreter mehr Lehrer gefordert hatten, lenkte das Ministerium ein.", "Elternvertreter", "demand", "Lehrer", "lenkte"),
        ("Nachdem die Opposition dem Kanzler Wortbruch vorgeworfen hatte, kam es zu Tumulten.", "Opposition", "accusation", "Wortbruch", "Tumulten"),
        ("Obwohl der Konzern die Vorwürfe zurückgewiesen hat, ermittelt die Staatsanwaltschaft weiter.", "Konzern", "denial", "Vorwürfe", "ermittelt"),
        ("Weil der Minister eine Untersuchung angekündigt hat, bleibt die Opposition ruhig.", "Minister", "announcement", "Untersuchung", "ruhig"),
        ("Während die Gewerkschaft höhere Löhne fordert, setzen die Arbeitgeber auf Einmalzahlungen.", "Gewerkschaft", "demand", "Löhne", "Einmalzahlungen"),
    ],
)  # fmt: skip
def test_a_cue_closing_a_fronted_subordinate_clause_reports_its_object_not_the_main_clause(
    extract: Extract, text: str, speaker: str, act: str, said: str, main: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert said in q.text and main not in q.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the comma opens the cue's own complement: it stays what was said
        ("Weil das Unternehmen bestreitet, dass es Absprachen gegeben habe, landet der Fall vor Gericht.", "Absprachen"),
        ("Nachdem der Verband gefordert hatte, die Löhne zu erhöhen, kam es zum Streik.", "Löhne"),
    ],
)  # fmt: skip
def test_a_subordinate_cue_with_a_complement_after_its_comma_keeps_the_complement(
    extract: Extract, text: str, said: str
) -> None:
    assert said in one_quote(extract, text).text


@pytest.mark.parametrize(
    ("text", "target", "charge"),
    [
        ("Den beiden Managern wird zur Last gelegt, Bilanzen gefälscht zu haben.", "Managern", "Bilanzen"),
        ("Dem Bürgermeister wird unterstellt, Gelder veruntreut zu haben.", "Bürgermeister", "Gelder"),
        ("Der Trainerin wurde vorgehalten, die Spielerinnen überfordert zu haben.", "Trainerin", "Spielerinnen"),
    ],
)  # fmt: skip
def test_a_passive_accusation_with_its_charge_names_the_accused_and_no_speaker(
    extract: Extract, text: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("accusation", "anonymous")
    assert q.target is not None and target in q.target and charge in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Die Fluglotsen werden mit dieser Maßnahme dem Militärrecht unterstellt.",
        "Solche Daten werden von den Behörden mehrere Jahre vorgehalten.",
    ],
)
def test_a_passive_of_an_accusation_verb_without_a_charge_accuses_nobody(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said"),
    [
        ("Weil die Bank mit weiter sinkenden Zinsen rechnet, senkt sie ihre Prognose.", "Bank", "estimate", "Zinsen"),
        ("Obwohl der Verband mit Streiks droht, verhandeln die Arbeitgeber weiter.", "Verband", "warning", "Streiks"),
        ("Dass die Regierung mit einem Defizit rechnet, gilt als sicher.", "Regierung", "estimate", "Defizit"),
    ],
)  # fmt: skip
def test_a_framed_cue_closing_a_verb_final_clause_has_its_frame_before_it(
    extract: Extract, text: str, speaker: str, act: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)
    assert said in q.text


@pytest.mark.parametrize(
    "text",
    [
        # a framed form without its preposition in the verb-final clause reports nothing
        "Weil sich das Projekt nicht rechnet, stoppt die Stadt den Bau.",
        "Obwohl ein Sturm droht, findet das Fest statt.",
    ],
)
def test_a_verb_final_framed_form_without_its_frame_reports_nothing(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Der Richter hakte nach, warum der Zeuge erst so spät zur Polizei gegangen sei.", "Richter", "Zeuge"),
        ("Die Abgeordnete fragte nach, ob die Mittel schon geflossen seien.", "Abgeordnete", "Mittel"),
        ("Die Journalistin hat nachgehakt, wann die Brücke fertig wird.", "Journalistin", "Brücke"),
    ],
)  # fmt: skip
def test_asking_again_is_a_question(extract: Extract, text: str, speaker: str, said: str) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("question", speaker)
    assert said in q.text


def test_a_particle_verb_without_a_question_reports_nothing(extract: Extract) -> None:
    assert extract("Der Trainer legte in der zweiten Halbzeit nach.").quotes == ()
