"""The data that flows between the quote stages: words of a sentence, attributions,
the per-document state, the per-sentence records the pipeline stages pass on Doc extensions
(`SentenceMentions` -> doc._.mentions, `SentenceAttributions` -> doc._.attributions), and the
lemma tables read from spaCy's lookup data.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.models import Quote
from bot.nlp.attribution.continuation import past_plurals, strong_forms
from bot.nlp.speakers import NP
from bot.nlp.stage_records import Word

# a described subject: (speaker, role, gender, sentence index)
Subject = tuple[str, str | None, str, int] | None


@dataclass(frozen=True, slots=True)
class WordTables:
    """Word lists derived from spaCy's German lemma table. `verbs`: lower-case infinitives (a
    lower-case word ending in -e whose word+"n" is one is a Konjunktiv I form: "berge");
    `nouns`: capitalised common nouns (a speaker head like "Ereignis" is no speaker);
    `lowers`: lower-case words (a sentence-initial "Gleich" is no name)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    # capitalised lemmas: common nouns, but also names ("Merkels" -> "Merkel"), so only used
    # for heads after an article ("der Vorgang")
    lowers: frozenset[str]
    noun_lemmas: frozenset[str] = frozenset()
    not_konj: frozenset[str] = frozenset()
    konj2: frozenset[str] = frozenset()  # Konjunktiv II of strong verbs ("käme", "gäbe")
    past: frozenset[str] = frozenset()  # plurals the preterite shares ("machten", "gingen")


def load_lemma_table() -> dict[str, str]:
    """spaCy's German lookup lemmatizer table (form -> lemma; spacy-lookups-data), or {}
    when the package data is missing."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            table: dict[str, str] = json.load(fh)
    except OSError:
        return {}
    return table


def load_word_tables() -> WordTables:
    return word_tables(load_lemma_table())


def word_tables(table: dict[str, str]) -> WordTables:
    """The word lists the rules derive from the lemma table."""
    if not table:
        return WordTables(frozenset(), frozenset(), frozenset(), frozenset())
    verbs = frozenset(
        v for v in table.values() if v[:1].islower() and v.endswith(("en", "ln", "rn"))
    )
    nouns = frozenset(k for k in table if k[:1].isupper())
    # lemmas too: the table maps inflected forms only, so the base form of an adjective used
    # as an adverb ("Ausdrücklich begrüßte die Ministerin …") is one of its values, not a key
    lowers = frozenset(k for k in table if k[:1].islower()) | frozenset(
        v for v in table.values() if v[:1].islower()
    )
    lemmas = frozenset(v for v in table.values() if v[:1].isupper())
    # lower-case -e forms whose lemma is not word+"n" ("deutsche" -> "deutsch"): no Konjunktiv
    e_forms = frozenset(
        k for k, v in table.items() if k[:1].islower() and k.endswith("e") and v not in verbs
    )
    return WordTables(
        verbs,
        nouns,
        lowers,
        lemmas,
        e_forms,
        strong_forms(table, verbs),
        past_plurals(table, verbs),
    )


# an according-to marker: its source, the word span of marker and source, the cue text
MarkerHit = tuple[NP, tuple[int, int], str]


@dataclass(slots=True)
class DocState:
    """What the rules carry from sentence to sentence of one document: the persons and
    groups mentioned, the running speaker and the last described subject."""

    # (name, role, gender "m" / "f" / None) of persons in order of mention
    persons: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    # organisations named after their noun ("der Sender BBC"): (name, noun lower-cased)
    orgs: list[tuple[str, str]] = field(default_factory=list)
    chain: tuple[str, str | None, int] | None = None  # (speaker, role, sentence index)
    # the last described subject of a speech act: (speaker, role, gender, sentence index)
    subject: Subject = None
    paragraph: int = 0  # the paragraph of the sentence being read
    opens_paragraph: bool = False  # the sentence being read is its paragraph's first
    # a printed interview's answer: (speaker, role, paragraph) of the labelled paragraph
    answer: tuple[str, str | None, int] | None = None
    # the running statement's paragraph and whether it was in Konjunktiv (continuation)
    chain_paragraph: int = 0
    chain_reportative: bool = False
    # whether it quotes the speaker's words (a direct quotation)
    chain_quoted: bool = False
    # a person named in a sentence without a statement: (name, role, sentence index)
    introduced: tuple[str, str | None, int] | None = None
    sentence: int = 0  # index of the sentence being attributed
    # the quotes found so far (a denial of "das" takes the previous sentence's statement)
    quotes: list[Quote] = field(default_factory=list)
    # the sentence before the one being attributed (a demonstrative subject may point there)
    prev_words: Sequence[Word] | None = None
    # the last sentence that introduced a document and its owner ("X legte einen Bericht
    # vor", "Das geht aus X hervor"): a "Danach …" right after it reports from the document
    document: int = -1
    # the document's text: a "(SPD)" tag the sentence words leave out is read there
    text: str = ""
    # the plans read so far ("Die Stadt will die Brücke sanieren"): records shaped like
    # quotes for the figures (doc._.plans), never quotes themselves (quotes/plans.py)
    plans: list[Quote] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CueClause:
    """The clause around the cue at `c`: the sentence's words and their texts, the clause
    bounds [a, b), `end` (the sentence without final punctuation) and `first`, the clause's
    first word lower-cased."""

    words: Sequence[Word]
    texts: list[str]
    c: int
    a: int
    b: int
    end: int
    first: str
