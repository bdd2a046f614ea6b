"""Line-level clean-up before paragraphs are rebuilt: light Markdown and page furniture.

Articles saved from the web or from notes often carry Markdown ("# Titel", "**fett**",
"[Text](url)"). Headings are put on their own block so they stay headings; emphasis and link
targets go, their words stay.
"""

from __future__ import annotations

import re

from bot.corpus.boilerplate import is_furniture_line

_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)\s]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def prepare_lines(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if line and line[0] == "#" and _MD_HEADING_RE.match(line):
            line = _MD_HEADING_RE.sub("", line).rstrip("# ")
            out.extend(("", line, ""))
            continue
        if "](" in line:
            line = _MD_LINK_RE.sub(r"\1", line)
        if "**" in line or "__" in line:
            line = _MD_EMPHASIS_RE.sub(r"\2", line)
        if line.startswith("> "):
            line = line[2:]
        if line and is_furniture_line(line):
            continue
        out.append(line)
    return "\n".join(out)
