"""The figure language data (`lexicons/figure_*.tsv`, read once per process) and the word
tests that only look a word up in it: estimate verbs (report verbs are the attribution
stage's, bot.nlp.attribution.report_verbs, re-exported here), units that measure, words that
never name a topic. Every other figure-subject module reads the lexicon through here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.nlp.attribution.report_verbs import (  # the report verbs are the attribution stage's
    ReportVerb,
    infinitives,
    no_lemma,
    report_verb,
)
from bot.nlp.attribution.sources import Markers, load_markers
from bot.nlp.figures import rules as R

_LEXICONS = Path(__file__).parents[1] / "lexicons"

Lemmatize = Callable[[str], "str | None"]
AGE_SUBJECT = "Alter"
DURATION_SUBJECT = "Dauer"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The figure language data, read once from `lexicons/`."""

    concepts: dict[str, str]  # counted noun -> concept
    predicates: tuple[tuple[tuple[str, ...], str], ...]  # clause words -> concept
    group_predicates: tuple[tuple[tuple[str, ...], str], ...]  # acts of any group ("streikten")
    generic: frozenset[str]  # nouns that only say "people"
    ignored_modifiers: frozenset[str]
    not_counted: frozenset[str]  # capitalised words after a number that count nothing
    measures: frozenset[str]  # nouns that measure ("Liter"), not counted things
    frame_nouns: frozenset[str]  # "Zahl", "Höhe", "Angaben": frame a number, count nothing
    time_nouns: frozenset[str]  # "Abend", "Vorjahr", weekdays: when, not what or where
    report_nouns: frozenset[str]  # "Angaben", "Bericht": head an attribution, name no one
    markers: Markers  # the shared according-to markers (attribution stage)
    events: dict[str, str]  # event noun -> event group ("Beben" -> "Erdbeben")
    event_suffix: re.Pattern[str]  # a compound ending in an event noun ("Busunfall")
    scoped: frozenset[str]  # concepts that belong to an event (casualties, protesters)
    event_of_concept: dict[str, str]  # "Teilnehmer" -> "Protest": the only event it takes
    implied_events: dict[str, str]  # "Demonstranten" -> "Protest": the event the noun implies
    not_places: tuple[str, ...]  # endings of plural common nouns ("Krankenhäusern")
    states: dict[str, str]  # "keinen Strom" -> "ohne Strom": a count's state names its topic
    place_frames: frozenset[str]  # "Region", "Stadt", "Südosten": frame a place name
    place_prefixes: frozenset[str]  # "Bad", "New", "Sankt": first word of a place name
    place_tails: frozenset[str]  # "Stadt", "Hafen": last parts of place names ("Darmstadt")
    part_frames: frozenset[str]  # "Osten", "Zentrum": name a part of the place after them
    generic_events: frozenset[str]  # "Unwetter": an event group that joins a specific one
    secondary_events: frozenset[str]  # "Protest": an article's other event outranks it
    countries: dict[str, str]  # country -> adjective stem ("Slowenien" -> "slowenisch")
    amount_nouns: tuple[str, ...]  # "fonds", "kredit": "ein Fonds über 2 Mrd. Euro" is exact
    dimensions: frozenset[str]  # "Höhe", "Wert": name a topic only with an owner
    money_nouns: tuple[str, ...]  # "umsatz", "gewinn": what a name's amount of money is
    dimension_words: dict[str, str]  # "groß" -> "Größe", "nördlich" -> "Entfernung"
    unit_dimensions: dict[str, str]  # "Meter" -> "Länge", "PS" -> "Leistung"
    ratio_bases: dict[str, str]  # "Bruttoinlandsprodukts" -> "BIP": "60 Prozent des BIP"
    terms: tuple[str, ...]  # "laufzeit", "amtszeit": a duration's topic (lower case, endings)
    whole_terms: frozenset[str]  # "Haft": a duration's topic only as the whole word
    non_topics: frozenset[str]  # "Grund", "Chancen", "Linie": abstract, never a topic
    openers: frozenset[str]  # "Aufgrund", "Laut": capitalised, but no nouns
    unnamed_suffixes: tuple[str, ...]  # "kreisen": an unnamed source ("Sicherheitskreisen")
    time_units: frozenset[str]  # "Jahr", "Stunde": an age or a duration
    time_plurals: dict[str, str]  # "Monat" -> "Monate", as written after a number
    clause_breaks: frozenset[str]  # ",", "dass", "und": where a subject's clause ends
    clause_openers: frozenset[str]  # "mit", "dort": capitalised at a clause start, no noun
    number_words: frozenset[str]  # "sieben", "zehn": look like adjectives, are numbers
    result_verbs: frozenset[str]  # "kam", "lag": a party's result ("kam auf 30 Prozent")
    casualty_groups: frozenset[str]  # "Soldaten": counted people something can happen to
    casualty_events: frozenset[str]  # "Tote", "Festnahmen": what can happen to them
    attach_preps: frozenset[str]  # "im", "beim", "aus": say where or of what a noun is
    non_adjectives: frozenset[str]  # "zwischen", "unten": look inflected, are no adjectives
    governing_preps: frozenset[str]  # a noun after "von der", "im" is in a prepositional phrase
    opening_preps: frozenset[str]  # a noun right after "seit", "laut", "von" is in one, too
    leading_preps: frozenset[str]  # "Bei dem Erdbeben starben 600": where a count belongs
    trailing_preps: frozenset[str]  # "600 starben beim Beben": after the count, fewer do


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, without blank lines and # comments."""
    lines = (_LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _kinds(name: str) -> dict[str, frozenset[str]]:
    """The words of a "kind<TAB>word" lexicon, by kind."""
    out: dict[str, set[str]] = {}
    for kind, word in _rows(name):
        out.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in out.items()}


@cache
def lexicon() -> Lexicon:
    """Loaded on first use and kept: the files are a few hundred bytes, read once per process."""
    rows = _rows("figure_predicates.tsv")
    predicates = sorted(((tuple(r[0].split()), r[1]) for r in rows), key=lambda p: -len(p[0]))
    acts = [(tuple(r[0].split()), r[1]) for r in rows if r[2:] == ["any"]]
    events = {r[1]: r[2] for r in _rows("figure_scopes.tsv") if r[0] == "event"}
    groups = _rows("figure_casualty_groups.tsv")
    preps = _kinds("figure_prepositions.tsv")
    return Lexicon(
        concepts={r[0]: r[1] for r in _rows("figure_concepts.tsv")},
        predicates=tuple(predicates),
        group_predicates=tuple(sorted(acts, key=lambda p: -len(p[0]))),
        generic=frozenset(r[0] for r in _rows("figure_generic.tsv")),
        ignored_modifiers=frozenset(r[0] for r in _rows("figure_modifiers.tsv")),
        not_counted=frozenset(r[0] for r in _rows("figure_not_counted.tsv")),
        measures=frozenset(r[0] for r in _rows("figure_measures.tsv")),
        frame_nouns=frozenset(r[0] for r in _rows("figure_frame_nouns.tsv")),
        time_nouns=frozenset(r[0] for r in _rows("figure_time_nouns.tsv")),
        report_nouns=frozenset(r[0] for r in _rows("report_nouns.tsv")),
        markers=load_markers(),
        events=events,
        event_suffix=re.compile(
            r"\w\w\w("
            + "|".join(sorted((re.escape(e.lower()) for e in events if len(e) >= 5), key=len))
            + r")(?:s|es)?$"
        ),
        scoped=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "scoped"),
        event_of_concept={
            r[1]: r[2] for r in _rows("figure_scopes.tsv") if r[0] == "scoped" and len(r) > 2
        },
        implied_events={
            r[1]: r[2]
            for r in _rows("figure_scopes.tsv")
            if r[0] == "scoped" and len(r) > 3 and r[3] == "implied"
        },
        not_places=tuple(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "notplace"),
        states={r[1]: r[2] for r in _rows("figure_scopes.tsv") if r[0] == "state"},
        place_frames=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "placeframe"),
        part_frames=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "partframe"),
        place_prefixes=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "placeprefix"),
        place_tails=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "placetail"),
        generic_events=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "generic"),
        secondary_events=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "secondary"),
        countries={r[0]: r[1] for r in _rows("figure_countries.tsv")},
        amount_nouns=tuple(r[0] for r in _rows("figure_amount_nouns.tsv")),
        dimensions=frozenset(r[1] for r in _rows("figure_dimensions.tsv") if r[0] == "noun"),
        money_nouns=tuple(r[1].lower() for r in _rows("figure_dimensions.tsv") if r[0] == "money"),
        dimension_words={r[1]: r[2] for r in _rows("figure_dimensions.tsv") if r[0] == "adj"},
        unit_dimensions={r[1]: r[2] for r in _rows("figure_dimensions.tsv") if r[0] == "unit"},
        ratio_bases={r[1]: r[2] for r in _rows("figure_dimensions.tsv") if r[0] == "ratio"},
        terms=tuple(r[1].lower() for r in _rows("figure_dimensions.tsv") if r[0] == "term"),
        whole_terms=frozenset(r[1] for r in _rows("figure_dimensions.tsv") if r[0] == "wholeterm"),
        non_topics=frozenset(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "noun"),
        openers=frozenset(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "opener"),
        unnamed_suffixes=tuple(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "suffix"),
        time_units=frozenset(r[0] for r in _rows("figure_time_units.tsv")),
        time_plurals={r[0]: r[1] for r in _rows("figure_time_units.tsv")},
        clause_breaks=frozenset(r[0] for r in _rows("figure_clause_breaks.tsv")),
        clause_openers=frozenset(r[0] for r in _rows("figure_clause_openers.tsv")),
        number_words=frozenset(r[0] for r in _rows("figure_number_words.tsv")),
        result_verbs=frozenset(r[0] for r in _rows("figure_result_verbs.tsv")),
        casualty_groups=frozenset(r[1] for r in groups if r[0] == "group"),
        casualty_events=frozenset(r[1] for r in groups if r[0] == "happened"),
        attach_preps=preps["attach"],
        governing_preps=preps["attach"] | preps["govern"],
        non_adjectives=preps["word"],
        opening_preps=preps["attach"] | preps["govern"] | preps["open"],
        leading_preps=preps["leading"],
        trailing_preps=preps["trailing"],
    )


def is_non_topic(word: str) -> bool:
    """Whether a capitalised word can never say what a figure counts or where it belongs: an
    abstract noun or idiom part ("Grund", "Linie", "Richtung"), a capitalised clause opener
    ("Aufgrund", "Laut") or an unnamed source ("Sicherheitskreisen")."""
    lex = lexicon()
    return (
        word in lex.non_topics
        or word in lex.openers
        or (word.lower().endswith(lex.unnamed_suffixes) and len(word) > 8)
    )


ESTIMATE_VERBS = frozenset({"schätzen", "beziffern", "taxieren", "veranschlagen"})


def is_estimate_verb(word: str, lemmatize: Lemmatize = no_lemma) -> bool:
    """A form of "schätzen", "beziffern", "taxieren", "veranschlagen": X estimates Y at N."""
    return word[:1].islower() and any(
        i in ESTIMATE_VERBS for i in infinitives(word.lower(), lemmatize)
    )


def is_measure_unit(unit: str | None) -> bool:
    """Whether a unit measures (Euro, Prozent, Hektar) rather than names what is counted: a
    value in it reads as "35 Prozent", a count as "35"."""
    return bool(unit) and unit in _measure_units()


def names_term(word: str) -> bool:
    """Whether a word is a term a duration measures ("Laufzeit", "Vertragslaufzeit",
    "Haftstrafe", "Haft"; lexicons/figure_dimensions.tsv): a topic a reader compares (the
    demand's and the verdict's term), unlike other durations."""
    if not word[:1].isupper() or " " in word:
        return False
    lex = lexicon()
    return word in lex.whole_terms or word.lower().endswith(lex.terms)


@cache
def _measure_units() -> frozenset[str]:
    """The units `is_measure_unit` accepts, as one set: asked for every figure by several
    rules, a scan of three tables' values per call added up."""
    return (
        frozenset([*R.PERCENT.values(), *R.CURRENCIES.values(), *R.UNIT_ABBREVIATIONS.values()])
        | frozenset(lexicon().measures)
        | {"Stärke"}
    )


__all__ = [
    "AGE_SUBJECT",
    "DURATION_SUBJECT",
    "ESTIMATE_VERBS",
    "Lexicon",
    "ReportVerb",
    "infinitives",
    "is_estimate_verb",
    "is_measure_unit",
    "is_non_topic",
    "lexicon",
    "names_term",
    "no_lemma",
    "report_verb",
]
