"""Split reply blocks into pages that fit a transport's size limit, never cutting a block
unless a single block alone is too large (then it is split at line, then word boundaries)."""

from __future__ import annotations

from handlers.types import Block


def _block_size(block: Block) -> int:
    return len(block.text) + (len(block.heading) + 2 if block.heading else 0) + 2


def split_text(text: str, limit: int) -> list[str]:
    """Split text into chunks of at most `limit` characters at line, then word boundaries."""
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
            chunks.append(line[:cut])
            line = line[cut:].lstrip()
        current = line
    if current:
        chunks.append(current)
    return chunks


def paginate_blocks(
    blocks: list[Block], max_chars: int, max_blocks: int | None = None
) -> list[list[Block]]:
    """Group blocks into pages of at most `max_chars` characters (and `max_blocks` blocks)."""
    pages: list[list[Block]] = []
    page: list[Block] = []
    size = 0
    for block in blocks:
        parts = [block]
        if _block_size(block) > max_chars:
            room = max_chars - (len(block.heading) + 4 if block.heading else 2)
            texts = split_text(block.text, max(room, 1))
            parts = [
                Block(text=t, heading=block.heading if i == 0 else None)
                for i, t in enumerate(texts)
            ]
        for part in parts:
            n = _block_size(part)
            full = size + n > max_chars or (max_blocks is not None and len(page) >= max_blocks)
            if page and full:
                pages.append(page)
                page, size = [], 0
            page.append(part)
            size += n
    if page:
        pages.append(page)
    return pages or [[]]
