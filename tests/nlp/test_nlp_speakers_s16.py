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
