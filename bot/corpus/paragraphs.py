"""Rebuild paragraphs from the lines of a text file.

Files come in three shapes, often mixed: blank lines between paragraphs; one paragraph per
line without blank lines; and hard-wrapped paragraphs whose sentences run across lines. The
decision is made for each pair of adjacent lines inside a blank-line block: a line that ends
mid-sentence, or a next line that starts in lower case, is a wrap; a line that ends a sentence,
or a short capitalised line with no sentence end (a sub-heading), is a break. In blocks that are
hard-wrapped as a whole (most lines end mid-sentence, all within a fixed width), a line that
ends a sentence but fills the width is still a wrap.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.corpus.shapes import (
    ends_terminal,
    heading_shape,
    is_list_item,
    is_table_line,
    starts_lower,
    starts_upper,
    word_count,
)

_MAX_WRAP_WIDTH = 120  # hard-wrapped text is wrapped at a fixed column, well below this
_MIN_WRAP_WIDTH = 40  # narrower "wrapped" blocks are lists and menus
_FULL_LINE = 0.8  # a line at >= 80% of the block width was wrapped by the width, not by intent
_SHORT_LINE = 0.7  # in wrapped text a heading is clearly shorter than the width
_MENU_WORDS = 3
_HEADING_WORDS = 12
_TITLE_WORDS = 25
_TITLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Unit:
    """A rebuilt paragraph (or heading, credit, table row...) before cleaning."""

    text: str
    block: int  # index of the blank-line-separated block it came from
    lines: int  # how many source lines were joined
    first: bool  # first unit of its block
    last: bool  # last unit of its block

    @property
    def heading_like(self) -> bool:
        # A line alone in its block cannot be a wrap, so a dangling last word is allowed
        # ("Wie der Westen reagieren könnte").
        return self.lines == 1 and heading_shape(self.text, strict=not (self.first and self.last))


def split_blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def rebuild(text: str) -> list[Unit]:
    units: list[Unit] = []
    for b, lines in enumerate(split_blocks(text)):
        groups = _group_block(lines, first_block=b == 0)
        for i, group in enumerate(groups):
            units.append(
                Unit(
                    text=_join(group),
                    block=b,
                    lines=len(group),
                    first=i == 0,
                    last=i == len(groups) - 1,
                )
            )
    return units


def _is_wrapped_block(lines: list[str], width: int) -> bool:
    if len(lines) < 3 or not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    inner = lines[:-1]
    open_ends = sum(1 for line in inner if not ends_terminal(line))
    return open_ends * 2 >= len(inner)


def _group_block(lines: list[str], first_block: bool) -> list[list[str]]:
    if len(lines) == 1:
        return [lines]
    width = max(len(line) for line in lines)
    wrapped = _is_wrapped_block(lines, width)
    groups: list[list[str]] = [[lines[0]]]
    for i in range(1, len(lines)):
        prev, nxt = lines[i - 1], lines[i]
        after_break = i == 1 or ends_terminal(lines[i - 2]) or len(groups[-1]) == 1
        # The first line of a file may be a long headline glued to the lede.
        max_words = _TITLE_WORDS if first_block and i == 1 else _HEADING_WORDS
        if _continues(prev, nxt, after_break, wrapped, width, max_words):
            groups[-1].append(nxt)
        else:
            groups.append([nxt])
    return groups


def _continues(
    prev: str, nxt: str, after_break: bool, wrapped: bool, width: int, max_words: int
) -> bool:
    if is_table_line(prev) or is_table_line(nxt) or is_list_item(nxt):
        return False
    if word_count(prev) <= _MENU_WORDS and word_count(nxt) <= _MENU_WORDS and not wrapped:
        return False  # a list of short items (menu, kicker + category), not a wrapped sentence
    if starts_lower(nxt):
        return True
    if not ends_terminal(prev):
        heading = (
            after_break
            and heading_shape(prev, max_words=max_words, max_chars=_TITLE_CHARS)
            and starts_upper(nxt)
            and (not wrapped or len(prev) < _SHORT_LINE * width)
        )
        return not heading
    return wrapped and len(prev) >= _FULL_LINE * width


def _join(lines: list[str]) -> str:
    if len(lines) == 1:
        return lines[0]
    out = lines[0]
    for line in lines[1:]:
        if len(out) > 1 and out[-1] in "-\u2010" and out[-2].isalpha():
            first_word = line.split(" ", 1)[0]
            if line[0].islower() and first_word not in ("und", "oder", "bzw.", "sowie", "bis"):
                out = out[:-1] + line  # syllable hyphenation: "Verhand-" + "lungen"
            elif line[0].isupper():
                out += line  # compound: "Ukraine-" + "Krieg"
            else:
                out += " " + line  # "Nord- und Südkorea"
        else:
            out += " " + line
    return out
