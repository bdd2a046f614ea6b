"""Domain records shared by the corpus reader, the NLP pipeline, the store and the handlers.

They are plain frozen dataclasses so that they cross process boundaries (the NLP worker pool),
compare by value in tests, and never leak spaCy objects past the pipeline boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.corpus.reasons import Reason

Section = Literal["report", "commentary", "background", "teaser"]
QuoteKind = Literal["direct", "indirect", "mixed", "according_to"]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "range", "vague"]
SpeakerKind = Literal["person", "organisation", "anonymous"]
# what a speaker did with a statement (DESIGN.md `act`); read from the cue's lexicon entry
SpeechAct = Literal[
    "claim", "denial", "accusation", "demand", "announcement", "estimate", "question", "warning"
]

SECTIONS: tuple[Section, ...] = ("report", "commentary", "background", "teaser")
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed", "according_to")
SPEECH_ACTS: tuple[SpeechAct, ...] = (
    "claim",
    "denial",
    "accusation",
    "demand",
    "announcement",
    "estimate",
    "question",
    "warning",
)
QUALIFIERS: tuple[Qualifier, ...] = (
    "exact",
    "approx",
    "at_least",
    "more_than",
    "at_most",
    "range",
    "vague",
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One rebuilt paragraph of article body text, tagged with the section it belongs to."""

    text: str
    section: Section = "report"
    heading: str | None = None  # the sub-heading this paragraph stands under, if any


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article file after decoding, boilerplate removal and metadata detection.

    `body` (paragraph texts joined by a blank line) is the text every character offset in
    Sentence/Quote/Figure refers to. The title is not part of the body.
    """

    file: str  # base name, e.g. "000_ebee99a0112f165b.txt"
    path: str  # path as read
    title: str
    published: date | None
    outlet: str | None
    paragraphs: tuple[Paragraph, ...]
    content_hash: str  # sha256 hex of the raw bytes (plus sidecar, if any)
    meta: tuple[tuple[str, str], ...] = ()  # other metadata (url, author, ...) as pairs
    # what the reader repaired or could not use, for the ingest summary ("removed 4 control
    # characters", a front-matter date that is no date); never stored
    warnings: tuple[Reason, ...] = ()

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs)

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of each paragraph inside `body`."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for p in self.paragraphs:
            spans.append((pos, pos + len(p.text)))
            pos += len(p.text) + len(PARAGRAPH_SEPARATOR)
        return spans


PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A corpus file that could not be read, and why (shown to the user in the bot's language
    by `handlers.reasons`, never fatal)."""

    file: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    start_char: int  # offsets into ParsedArticle.body
    end_char: int
    paragraph_index: int
    section: Section


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement. `speaker` is canonical within the article ("Lloyd Austin",
    "anonymous" for unnamed sources, None when no speaker could be found)."""

    speaker: str | None
    speaker_role: str | None
    kind: QuoteKind
    text: str
    cue: str | None
    sentence: str
    sentence_index: int
    start_char: int  # offsets of `text` into ParsedArticle.body
    end_char: int
    speaker_mention: str | None = None  # the words in the text that name the speaker
    act: SpeechAct = "claim"  # what the speaker did: denied, accused, demanded, ...
    # the accused of an accusation ("Nordkorea") or the threatened of a threat ("droht
    # Ungarn mit Sanktionen"), else None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    value_max: float | None
    qualifier: Qualifier
    unit: str | None  # lemma of the counted noun, e.g. "Soldat"
    subject: str | None  # groups comparable figures, e.g. "nordkoreanische Soldaten in Russland"
    text: str
    source: str | None  # canonical speaker, or None when the article states it itself
    sentence: str
    sentence_index: int
    start_char: int
    end_char: int
    refers_to: date | None = None  # the date the figure refers to (article date or resolved)
    is_addition: bool = False  # "weitere 1.500": an increment, not a new total


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A speaker as found in one article: canonical name, kind, the roles and aliases used."""

    name: str
    kind: SpeakerKind
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything the pipeline derives from one article."""

    article: ParsedArticle
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    speakers: tuple[SpeakerInfo, ...] = field(default=())
