"""Render a Reply as Matrix messages: an HTML `formatted_body` plus a readable plain `body`.

Matrix clients render only a small, sanitised HTML subset, and clients without HTML show the
`body`; so the HTML uses only tags every major client keeps (see ALLOWED_TAGS) and the plain
body is written for people, not as a Markdown dump. A long answer becomes several messages,
split between blocks (never inside one unless a single block is too large), so each message
stays well below the homeserver's 64 KiB event limit even after encryption.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date

from bot.render.links import link_target
from bot.render.markup import protect, restore, restore_html
from bot.render.paging import paginate_blocks
from handlers.format import strip_controls
from handlers.i18n import t
from handlers.types import Block, Field, Provenance, Reply

# Tags the renderer emits; all are on the Matrix spec's list of tags clients should render.
ALLOWED_TAGS = frozenset(
    {
        "b",
        "i",
        "strong",
        "em",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "br",
        "p",
        "h3",
        "h4",
    }
)

# Characters of reply text per message. The event limit is 65536 bytes for the whole event;
# body + formatted_body roughly double the text, JSON escapes non-ASCII (\uXXXX), and Megolm
# encryption adds a third (base64). 12k characters leave room for all of that.
DEFAULT_MAX_CHARS = 12_000
# Bytes of JSON content we allow before splitting a page again (encrypted: ×4/3 on top).
MAX_CONTENT_BYTES = 40_000

_SAFE_URL = re.compile(r"^(https?://|mailto:|matrix:)", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_ORDERED = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_BULLET = re.compile(r"^[-•*]\s+(.*)$")


@dataclass(frozen=True, slots=True)
class MatrixMessage:
    """One m.room.message worth of text; the transport adds msgtype and relations."""

    body: str
    formatted_body: str

    def content(self, msgtype: str = "m.notice") -> dict[str, object]:
        return {
            "msgtype": msgtype,
            "body": self.body,
            "format": "org.matrix.custom.html",
            "formatted_body": self.formatted_body,
        }


# -- inline markup --------------------------------------------------------------------------


def _inline_html(text: str) -> str:
    """Markdown-subset inline markup -> HTML; everything else is escaped."""
    out: list[str] = []
    pos = 0
    # Code spans and links first, so their contents are not read as emphasis.
    for m in re.finditer(f"{_CODE.pattern}|{_LINK.pattern}", text):
        out.append(_emphasis_html(text[pos : m.start()]))
        if m.group(1) is not None:
            out.append(f"<code>{html.escape(m.group(1), quote=False)}</code>")
        else:
            label, url = m.group(2), m.group(3)
            if _SAFE_URL.match(url):
                out.append(f'<a href="{html.escape(url, quote=True)}">{_emphasis_html(label)}</a>')
            else:
                out.append(_emphasis_html(m.group(0)))
        pos = m.end()
    out.append(_emphasis_html(text[pos:]))
    return "".join(out)


def _emphasis_html(text: str) -> str:
    s = html.escape(text, quote=False)
    s = _BOLD.sub(r"<strong>\1</strong>", s)
    return _ITALIC.sub(r"<em>\1</em>", s)


def _inline_plain(text: str) -> str:
    """Markdown-subset inline markup -> plain text a person reads comfortably."""

    def link(m: re.Match[str]) -> str:
        label, url = m.group(1), m.group(2)
        return label if label == url else f"{label} ({url})"

    s = _LINK.sub(link, text)
    s = _BOLD.sub(r"\1", s)
    return _ITALIC.sub(r"\1", s)


# -- block structure ------------------------------------------------------------------------


def _block_html(text: str) -> str:
    """Lines -> paragraphs, quotes, lists and code; groups of the same kind are merged."""
    parts: list[str] = []
    kind: str | None = None
    items: list[str] = []

    def flush() -> None:
        nonlocal kind, items
        if not items:
            kind = None
            return
        if kind == "quote":
            parts.append(f"<blockquote>{'<br>'.join(items)}</blockquote>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        elif kind == "ol":
            parts.append("<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>")
        elif kind == "pre":
            parts.append(f"<pre><code>{html.escape(chr(10).join(items), quote=False)}</code></pre>")
        else:
            parts.append(f"<p>{'<br>'.join(items)}</p>")
        kind, items = None, []

    for line in text.split("\n"):
        stripped = line.strip()
        if kind == "pre":
            if stripped.startswith("```"):
                flush()
            else:
                items.append(line)
            continue
        if stripped.startswith("```"):
            flush()
            kind = "pre"
            continue
        if not stripped:
            flush()
            continue
        if stripped.startswith(">"):
            new_kind, item = "quote", _inline_html(stripped[1:].lstrip())
        elif m := _BULLET.match(stripped):
            new_kind, item = "ul", _inline_html(m.group(1))
        elif m := _ORDERED.match(stripped):
            new_kind, item = "ol", _inline_html(m.group(2))
        else:
            new_kind, item = "p", _inline_html(stripped)
        if new_kind != kind:
            flush()
            kind = new_kind
        items.append(item)
    flush()
    return "".join(parts)


def _block_plain(text: str) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            continue
        if m := _BULLET.match(stripped):
            lines.append(f"• {_inline_plain(m.group(1))}")
        elif stripped.startswith(">"):
            lines.append(f"> {_inline_plain(stripped[1:].lstrip())}")
        else:
            lines.append(_inline_plain(line.rstrip()))
    return "\n".join(lines).strip("\n")


def markup_html(text: str, *, inline: bool = False) -> str:
    """The bot's markup in `text` as HTML; escaped data (handlers.format.inert) stays text."""
    hidden = protect(text)
    return restore_html(_inline_html(hidden) if inline else _block_html(hidden))


def markup_plain(text: str, *, inline: bool = False) -> str:
    """The bot's markup in `text` as readable plain text, escapes undone."""
    hidden = protect(text)
    return restore(_inline_plain(hidden) if inline else _block_plain(hidden))


# -- reply parts ----------------------------------------------------------------------------


def _format_date(value: date | None, locale: str) -> str:
    if value is None:
        return t(locale, "common.undated")
    return value.strftime("%d.%m.%Y") if locale == "de" else value.isoformat()


def _provenance_lines(items: list[Provenance], locale: str) -> list[tuple[str, str]]:
    """(plain, html) per distinct article: title, outlet, date — every answer shows its sources."""
    seen: set[int] = set()
    lines: list[tuple[str, str]] = []
    for p in items:
        if p.article_id in seen:
            continue
        seen.add(p.article_id)
        outlet = p.outlet or t(locale, "common.unknown_outlet")
        when = _format_date(p.published, locale)
        plain = f"📰 [{p.article_id}] {p.title} — {outlet}, {when}"
        title = f"<em>{html.escape(p.title, quote=False)}</em>"
        url = link_target(p.url)
        if url:
            plain += f" {url}"
            title = f'<a href="{html.escape(url, quote=True)}">{title}</a>'
        rich = (
            f"📰 [{p.article_id}] {title} — "
            f"{html.escape(outlet, quote=False)}, {html.escape(when, quote=False)}"
        )
        lines.append((plain, rich))
    return lines


def _fields_parts(fields: list[Field]) -> tuple[str, str]:
    plain = "\n".join(f"{f.name}: {markup_plain(f.value, inline=True)}" for f in fields)
    rich = (
        "<p>"
        + "<br>".join(
            f"<strong>{html.escape(f.name, quote=False)}</strong>: "
            f"{markup_html(f.value, inline=True)}"
            for f in fields
        )
        + "</p>"
    )
    return plain, rich


def _title_prefix(reply: Reply) -> str:
    return "⚠️ " if reply.kind == "error" else ""


def _render_page(
    reply: Reply, blocks: list[Block], locale: str, index: int, count: int
) -> MatrixMessage:
    plain: list[str] = []
    rich: list[str] = []
    first, last = index == 0, index == count - 1
    if reply.title:
        title = _title_prefix(reply) + reply.title
        if count > 1:
            title += f" ({t(locale, 'common.page', page=index + 1, pages=count)})"
        if first or count > 1:
            plain.append(title if first else f"… {title}")
            rich.append(f"<h3>{html.escape(title, quote=False)}</h3>")
    for block in blocks:
        if block.heading:
            plain.append(markup_plain(block.heading, inline=True))
            rich.append(f"<h4>{markup_html(block.heading, inline=True)}</h4>")
        plain.append(markup_plain(block.text))
        rich.append(markup_html(block.text))
    if last:
        if reply.fields:
            p, r = _fields_parts(reply.fields)
            plain.append(p)
            rich.append(r)
        sources = _provenance_lines(reply.provenance, locale)
        if sources:
            plain.append("\n".join(p for p, _ in sources))
            rich.append("<p>" + "<br>".join(r for _, r in sources) + "</p>")
        if reply.footer:
            plain.append(markup_plain(reply.footer, inline=True))
            rich.append(f"<p><em>{markup_html(reply.footer, inline=True)}</em></p>")
    # Titles and sources are corpus text too: no control characters reach a client.
    return MatrixMessage(
        body=strip_controls("\n\n".join(p for p in plain if p)),
        formatted_body=strip_controls("".join(r for r in rich if r)),
    )


def _content_bytes(msg: MatrixMessage) -> int:
    return len(json.dumps(msg.content()).encode("utf-8"))


def render_reply(
    reply: Reply, locale: str = "de", max_chars: int = DEFAULT_MAX_CHARS
) -> list[MatrixMessage]:
    """The messages for one Reply, in the order they must be sent (attachments excluded)."""
    limit = max_chars
    while True:
        pages = paginate_blocks(list(reply.blocks), limit)
        messages = [
            _render_page(reply, page, locale, i, len(pages)) for i, page in enumerate(pages)
        ]
        messages = [m for m in messages if m.body.strip()]  # e.g. a reply that is only a chart
        too_big = any(_content_bytes(m) > MAX_CONTENT_BYTES for m in messages)
        if not too_big or limit <= 1000:
            return messages
        # Mostly non-ASCII text (each character escapes to 6 bytes): use smaller pages.
        limit //= 2
