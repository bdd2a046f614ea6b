"""According-to with a report that names its author in the genitive: adjectives in the
genitive ("des österreichischen Standards") and compound reports after "nach" ("nach einem
Fernsehbericht des Senders X"), while an event after "nach" stays "after". German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_an_adjective_in_the_genitive_author(extract: Extract) -> None:
    q = one_quote(
        extract, "Laut einem Bericht des österreichischen Standards ist das Ziel erreicht."
    )
    assert (q.speaker, q.text) == ("österreichischer Standard", "ist das Ziel erreicht")


def test_a_compound_report_after_nach_names_its_author(extract: Extract) -> None:
    text = (
        "Nach einem Fernsehbericht des arabischen Senders Al-Dschasira ist der Machthaber beerdigt."
    )
    q = one_quote(extract, text)
    assert q.speaker is not None and q.speaker.endswith("Al-Dschasira")
    assert q.text == "ist der Machthaber beerdigt"


def test_an_event_after_nach_is_no_source(extract: Extract) -> None:
    for text in (
        "Zwei Monate nach dem Kabinettsbeschluss der Regierung liegt nun die Begründung vor.",
        "Nach dem Gerichtsurteil des Landgerichts gingen die Anwälte in Berufung.",
    ):
        assert [q.speaker for q in extract(text).quotes if q.kind == "according_to"] == [], text


def test_a_result_or_conclusion_names_its_author(extract: Extract) -> None:
    cases = {
        "Die Anfragen sind zu lästig, so das Fazit der Betreiber des Portals.": "Betreiber des Portals",
        "Viele Heilmethoden sind unwirksam, so das Ergebnis einer Studie der Stiftung Warentest.": (
            "Stiftung Warentest"
        ),
        "Laut dem Ergebnis einer Umfrage des Instituts Forsa ist die Mehrheit dagegen.": "Institut Forsa",
    }
    for text, source in cases.items():
        assert [q.speaker for q in extract(text).quotes] == [source], text
