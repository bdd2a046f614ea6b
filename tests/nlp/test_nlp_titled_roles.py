"""An office whose title opens with a capitalised adjective ("der Regierende Bürgermeister",
"der Vorsitzende Richter", "der Leitende Oberstaatsanwalt") names the person after it: the
name is the speaker and the title its role (issue 11). German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Der Vorsitzende Richter Thomas Engel kündigte an, das Urteil am Freitag zu verkünden.",
            "Thomas Engel",
            "Vorsitzende Richter",
        ),
        (
            "„Wir prüfen jeden Hinweis“, sagte der Vorsitzende Richter Thomas Engel.",
            "Thomas Engel",
            "Vorsitzende Richter",
        ),
        (
            "Der Regierende Bürgermeister Kai Wegner sagte, Berlin werde helfen.",
            "Kai Wegner",
            "Regierende Bürgermeister",
        ),
        (
            "Der Leitende Oberstaatsanwalt Klaus Berger sagte, die Ermittlungen dauerten an.",
            "Klaus Berger",
            "Leitende Oberstaatsanwalt",
        ),
        (
            "Die Stellvertretende Vorsitzende Maria Klein sagte, man werde klagen.",
            "Maria Klein",
            "Stellvertretende Vorsitzende",
        ),
    ],
)
def test_the_name_after_a_titled_office_speaks(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Deutsche Wetterdienst teilte mit, es werde regnen.", "Deutscher Wetterdienst"),
        ("Das Rote Kreuz sagte, die Lage sei ernst.", "Rotes Kreuz"),
    ],
)
def test_a_named_institution_still_ends_at_its_head(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]
