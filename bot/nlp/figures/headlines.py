"""Headline labels: the words before a headline's colon (or after its closing dash) name who
reports its figures ("Geheimdienst: Nordkorea schickt 1.500 Soldaten") unless they only label
the story: its dateline place ("Pakistan: Mehr als 20 Tote …"), its event ("Erdbeben: Zahl
der Toten steigt"), an election ("Landtagswahl: CDU klar vorn") or a format or topic word
(lexicons/figure_headline_labels.tsv: "Liveblog", "Tarifstreit"). A place, an event or a
topic never reports anything."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from bot.nlp.figures import rules as R
from bot.nlp.figures.elections import ELECTION_RE
from bot.nlp.figures.lexicon import lexicon
from bot.nlp.figures.places import event_of

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_headline_labels.tsv"

# Doc.user_data key of a title doc: its article's body, where the dateline place is named
# ("Valencia: 14 Tote …" is a place when the body says "in Valencia").
BODY_KEY = "lagebild_article_body"


@cache
def _labels() -> frozenset[str]:
    """The topic and format words of the lexicon (read once per process)."""
    lines = _LEXICON.read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.strip()) and not s.startswith("#"))


def is_headline_label(words: Sequence[str], dateline: str | None = None) -> bool:
    """Whether a headline's set-off words label its story rather than name a source: the
    article's dateline place, a country, an event noun, an election word or a listed topic
    word; for several words ("Waldbrände in Kalifornien"), when their first word is one."""
    if not words:
        return False
    name = " ".join(words)
    if dateline and name == dateline:
        return True
    head = words[0]
    return (
        name in lexicon().countries
        or name in R.COUNTRY_ADJECTIVES
        or head in _labels()
        or event_of(head) is not None
        or ELECTION_RE.match(head) is not None
    )
