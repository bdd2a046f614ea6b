"""A plan is no statement: "Die Stadt will die Brücke sanieren" tells what the city intends,
not what anyone said. An indicative "wollen" makes a quote only with a sign of speech: a
speech act infinitive, a "dass" clause, quoted words, "will wissen", or an according-to
marker, which then gives the announcement. German sentences written for these tests
(bot.nlp.quotes.plans)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor
from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt will die Brücke im nächsten Jahr sanieren.",
        "Die Reederei wollte im Frühjahr zwei neue Fähren in Dienst stellen.",
        "Bis 2030 wollen die Stadtwerke alle Busse auf Strom umstellen.",
        "Die Klinik will verhindern, dass weitere Stellen wegfallen.",
        "Bundesverkehrsministerin Eva Lorenz (SPD) will den Preis des Tickets stabil halten.",
    ],
)
def test_a_plan_without_a_sign_of_speech_is_no_quote(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Der Verband will, dass die Regierung die Förderung verlängert.", "Verband", "Förderung"),
        ("Die Zeitung will erfahren haben, dass der Trainer gehen muss.", "Zeitung", "Trainer"),
        ("Die Gewerkschaft will „notfalls bis zum Äußersten gehen“.", "Gewerkschaft", "Äußersten"),
        ("Die Opposition will im Ausschuss fragen, ob die Ministerin davon wusste.", "Opposition", "Ministerin"),
        ("Der Minister sagte, er wolle die Steuern senken.", "Minister", "Steuern"),
    ],
)  # fmt: skip
def test_a_wish_that_is_said_stays_a_quote(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    found = [(q.speaker, said in q.text) for q in extract(text).quotes]
    assert found == [(speaker, True)]


def test_a_plan_with_an_according_to_marker_is_announced_by_its_source(
    extract: Extract,
) -> None:
    """The marker names the source; the plan's modal still gives the act."""
    text = "Die Stadt will laut Bürgermeister Jan Roth die Kita am Marktplatz nicht schließen."
    found = [(q.speaker, q.kind, q.act) for q in extract(text).quotes]
    assert found == [("Jan Roth", "according_to", "announcement")]


def test_a_plan_is_kept_on_the_doc_apart_from_the_quotes(extractor: Extractor) -> None:
    """The quotes stage hands a plan on as a plan (doc._.plans), with its resolved subject,
    for the figures; doc._.quotes stays without it."""
    doc = extractor.nlp("Innenminister Peter Kraus will die Brücke im Mai sperren lassen.")
    assert doc._.quotes == []
    assert [(p.speaker, p.text) for p in doc._.plans] == [
        ("Peter Kraus", "die Brücke im Mai sperren lassen")
    ]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Die Bahn will bis 2030 rund 12 Milliarden Euro in das Netz investieren.", "12", "Bahn"),
        # the plan's subject, not the person named before it
        ("Peter Kraus traf Anna Berg. Der Konzern will nach seinen Angaben 300 Stellen streichen.", "300", "Konzern"),
    ],
)  # fmt: skip
def test_a_plans_subject_is_the_source_of_its_figures(
    extract: Extract, text: str, number: str, source: str
) -> None:
    figure = next(f for f in extract(text).figures if number in f.text)
    assert figure.source == source
    assert figure.subject is None or source not in figure.subject  # the owner is no topic
