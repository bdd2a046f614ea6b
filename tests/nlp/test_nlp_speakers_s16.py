"""Who the speaker is (issue 11, session 16). German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die neue Verordnung des Landes schreibt vor, dass Hausbesitzer ihre Dächer prüfen.",
            "neue Verordnung des Landes",
        ),
        (
            "Die italienische Regierung erklärte, sie werde gegen das Urteil klagen.",
            "italienische Regierung",
        ),
        ("Wie die zuständige Behörde mitteilte, bleibt die Brücke gesperrt.", "zuständige Behörde"),
        # written capitalised: kept so (the adjective takes the ending it has without article)
        ("Der Oberste Gerichtshof entschied, dass die Wahl gültig ist.", "Oberster Gerichtshof"),
        ("Russische Medien berichteten, der Konvoi sei umgekehrt.", "Russische Medien"),
        ("Der dpa-Korrespondent berichtete, die Stadt sei ruhig.", "dpa-Korrespondent"),
    ],
)
def test_a_described_speaker_keeps_its_words_as_written(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Die neue Verordnung des Landes schreibt vor, …" gave the speaker "Neue Verordnung
    des Landes": the first word of a description was re-capitalised, so an adjective read
    like part of a name. A speaker phrase keeps its words as written, the article dropped."""
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Bürgermeisterin Anna Roth bat um Geduld: Laut Stadtwerken dauert die Reparatur "
            "bis Freitag.",
            "Stadtwerk",
            "dauert die Reparatur bis Freitag",
        ),
        (
            "Die Lage am Hafen bleibt angespannt: Nach Angaben der Feuerwehr brennen noch drei "
            "Lagerhallen.",
            "Feuerwehr",
            "brennen noch drei Lagerhallen",
        ),
        (
            "Der Zug fährt wieder: Der Bahn zufolge ist die Strecke seit dem Morgen frei.",
            "Bahn",
            "ist die Strecke seit dem Morgen frei",
        ),
    ],
)
def test_a_marker_after_a_colon_starts_its_own_attribution(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    """ "Roth bat um Geduld: Laut Stadtwerken dauert die Reparatur bis Freitag" gave the
    Stadtwerke the whole sentence, Roth's request included: a marker that opens the part
    after a colon has its own source and covers only that part."""
    quotes = [q for q in extract(text).quotes if speaker in (q.speaker or "")]
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben der Feuerwehr brennen noch drei Lagerhallen am Hafen.",
        "Die Reparatur dauert laut Stadtwerken bis Freitag.",
    ],
)
def test_a_marker_without_a_colon_covers_its_whole_clause(extract: Extract, text: str) -> None:
    quote = one_quote(extract, text)
    assert quote.kind == "according_to"
    assert len(quote.text.split()) >= 5
