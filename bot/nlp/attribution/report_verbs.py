"""Report and measuring verbs, the attribution stage's cues of act "report"
(lexicons/cue_report_verbs.tsv): "meldete", "registrierte", "zählte", "gab … an". Their
subject is the source of a figure in their clause; `ReportCue` is what the stage records of
one (doc._.attributions[i].reports), `report_verb` tells which verb a word is a form of.

Forms come from spaCy's German lookup lemmatizer (passed in as `lemmatize`), never from a
hand generator; a weak preterite or participle the table lacks ("prognostizierte") is read by
its stem. Pure functions over words and the lexicon file."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bot.nlp.lexicons import rows

Lemmatize = Callable[[str], "str | None"]


def no_lemma(word: str) -> str | None:
    """The lemmatizer of callers without spaCy's table: every word unknown."""
    return None


@dataclass(frozen=True, slots=True)
class ReportCue:
    """A report or measuring verb of a sentence and its subject, as the attribution stage
    found them. Indices count the sentence's words as read (`SentenceInput.words`: every
    non-space token, so a consumer maps them to its own tokens by `Word.start`)."""

    lemma: str  # infinitive: "melden", "angeben"
    cue: int  # the verb form ("meldete", "gemeldet", "gab")
    finite: int  # the finite verb: the auxiliary of a participle ("hat … gemeldet"), else cue
    particle: int | None  # a separable verb's particle closing the clause ("gab … an")
    subject: tuple[int, int]  # word span of the subject noun phrase, end exclusive
    words: tuple[str, ...]  # the subject's words as read (quotation marks skipped)
    inverted: bool = False  # the subject follows the verb ("meldete die Polizei")
    act: Literal["report"] = "report"


@dataclass(frozen=True, slots=True)
class ReportVerb:
    """A form of a report verb: its infinitive, the particles it still needs at the clause's
    end ("teilte … mit"), and whether it is a participle that needs an auxiliary."""

    infinitive: str
    particles: tuple[str, ...]
    participle: bool


@dataclass(frozen=True, slots=True)
class ReportVerbs:
    """The report verbs by infinitive with their separable particle, and the bases that need
    one ("teilen" -> ("mit",)): "teilte … mit" reports only with its particle."""

    verbs: dict[str, str | None]
    bases: dict[str, tuple[str, ...]]


@cache
def report_verbs() -> ReportVerbs:
    """lexicons/cue_report_verbs.tsv, read once per process (a few hundred bytes)."""
    verbs: dict[str, str | None] = {}
    bases: dict[str, tuple[str, ...]] = {}
    for infinitive, particle in rows("cue_report_verbs.tsv"):
        verbs[infinitive] = None if particle == "-" else particle
        if particle != "-":
            base = infinitive[len(particle) :]
            bases[base] = (*bases.get(base, ()), particle)
    return ReportVerbs(verbs, bases)


def report_forms(table: Mapping[str, str]) -> frozenset[str]:
    """Every lower-case form `report_verb` can read as a report verb with `table` (spaCy's
    lookup lemmatizer table, form -> lemma) as its lemmatizer, and some more: the forms whose
    lemma is a report verb or a base, the infinitives themselves and their weak stem forms
    ("prognostizierte"). A word outside the set is none, so a caller skips the look-ups."""
    lex = report_verbs()
    keys = lex.verbs.keys() | lex.bases.keys()
    stems = {k[:-2] + s for k in keys if k.endswith("en") for s in ("t", "te", "ten")}
    return frozenset({f for f, lemma in table.items() if lemma in keys} | keys | stems)


def infinitives(low: str, lemmatize: Lemmatize) -> list[str]:
    """Candidate infinitives of a lower-case verb form: spaCy's lookup lemma, else the form
    itself and its weak stem + "en" (for forms the table lacks: "prognostizierte")."""
    out = [lemma for lemma in (lemmatize(low),) if lemma]
    out.append(low)
    for suffix in ("ten", "te", "t"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + "en")
            break
    return out


def report_verb(word: str, lemmatize: Lemmatize = no_lemma) -> ReportVerb | None:
    """The report verb `word` is a form of (lexicons/cue_report_verbs.tsv), or None. A
    capitalised word is a noun ("Angaben", "Zahlen"), never a verb form."""
    if not word[:1].islower():
        return None
    low = word.lower()
    lex = report_verbs()
    for infinitive in infinitives(low, lemmatize):
        if infinitive in lex.verbs:
            particle = lex.verbs[infinitive] or ""
            participle = low.startswith(particle + "ge") and not infinitive.startswith(
                particle + "ge"
            )
            return ReportVerb(infinitive, (), participle)
        particles = lex.bases.get(infinitive)
        if particles:
            participle = low.startswith("ge") and not infinitive.startswith("ge")
            return ReportVerb(infinitive, particles, participle)
    return None
