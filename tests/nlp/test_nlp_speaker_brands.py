"""A lower-case broadcaster written with a hyphen ("n-tv") is part of the speaker phrase, so
the speech verb after it finds its subject. German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.speakers import is_cap
from tests.nlp.extract_helpers import Extract, one_quote


def test_a_hyphenated_lower_case_brand_joins_the_name_run() -> None:
    assert is_cap("n-tv")
    assert not is_cap("e-mail-adresse")
    assert not is_cap("und-oder")


def test_a_reporter_of_a_lower_case_broadcaster_speaks(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Ein Reporter des Senders n-tv berichtete, dass die Lage in den Vororten ruhig sei.",
    )
    assert (q.speaker, q.speaker_role) == ("anonymous", "Reporter des Senders n-tv")
