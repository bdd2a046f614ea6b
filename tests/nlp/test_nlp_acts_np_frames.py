"""Speech acts whose content is an "ob"-clause after "sich fragen" or a noun phrase in a
verb's frame (issue 11, session 20): German sentences written for these tests, with several
speakers, tenses and word orders, and sentences where the rule must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Viele Eltern fragen sich, ob die Schule sicher ist.", "Eltern", "Schule"),
        ("Der Trainer fragte sich, ob die Mannschaft bereit sei.", "Trainer", "Mannschaft"),
        ("Die Lehrer fragten sich, ob das Geld für die Sanierung reicht.", "Lehrer", "Sanierung"),
        ("Anwohnerin Petra Kühn fragt sich, ob die Sirenen im Ernstfall funktionieren.", "Petra Kühn", "Sirenen"),
    ],
)  # fmt: skip
def test_wondering_whether_is_a_question_of_the_subject(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "X fragt sich, ob …" reports a yes/no question that X puts (act `question`), as "X
    fragt, ob …" does; the content is the ob-clause."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("question", speaker) and q.text.startswith("ob "), q
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Es fragt sich, ob das Konzept aufgeht.",
        "Da fragt man sich, ob die Stadt überhaupt einen Plan hat.",
        "Die Menschen fragen sich, wie es weitergeht.",
        "Die Kinder fragten sich durch bis zum Bahnhof.",
    ],
)
def test_wondering_without_a_speaker_or_without_ob_reports_nothing(
    extract: Extract, text: str
) -> None:
    """The impersonal "es"/"man" names nobody; a w-clause after "sich fragen" still only
    wonders, and "sich durchfragen" asks the way."""
    assert list(extract(text).quotes) == [], text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Der Landrat sprach sich gegen den Windpark aus.", "Landrat", "Windpark"),
        ("Die Bürgerinitiative spricht sich gegen eine Erhöhung der Gebühren aus.", "Bürgerinitiative", "Gebühren"),
        ("Der Bauernverband sprach sich am Dienstag gegen neue Auflagen für die Tierhaltung aus.", "Bauernverband", "Auflagen"),
    ],
)  # fmt: skip
def test_speaking_out_against_a_thing_is_a_demand(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "sprach sich gegen X aus" demands that X not be (act `demand`, as "sprach sich für X
    aus" and as the act sets read it); the content keeps its "gegen"."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("demand", speaker) and "gegen" in q.text.split(), q
    assert part in q.text


def test_speaking_out_for_a_thing_stays_a_demand(extract: Extract) -> None:
    q = one_quote(extract, "Die Elternvertretung sprach sich für kleinere Klassen aus.")
    assert (q.act, q.speaker) == ("demand", "Elternvertretung") and "Klassen" in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Die Fraktion sprach sich gegen Ende der Sitzung mit dem Vorstand aus.",
        "Die Ministerin sprach sich gegen Mittag mit ihrem Kollegen aus.",
        "Der Vorstand sprach sich gegen 18 Uhr mit dem Betriebsrat aus.",
    ],
)
def test_gegen_as_a_time_is_no_rejection(extract: Extract, text: str) -> None:
    """ "gegen Ende", "gegen Mittag" say when two people talked it out, not what was
    rejected: no quote."""
    assert list(extract(text).quotes) == [], text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Ministerin schloss einen Rücktritt aus.", "Ministerin", "Rücktritt"),
        ("Einen Rücktritt schloss die Ministerin aus.", "Ministerin", "Rücktritt"),
        ("Der Vorstand schließt einen Verkauf der Sparte aus.", "Vorstand", "Verkauf"),
        ("Die Reederei schloss am Freitag eine Rückkehr in den Hafen aus.", "Reederei", "Rückkehr"),
    ],
)  # fmt: skip
def test_ruling_out_a_thing_is_a_denial(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "schloss einen Rücktritt aus" denies it (act `denial`), with the object before or
    after the verb."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("denial", speaker) and part in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein schloss das Mitglied aus.",
        "Die Partei schloss den Abgeordneten aus der Fraktion aus.",
        "Die Behörde schloss die Presse von der Sitzung aus.",
        "Die Gewerkschaft schließt weitere Streiks nicht aus.",
    ],
)
def test_expelling_or_not_ruling_out_is_no_denial(extract: Extract, text: str) -> None:
    """Expelling a person or excluding anyone from something says nothing; "schließt X nicht
    aus" does not deny X (no quote rather than a reversed one)."""
    assert [q for q in extract(text).quotes if q.act == "denial"] == [], text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Opposition äußerte Zweifel an den Zahlen.", "Opposition", "Zahlen"),
        ("Die Prüfer haben Zweifel an der Bilanz geäußert.", "Prüfer", "Bilanz"),
        ("Der Statiker äußert erhebliche Zweifel an der Tragfähigkeit der Brücke.", "Statiker", "Tragfähigkeit"),
    ],
)  # fmt: skip
def test_doubts_about_a_thing_are_a_denial(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "äußerte Zweifel an X" doubts X (act `denial`, as "bezweifelte X")."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("denial", speaker) and part in q.text, q


def test_doubts_nobody_voiced_report_nothing(extract: Extract) -> None:
    assert list(extract("Zweifel an der Echtheit des Gemäldes gibt es seit Jahren.").quotes) == []
