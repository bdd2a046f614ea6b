"""'Initiator'/'Initiatorin' is a role noun: "Initiatorin Svenja Mohr will die Petition
übergeben" is Svenja Mohr, initiator of the petition; the role was read as part of her name
("Initiatorin Svenja Mohr"), so her later quotes did not group under her name."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Initiatorin Svenja Mohr sagte, das Bad gehöre zum Stadtteil.",
            "Svenja Mohr",
            "Initiatorin",
        ),
        (
            "Das Bad gehöre zum Stadtteil, sagte die Initiatorin der Petition, Svenja Mohr.",
            "Svenja Mohr",
            "Initiatorin der Petition",
        ),
        (
            "Der Initiator des Volksbegehrens, Tom Brenner, hatte erklärt, man werde klagen.",
            "Tom Brenner",
            "Initiator des Volksbegehrens",
        ),
    ],
)
def test_initiator_is_a_role(extract: Extract, text: str, speaker: str, role: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.speaker_role) == (speaker, role)
