"""Reported speech acts whose frame the cue lexicons lacked (issue 11, session 7): an amount
as the object of "schätzen" is an estimate. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.quotes.reported_acts import amount_object
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def quotes_of(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


# ---- schätzen + an amount (an estimate) ------------------------------------------------------


def test_amount_object_needs_a_number_after_quantifiers() -> None:
    assert amount_object(tokens("etwa 1.500 bis 2.000 Teilnehmer ."), 0, 6)
    assert amount_object(tokens("mehr als 300 Millionen Euro ."), 0, 5)
    assert amount_object(tokens("zwölf Verletzte ."), 0, 2)
    assert amount_object(tokens("für das Wochenende rund 40.000 Besucher ."), 0, 6)
    assert not amount_object(tokens("die Arbeit der Helfer ."), 0, 4)
    assert not amount_object(tokens("seit 20 Jahren die Ruhe ."), 0, 5)
    assert not amount_object(tokens("die 24 Stunden geöffneten Läden ."), 0, 5)
    # a number alone, without what was counted, is no estimate of anything
    assert not amount_object(tokens("etwa 20 ."), 0, 2)
    # a relative clause after a comma
    assert not amount_object(tokens(", 300 Menschen kamen ."), 1, 4)


def test_schaetzen_an_amount_reports_an_estimate(extract: Extract) -> None:
    text = "Die Veranstalter schätzten rund 40.000 Besucher am Wochenende."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Veranstalter", "estimate")], got
    assert "40.000 Besucher" in got[0][2]


def test_schaetzen_what_one_values_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Der Trainer schätzt die Arbeit der Helfer sehr.") == []
    assert quotes_of(extract, "Die Anwohner schätzen seit 20 Jahren die Ruhe im Viertel.") == []


# ---- ", und <own subject> <verb>": a main clause of its own ----------------------------------


def test_a_main_clause_after_und_keeps_its_own_speaker(extract: Extract) -> None:
    """The second cue's subject stands after "und": the first speaker is not carried over
    (that would put the party's appeal in the minister's mouth), and the first statement
    ends at the comma."""
    text = (
        "Der Minister räumte den Fehler ein, und die Partei rief die Bürger auf, Ruhe zu bewahren."
    )
    got = quotes_of(extract, text)
    assert ("Partei", "demand", "Ruhe zu bewahren") in got, got
    assert not any(s == "Minister" and "Partei" in t for s, _, t in got), got
    assert all(s != "Minister" or a != "demand" for s, a, _ in got), got


def test_a_verb_after_und_shares_the_subject(extract: Extract) -> None:
    text = "Der Minister bestritt den Bericht und kündigte an, die Akten offenzulegen."
    got = quotes_of(extract, text)
    assert ("Minister", "announcement", "die Akten offenzulegen") in got, got


# ---- einstufen + als (a judgement, a claim) --------------------------------------------------


def test_einstufen_als_reports_a_claim(extract: Extract) -> None:
    got = quotes_of(extract, "Der Ethikrat stufte das neue Gesetz als verfassungswidrig ein.")
    assert [(s, a) for s, a, _ in got] == [("Ethikrat", "claim")], got
    assert "verfassungswidrig" in got[0][2]
    text = "Das Landgericht hat die Gruppe als kriminelle Vereinigung eingestuft."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Landgericht", "claim")], got


def test_einstufen_without_a_judgement_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Behörde stufte das Hotel neu ein.") == []
    assert quotes_of(extract, "Der Verband stuft die Spieler nach ihrer Leistung ein.") == []


# ---- sich aussprechen + für (a demand) -------------------------------------------------------


def test_sich_fuer_etwas_aussprechen_reports_a_demand(extract: Extract) -> None:
    text = "Die Gewerkschaft sprach sich für einen höheren Mindestlohn aus."
    got = quotes_of(extract, text)
    assert got == [("Gewerkschaft", "demand", "für einen höheren Mindestlohn")], got


def test_sich_aussprechen_without_fuer_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Ärztin sprach sich mit ihrer Kollegin aus.") == []
    assert quotes_of(extract, "Nach dem Streit sprachen sich die beiden Nachbarn aus.") == []


# ---- framed forms: the frame's phrase fronted, or after a longer subject ---------------------


def test_a_fronted_frame_phrase_makes_rechnen_a_cue(extract: Extract) -> None:
    got = quotes_of(extract, "Mit einem Anstieg der Preise rechnen die Experten.")
    assert got == [("Experten", "estimate", "Mit einem Anstieg der Preise")], got


def test_the_frame_may_follow_an_adverbial_after_the_subject(extract: Extract) -> None:
    text = "Der Konzern rechnet für das kommende Jahr mit einem Umsatz von einer Milliarde Euro."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Konzern", "estimate")], got
    assert "Milliarde Euro" in got[0][2]


def test_rechnen_without_its_frame_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Es rechnet sich für die Stadt mit den neuen Preisen.") == []
    assert quotes_of(extract, "Der Schüler rechnet die Aufgabe im Kopf aus.") == []


# ---- a causal or temporal clause before the cue is the author's ------------------------------


def test_an_indicative_reason_before_the_cue_is_not_the_statement(extract: Extract) -> None:
    got = quotes_of(extract, "Weil die Zinsen steigen, warnt die Bundesbank vor einer Blase.")
    assert got == [("Bundesbank", "warning", "vor einer Blase")], got
    text = "Da die Behandlungen häufiger gelingen, rechnet die Klinik mit mehr Patienten."
    got = quotes_of(extract, text)
    assert got == [("Klinik", "estimate", "mit mehr Patienten")], got


def test_a_reported_clause_before_the_cue_stays_the_statement(extract: Extract) -> None:
    got = quotes_of(extract, "Da die Lage ernst sei, sagte der Minister.")
    assert [(s, a) for s, a, _ in got] == [("Minister", "claim")], got
    assert "Lage ernst sei" in got[0][2]


# ---- befürchten + a thing feared (a warning) -------------------------------------------------


def test_befuerchten_a_thing_reports_a_warning(extract: Extract) -> None:
    text = "Die Gewerkschaft befürchtet einen Abbau von Arbeitsplätzen."
    got = quotes_of(extract, text)
    assert got == [("Gewerkschaft", "warning", "einen Abbau von Arbeitsplätzen")], got


def test_befuerchten_without_a_thing_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Gewerkschaft befürchtet nichts.") == []
    assert quotes_of(extract, "Das befürchtet auch die Gewerkschaft.") == []
