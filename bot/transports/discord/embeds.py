"""Reply -> Discord embeds that always fit Discord's limits.

A Reply's blocks become embed descriptions (paginated with bot.render.paging, never cut inside a
block unless one block alone is too large), its fields and provenance become embed fields. Each
page is one embed; a paginated answer shows one page at a time (see paginator.py), a posted
digest sends the pages as consecutive messages (`group_for_messages`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

import discord

from bot.render.links import link_target, markdown_target
from bot.render.paging import paginate_blocks, split_text
from bot.render.text import plain
from bot.transports.discord.messages import msg
from bot.transports.discord.translator import clip
from handlers.format import inert
from handlers.i18n import t
from handlers.types import Block, Provenance, Reply

# Discord's documented embed limits.
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
EMBEDS_PER_MESSAGE = 10
FILES_PER_MESSAGE = 10

# How much description text one page shows: a full 4096-character embed is a wall of text on a
# phone, and pages are cheap with the paginator.
PAGE_CHARS = 2500
_FOOTER_PAGE_RESERVE = 40  # room for " · Seite 999/999"
_BLANK = "\u200b"  # Discord rejects empty field names/values
SENTENCE_MAX = 300

COLORS = {
    "ok": discord.Colour.blurple(),
    "info": discord.Colour.light_grey(),
    "error": discord.Colour.red(),
}


@dataclass(slots=True)
class _Page:
    description: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)

    def size(self) -> int:
        return len(self.description) + sum(len(n) + len(v) for n, v in self.fields)


def format_date(day: date | None, locale: str) -> str:
    if day is None:
        return t(locale, "common.undated")
    return day.strftime("%d.%m.%Y") if locale == "de" else day.isoformat()


def plain_text(text: str) -> str:
    """Corpus or user text for a place where Discord reads Markdown: shown as written, never a
    link, emphasis or mention (the Block markup of handlers carries its own escapes)."""
    return discord.utils.escape_mentions(inert(text))


def provenance_lines(items: list[Provenance], locale: str) -> list[str]:
    lines: list[str] = []
    for p in items:
        outlet = plain_text(p.outlet or t(locale, "common.unknown_outlet"))
        title = f"**{plain_text(clip(p.title, 150))}**"
        url = link_target(p.url)
        if url:  # the bot's own link; the title inside it stays escaped data
            title = f"[{title}]({markdown_target(url)})"
        line = f"#{p.article_id} {title} — {outlet}, {format_date(p.published, locale)}"
        if p.sentence:
            line += "\n> " + plain_text(clip(" ".join(p.sentence.split()), SENTENCE_MAX))
        lines.append(line)
    return lines


def _field_chunks(name: str, value: str) -> list[tuple[str, str]]:
    """One reply field as one or more embed fields (values over 1024 characters continue in
    unnamed fields, so nothing is cut)."""
    name = clip(plain_text(name.strip()) or _BLANK, FIELD_NAME_MAX)
    chunks = split_text(value.strip(), FIELD_VALUE_MAX) if value.strip() else [_BLANK]
    return [(name if i == 0 else _BLANK, chunk) for i, chunk in enumerate(chunks)]


def _render_block(block: Block) -> Block:
    text = f"**{block.heading}**\n{block.text}" if block.heading else block.text
    return Block(text=text)


def render_pages(reply: Reply, locale: str, page_chars: int = PAGE_CHARS) -> list[discord.Embed]:
    """All pages of a reply, each a single embed within every Discord limit."""
    title = clip(plain_text(reply.title.strip()) or _BLANK, TITLE_MAX)
    # Discord shows footers without Markdown: the bot's markup becomes plain text there.
    footer = clip(plain(reply.footer).strip(), 1000) if reply.footer else ""
    budget = EMBED_TOTAL_MAX - len(title) - len(footer) - _FOOTER_PAGE_RESERVE
    desc_limit = min(DESCRIPTION_MAX, page_chars, budget)

    pages: list[_Page] = []
    if reply.blocks:
        rendered = [_render_block(b) for b in reply.blocks]
        for group in paginate_blocks(rendered, max_chars=desc_limit):
            text = "\n\n".join(b.text for b in group).strip()
            # Defensive: paging guarantees this, but a too-long description is a failed send.
            for chunk in split_text(text, desc_limit):
                pages.append(_Page(description=chunk))
    if not pages:
        pages.append(_Page())

    extra: list[tuple[str, str]] = []
    for f in reply.fields:
        extra.extend(_field_chunks(f.name, f.value))
    if reply.provenance:
        extra.extend(
            _field_chunks(
                msg(locale, "discord.sources"),
                "\n".join(provenance_lines(reply.provenance, locale)),
            )
        )
    page = pages[-1]
    for name, value in extra:
        if len(page.fields) >= FIELDS_MAX or page.size() + len(name) + len(value) > budget:
            page = _Page()
            pages.append(page)
        page.fields.append((name, value))

    colour = COLORS.get(reply.kind, COLORS["ok"])
    embeds: list[discord.Embed] = []
    for i, p in enumerate(pages, start=1):
        embed = discord.Embed(title=title, description=p.description or None, colour=colour)
        for name, value in p.fields:
            embed.add_field(name=name, value=value, inline=False)
        parts = [footer] if footer else []
        if len(pages) > 1:
            parts.append(t(locale, "common.page", page=i, pages=len(pages)))
        if parts:
            embed.set_footer(text=clip(" · ".join(parts), FOOTER_MAX))
        embeds.append(embed)
    return embeds


def render_files(reply: Reply) -> list[discord.File]:
    """Fresh File objects (a discord.File is consumed by one send)."""
    return [
        discord.File(io.BytesIO(a.data), filename=a.filename, description=a.description)
        for a in reply.attachments[:FILES_PER_MESSAGE]
    ]


def group_for_messages(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Pack consecutive pages into as few messages as the per-message limits allow
    (10 embeds, 6000 characters over all embeds of a message)."""
    groups: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        n = len(embed)
        if current and (len(current) >= EMBEDS_PER_MESSAGE or size + n > EMBED_TOTAL_MAX):
            groups.append(current)
            current, size = [], 0
        current.append(embed)
        size += n
    if current:
        groups.append(current)
    return groups
