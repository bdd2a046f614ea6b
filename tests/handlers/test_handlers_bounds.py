"""Numbers beyond what any store can hold are the user's mistake, said as such, never an
internal error (SQLite raised OverflowError for /article 99999999999999999999999)."""

from __future__ import annotations

import pytest

from handlers.corpus import article


@pytest.mark.parametrize(
    "value", ["99999999999999999999999", "9223372036854775808", "-" + "9" * 30]
)
async def test_article_id_out_of_range_is_a_user_error(ask, text_of, value) -> None:
    reply = await ask("article", id=value)
    text = text_of(reply)
    assert reply.kind == "error" and reply.error_ref is None
    assert "Referenz" not in text
    # the message starts with a capital, not with the bare option name ("nr darf ...")
    assert "Die Angabe nr darf höchstens" in text or "Die Angabe nr muss mindestens" in text


async def test_english_wording(ask, text_of) -> None:
    reply = await ask("article", locale="en", id="99999999999999999999999")
    assert "The value for id must be at most" in text_of(reply) and reply.error_ref is None


async def test_the_handler_itself_never_hands_a_huge_id_to_the_store(services, request_for) -> None:
    from handlers.types import UserError

    with pytest.raises(UserError) as info:
        await article(request_for("article", id="99999999999999999999999"), services)
    assert info.value.key == "article.not_found"
