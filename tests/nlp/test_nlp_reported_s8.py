"""Reported speech whose cue or frame the lexicons lacked (issue 11, session 8). German
sentences written for these tests: each cue with a positive case and a reading of the same
verb that reports nothing."""

from __future__ import annotations

from bot.nlp.quotes.reported_acts import thing_object
from tests.nlp.extract_helpers import Extract


def quotes_of(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


# ---- sich erhoffen + a clause (a hope stated) ------------------------------------------------


def test_sich_erhoffen_with_a_dass_clause_reports_the_hope(extract: Extract) -> None:
    text = "Die Gemeinde erhofft sich, dass das Land die Sanierung der Schule bezahlt."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Gemeinde", "claim")], got
    assert got[0][2].startswith("dass das Land die Sanierung")


def test_sich_erhoffen_in_the_perfect_and_after_a_fronted_clause(extract: Extract) -> None:
    text = "Der Verein hatte sich erhofft, dass die Stadt den Platz bis zum Sommer erneuert."
    assert [s for s, _, _ in quotes_of(extract, text)] == ["Verein"]
    text = "Dass die Fähre bald wieder fährt, erhoffen sich die Bewohner der Insel."
    got = quotes_of(extract, text)
    assert [s for s, _, _ in got] == ["Bewohner der Insel"], got


def test_sich_erhoffen_without_a_clause_reports_nothing(extract: Extract) -> None:
    """A thing hoped for is no statement ("erhoffen sich Geschenke"), and neither is the
    participle used as an adjective."""
    assert quotes_of(extract, "Die Kinder erhoffen sich zu Weihnachten viele Geschenke.") == []
    assert quotes_of(extract, "Der erhoffte Regen blieb in diesem Sommer aus.") == []


# ---- erwarten + an approximate amount of people (an estimate) --------------------------------


PEOPLE = frozenset({"gast", "besucher", "zuschauer"})


def test_thing_object_takes_an_approximate_amount_of_people() -> None:
    def obj(text: str) -> bool:
        texts = text.split()
        return thing_object(texts, 0, len(texts), PEOPLE)

    assert obj("zu dem Konzert rund 50.000 Zuschauer .")
    assert obj("mehr als 2.000 Gäste .")
    assert obj("einen Anstieg der Preise .")
    # a visit: people without an approximate amount
    assert not obj("zwei Gäste aus Berlin .")
    assert not obj("den Präsidenten am Flughafen .")


def test_erwarten_an_approximate_crowd_reports_an_estimate(extract: Extract) -> None:
    text = "Der Veranstalter erwartet zu dem Stadtfest rund 80.000 Besucher."
    got = quotes_of(extract, text)
    assert [(s, a) for s, a, _ in got] == [("Veranstalter", "estimate")], got
    assert "80.000 Besucher" in got[0][2]


def test_erwarten_guests_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Familie erwartet am Sonntag zwei Gäste aus Berlin.") == []


# ---- a sentence-opening "So" before a framed cue (an adverb, not a back reference) ----------


def test_so_before_a_framed_cue_reports_its_own_phrase(extract: Extract) -> None:
    """ "So warnten X vor Y": "So" gives an example of the previous sentence; what was said
    is the warning's own phrase, not the previous sentence."""
    text = (
        "Der Plan stieß in der Branche auf Ablehnung. "
        "So warnten Vertreter der Bauverbände vor einem Verlust von Arbeitsplätzen."
    )
    got = quotes_of(extract, text)
    assert got == [
        ("Vertreter der Bauverbände", "warning", "vor einem Verlust von Arbeitsplätzen")
    ], got


def test_so_before_a_cue_without_its_frame_still_points_back(extract: Extract) -> None:
    text = "Die Verhandlungen sind gescheitert. So sagte der Verbandschef Peter Maier am Abend."
    got = quotes_of(extract, text)
    assert [(s, t) for s, _, t in got] == [("Peter Maier", "Die Verhandlungen sind gescheitert")]


# ---- a quotation inside a framed object keeps its marks balanced ----------------------------


def test_a_quotation_inside_the_framed_object_keeps_the_whole_object(extract: Extract) -> None:
    text = "Die Gewerkschaft drohte mit „massiven Streiks“ im ganzen Land."
    got = quotes_of(extract, text)
    assert got == [("Gewerkschaft", "warning", "mit „massiven Streiks“ im ganzen Land")], got


def test_a_quotation_closing_the_frame_is_the_statement(extract: Extract) -> None:
    got = quotes_of(extract, "Der Verband warnte vor einem „Ausverkauf der Städte“.")
    assert got == [("Verband", "warning", "Ausverkauf der Städte")], got


# ---- speech verbs the lexicons lacked -------------------------------------------------------


def test_new_speech_verbs_with_a_clause_report_with_their_act(extract: Extract) -> None:
    cases = [
        ("Der Sprecher erwähnte, dass die Stelle neu besetzt werde.", "Sprecher", "claim"),
        ("Die Ministerin konterte, die Vorwürfe seien haltlos.", "Ministerin", "claim"),
        ("Die Behörde verlautbarte, dass der Markt geschlossen bleibe.", "Behörde", "claim"),
        ("Die Zeitung enthüllte, dass der Stadtrat Spenden erhalten habe.", "Zeitung", "claim"),
        ("Die Sängerin offenbarte, dass sie lange krank gewesen sei.", "Sängerin", "claim"),
        ("Der Trainer deutete an, dass er den Verein verlassen könnte.", "Trainer", "claim"),
        ("Eine Abgeordnete warf ein, dass die Kosten unklar seien.", "anonymous", "claim"),
        ("Der Kanzler ließ wissen, dass er nicht erneut antrete.", "Kanzler", "claim"),
        ("Der Konzern garantierte, dass alle Stellen erhalten bleiben.", "Konzern", "announcement"),
        ("Der Rechnungshof regte an, die Förderung zu befristen.", "Rechnungshof", "demand"),
        ("Die Gewerkschaft beharrte darauf, dass die Löhne steigen.", "Gewerkschaft", "demand"),
        ("Der Verband pocht darauf, dass der Vertrag gilt.", "Verband", "demand"),
    ]
    for text, speaker, act in cases:
        got = quotes_of(extract, text)
        assert [(s, a) for s, a, _ in got] == [(speaker, act)], (text, got)


def test_the_same_verbs_without_a_statement_report_nothing(extract: Extract) -> None:
    for text in (
        "Der Zeuge erwähnte den Namen des Fahrers.",
        "Der Bürgermeister enthüllte am Sonntag ein Denkmal.",
        "Die dunklen Wolken deuteten ein Gewitter an.",
        "Zwei Jugendliche warfen eine Scheibe ein.",
        "Der Konzern garantiert die Qualität seiner Produkte.",
        "Der Vortrag regte eine lebhafte Debatte an.",
    ):
        assert quotes_of(extract, text) == [], text


def test_wiederholt_as_an_adverb_keeps_the_running_statement(extract: Extract) -> None:
    """ "wiederholen" stays out of the lexicons: its participle is the adverb "wiederholt"
    ("repeatedly"), which must not end a Konjunktiv continuation."""
    text = (
        "Das Präsidium teilte mit, die Kontrollen würden verstärkt. "
        "Es sei wiederholt zu Diebstählen gekommen. "
        "Mit den Kontrollen solle das Sicherheitsgefühl steigen."
    )
    got = quotes_of(extract, text)
    assert [s for s, _, t in got if "Diebstählen" in t or "Sicherheitsgefühl" in t] == [
        "Präsidium",
        "Präsidium",
    ], got


# ---- findings: "kam zu der Auffassung", "gelangte zu dem Schluss" -----------------------------


def test_findings_with_kommen_and_gelangen_report_their_clause(extract: Extract) -> None:
    cases = [
        ("Die Richter kamen zu der Auffassung, dass die Klage unbegründet sei.", "Richter"),
        ("Die Forscher kamen zu der Erkenntnis, dass das Eis schneller schmilzt.", "Forscher"),
        ("Die Ermittler gelangten zu dem Schluss, dass es ein Unfall war.", "Ermittler"),
        ("Der Prüfbericht gelangt zu dem Ergebnis, dass die Wahl frei war.", "Prüfbericht"),
    ]
    for text, speaker in cases:
        got = quotes_of(extract, text)
        assert [(s, a) for s, a, _ in got] == [(speaker, "claim")], (text, got)


def test_gelangen_to_a_place_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Die Wanderer gelangten am Abend zu dem Schluss des Weges.") == []
    assert quotes_of(extract, "Die Gruppe gelangte über einen Link zu dem Ergebnis.") == []


# ---- "mit den Worten": any verb of its clause reports what follows ---------------------------


def test_mit_den_worten_makes_the_subject_the_speaker(extract: Extract) -> None:
    text = "Im Landtag warb die Ministerin für das Gesetz mit den Worten: „Wir brauchen es jetzt.“"
    got = quotes_of(extract, text)
    assert got == [("Ministerin", "claim", "Wir brauchen es jetzt")], got
    got = quotes_of(extract, "Der Trainer reagierte mit den Worten, er sei sehr enttäuscht.")
    assert got == [("Trainer", "claim", "er sei sehr enttäuscht")], got


def test_a_speech_verb_in_the_clause_stays_the_cue(extract: Extract) -> None:
    """The verb's own subject and act win: "lehnte … ab" is a denial, and the noun right
    before "mit den Worten" is not the speaker."""
    text = "Der Bürgermeister lehnte den Plan mit den Worten ab: „Das zahlen wir nicht.“"
    got = quotes_of(extract, text)
    assert got == [("Bürgermeister", "denial", "Das zahlen wir nicht")], got
    text = "Die Chefin beschrieb die Lage des Marktes mit den Worten: „Es geht aufwärts.“"
    got = quotes_of(extract, text)
    assert [s for s, _, _ in got] == ["Chefin"], got


def test_mit_den_worten_without_a_statement_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Das Buch endet mit den Worten des Dichters.") == []


def test_other_with_phrases_carry_their_act(extract: Extract) -> None:
    cases = [
        (
            "Das Gericht wies die Klage mit der Begründung ab, sie sei verspätet.",
            ("Gericht", "claim", "sie sei verspätet"),
        ),
        (
            "Die Gewerkschaft trat mit der Forderung an, die Löhne deutlich zu erhöhen.",
            ("Gewerkschaft", "demand", "die Löhne deutlich zu erhöhen"),
        ),
        (
            "Der Verband meldete sich mit der Warnung, die Preise würden steigen.",
            ("Verband", "warning", "die Preise würden steigen"),
        ),
    ]
    for text, want in cases:
        assert quotes_of(extract, text) == [want], (text, quotes_of(extract, text))


def test_a_with_phrase_without_a_clause_reports_nothing(extract: Extract) -> None:
    assert quotes_of(extract, "Ein Nachbar stand mit der Bitte um Hilfe vor der Tür.") == []


# ---- the perfect of a framed act keeps its frame's preposition -------------------------------


def test_the_perfect_of_a_framed_act_reports_its_frame_phrase(extract: Extract) -> None:
    """ "vor" and "mit" are gap words elsewhere ("vor allem", "mit Nachdruck"); in "hat vor
    dem Sturm gewarnt" the preposition opens what was said."""
    got = quotes_of(extract, "Die Behörde hat vor dem Verzehr roher Pilze gewarnt.")
    assert got == [("Behörde", "warning", "vor dem Verzehr roher Pilze")], got
    got = quotes_of(extract, "Die Gewerkschaft hat mit unbefristeten Streiks gedroht.")
    assert got == [("Gewerkschaft", "warning", "mit unbefristeten Streiks")], got


def test_the_perfect_of_a_framed_verb_without_its_frame_reports_nothing(
    extract: Extract,
) -> None:
    assert quotes_of(extract, "Die Polizei hat die Anwohner gewarnt.") == []
