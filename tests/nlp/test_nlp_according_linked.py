"""According-to sources named by grammar: the phrase after "Angaben der/von/aus" is the
source even when its head is a common noun that would be no plausible subject of a speech
verb ("der Polizeidirektion", "der Zentralbank", "aus Khartum"). German sentences written
for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def attributions(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def test_genitive_authority_after_angaben_is_the_source(extract: Extract) -> None:
    text = "Nach Angaben der Polizeidirektion Bonn ist der Fahrer gestern gestorben."
    assert attributions(extract, text) == [
        ("Polizeidirektion Bonn", "ist der Fahrer gestern gestorben")
    ]


def test_source_in_the_middle_of_the_sentence(extract: Extract) -> None:
    text = "Die Brandursache ist nach Angaben der Bundespolizeidirektion Wien unklar."
    [(speaker, said)] = attributions(extract, text)
    assert speaker == "Bundespolizeidirektion Wien"
    assert said == "Die Brandursache ist unklar"


def test_place_after_aus_names_the_government_there(extract: Extract) -> None:
    text = "Nach Angaben aus Khartum wurden bei dem Angriff 22 Soldaten getötet."
    assert [s for s, _ in attributions(extract, text)] == ["Khartum"]


def test_possessive_is_not_part_of_the_source(extract: Extract) -> None:
    text = "Der Sänger ist krank. Nach Angaben seines Anwalts hat er die Tournee abgesagt."
    assert [s for s, _ in attributions(extract, text)] == ["Anwalt"]


def test_a_time_phrase_after_angaben_is_nobody(extract: Extract) -> None:
    text = "Nach Angaben der vergangenen Woche stieg der Preis für Brot um zwei Prozent."
    assert [s for s, _ in attributions(extract, text) if s and "Woche" in s] == []


def test_a_place_after_an_unnamed_report_keeps_it_unnamed(extract: Extract) -> None:
    text = (
        "Die Polizisten schossen nach offiziellen Angaben in die Luft, um die Menge zu zerstreuen."
    )
    qs = list(extract(text).quotes)
    assert [(q.speaker, q.speaker_role) for q in qs] == [("anonymous", "offiziellen Angaben")]
    assert qs[0].text.startswith("Die Polizisten schossen in die Luft")


def test_more_report_nouns_name_their_source(extract: Extract) -> None:
    cases = {
        "Beim Eintritt würde nach Auskunft der NASA der größte Teil verglühen.": "NASA",
        "Nach Darstellungen des Verlages bietet das Buch eine neue Sicht.": "Verlag",
        "Nach Schilderung von Augenzeugen fuhr der Wagen viel zu schnell.": "Augenzeugen",
    }
    for text, source in cases.items():
        assert [s for s, _ in attributions(extract, text)] == [source], text


def test_a_state_of_knowledge_is_an_unnamed_source(extract: Extract) -> None:
    cases = {
        "Nach jetzigem Ermittlungsstand ist der Junge in der Schule gemobbt worden.": "Ermittlungsstand",
        "Nach bisherigem Erkenntnisstand war ein Kurzschluss die Ursache des Brandes.": "Erkenntnisstand",
        "Nach erster Einschätzung handelt es sich um einen einmaligen Fall.": "Einschätzung",
    }
    for text, head in cases.items():
        qs = list(extract(text).quotes)
        assert [q.speaker for q in qs] == ["anonymous"], text
        assert qs[0].speaker_role is not None and qs[0].speaker_role.endswith(head), text


def test_a_time_after_the_report_noun_is_no_author(extract: Extract) -> None:
    for text in (
        "Nach Informationen vom späten Abend wurden 31 Menschen verletzt.",
        "Nach Angaben vom Montag wurden 31 Menschen verletzt.",
    ):
        qs = list(extract(text).quotes)
        assert [(q.speaker, q.text) for q in qs] == [
            ("anonymous", "wurden 31 Menschen verletzt")
        ], text
