"""According-to sources, shared by quotes and figures: "laut X", "gemäß X", "X zufolge",
"unter Berufung auf X", and markers that point back to the previous statement's source
("Demnach …", "Danach soll …").

`sources_in(texts)` is a pure function over a sentence's word texts; the markers come from
lexicons/according_to.tsv. A caller with better noun-phrase knowledge (the quote rules with
the lemma tables) passes its own `np_at`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.lexicons import rows, words
from bot.nlp.speakers import NP, parse_np

NpAt = Callable[[list[str], int, int], "NP | None"]
HEARSAY = frozenset(
    {"soll", "sollen", "sei", "seien", "habe", "haben", "werde", "würden", "hätten"}
)
# what ends the first clause of a sentence
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "("})
LEAD = frozenset({"auch", "zudem", "und", "aber", "so", "außerdem", "jedoch"})


@dataclass(frozen=True, slots=True)
class Source:
    """A marker and the source it names (None for a back-reference: ask the caller's state)."""

    marker: str  # the marker as written, e.g. "laut", "zufolge", "Demnach"
    index: int  # word index of the marker
    start: int  # word range covering marker and source
    end: int
    source: NP | None
    back: bool = False


@dataclass(frozen=True, slots=True)
class MarkerWords:
    """The open-class words the quote rules' markers read around a source (one field per
    class of lexicons/according_words.tsv, plus the verb lexicons `according_*.txt`)."""

    wie_aus: frozenset[str] = frozenset()  # "Wie aus X hervorgeht": the clause's verb tails
    so_verbs: frozenset[tuple[str, ...]] = frozenset()  # "…, so urteilte X"
    temporal_verbs: frozenset[str] = frozenset()  # "Nach der Rede kam es zu …": "after"
    hedges: frozenset[str] = frozenset()
    adjuncts: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    focus: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    bare_reports: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    published: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    media_groups: frozenset[str] = frozenset()
    # a document and its owner introduced ("legte … vor", "Das geht aus X hervor"): each
    # entry's words, a split verb's particle last
    presenting: frozenset[tuple[str, ...]] = frozenset()
    pointers: frozenset[tuple[str, ...]] = frozenset()
    shows: frozenset[tuple[str, ...]] = frozenset()
    inside: frozenset[str] = frozenset()


def load_marker_words() -> MarkerWords:
    classes: dict[str, set[str]] = {}
    for cls, word in rows("according_words.tsv"):
        classes.setdefault(cls, set()).add(word.lower())

    def of(cls: str) -> frozenset[str]:
        return frozenset(classes.get(cls, ()))

    return MarkerWords(
        wie_aus=words("according_wie_aus.txt"),
        so_verbs=frozenset(tuple(v.split()) for v in words("according_so_verbs.txt")),
        temporal_verbs=words("according_temporal_verbs.txt"),
        hedges=of("hedge"),
        adjuncts=of("adjunct"),
        time_nouns=MONTHS | WEEKDAYS | of("time"),
        focus=of("focus"),
        quantifiers=of("quantifier"),
        members=of("members"),
        others=of("other"),
        bare_reports=of("bare"),
        intents=of("intent"),
        intent_verbs=of("intent_verb"),
        media=of("medium"),
        published=of("published"),
        agencies=of("agency"),
        media_groups=of("media"),
        presenting=frozenset(tuple(w.split()) for w in of("presenting")),
        pointers=frozenset(tuple(w.split()) for w in of("pointer")),
        shows=frozenset(tuple(w.split()) for w in of("shows")),
        inside=of("inside"),
    )


@dataclass(frozen=True, slots=True)
class Markers:
    before: frozenset[str]
    after: frozenset[str]
    back: dict[str, str]  # marker -> condition ("-" or "konj")
    words: MarkerWords = field(default_factory=MarkerWords)


def load_markers(name: str = "according_to.tsv") -> Markers:
    before: set[str] = set()
    after: set[str] = set()
    back: dict[str, str] = {}
    for marker, position, condition in rows(name):
        if position == "before":
            before.add(marker)
        elif position == "after":
            after.add(marker)
        else:
            back[marker] = condition
    return Markers(frozenset(before), frozenset(after), back, load_marker_words())


def _default_np(texts: list[str], i: int, end: int) -> NP | None:
    return parse_np(texts, i, end)


def back_reference(
    texts: list[str], markers: Markers, anywhere: bool = False, after_document: bool = False
) -> Source | None:
    """ "Demnach muss …", "Danach soll …": a sentence opening with a marker that points to
    the source of the previous statement. With `anywhere`, a marker after the verb counts too
    ("Etwa 600 wurden demnach getötet"): figures read it wherever it stands. With
    `after_document` (the sentence before presented a document: "X legte neue Zahlen vor"),
    "Danach waren …" reports from it without Konjunktiv, unless a person acts ("Danach ging
    er nach Hause")."""
    k = 0
    while k < len(texts) and texts[k].lower() in LEAD:
        k += 1
    if k >= len(texts) - 2:
        return None
    found = _back_at(texts, k, markers, after_document)
    if found is None and anywhere:
        found = next(
            (s for j in range(k + 1, len(texts)) if (s := _back_at(texts, j, markers))), None
        )
    return found


def inner_back_reference(texts: list[str], markers: Markers) -> Source | None:
    """ "Das Bruttoinlandsprodukt stagnierte demnach im Vergleich zum Vorquartal", "Kommunen
    sollen demnach kühle Räume öffnen": a back marker after the first word of the sentence
    points to the source of the previous statement as much as one that opens it. Only the
    markers without a condition ("demnach", "demzufolge") count there: "danach" after the
    verb is a time ("Er soll danach geflohen sein"), and "wonach" opens a clause of its own
    ("Berichte, wonach …"). The marker must stand in the first clause: behind a comma it
    belongs to a clause of another source ("Es wurden Vorwürfe laut, sie seien demnach …")."""
    for j in range(1, len(texts) - 1):
        low = texts[j].lower()
        if texts[j] in CLAUSE_BREAKS:
            return None
        if markers.back.get(low) == "-" and low != "wonach":
            return Source(texts[j], j, j, j + 1, None, back=True)
    return None


def _back_at(
    texts: list[str], k: int, markers: Markers, after_document: bool = False
) -> Source | None:
    low = texts[k].lower()
    cond = markers.back.get(low)
    if cond is None or low == "wonach":
        return None
    hearsay = any(t in HEARSAY for t in texts[k + 1 :])
    if cond == "konj" and not hearsay and not (after_document and _no_actor(texts, k)):
        return None
    return Source(texts[k], k, k, k + 1, None, back=True)


def _no_actor(texts: list[str], k: int) -> bool:
    """Whether no personal pronoun follows the verb after the marker at k: "Danach waren
    2,9 Millionen arbeitslos" may report a document, "Danach ging er nach Hause" is a time."""
    return not any(t in PERSONAL for t in texts[k + 2 : k + 4])


PERSONAL = frozenset({"er", "sie", "wir", "ich", "du", "ihr", "man", "es"})


def sources_in(texts: list[str], markers: Markers, np_at: NpAt = _default_np) -> list[Source]:
    """Every according-to source of a sentence, in order."""
    out: list[Source] = []
    n = len(texts)
    for k, w in enumerate(texts):
        low = w.lower()
        if low in markers.before and k + 1 < n:
            np = np_at(texts, k + 1, n)
            if np is not None:
                out.append(Source(w, k, k, np.end, np))
        elif low in markers.after and k > 0:
            for s in range(max(0, k - 8), k):
                np = np_at(texts, s, k)
                if np is not None and np.end == k:
                    out.append(Source(w, k, s, k + 1, np))
                    break
        elif low == "berufung" and 0 < k < n - 2 and texts[k - 1].lower() == "unter":
            np = np_at(texts, k + 2, n)
            if np is not None:
                out.append(Source("unter Berufung auf", k, k - 1, np.end, np))
    return out


def so_source(texts: list[str], k: int, np_at: NpAt = _default_np) -> Source | None:
    """ "…, so der Bürgermeister." / "…, so X, …": a source after "so" set off by a comma
    (or dash) that closes its clause; None when "so" at k is anything else."""
    if texts[k].lower() != "so" or k == 0 or texts[k - 1] not in (",", "–") or k + 1 >= len(texts):
        return None
    np = np_at(texts, k + 1, len(texts))
    if np is None or (np.end < len(texts) and texts[np.end] not in (".", ",", ";", "!")):
        return None
    return Source(texts[k], k, k, np.end, np)


def report_noun_source(
    texts: list[str], k: int, nouns: frozenset[str], np_at: NpAt = _default_np
) -> Source | None:
    """ "nach Angaben der Polizei", "nach Angaben von Helfern": "nach", a report noun
    (`nouns`, lower case) and its genitive or "von" phrase, which names the source."""
    n = len(texts)
    if texts[k].lower() != "nach" or k + 2 >= n or texts[k + 1].lower() not in nouns:
        return None
    link = texts[k + 2].lower()
    if link not in ("des", "der", "von", "vom"):
        return None
    np = np_at(texts, k + 3 if link == "von" else k + 2, n)
    return Source("nach " + texts[k + 1], k, k, np.end, np) if np is not None else None


__all__ = [
    "MarkerWords",
    "Markers",
    "Source",
    "back_reference",
    "load_markers",
    "report_noun_source",
    "so_source",
    "sources_in",
]
