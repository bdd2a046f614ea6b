"""Properties every reply has: provenance for content answers, blocks a transport can show,
and catalogue text in both languages."""

from __future__ import annotations

import pytest

from handlers.format import BLOCK_LIMIT
from handlers.i18n import catalogue

CONTENT = [
    ("who_said", {"speaker": "Kirby"}),
    ("who_said", {"about": "Wladiwostok"}),
    ("speakers", {}),
    ("figures", {}),
    ("figures", {"subject": "Soldaten"}),
    ("search", {"text": "Soldaten"}),
    ("sources", {}),
    ("article", {"id": "1"}),
]


@pytest.mark.parametrize("locale", ["de", "en"])
@pytest.mark.parametrize(("command", "args"), CONTENT)
async def test_content_replies_name_their_articles_and_fit(ask, command, args, locale) -> None:
    reply = await ask(command, locale=locale, **args)
    assert reply.kind == "ok", reply
    assert reply.provenance, f"{command} names no article"
    for p in reply.provenance:
        assert p.title
    for block in reply.blocks:
        assert len(block.text) <= BLOCK_LIMIT + 200, (command, len(block.text))
    # no catalogue key leaked instead of text
    for block in reply.blocks:
        assert not any(
            part.startswith(("who_said.", "figures.", "search.", "common."))
            for part in block.text.split()
        )


def test_catalogues_have_the_same_keys() -> None:
    assert set(catalogue("de")) == set(catalogue("en"))
