"""Speaker noun phrases without a parser: a light German NP chunker over tokens plus word
lists for roles, organisations and pronouns.

- `lexicon`       closed word classes in code, open lists from `lexicons/speaker_*.txt`
- `word_classes`  what one token is: role noun, organisation, name word, adjective
- `mention`       the `NP` a parse returns
- `phrase`        the phrase scan (`parse_np`)
- `appositions`   which words are the role and which the name, inside and beside the head

The document-level linking of mentions (role noun → person named earlier, pronouns) lives in
`bot.nlp.quotes.entities`; this package only reads one phrase."""

from __future__ import annotations

from bot.nlp.speakers.appositions import leading_roles
from bot.nlp.speakers.lexicon import (
    DETS,
    GEN_DETS,
    INDEF,
    NOM_DETS,
    NON_SPEAKER_HEADS,
    NON_SPEAKERS,
    ORG_NAMES,
    ORG_SUFFIXES,
    POSSESSIVE,
    PRONOUNS,
    ROLE_SUFFIXES,
)
from bot.nlp.speakers.mention import NP
from bot.nlp.speakers.phrase import QUANTIFIERS, parse_np
from bot.nlp.speakers.word_classes import is_adj, is_cap, is_org, is_role

__all__ = [
    "DETS",
    "GEN_DETS",
    "INDEF",
    "NOM_DETS",
    "NON_SPEAKERS",
    "NON_SPEAKER_HEADS",
    "NP",
    "ORG_NAMES",
    "ORG_SUFFIXES",
    "POSSESSIVE",
    "PRONOUNS",
    "QUANTIFIERS",
    "ROLE_SUFFIXES",
    "is_adj",
    "is_cap",
    "is_org",
    "is_role",
    "leading_roles",
    "parse_np",
]
