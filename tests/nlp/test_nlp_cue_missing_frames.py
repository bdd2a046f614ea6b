"""Cue frames of issue 11 that were missing from the lexicons: stances ("befürworteten,
dass …"), "nahm Stellung, …", feelings shown ("zeigte sich empört, dass …"), shared opinions
("teilen die Meinung, dass …"), hints, conclusions, proposals and hypotheses as noun + light
verb, "drückte … aus, dass …", "strich … heraus" and "hat ausgerechnet, dass …". Each reports
only with its clause or quotation: the negatives below say nothing. German sentences written
for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def said(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.text, q.act) for q in extract(text).quotes]


def test_a_stance_with_its_clause(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Mehrheit der Mitglieder befürwortete, dass der Vorstand zurücktritt."
    )
    assert q.text == "dass der Vorstand zurücktritt"
    assert said(extract, "Der Stadtrat befürwortete den Bau der Brücke.") == []


def test_a_stand_taken_with_its_clause(extract: Extract) -> None:
    q = one_quote(extract, "Der Verband nahm zu den Vorwürfen Stellung, sie seien haltlos.")
    assert (q.speaker, q.text) == ("Verband", "sie seien haltlos")
    q = one_quote(
        extract,
        "In einer Erklärung nahm die Reederei Stellung: Man habe alle Vorschriften eingehalten.",
    )
    assert (q.speaker, q.text) == ("Reederei", "Man habe alle Vorschriften eingehalten")
    # a position taken by troops is no statement
    assert said(extract, "Die Soldaten nahmen am Hügel Stellung.") == []
    assert said(extract, "Die Truppen hatten Stellung genommen, um den Pass zu sichern.") == []


def test_a_feeling_shown_with_its_clause(extract: Extract) -> None:
    q = one_quote(extract, "Die Eltern zeigten sich empört, dass die Schule geschlossen werde.")
    assert (q.speaker, q.text) == ("Eltern", "dass die Schule geschlossen werde")
    q = one_quote(
        extract, "Der Bürgermeister zeigte sich bestürzt, dass so viele Häuser zerstört wurden."
    )
    assert q.text == "dass so viele Häuser zerstört wurden"
    assert said(extract, "Die Ministerin zeigte sich bestürzt über den Anschlag.") == []


def test_a_shared_opinion_with_its_clause(extract: Extract) -> None:
    q = one_quote(extract, "Viele Anwohner teilen die Meinung, dass der Lärm unerträglich sei.")
    assert (q.speaker, q.text) == ("Anwohner", "dass der Lärm unerträglich sei")
    q = one_quote(
        extract, "Der Bürgermeister teilte die Auffassung, die Brücke müsse saniert werden."
    )
    assert (q.speaker, q.text) == ("Bürgermeister", "die Brücke müsse saniert werden")
    assert said(extract, "Der Minister teilte die Meinung seines Kollegen nicht.") == []
    assert said(extract, "Die Geschwister teilten das Erbe.") == []


def test_a_hint_a_conclusion_and_a_hypothesis(extract: Extract) -> None:
    q = one_quote(
        extract, "Der Vorsitzende ließ durchblicken, dass er nicht mehr kandidieren werde."
    )
    assert (q.speaker, q.text) == ("Vorsitzende", "dass er nicht mehr kandidieren werde")
    q = one_quote(extract, "Die Kommission zog den Schluss, dass die Anlage sicher sei.")
    assert (q.speaker, q.text) == ("Kommission", "dass die Anlage sicher sei")
    q = one_quote(
        extract, "Die Forscher formulierten die Hypothese, dass das Klima sich schneller wandle."
    )
    assert (q.speaker, q.text) == ("Forscher", "dass das Klima sich schneller wandle")
    assert said(extract, "Die Forscherin formulierte den Antrag neu.") == []


def test_a_proposal_and_an_ultimatum_are_demands(extract: Extract) -> None:
    q = one_quote(extract, "Die Ministerin hat den Vorschlag unterbreitet, die Steuer zu senken.")
    assert (q.speaker, q.text, q.act) == ("Ministerin", "die Steuer zu senken", "demand")
    q = one_quote(extract, "Der Landrat machte am Montag den Vorschlag, die Schule zu erhalten.")
    assert (q.speaker, q.text, q.act) == ("Landrat", "die Schule zu erhalten", "demand")
    q = one_quote(
        extract,
        "Die Ärzte stellten der Klinik ein Ultimatum: Bis Montag müsse der Vertrag unterschrieben sein.",
    )
    assert (q.speaker, q.act) == ("Ärzte", "demand")
    assert said(extract, "Der Schüler machte im Unterricht einen Vorschlag.") == []


def test_a_hope_expressed_with_its_clause(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Ärztin drückte ihre Hoffnung aus, dass die Patienten bald entlassen werden.",
    )
    assert (q.speaker, q.text) == ("Ärztin", "dass die Patienten bald entlassen werden")
    q = one_quote(
        extract,
        "Der Bürgermeister drückte sein Bedauern darüber aus, dass die Feier ausfallen müsse.",
    )
    assert q.text == "dass die Feier ausfallen müsse"
    assert said(extract, "Er drückte die Zigarette im Aschenbecher aus.") == []


def test_a_point_stressed(extract: Extract) -> None:
    q = one_quote(extract, "„Wir werden gewinnen“, strich die Kandidatin in Hamburg heraus.")
    assert (q.speaker, q.text) == ("Kandidatin", "Wir werden gewinnen")
    q = one_quote(extract, "Der Trainer strich heraus, dass die Mannschaft hart gearbeitet habe.")
    assert q.text == "dass die Mannschaft hart gearbeitet habe"
    assert said(extract, "Die Lehrerin strich die Fehler im Heft heraus.") == []


def test_a_computed_figure_is_an_estimate(extract: Extract) -> None:
    q = one_quote(extract, "Der Verband hat ausgerechnet, dass jeder Gast etwa 50 Euro ausgibt.")
    assert (q.speaker, q.text, q.act) == (
        "Verband",
        "dass jeder Gast etwa 50 Euro ausgibt",
        "estimate",
    )
    assert said(extract, "Der Wirt rechnete die Kosten für das Fest aus.") == []
