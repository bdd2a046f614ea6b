"""The kind of a figure that is no claim about a fact: a demand, an offer, a forecast or a
goal (lexicons/figure_kinds.tsv). "Verdi fordert 8 Prozent mehr Lohn" and "Die Arbeitgeber
bieten 5,5 Prozent" state two positions on one wage, not two reports of one value that
disagree; a forecast of growth is no current value of it. The kind goes into the subject
("Lohn (Forderung)"), so /figures keeps the kinds apart as topics and never compares them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from bot.nlp.figures import rules as R
from bot.nlp.figures.lexicon import infinitives, is_measure_unit, lexicon
from bot.nlp.figures.speakers import clean_speaker, np_after, np_before
from bot.nlp.figures.words import Lemmatize, Tok

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_kinds.tsv"
PROJECTION_KIND = "Prognose"
"""The kind of a figure whose sentence names a target date after the article's ("Bis 2030
sollen 500 Wohnungen entstehen", "Das Land will bis 2028 120 Kilometer Deiche verstärken"):
whatever verb states it, it is about a time to come, so it never becomes the current value
of a count reported as fact (bot.nlp.figures.dates.is_projected)."""
_BREAKS = frozenset({",", ";", ":", "–"})


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    required: str | None  # a word the clause must also hold ("rechnen mit")
    excluded: frozenset[str]  # words that make it another verb ("Platz bieten")


@cache
def _table() -> dict[str, _Entry]:
    """word -> its entry, read once."""
    out: dict[str, _Entry] = {}
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, required, excluded = line.split("\t")
        out[word] = _Entry(
            kind,
            None if required == "-" else required,
            frozenset() if excluded == "-" else frozenset(excluded.split(",")),
        )
    return out


@cache
def kinds() -> frozenset[str]:
    """The kind words a subject may carry in brackets ("Forderung", "Angebot" ...)."""
    return frozenset(e.kind for e in _table().values())


def _clause(toks: Sequence[Tok], first: int, last: int) -> tuple[int, int]:
    """(start, end) token indices of the comma-separated stretch holding tokens first..last."""
    a = first
    while a > 0 and toks[a - 1].text not in _BREAKS:
        a -= 1
    b = last + 1
    while b < len(toks) and toks[b].text not in _BREAKS:
        b += 1
    return a, b


@dataclass(frozen=True, slots=True)
class Kind:
    """A figure's kind and where its word stands (the verb whose subject states it)."""

    kind: str
    word: int


def _kind_in(toks: Sequence[Tok], a: int, b: int, before: int, lemmatize: Lemmatize) -> Kind | None:
    """The kind a word of tokens a..b names: a word before token `before` or closing the
    stretch (a participle: "… 5,5 Prozent angeboten"), never one after the figure inside its
    clause ("Vertreter der drei Organisationen erwarten …": the number counts the subject)."""
    table = _table()
    words = {t.text for t in toks[a:b]} | {t.text.lower() for t in toks[a:b]}
    positions = list(range(a, min(before, b)))
    last = b - 1
    while last > a and not toks[last].text[:1].isalnum():
        last -= 1
    if _after_finite_verb(toks, a, before):
        positions.append(last)
    particle = _closing_particle(toks, a, last, before)
    for k in positions:
        word = toks[k].text
        candidates = [word] if word[:1].isupper() else infinitives(word.lower(), lemmatize)
        candidates = [*candidates, *(particle + c for c in candidates if particle)]
        for c in candidates:
            e = table.get(c)
            if e and (e.required is None or e.required in words) and not e.excluded & words:
                return Kind(e.kind, k)
    return None


def _closing_particle(toks: Sequence[Tok], a: int, last: int, before: int) -> str:
    """The separable particle closing the stretch after the figure ("Das Gericht schlug einen
    Vergleich über 20.000 Euro vor": "vor"), which makes the verb before the figure "vorschlagen"
    (a table entry) rather than "schlagen"; "" for none. Only particle + verb pairs the table
    lists match, so any short lower-case word closing the stretch may be tried."""
    word = toks[last].text
    if last <= before or last <= a or len(word) > 6 or not word.isalpha() or not word.islower():
        return ""
    return word


def _after_finite_verb(toks: Sequence[Tok], a: int, at: int) -> bool:
    """Whether token `at` stands after the auxiliary of its clause (from token a): a
    participle closing the clause governs that part ("Die Arbeitgeber haben 5,5 Prozent
    angeboten"), not the clause's subject before it ("Die Überschwemmungen in zehn Provinzen
    haben … gefordert")."""
    return any(toks[k].text.lower() in R.AUXILIARIES for k in range(a, at))


def _completes(clause: Sequence[str]) -> bool:
    """Whether a clause completes the one before: "dass …", or an infinitive with "zu" ("…,
    die Löhne um 8 Prozent zu erhöhen"; "bis zu 1.200" is no infinitive)."""
    if clause and clause[0] == "dass":
        return True
    return any(
        w == "zu" and nxt.endswith(("en", "ern", "eln")) and nxt.isalpha()
        for w, nxt in pairwise(clause)
    )


def figure_kind(toks: Sequence[Tok], first: int, last: int, lemmatize: Lemmatize) -> Kind | None:
    """The kind of the figure at tokens first..last: a kind word in its own clause, or in the
    clause before when the figure's clause completes it ("Die Gewerkschaft fordert, die Löhne
    um 8 Prozent zu erhöhen", "Ziel ist es, … auf 80 Prozent zu steigern"). A count in the
    dative is who receives, not what is demanded or offered: none."""
    if recipients(toks[last].text, lemmatize):
        return None  # "Der Zoo bietet 3.000 Besuchern freien Eintritt": the offer is the entry
    a, b = _clause(toks, first, last)
    kind = _kind_in(toks, a, b, first, lemmatize)
    if kind is not None or a < 2:
        return kind
    if _completes([t.text.lower() for t in toks[a:b]]):
        pa, _pb = _clause(toks, a - 2, a - 2)
        return _kind_in(toks, pa, a - 1, a - 1, lemmatize)
    return None


def recipients(word: str, lemmatize: Lemmatize) -> bool:
    """Whether a counted noun stands in the dative plural: its nominative plural with the
    dative -n ("Besuchern", "Kindern", "Tagen"); a plural in -en that is its own singular's
    plural ("Stellen", "Soldaten") is no dative, nor is a unit ("von 13 Metern", "mit einer
    Laufzeit von 14 Monaten": what the amount is measured in)."""
    if not word[:1].isupper() or not word.endswith("n") or len(word) < 5:
        return False
    plural = word[:-1]
    unit = lemmatize(word) or plural
    if is_measure_unit(unit) or unit in lexicon().time_units or plural in lexicon().measures:
        return False
    if plural.endswith(("er", "el")):
        return lemmatize(word) is not None or lemmatize(plural) is not None
    lemma = lemmatize(word)
    return plural.endswith("e") and lemma is not None and lemma != plural


def kind_source(toks: Sequence[Tok], kind: Kind) -> str | None:
    """Who demands, offers or forecasts: the noun phrase opening the clause of the kind's
    verb ("Die Arbeitgeber bieten eine Erhöhung … an", "Die Arbeitgeber haben 5,5 Prozent
    angeboten"); None for a noun ("Ziel ist es …") or a fronted object."""
    k = kind.word
    if not toks[k].text[:1].islower():
        return None
    auxes = [j for j in range(k) if toks[j].text.lower() in R.AUXILIARIES]
    if auxes and k + 1 < len(toks) and not toks[k + 1].text[:1].isalnum():
        k = auxes[-1]  # a participle closing its clause: the subject stands before "haben"
    words, start = np_before(toks, k)
    opens = start == 0 or toks[start - 1].text in (",", ";", ":")
    if words and opens and words[0].lower() not in ("den", "einen", "dem", "einem"):
        return clean_speaker(words)
    if start == k:  # an adverb first, the subject after the verb: "Zuvor hatte Verdi …"
        after, _ = np_after(toks, k + 1)
        if after and (after[0][:1].isupper() or after[0].lower() in R.DETERMINERS):
            return clean_speaker(after)
    return None


@cache
def _kind_re() -> re.Pattern[str]:
    return re.compile(r"\s*\((?:" + "|".join(sorted(kinds())) + r")\)")


def with_kind(subject: str | None, kind: str | None) -> str | None:
    """The subject with its kind in brackets ("Lohn (Forderung)")."""
    if not subject or not kind:
        return subject
    return f"{subject} ({kind})"


def split_kind(subject: str) -> tuple[str, str | None]:
    """(subject without its kind, the kind) of a subject ("Lohn (Forderung)" -> ("Lohn",
    "Forderung"))."""
    m = _kind_re().search(subject)
    if m is None:
        return subject, None
    kind = m.group(0).strip()[1:-1]
    return (subject[: m.start()] + subject[m.end() :]).strip(), kind
