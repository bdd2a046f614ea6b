"""handlers.format.inert: data in a Block reads exactly as written on every renderer and is
never markup."""

from __future__ import annotations

import pytest

from bot.render.markup import unescape
from bot.render.text import plain
from handlers.format import inert

SAMPLES = [
    "[Jetzt einloggen](https://evil.example)",
    "**fett** *kursiv* __unter__ ~~durch~~ ||Spoiler|| `code` ```block```",
    "<@123456789012345678> <#1> <t:0:R> </reload:1> @everyone @room",
    "> Zitat",
    "- Liste",
    "1. Mai 2024",
    "# Überschrift",
    "-# klein",
    "C:\\Pfad\\[x]\\*",
    "Ein ganz normaler Satz, mit Komma (und Klammer) und 3.000 Soldaten.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_data_reads_as_written_and_is_no_markup(text: str) -> None:
    escaped = inert(text)
    assert unescape(escaped) == text  # renderers show exactly the original
    assert plain(f"**Label:** {escaped}") == f"Label: {text}"  # the bot's markup still works
    # No markup character is left unescaped (a backslash always precedes it).
    for i, ch in enumerate(escaped):
        if ch in "*_`~|[]<>#":
            assert escaped[i - 1] == "\\", (text, escaped)


def test_line_breaks_and_control_characters_cannot_shape_the_layout() -> None:
    assert inert("Zeile\n> Zitat\r\n- Liste") == "Zeile \\> Zitat - Liste"
    assert inert("a\x1b]8;;https://evil.example\x07b\x1b]8;;\x07c\x1b[2J\x07\x00\x9b1m") == "abc"
