"""Plain-text rendering of a Reply for the console (and `lagebild ask` / `digest`).

A terminal shows everything, so nothing is paginated away: blocks are printed in order, the
Markdown subset is turned into readable plain text, and the provenance list names every article.
A terminal also obeys control sequences, so none from an article or a user gets through
(`terminal_safe`): an OSC 8 hyperlink, a cleared screen or a retitled window would be the
article's doing, not the bot's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bot.render.links import link_target
from bot.render.markup import protect, restore
from handlers.format import provenance_line, strip_controls
from handlers.i18n import t
from handlers.types import Reply

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_ITALIC = re.compile(r"(?<![\\*\w])\*(?!\s)(.+?)(?<![\s\\])\*(?!\*)")
_CODE = re.compile(r"`([^`]*)`")
_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")


def terminal_safe(text: str) -> str:
    """Text with every terminal control sequence and control character removed (newline and
    tab kept; CRLF becomes a newline)."""
    return strip_controls(text.replace("\r\n", "\n"))


def plain(text: str) -> str:
    """Markdown subset -> plain text: markers dropped, links as "text (url)", quotes kept,
    escaped data (handlers.format.inert) shown as written."""
    text = protect(text)
    text = _LINK.sub(r"\1 (\2)", text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    return restore(text)


def render_text(reply: Reply, locale: str = "de", saved: Mapping[str, Path] | None = None) -> str:
    """The whole reply as text. `saved` maps attachment file names to where the console wrote
    them; without it attachments are only named."""
    out: list[str] = []
    title = reply.title  # plain text already (only Blocks, field values, footers hold markup)
    # The title says it is an error; a line of "!" under it only shouted.
    out.append(title)
    out.append("=" * min(len(title), 78))
    for block in reply.blocks:
        if block.heading:
            heading = plain(block.heading)
            out.append("")
            out.append(heading)
            out.append("-" * min(len(heading), 78))
        elif not block.continues:
            out.append("")
        out.append(plain(block.text))
    if reply.fields:
        out.append("")
        width = max(len(f.name) for f in reply.fields)
        for f in reply.fields:
            value = plain(f.value).replace("\n", "\n" + " " * (width + 2))
            out.append(f"{f.name.ljust(width)}  {value}")
    for a in reply.attachments:
        out.append("")
        path = saved.get(a.filename) if saved else None
        if path is not None:
            out.append(t(locale, "common.attachment", name=a.filename, path=str(path)))
        else:
            out.append(
                t(
                    locale,
                    "common.attachment_unsaved",
                    name=a.filename,
                    size=max(1, len(a.data) // 1024),
                )
            )
    if reply.provenance:
        out.append("")
        out.append(t(locale, "common.sources_heading") + ":")
        # Numbered by article, as /sources and /article number them (not 1, 2, 3 per reply).
        for p in reply.provenance:
            out.append(
                f"  #{p.article_id} " + provenance_line(p.title, p.outlet, p.published, locale)
            )
            url = link_target(p.url)
            if url:
                out.append(f"      {url}")
    if reply.footer:
        out.append("")
        out.append(plain(reply.footer))
    return terminal_safe("\n".join(out).rstrip() + "\n")
