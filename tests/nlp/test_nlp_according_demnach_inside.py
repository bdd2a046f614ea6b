"""A back marker inside the sentence ("Die Zahl stieg demnach um zwölf Prozent", "Betroffen
sind demnach rund 2.000 Haushalte"): the whole sentence belongs to the source of the
statement before, as with "Demnach …" at its head (bot.nlp.attribution.sources:
inner_back_reference). "danach" behind the verb is a time, and a marker behind a comma
belongs to a clause of its own. German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.attribution.sources import inner_back_reference, load_markers
from tests.nlp.extract_helpers import Extract


def _quotes(extract: Extract, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker, q.kind, q.cue) for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Die Zahl der Insolvenzen stieg demnach um zwölf Prozent .", "demnach"),
        ("Betroffen sind demzufolge rund 2.000 Haushalte .", "demzufolge"),
        ("Er wurde danach in eine Klinik gebracht .", None),  # a time
        ("Es gab Vorwürfe , die Täter seien demnach bezahlt worden .", None),  # behind a comma
        ("Berichte , wonach der Minister zurücktritt , wies er zurück .", None),
    ],
)
def test_an_unconditional_marker_in_the_first_clause(sentence: str, marker: str | None) -> None:
    found = inner_back_reference(sentence.split(), load_markers())
    assert (found.marker if found else None) == marker


@pytest.mark.parametrize(
    ("text", "source", "needle"),
    [
        (
            "Nach Angaben der Stadtwerke fällt am Montag in mehreren Stadtteilen der Strom "
            "aus. Betroffen sind demnach rund 2.000 Haushalte.",
            "Stadtwerke",
            "2.000 Haushalte",
        ),
        (
            "Laut der Polizei gab es bei dem Unfall drei Verletzte. Der Fahrer war demnach "
            "zu schnell unterwegs.",
            "Polizei",
            "zu schnell",
        ),
        (
            "Das Wirtschaftsministerium hat am Dienstag neue Zahlen veröffentlicht. Die Zahl "
            "der Insolvenzen stieg demzufolge um zwölf Prozent.",
            "Wirtschaftsministerium",
            "Insolvenzen",
        ),
        (
            "Wie die Zeitung „Morgenpost“ unter Berufung auf Senatskreise berichtete, soll "
            "das Stadion verkauft werden. Ein Sprecher wollte das nicht kommentieren. Auch "
            "Gespräche mit einem Investor wurden demnach bereits geführt.",
            "Morgenpost",
            "Investor",
        ),
    ],
)
def test_the_sentence_is_the_previous_source(
    extract: Extract, text: str, source: str, needle: str
) -> None:
    found = [q for q in extract(text).quotes if needle in q.text]
    assert len(found) == 1, text
    assert source in (found[0].speaker or "")
    assert found[0].kind == "according_to"
    assert "Betroffen" in found[0].text or found[0].text.startswith(("Der", "Die", "Auch"))


def test_no_marker_inside_without_a_source_before(extract: Extract) -> None:
    text = "Die Brücke ist seit Montag gesperrt. Der Verkehr wird demnach umgeleitet."
    assert _quotes(extract, text) == []


def test_danach_behind_the_verb_is_a_time(extract: Extract) -> None:
    text = (
        "Nach Angaben der Polizei stürzte der Mann vom Gerüst. Er wurde danach in eine "
        "Klinik gebracht."
    )
    assert _quotes(extract, text) == [("Polizei", "according_to", "Nach Angaben")]
