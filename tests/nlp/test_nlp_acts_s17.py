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
