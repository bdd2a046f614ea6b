"""Answers link to the original article when it has a URL (front matter `url:` or a feed), and
only the bot's own http(s) link becomes one: a stored `javascript:` or odd URL never does."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config
from bot.ingest import Ingestor
from bot.render.matrix_html import render_reply
from bot.render.text import render_text
from bot.store import Store
from bot.transports.discord.embeds import provenance_lines
from handlers.dispatch import dispatch
from handlers.registry import build_handlers
from handlers.types import ChannelRef, Provenance, Reply, Request, Services, UserRef

ARTICLE = """---
title: Deichbau in Talheim beginnt
date: 2026-11-27
outlet: Taler Tageblatt
url: {url}
---
Der Bau der neuen Deiche beginnt im Frühjahr. „Wir haben aus dem Hochwasser gelernt“, sagte
Bürgermeisterin Anna Berger am Freitag.
"""


async def _who_said(tmp_path: Path, url: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "deich.txt").write_text(ARTICLE.format(url=url), encoding="utf-8")
    store = await Store.open(tmp_path / "s.db")
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        req = Request(
            "who_said", {"speaker": "Anna Berger"}, UserRef("u", "u"), ChannelRef("console", "c")
        )
        return await dispatch(req, Services(config=Config(), store=store), build_handlers())
    finally:
        await ingestor.close()
        await store.close()


async def test_an_answer_links_to_the_url_given_in_front_matter(tmp_path):
    url = "https://www.taler-tageblatt.example/lokal/deichbau.html?seite=2&x=1"
    reply = await _who_said(tmp_path, url)

    assert [p.url for p in reply.provenance] == [url]
    assert url in render_text(reply, "de")
    html = "".join(m.formatted_body for m in render_reply(reply, "de"))
    assert (
        '<a href="https://www.taler-tageblatt.example/lokal/deichbau.html?seite=2&amp;x=1">' in html
    )
    assert f"]({url})" in "\n".join(provenance_lines(reply.provenance, "de"))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.example/a"])
async def test_a_url_that_is_not_http_never_becomes_a_link(tmp_path, url):
    reply = await _who_said(tmp_path, url)

    assert reply.provenance and reply.provenance[0].url is None
    assert url not in render_text(reply, "de")
    assert "<a " not in "".join(m.formatted_body for m in render_reply(reply, "de"))


def test_renderers_escape_the_url_and_refuse_smuggled_markup():
    odd = 'https://x.example/a"><script>alert(1)</script>'
    spaced = "https://x.example/a b onclick=alert(1)"
    items = [
        Provenance(1, "Titel [mit] Klammern", "Medium", None, url=odd),
        Provenance(2, "Zwei", None, None, url=spaced),
    ]
    html = "".join(m.formatted_body for m in render_reply(Reply("T", provenance=items), "de"))
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html
    assert html.count("<a ") == 1  # the URL with a space is shown as nothing
    discord = "\n".join(provenance_lines(items, "de"))
    assert "](https://x.example/a%22%3E%3Cscript%3Ealert%281%29%3C/script%3E)" in discord
    assert "<script>" not in discord
    assert "onclick" not in discord


async def test_every_digest_item_links_to_its_original(tmp_path):
    """Not only the sources list: the article line and each quote line of a digest lead to the
    article, on Matrix as an <a>, on the console as the URL after the title."""
    url = "https://www.taler-tageblatt.example/lokal/deichbau.html"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "deich.txt").write_text(ARTICLE.format(url=url), encoding="utf-8")
    store = await Store.open(tmp_path / "s.db")
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        await ingestor.run()
        req = Request("digest", {}, UserRef("u", "u"), ChannelRef("console", "c"))
        reply = await dispatch(req, Services(config=Config(), store=store), build_handlers())
    finally:
        await ingestor.close()
        await store.close()

    body = "\n".join(b.text for b in reply.blocks)
    item_lines = [line for line in body.splitlines() if "Deichbau in Talheim" in line]
    assert len(item_lines) >= 2  # the article line and the quote line
    assert all(f"]({url})" in line for line in item_lines)
    html = "".join(m.formatted_body for m in render_reply(reply, "de"))
    assert html.count(f'<a href="{url}">') >= 3  # article line, quote line, sources list
    assert f"Deichbau in Talheim beginnt ({url})" in render_text(reply, "de")


def test_a_title_with_brackets_is_shown_as_written_not_as_a_link_label():
    from handlers.format import linked_title

    url = "https://www.taler-tageblatt.example/a.html"
    assert linked_title("Deichbau", url) == f"[*Deichbau*]({url})"
    hostile = "Eilmeldung [Jetzt einloggen](https://evil.example/login)"
    shown = linked_title(hostile, url)
    assert url not in shown and "\\[Jetzt einloggen\\]" in shown
