"""The text-command parser used by the console and Matrix."""

from __future__ import annotations

import pytest

from handlers.textcommand import parse_command_line
from handlers.types import UserError


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '/who_said "Lloyd Austin" about:Eskalation',
            ("who_said", {"speaker": "Lloyd Austin", "about": "Eskalation"}),
        ),
        ("/search nord koreanische soldaten", ("search", {"text": "nord koreanische soldaten"})),
        ("!lagebild wer_sagte Kirby", ("who_said", {"speaker": "Kirby"})),
        (
            "/wer-sagte person=Kirby thema=Wladiwostok",
            ("who_said", {"speaker": "Kirby", "about": "Wladiwostok"}),
        ),
        ("/figures Soldaten chart", ("figures", {"subject": "Soldaten", "chart": "true"})),
        (
            "/zahlen thema:„nordkoreanische Soldaten“ grafik:nein",
            ("figures", {"subject": "nordkoreanische Soldaten", "chart": "false"}),
        ),
        (
            "/subscribe 07:30 Europe/Berlin",
            ("subscribe", {"time": "07:30", "timezone": "Europe/Berlin"}),
        ),
        ("/search geht's los", ("search", {"text": "geht's los"})),
        ('/search "', ("search", {"text": '"'})),
        ("/search Kim*OR(", ("search", {"text": "Kim*OR("})),
        ("/article 3", ("article", {"id": "3"})),
        ("", ("help", {})),
        ("/HELP", ("help", {})),
        ("/frobnicate now", ("frobnicate", {})),
    ],
)
def test_parse(line, expected) -> None:
    assert parse_command_line(line, prefix="!lagebild") == expected


def test_options_and_extra_words_errors() -> None:
    with pytest.raises(UserError) as extra:
        parse_command_line("/article 3 4")
    assert extra.value.key == "error.too_many_words"
    with pytest.raises(UserError):
        parse_command_line("/speakers everyone")
    with pytest.raises(UserError) as twice:
        parse_command_line("/who_said speaker:a speaker:b")
    assert twice.value.key == "error.duplicate_option"
