"""Multi-word proper names whose head is no organisation word ("die Vereinten Nationen",
"das Rote Kreuz", "das Weiße Haus") are one speaker: the chunker read "der Vereinten" as a
nominalised adjective ("der Grünen") and cut the speaker to "Vereinten", the rest of the name
landing in the statement ("Nationen sind 300 Menschen gestorben")."""

from __future__ import annotations

import pytest

from bot.nlp.speakers import parse_np
from bot.nlp.speakers.phrase import named_head
from tests.nlp.extract_helpers import Extract, one_quote


def test_named_heads_with_genitive_endings() -> None:
    assert named_head("Nationen") and named_head("Kreuzes") and named_head("Hauses")
    assert named_head("Strafgerichtshofs")  # a compound ending in a named head
    assert not named_head("Pläne") and not named_head("Merkel")


def test_adjective_and_named_head_make_one_organisation() -> None:
    words = ["nach", "Angaben", "der", "Vereinten", "Nationen", "sind", "viele", "tot"]
    np = parse_np(words, 2, len(words))
    assert np is not None and np.name == "Vereinten Nationen" and np.org


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben der Vereinten Nationen sind 300 Menschen gestorben.", "Vereinte Nationen"),
        ("Laut den Vereinten Nationen sind 300 Menschen gestorben.", "Vereinte Nationen"),
        ("Nach Angaben des Roten Kreuzes fehlen Medikamente.", "Rotes Kreuz"),
        ("Das Weiße Haus erklärte, der Präsident werde nicht reisen.", "Weißes Haus"),
        ("Die Vereinten Nationen warnten, die Lage werde schlechter.", "Vereinte Nationen"),
    ],
)
def test_named_institution_speaks_whole(extract: Extract, text: str, speaker: str) -> None:
    q = one_quote(extract, text)
    assert q.speaker == speaker
    assert not q.text.startswith(("Nationen", "Kreuzes", "Haus"))
