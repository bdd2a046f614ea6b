"""Headings and section tags: report, commentary, background, teaser.

The NLP weighs sections differently (an opinion in a commentary is the outlet's, not a
reported statement), so a label like "OZD-Kommentar:" or "Hintergrund" switches the section
for what follows. Commentary runs to the end or the next label, because commentaries carry
their own headlines; a background box ("Wer ist …?", "Was ist …?") ends at the next ordinary
heading, because such boxes are short and the report may resume after them.
"""

from __future__ import annotations

import re

from bot.corpus.paragraphs import Unit
from bot.corpus.shapes import ends_sentence, word_count
from bot.models import Paragraph, Section

_COMMENTARY_RE = re.compile(
    r"^(?:[\w.]+[-‑]|ein |eine |unser |unsere |die |der |das )?(?:kommentar|meinung|kolumne|leitartikel|standpunkt|analyse|"
    r"einschätzung|prognose|ausblick|glosse|essay|gastbeitrag|gastkommentar|pro und contra|"
    r"pro & contra|unsere meinung|die meinung|ein kommentar|fazit der redaktion|"
    r"redaktionelle einschätzung|bewertung)\b",
    re.IGNORECASE,
)
_BACKGROUND_RE = re.compile(
    r"^(?:[\w.]+[-‑]|der |die |das |zum |zur )?(?:hintergrund|hintergründe|hintergrundinformationen|biographien|"
    r"biografien|biographie|biografie|erklärungen|erklärung|glossar|zur person|zur sache|"
    r"zum hintergrund|chronik|chronologie|faktencheck|fakten|die fakten|infobox|info|"
    r"stichwort|lexikon|was sie wissen müssen|das wichtigste in kürze|kontext|zahlen und fakten|"
    r"steckbrief|wissenswertes|zum thema)\b",
    re.IGNORECASE,
)
# A newsroom's correction notice, in its own voice ("Korrektur: In einer früheren Fassung …
# Wir bitten, den Fehler zu entschuldigen."): no one's statement, so it is read as the outlet's
# commentary is (only explicit quotes count), for that paragraph alone.
_CORRECTION_RE = re.compile(
    r"^(?:korrektur|korrekturhinweis|berichtigung|richtigstellung|transparenzhinweis|"
    r"anm\. d\. red\.|anmerkung der redaktion|hinweis der redaktion|in eigener sache)\s*:|"
    r"^in einer (?:früheren|vorherigen|ersten|älteren) (?:fassung|version)\b",
    re.IGNORECASE,
)
_WHO_WHAT_RE = re.compile(r"^(?:wer|was) (?:ist|sind|war|waren)\b.*\?$", re.IGNORECASE)
_TEASER_MAX_WORDS = 50
_TEASER_MAX_SENTENCES = 3
_HEADING_MAX_WORDS = 12


def heading_kind(text: str) -> Section | None:
    """The section a heading opens, or None for an ordinary sub-heading."""
    if _WHO_WHAT_RE.match(text):
        return "background"
    if _COMMENTARY_RE.match(text):
        return "commentary"
    if _BACKGROUND_RE.match(text):
        return "background"
    return None


def _is_heading(unit: Unit) -> bool:
    if unit.heading_like:
        return True
    # A section label with a colon, e.g. "Hintergrund: Operative Wiener Linien GmbH & Co KG".
    return (
        unit.lines == 1
        and word_count(unit.text) <= _HEADING_MAX_WORDS
        and not ends_sentence(unit.text)
        and heading_kind(unit.text) is not None
    )


def _looks_like_teaser(text: str) -> bool:
    if word_count(text) > _TEASER_MAX_WORDS:
        return False
    ends = sum(text.count(c + " ") for c in ".!?") + 1
    return ends <= _TEASER_MAX_SENTENCES


def to_paragraphs(units: list[Unit], has_title_line: bool) -> tuple[Paragraph, ...]:
    section: Section = "report"
    heading: str | None = None
    out: list[Paragraph] = []
    for k, unit in enumerate(units):
        is_last = k == len(units) - 1
        if _is_heading(unit) and not (is_last and word_count(unit.text) >= 6):
            kind = heading_kind(unit.text)
            if kind is not None:
                section = kind
            elif section == "background":
                section = "report"
            heading = unit.text.rstrip(":").strip()
            continue
        tag: Section = section
        if (
            not out
            and heading is None
            and section == "report"
            and has_title_line
            and len(units) - k >= 3
            and _looks_like_teaser(unit.text)
        ):
            tag = "teaser"
        elif _CORRECTION_RE.match(unit.text):
            tag = "commentary"
        out.append(Paragraph(text=unit.text, section=tag, heading=heading))
    return tuple(out)
