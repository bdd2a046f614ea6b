"""A name typed with a typo finds its speaker; another name that merely looks alike does not
silently become that speaker (`/who_said Niemand` showed, and `/watch Niemand` watched, the
witness Holger Wienand): it is offered as "did you mean"."""

from __future__ import annotations

import pytest

from handlers.speakers_lookup import match_speakers, resolve_speaker
from handlers.types import UserError

NAMES = [(1, "Holger Wienand"), (2, "Petra Kühnel"), (3, "Markus Feldhaus"), (4, "Ilona Brandt")]


def _found(query: str) -> list[str]:
    return [m.matched_name for m in match_speakers(query, NAMES)]


@pytest.mark.parametrize(
    ("query", "speaker"),
    [
        ("Wienadn", "Holger Wienand"),  # two letters swapped
        ("Wiemant", "Holger Wienand"),  # two letters wrong, the first one right
        ("Feldhaas", "Markus Feldhaus"),
        ("Kuehnell", "Petra Kühnel"),
        ("Brant", "Ilona Brandt"),
    ],
)
def test_a_typo_still_finds_the_speaker(query: str, speaker: str) -> None:
    assert _found(query) == [speaker]


@pytest.mark.parametrize("query", ["Niemand", "Zeldhaux", "Pühnels"])
def test_another_name_that_looks_alike_is_only_suggested(query: str) -> None:
    assert _found(query) == []
    with pytest.raises(UserError) as info:
        resolve_speaker(query, NAMES)
    assert info.value.key == "who_said.unknown_speaker"
    assert info.value.params["suggestion"] == "who_said.did_you_mean"
