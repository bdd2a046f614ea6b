"""Speech-act rules of session 17 (issue 11, set fresh9.tsv): German sentences written for these
tests, each rule with several speakers, verbs and word orders, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("„Stoppt den Ausverkauf unserer Dörfer!“, riefen die Demonstranten.", "Demonstranten", "Ausverkauf"),
        ("„Gebt uns endlich faire Preise für die Milch!“, rief eine Bäuerin aus Ostfriesland.", "anonymous", "Milch"),
        ("„Lasst die Bibliothek offen!“, riefen die Studierenden.", "Studierenden", "Bibliothek"),
        ("„Geben Sie den Schulen mehr Geld!“, sagte die Elternsprecherin Hanna Brückner.", "Hanna Brückner", "Schulen"),
        ("Der Pfarrer Josef Maier rief: „Helft den Familien, die alles verloren haben!“", "Josef Maier", "Familien"),
        ("„Kollegen, legt die Arbeit nieder!“, rief der Betriebsrat Volker Sand.", "Volker Sand", "Arbeit"),
    ],
)  # fmt: skip
def test_a_quoted_imperative_is_a_demand(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "„Nehmt die Kürzung zurück!“, riefen die Bauern": an exclamation that orders demands,
    whatever the neutral cue ("rief", "sagte")."""
    q = one_quote(extract, text)
    assert q.act == "demand" and speaker in (q.speaker or ""), text
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist ein schwarzer Tag für unsere Stadt!“, rief der Bürgermeister Ole Brandt.",
        "„Wir lassen uns das nicht gefallen!“, rief die Gewerkschafterin Petra Lind.",
        "„Macht ist kein Selbstzweck!“, sagte die Bischöfin Maria Kehl.",
        "„Kommt der Zug heute noch?“, fragte ein Fahrgast.",
        "„Jetzt ist Schluss mit den Ausreden!“, sagte der Trainer Mirko Falk.",
    ],
)  # fmt: skip
def test_an_exclamation_without_imperative_is_no_demand(extract: Extract, text: str) -> None:
    """A statement or a question that ends in "!" or "?" orders nothing: no demand."""
    assert one_quote(extract, text).act != "demand", text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Der Stadtrat will die Grundschule bis 2027 erweitern, teilte Bürgermeisterin Eva Lindner mit.", "Eva Lindner", "Grundschule"),
        ("Die Gemeinde wird im Herbst ein neues Baugebiet ausweisen, sagte Bürgermeister Karl Huber.", "Karl Huber", "Baugebiet"),
        ("Der Landkreis will zwei Buslinien einstellen, wie Landrätin Ines Vogt mitteilte.", "Ines Vogt", "Buslinien"),
        ("Die Mannschaft will im Pokal bis ins Finale kommen, sagte Trainer Lukas Brandt.", "Lukas Brandt", "Finale"),
        ("Das Bistum wird drei Kirchen verkaufen, erklärte Bischof Franz Oster.", "Franz Oster", "Kirchen"),
    ],
)  # fmt: skip
def test_a_plan_reported_by_the_institutions_head_is_an_announcement(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "Der Gemeinderat will das Freibad öffnen, teilte Bürgermeister X mit": the mayor speaks
    for the council, so its plan is announced, though the two share no word."""
    q = one_quote(extract, text)
    assert q.act == "announcement" and speaker in (q.speaker or ""), text
    assert part in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Die Bahn will die Strecke nach Lübeck stilllegen, sagte Bürgermeister Karl Huber.",
        "Der Investor will am Hafen ein Hotel bauen, sagte Landrätin Ines Vogt.",
        "Der Gegner will uns früh unter Druck setzen, sagte Trainer Lukas Brandt.",
        "Die Stadt wird das Freibad schließen, sagte der Vereinsvorsitzende Jan Koch.",
    ],
)  # fmt: skip
def test_another_sides_plan_reported_by_a_head_stays_a_claim(extract: Extract, text: str) -> None:
    """A mayor or coach reporting what another side intends announces nothing of their own."""
    assert one_quote(extract, text).act == "claim", text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Gewerkschaft bezichtigte den Konzern der Täuschung.", "Konzern"),
        ("Verbraucherschützer beschuldigen den Autokonzern, Abgaswerte manipuliert zu haben.", "Autokonzern"),
        ("Der Betriebsrat hat den Konzern beschuldigt, Zusagen gebrochen zu haben.", "Konzern"),
    ],
)  # fmt: skip
def test_an_accused_company_keeps_its_name(extract: Extract, text: str, target: str) -> None:
    """ "beschuldigte den Konzern": an accusative singular that ends like a dative plural
    ("den Beobachtern") is the accused as written, not "Konzer"."""
    q = one_quote(extract, text)
    assert (q.act, q.target) == ("accusation", target), text


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        ("Während die Gewerkschaft der Geschäftsführung vorwarf, die Belegschaft getäuscht zu haben, schwieg die Stadt.", "Gewerkschaft", "Geschäftsführung"),
        ("Weil die Elternvertretung der Schulleiterin vorhielt, Beschwerden ignoriert zu haben, kam es zum Streit.", "Elternvertretung", "Schulleiterin"),
        ("Nachdem der Verband der Bauern vorgeworfen hatte, Gülle illegal entsorgt zu haben, ermittelte die Polizei.", "Verband", "Bauern"),
    ],
)  # fmt: skip
def test_a_feminine_dative_after_a_verb_final_speaker_is_the_accused(
    extract: Extract, text: str, speaker: str, target: str
) -> None:
    """ "Während die Gewerkschaft der Geschäftsführung vorwarf, …": before a verb-final dative
    cue "der X" is the accused, also when the speaker has its own article."""
    q = next(q for q in extract(text).quotes if q.act == "accusation")
    assert (q.speaker, q.target) == (speaker, target), text
