"""The records the pipeline stages leave on a Doc and read from each other: the words of a
sentence, its mentions (`doc._.mentions`), its attributions (`doc._.attributions`) with the report
cues the figures read. Quotes and figures both read them, so they live below both: the quote
rules' own state stays in `quotes/model.py`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

from bot.models import SpeechAct
from bot.nlp.attribution.report_verbs import ReportCue
from bot.nlp.speakers import NP


@dataclass(slots=True)
class Word:
    text: str
    start: int  # char offset into the doc
    end: int
    inq: bool  # inside a direct quotation


# a Word's text, for scans of a whole sentence that run on every sentence: `"(" in
# map(TEXT_OF, words)` walks the words in C, a generator expression steps through Python
# once per word
TEXT_OF = attrgetter("text")


@dataclass(slots=True)
class Attribution:
    np: NP | None
    cue: str
    content: tuple[int, int]  # word range (sentence-relative), end exclusive
    marker: bool = False  # according-to marker
    backref: bool = False  # "Dies sagte X": content is the previous sentence
    focus: bool = False  # a speaker is introduced but says nothing quotable in this sentence
    speaker: str | None = None
    role: str | None = None
    kind_hint: str | None = None
    act: SpeechAct = "claim"
    target: NP | None = None  # the accused of an accusation
    passive: bool = False  # "X wird vorgeworfen": no speaker in the clause itself
    also: tuple[NP, ...] = ()  # coordinated speakers: "Selenskij und der SBU berichteten"
    # a mid-sentence marker's own words ("stieg nach Angaben der Polizei auf"): not content
    gap: tuple[int, int] | None = None
    # where the cue stands (word indices): the speech verb, and a separable verb's particle
    # ("gab … an"); the subject's span is `np`
    cue_at: int | None = None
    particle_at: int | None = None
    # a plan, not a statement ("Die Stadt will die Brücke sanieren", quotes/plans.py)
    plan: bool = False


@dataclass(slots=True)
class SentenceInput:
    words: list[Word]
    section: str
    paragraph: int


# a person of the entity registry: (name, role, gender "m" / "f" / None)
Person = tuple[str, str | None, str | None]


class AskedNames(frozenset[str]):
    """The names a document introduced before a sentence (its surnames, or its full names),
    recording every word a rule asked about and whether a rule listed them all.

    The mentions and attribution stages read each sentence with the names the mention scan
    found so far; speaker resolution in the quotes stage adds more (a speaker named only as
    the subject of "sagte Peter Müller"). `answers_alike` tells the quotes stage whether the
    names it knows would have given the same answers: then the earlier stage's result for the
    sentence is exactly what reading it again would give, else the sentence is read again."""

    __slots__ = ("asked", "listed")
    asked: dict[str, bool]
    listed: bool

    def __new__(cls, names: frozenset[str]) -> AskedNames:
        made = super().__new__(cls, names)
        made.asked = {}
        made.listed = False
        return made

    def __contains__(self, word: object) -> bool:
        found = frozenset.__contains__(self, word)
        if isinstance(word, str):
            self.asked[word] = found
        return found

    def __iter__(self) -> Iterator[str]:
        self.listed = True
        return frozenset.__iter__(self)

    def answers_alike(self, names: frozenset[str]) -> bool:
        """Whether `names` answers every question this set was asked the same way (the
        same names always do; checked first, in C, as most sentences have them)."""
        if frozenset.__eq__(self, names) is True:
            return True
        if self.listed:
            return False
        return all((word in names) == found for word, found in self.asked.items())


@dataclass(slots=True)
class SentenceMentions:
    """One sentence as the mentions stage read it (doc._.mentions holds one per sentence):
    its words as read (`sentence`, with section and paragraph) and ready for the rules (short
    parentheses dropped, quoted names merged), whether it
    is a sub-heading (it ends any running statement; only a headline statement in it is read:
    "Kreml weist Berichte zurück"), and the persons,
    groups and organisations its mention scan found, with the names known before it (the
    registry the scan and the attribution stage read)."""

    sentence: SentenceInput
    words: list[Word]
    heading: bool
    surnames: AskedNames
    full_names: AskedNames
    persons: list[Person] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    orgs: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class SentenceAttributions:
    """The speech-verb and according-to attributions of one sentence (doc._.attributions
    holds one per sentence, None for an empty sentence or a sub-heading without a report
    cue), with the names the attribution stage asked about (see `AskedNames`), and what the
    figures read of it besides: its report and measuring verbs with their subjects (act
    "report", `ReportCue`; word indices count `SentenceInput.words`, not `words`) and the
    index of a marker pointing back to the previous sentence's source ("demnach"); and its
    plans ("Die Stadt will die Brücke sanieren", quotes/plans.py): no statement, but their
    subject is what a following possessive means, names they introduce register, and the
    figures read their subject as a source."""

    attributions: list[Attribution]
    surnames: AskedNames
    full_names: AskedNames
    reports: list[ReportCue] = field(default_factory=list)
    back: int | None = None
    plans: list[Attribution] = field(default_factory=list)
