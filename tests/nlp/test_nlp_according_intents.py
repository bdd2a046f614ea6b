"""According-to markers of a plan or proposal ("Nach dem Vorschlag der Kommission soll …",
"Nach Merkels Plan …"): the holder is the source; a plan nobody holds, or "nach" in time,
gives no quote. German sentences written for these tests (bot.nlp.quotes.marker_nach)."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def quotes_with(extract: Extract, text: str, needle: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes if needle in q.text]


def test_a_proposal_with_a_genitive_holder_is_an_according_to_source(extract: Extract) -> None:
    text = "Nach dem Vorschlag der Kommission soll die Mehrwertsteuer sinken."
    assert [s for s, _ in quotes_with(extract, text, "Mehrwertsteuer")] == ["Kommission"]


def test_a_genitive_name_before_the_plan_is_its_holder(extract: Extract) -> None:
    text = "Nach Schäubles Idee soll künftig die Mehrheit der abgegebenen Stimmen entscheiden."
    assert [s for s, _ in quotes_with(extract, text, "Mehrheit")] == ["Schäuble"]


def test_a_plan_without_a_holder_names_no_source(extract: Extract) -> None:
    assert quotes_with(extract, "Nach dem Plan soll die Brücke neu gebaut werden.", "Brücke") == []


def test_nach_before_a_plan_and_an_event_verb_is_temporal(extract: Extract) -> None:
    text = "Nach dem Vorschlag der Kommission kam es in Brüssel zu Protesten."
    assert quotes_with(extract, text, "Protesten") == []


def test_the_date_of_a_plan_belongs_to_the_marker_not_to_holder_or_statement(
    extract: Extract,
) -> None:
    text = "Nach einem Plan der Europäischen Union vom Sommer 2011 müssen alle Staaten handeln."
    found = quotes_with(extract, text, "Staaten")
    assert [s for s, _ in found] == ["Europäische Union"]
    assert found[0][1].startswith("müssen alle Staaten")


def test_a_plan_marker_needs_a_sentence_about_what_should_happen(extract: Extract) -> None:
    """Without a modal or "werden" the sentence tells what happened after the proposal: the
    Commission did not say that parliament voted, nor Merkel that the opposition was angry."""
    text = "Nach dem Vorschlag der Kommission stimmte das Parlament ab."
    assert quotes_with(extract, text, "Parlament") == []
    text = "Nach Merkels Vorschlag reagierte die Opposition empört."
    assert quotes_with(extract, text, "Opposition") == []
    text = "Nach dem Willen der Regierung stimmte das Parlament ab."
    assert quotes_with(extract, text, "Parlament") == []
