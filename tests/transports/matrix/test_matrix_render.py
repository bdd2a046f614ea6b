"""Reply -> Matrix HTML + plain body: what people see in Element and in plain-text clients."""

from __future__ import annotations

import json
import re
from datetime import date

from bot.render.matrix_html import ALLOWED_TAGS, render_reply
from handlers.format import inert
from handlers.types import Block, Field, Provenance, Reply


def _tags(text: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", text)}


def test_markup_becomes_allowed_html_and_a_readable_plain_body() -> None:
    reply = Reply(
        title="Wer sagte was: John Kirby",
        blocks=[
            Block(
                "> „Wir sehen **Truppenbewegungen**“\n- erstens *vorsichtig*\n- [Quelle](https://example.org/a?b=1&c=2)",
                heading="23.10.2024",
            ),
            Block("Eins\nZwei\n\nNeuer Absatz mit `code`"),
        ],
        fields=[Field("Zitate", "3")],
        provenance=[Provenance(4, "Soldaten <in> Russland", None, None, "Satz.")],
        footer="Stand: heute",
    )
    [msg] = render_reply(reply, "de")

    assert _tags(msg.formatted_body) <= ALLOWED_TAGS
    assert (
        "<blockquote>„Wir sehen <strong>Truppenbewegungen</strong>“</blockquote>"
        in msg.formatted_body
    )
    assert "<ul><li>erstens <em>vorsichtig</em></li>" in msg.formatted_body
    assert '<a href="https://example.org/a?b=1&amp;c=2">Quelle</a>' in msg.formatted_body
    assert "<p>Eins<br>Zwei</p><p>Neuer Absatz mit <code>code</code></p>" in msg.formatted_body
    assert "Soldaten &lt;in&gt; Russland" in msg.formatted_body  # titles are escaped
    # The plain body reads like text, with no markup characters left over.
    assert "**" not in msg.body and "<" not in msg.body.replace("Soldaten <in>", "")
    assert "> „Wir sehen Truppenbewegungen“" in msg.body
    assert "• Quelle (https://example.org/a?b=1&c=2)" in msg.body
    assert "Zitate: 3" in msg.body
    assert "Medium unbekannt, undatiert" in msg.body  # provenance always shown


def test_unsafe_links_and_html_in_text_are_not_rendered() -> None:
    reply = Reply(
        title="x", blocks=[Block("[klick](javascript:alert(1)) <script>alert(2)</script>")]
    )
    [msg] = render_reply(reply, "en")
    assert "<a " not in msg.formatted_body
    assert "<script>" not in msg.formatted_body
    assert "&lt;script&gt;" in msg.formatted_body


def test_long_answers_split_between_blocks_in_order_and_fit_an_event() -> None:
    blocks = [Block(f"Block {i} " + "ä" * 3000) for i in range(12)]
    reply = Reply(
        title="Lang", blocks=blocks, provenance=[Provenance(1, "T", "O", date(2024, 1, 2))]
    )
    messages = render_reply(reply, "en")

    assert len(messages) > 1
    order = [int(m) for msg in messages for m in re.findall(r"Block (\d+)", msg.body)]
    assert order == list(range(12))  # every block once, in order, none cut
    n = len(messages)
    assert [m.body.split("\n")[0].endswith(f"{i + 1}/{n})") for i, m in enumerate(messages)] == [
        True
    ] * n  # every page says which page of how many it is
    for msg in messages:
        assert len(json.dumps(msg.content()).encode()) < 65_536 * 3 // 4  # room for encryption
    assert "2024-01-02" in messages[-1].body and "2024-01-02" not in messages[0].body


def test_error_replies_are_marked() -> None:
    [msg] = render_reply(Reply(title="Fehler", blocks=[Block("Unbekannt")], kind="error"), "de")
    assert msg.body.startswith("⚠️ Fehler")


def test_a_reply_without_text_renders_no_empty_message() -> None:
    assert render_reply(Reply(title=""), "de") == []


def test_only_the_bots_markup_becomes_html() -> None:
    """The same Markdown once as the bot's layout and once as data through inert(): the first
    becomes HTML, the second stays text, in the HTML and in the plain body."""
    hostile = "[Jetzt einloggen](https://evil.example) **laut** `x` <b>fett</b> > - 1. & @room"
    reply = Reply(
        title=hostile,
        blocks=[
            Block(f"**Zitat:** {inert(hostile)}\n- [Quelle](https://example.org)"),
            Block(inert("> kein Zitat\n- keine Liste"), heading=f"Thema {inert(hostile)}"),
            Block(inert("1. Mai"), heading=None),
        ],
        fields=[Field(hostile, inert(hostile))],
        footer=inert(hostile),
    )
    [msg] = render_reply(reply, "de")
    html_text = msg.formatted_body
    assert '<a href="https://example.org">Quelle</a>' in html_text  # the bot's own link
    assert html_text.count("<a ") == 1 and "evil" not in re.findall(r"<a [^>]*>", html_text)[0]
    assert "<strong>Zitat:</strong>" in html_text
    escaped = "[Jetzt einloggen](https://evil.example) **laut** `x` &lt;b&gt;fett&lt;/b&gt;"
    assert html_text.count(escaped) == 6  # title, text, heading, field name and value, footer
    assert "<blockquote>" not in html_text and "<ol>" not in html_text
    assert "<p>&gt; kein Zitat - keine Liste</p>" in html_text and "<p>1. Mai</p>" in html_text
    assert "\\" not in html_text and "\\" not in msg.body  # the escapes never show
    assert msg.body.count(hostile) == 6  # plain body: exactly as written, everywhere
