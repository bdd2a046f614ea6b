"""Reported speech acts with only a noun-phrase object, measured on gnqa train+dev in
session 6 (bot.nlp.quotes.reported_acts, lexicons/cue_reported_acts.tsv): the object's frame
decides whether the verb reported anything. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.attribution.acts import load_cue_acts
from bot.nlp.quotes.reported_acts import (
    as_fronted,
    led_by,
    load_reported_frames,
    predicative_object,
    prepositional_amount,
    seen_in_object,
    thing_object,
)
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def quotes_of(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


def test_each_lexicon_act_is_the_cue_act() -> None:
    """The act a reader sees comes from cue_acts.tsv: the reported-act lexicon names the
    same one, so a line cannot silently give 'kritisierte' a wrong act."""
    acts = load_cue_acts()
    for lemma, (act, _frame) in load_reported_frames().frames.items():
        assert acts.act(lemma) == act, lemma


# ---- nennen + object + a judging second accusative ----------------------------------------


def test_predicative_object_needs_a_second_accusative() -> None:
    assert predicative_object(tokens("den Plan einen teuren Irrtum ."), 0, 5)
    assert predicative_object(tokens("es eine Frage der Zeit ."), 0, 5)
    assert not predicative_object(tokens("den Namen des Fahrers ."), 0, 4)
    assert not predicative_object(tokens("ihm die Zahl der Opfer ."), 0, 5)
    assert not predicative_object(tokens("die Summe in einer Mitteilung ."), 0, 5)
    # a relative clause after the named thing: "nannte man Boote, die den Hafen …"
    assert not predicative_object(tokens(", die den Hafen anliefen ."), 1, 5)


def test_nennen_with_a_judging_accusative_reports_a_claim(extract: Extract) -> None:
    text = "Die Bürgermeisterin Petra Lange nannte den Neubau einen teuren Irrtum."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Petra Lange", "claim")], got
    assert "teuren Irrtum" in got[0][2]


def test_nennen_with_a_name_or_number_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Polizei nannte den Namen des Fahrers nicht.") == []
    assert quotes_of(extract, "Der Sprecher nannte die Summe in einer Mitteilung.") == []
    text = "Kutter nannte man Boote, die den Hafen am Morgen verließen."
    assert quotes_of(extract, text) == []


# ---- erwarten + a thing expected (an estimate) ---------------------------------------------


def test_thing_object_skips_adverbials_and_refuses_people() -> None:
    people = frozenset({"gast", "gäste", "besucher"})
    assert thing_object(tokens("einen Anstieg der Preise ."), 0, 4, people)
    assert thing_object(tokens("für das Jahr einen Anstieg ."), 0, 5, people)
    assert thing_object(tokens("rund 300 Tonnen Getreide ."), 0, 4, people)
    assert not thing_object(tokens("den Präsidenten am Montag ."), 0, 4, people)
    assert not thing_object(tokens("am Abend die Gäste ."), 0, 4, people)
    assert not thing_object(tokens("Preise ."), 0, 1, people)


def test_erwarten_with_an_expected_thing_reports_an_estimate(extract: Extract) -> None:
    text = "Der Bauernverband erwartet für das kommende Jahr einen Anstieg der Preise."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Bauernverband", "estimate")], got
    assert "Anstieg der Preise" in got[0][2]


def test_erwarten_with_a_person_awaited_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Der Bauernverband erwartet am Montag den Präsidenten.") == []
    assert quotes_of(extract, "Das Museum erwartet am Abend die Besucher.") == []


# ---- sehen + darin / in X + what X is judged to be -----------------------------------------


def test_seen_in_object_needs_darin_or_an_in_phrase_and_no_person() -> None:
    people = frozenset({"mann", "besucher"})
    assert seen_in_object(tokens("darin eine Gefahr ."), 0, 3, people)
    assert seen_in_object(tokens("auch darin eine Gefahr ."), 0, 4, people)
    assert seen_in_object(tokens("in dem Plan eine Gefahr ."), 0, 5, people)
    assert not seen_in_object(tokens("in dem Haus einen Mann ."), 0, 5, people)
    assert not seen_in_object(tokens("eine Gefahr ."), 0, 2, people)


def test_sehen_darin_reports_a_claim(extract: Extract) -> None:
    text = "Der Journalistenverband sieht darin eine Gefahr für die Pressefreiheit."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Journalistenverband", "claim")], got
    assert "Gefahr für die Pressefreiheit" in got[0][2]


def test_sehen_in_a_thing_reports_a_claim(extract: Extract) -> None:
    text = "Die Gewerkschaft sieht in der Maßnahme eine Gefahr für die Sicherheit."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Gewerkschaft", "claim")], got
    assert "Gefahr für die Sicherheit" in got[0][2]


def test_sehen_of_a_person_somewhere_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Eine Nachbarin sah in dem Garten einen Mann.") == []
    assert quotes_of(extract, "Der Verband sieht eine Gefahr.") == []


# ---- empfehlen + a thing recommended (a demand) --------------------------------------------


def test_empfehlen_with_a_thing_reports_a_demand(extract: Extract) -> None:
    text = "Die Verbraucherzentrale empfahl den Wechsel zu einem günstigeren Anbieter."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Verbraucherzentrale", "demand")], got
    assert "Wechsel zu einem günstigeren Anbieter" in got[0][2]


def test_empfehlen_with_a_person_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Kommission empfahl am Montag den Präsidenten.") == []


# ---- beziffern + object + auf/mit an amount (an estimate) ----------------------------------


def test_prepositional_amount_needs_the_preposition_and_a_number() -> None:
    preps = frozenset({"auf", "mit"})
    assert prepositional_amount(tokens("den Schaden auf 50 Millionen Euro ."), 0, 6, preps)
    assert prepositional_amount(tokens("die Kosten mit zwei Milliarden ."), 0, 5, preps)
    assert not prepositional_amount(tokens("die Kosten ."), 0, 2, preps)
    assert not prepositional_amount(tokens("den Schaden auf der Baustelle ."), 0, 5, preps)


def test_beziffern_with_an_amount_reports_an_estimate(extract: Extract) -> None:
    text = "Der Bauernverband bezifferte den Schaden auf 30 Millionen Euro."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Bauernverband", "estimate")], got
    assert "auf 30 Millionen Euro" in got[0][2]


def test_beziffern_without_an_amount_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Der Bauernverband bezifferte den Schaden nicht.") == []


# ---- "Als Grund gab X Y an": a fronted als-phrase names what the object is ------------------


def test_as_fronted_needs_a_sentence_opening_als_phrase() -> None:
    assert as_fronted(tokens("Als Grund gab er den Regen an ."), 3, 5)
    assert not as_fronted(tokens("Als er ankam , gab er den Schlüssel an ."), 6, 8)
    assert not as_fronted(tokens("Er gab den Regen an ."), 2, 4)


def test_angeben_after_als_grund_reports_the_reason(extract: Extract) -> None:
    text = "Als Grund gab die Stadtverwaltung die hohen Energiekosten an."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Stadtverwaltung", "claim")], got
    assert "hohen Energiekosten" in got[0][2]


def test_angeben_without_the_als_phrase_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Stadtverwaltung gab die hohen Energiekosten an.") == []


# ---- klagen über + what was complained about ----------------------------------------------


def test_led_by_needs_the_preposition_first() -> None:
    preps = frozenset({"über"})
    assert led_by(tokens("über zu viel Lärm ."), 0, 4, preps)
    assert not led_by(tokens("über Lärm ."), 0, 2, preps)
    assert not led_by(tokens("vor Gericht gegen die Stadt ."), 0, 5, preps)


def test_klagen_ueber_reports_the_complaint(extract: Extract) -> None:
    text = "Die Anwohner klagten über zu viel Lärm und zu wenig Parkplätze."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Anwohner", "claim")], got
    assert "zu viel Lärm" in got[0][2]


def test_klagen_before_a_court_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Anwohner klagten vor Gericht gegen die Stadt.") == []
