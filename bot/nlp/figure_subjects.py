"""What a figure counts or measures: its subject phrase, and the key that groups comparable
subjects across articles.

The subject is built from the noun phrase and its attachments ("Tote beim Erdbeben in
Myanmar", "Verlust der Deutschen Bahn", "Pünktlichkeit im Fernverkehr"), never the bare unit.
The key folds synonyms into one concept via the lexicon files in `lexicons/` (Tote /
Todesopfer / Opfer / "ums Leben gekommen" -> "tote") and keeps different things apart (dead,
missing, injured; troops; protesters). Pure functions over tokens with a `.text`; no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from bot.nlp import figure_rules as R
from bot.nlp.attribution.sources import Markers, load_markers
from bot.nlp.calendar_words import WEEKDAYS
from bot.nlp.figure_changes import changed_owner, changed_subject
from bot.nlp.figure_costs import measured_by_verb
from bot.nlp.figure_lemmas import key_noun, noun_lemma

_LEXICONS = Path(__file__).with_name("lexicons")
Lemmatize = Callable[[str], "str | None"]

# Units that measure time: an age or a duration is extracted, but no /figures topic.
TIME_UNITS = frozenset(
    {"Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Sekunde", "Jahrzehnt", "Jahrhundert"}
)
AGE_SUBJECT = "Alter"
DURATION_SUBJECT = "Dauer"
_NOUN_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüßÄÖÜ-]*$")
_ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
# Prepositions whose phrase says where, in what or of what ("im Fernverkehr", "beim
# Erdbeben", "in Myanmar", "aus Nordkorea"); temporal ones never attach.
_ATTACH_PREPS = frozenset({"in", "im", "bei", "beim", "aus", "an", "am", "auf", "vom"})
_CONTRACT = {
    ("bei", "dem"): "beim",
    ("in", "dem"): "im",
    ("an", "dem"): "am",
    ("von", "dem"): "vom",
    ("zu", "dem"): "zum",
    ("zu", "der"): "zur",
}
_CLAUSE_BREAK = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "„",
        "“",
        '"',
        "–",
        "—",
        "dass",
        "und",
        "oder",
        "aber",
        "weil",
        "wobei",
        "während",
        "nachdem",
        "sowie",
    }
)


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The figure language data, read once from `lexicons/`."""

    concepts: dict[str, str]  # counted noun -> concept
    predicates: tuple[tuple[tuple[str, ...], str], ...]  # clause words -> concept
    generic: frozenset[str]  # nouns that only say "people"
    ignored_modifiers: frozenset[str]
    not_counted: frozenset[str]  # capitalised words after a number that count nothing
    measures: frozenset[str]  # nouns that measure ("Liter"), not counted things
    frame_nouns: frozenset[str]  # "Zahl", "Höhe", "Angaben": frame a number, count nothing
    time_nouns: frozenset[str]  # "Abend", "Vorjahr", weekdays: when, not what or where
    report_verbs: dict[str, str | None]  # infinitive -> particle ("mitteilen" -> "mit")
    report_bases: dict[str, tuple[str, ...]]  # "teilen" -> ("mit",): needs the particle
    report_nouns: frozenset[str]  # "Angaben", "Bericht": head an attribution, name no one
    markers: Markers  # the shared according-to markers (attribution stage)
    events: dict[str, str]  # event noun -> event group ("Beben" -> "Erdbeben")
    event_suffix: re.Pattern[str]  # a compound ending in an event noun ("Busunfall")
    scoped: frozenset[str]  # concepts that belong to an event (casualties)
    not_places: tuple[str, ...]  # endings of plural common nouns ("Krankenhäusern")
    place_frames: frozenset[str]  # "Region", "Stadt", "Südosten": frame a place name
    generic_events: frozenset[str]  # "Unwetter": an event group that joins a specific one
    countries: dict[str, str]  # country -> adjective stem ("Slowenien" -> "slowenisch")
    amount_nouns: tuple[str, ...]  # "fonds", "kredit": "ein Fonds über 2 Mrd. Euro" is exact
    dimensions: frozenset[str]  # "Höhe", "Wert": name a topic only with an owner
    dimension_words: dict[str, str]  # "groß" -> "Größe", "nördlich" -> "Entfernung"
    non_topics: frozenset[str]  # "Grund", "Chancen", "Linie": abstract, never a topic
    openers: frozenset[str]  # "Aufgrund", "Laut": capitalised, but no nouns
    unnamed_suffixes: tuple[str, ...]  # "kreisen": an unnamed source ("Sicherheitskreisen")


def _rows(name: str) -> list[list[str]]:
    lines = (_LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _no_lemma(word: str) -> str | None:
    return None


@cache
def lexicon() -> Lexicon:
    """Loaded on first use and kept: the files are a few hundred bytes, read once per process."""
    predicates = sorted(
        ((tuple(r[0].split()), r[1]) for r in _rows("figure_predicates.tsv")),
        key=lambda p: -len(p[0]),
    )
    events = {r[1]: r[2] for r in _rows("figure_scopes.tsv") if r[0] == "event"}
    verbs: dict[str, str | None] = {}
    bases: dict[str, tuple[str, ...]] = {}
    for infinitive, particle in _rows("figure_report_verbs.tsv"):
        verbs[infinitive] = None if particle == "-" else particle
        if particle != "-":
            base = infinitive[len(particle) :]
            bases[base] = (*bases.get(base, ()), particle)
    return Lexicon(
        concepts={r[0]: r[1] for r in _rows("figure_concepts.tsv")},
        predicates=tuple(predicates),
        generic=frozenset(r[0] for r in _rows("figure_generic.tsv")),
        ignored_modifiers=frozenset(r[0] for r in _rows("figure_modifiers.tsv")),
        not_counted=frozenset(r[0] for r in _rows("figure_not_counted.tsv")),
        measures=frozenset(r[0] for r in _rows("figure_measures.tsv")),
        frame_nouns=frozenset(r[0] for r in _rows("figure_frame_nouns.tsv")),
        time_nouns=frozenset(r[0] for r in _rows("figure_time_nouns.tsv")),
        report_verbs=verbs,
        report_bases=bases,
        report_nouns=frozenset(r[0] for r in _rows("report_nouns.tsv")),
        markers=load_markers(),
        events=events,
        event_suffix=re.compile(
            r"\w\w\w("
            + "|".join(sorted((re.escape(e.lower()) for e in events if len(e) >= 5), key=len))
            + r")(?:s|es)?$"
        ),
        scoped=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "scoped"),
        not_places=tuple(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "notplace"),
        place_frames=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "placeframe"),
        generic_events=frozenset(r[1] for r in _rows("figure_scopes.tsv") if r[0] == "generic"),
        countries={r[0]: r[1] for r in _rows("figure_countries.tsv")},
        amount_nouns=tuple(r[0] for r in _rows("figure_amount_nouns.tsv")),
        dimensions=frozenset(r[1] for r in _rows("figure_dimensions.tsv") if r[0] == "noun"),
        dimension_words={r[1]: r[2] for r in _rows("figure_dimensions.tsv") if r[0] == "adj"},
        non_topics=frozenset(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "noun"),
        openers=frozenset(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "opener"),
        unnamed_suffixes=tuple(r[1] for r in _rows("figure_non_topics.tsv") if r[0] == "suffix"),
    )


@dataclass(frozen=True, slots=True)
class ReportVerb:
    """A form of a report verb: its infinitive, the particles it still needs at the clause's
    end ("teilte … mit"), and whether it is a participle that needs an auxiliary."""

    infinitive: str
    particles: tuple[str, ...]
    participle: bool


def _infinitives(low: str, lemmatize: Lemmatize) -> list[str]:
    """Candidate infinitives of a lower-case verb form: spaCy's lookup lemma, else the form
    itself and its weak stem + "en" (for forms the table lacks: "prognostizierte")."""
    out = [lemma for lemma in (lemmatize(low),) if lemma]
    out.append(low)
    for suffix in ("ten", "te", "t"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + "en")
            break
    return out


def report_verb(word: str, lemmatize: Lemmatize = _no_lemma) -> ReportVerb | None:
    """The report verb `word` is a form of (lexicons/figure_report_verbs.tsv), or None. A
    capitalised word is a noun ("Angaben", "Zahlen"), never a verb form."""
    if not word[:1].islower():
        return None
    low = word.lower()
    lex = lexicon()
    for infinitive in _infinitives(low, lemmatize):
        if infinitive in lex.report_verbs:
            particle = lex.report_verbs[infinitive] or ""
            participle = low.startswith(particle + "ge") and not infinitive.startswith(
                particle + "ge"
            )
            return ReportVerb(infinitive, (), participle)
        particles = lex.report_bases.get(infinitive)
        if particles:
            participle = low.startswith("ge") and not infinitive.startswith("ge")
            return ReportVerb(infinitive, particles, participle)
    return None


def _low(toks: Sequence[_HasText], i: int) -> str:
    return toks[i].text.lower() if 0 <= i < len(toks) else ""


def _text(toks: Sequence[_HasText], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


def _is_noun(word: str) -> bool:
    return (
        bool(_NOUN_RE.match(word))
        and word.lower() not in R.MONTH_WORDS
        and word.lower() not in R.PRONOUNS
        and word.lower() not in R.CLAUSE_ADVERBS
        and word.lower() not in R.DETERMINERS
        and word.lower() not in _ATTACH_PREPS
        and not is_non_topic(word)
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


_ORDINAL_RE = re.compile(
    r"^(?:\d+\.|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft"
    r"|\w+zigst|\w+ßigst|hundertst|tausendst)(?:e|er|en|es|em)?)$"
)


def is_ordinal(word: str) -> bool:
    """An ordinal ("dritter", "vierte", "3."): a rank, never what is counted ("an dritter
    Stelle", "den vierten Platz", "im ersten Durchgang")."""
    return bool(_ORDINAL_RE.match(word.lower()))


# Possessive determiners: "ihre Umsatz" is a company's revenue, the possessive no modifier.
POSSESSIVES = frozenset(
    f"{stem}{end}"
    for stem in ("mein", "dein", "sein", "ihr", "unser", "euer")
    for end in ("", "e", "er", "en", "em", "es")
) | {"dessen", "deren"}


def _is_adj(word: str, lemmatize: Lemmatize = _no_lemma) -> bool:
    """An attributive adjective: lower-case with an adjective ending, not a number word, not
    a finite verb ("machte" -> "machen": an -en lemma is a verb's)."""
    if not _ADJ_RE.match(word) or len(word) <= 3 or word in R.DETERMINERS:
        return False
    if word in _NUMBER_WORDS or word in POSSESSIVES or word in ("mehr", "weniger"):
        return False
    lemma = lemmatize(word)
    return not (lemma and lemma != word and lemma.endswith(("en", "ern", "eln")))


_NUMBER_WORDS = frozenset(
    {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"}
)


def _lower_lemma(word: str, lemmatize: Lemmatize) -> bool:
    if word.lower() in WEEKDAYS or word.lower() in _OPENERS:
        return True
    if word.lower().endswith(_ADJ_SUFFIXES) and not lemmatize(word):
        return True  # "Branchenüblich sind Provisionen von 8%": an adjective opens the clause
    lemma = lemmatize(word.lower())
    return lemma is not None and lemma[:1].islower() and not lemmatize(word)


_ADJ_SUFFIXES = ("lich", "ig", "isch", "bar", "sam", "los", "haft")
_OPENERS = frozenset(
    {
        "mit",
        "von",
        "bis",
        "nach",
        "seit",
        "vor",
        "da",
        "um",
        "über",
        "unter",
        "zu",
        "für",
        "wie",
        "so",
        "auch",
        "nur",
        "dabei",
        "damit",
        "dort",
        "hier",
        "zwar",
        "denn",
        "ob",
    }
)


def predicate_concept(toks: Sequence[_HasText]) -> str | None:
    """The concept the clause's words give counted people ("ums Leben" -> "Tote")."""
    lows = [t.text.lower() for t in toks]
    for words, concept in lexicon().predicates:
        n = len(words)
        for k in range(len(lows) - n + 1):
            if tuple(lows[k : k + n]) == words:
                return concept
    return None


def noun_phrase(
    toks: Sequence[_HasText], k: int, lemmatize: Lemmatize = _no_lemma
) -> tuple[list[str], int] | None:
    """The noun phrase starting at k without its article ("die durchschnittliche
    Pünktlichkeit" -> ["durchschnittliche", "Pünktlichkeit"]), and the index after its
    (possibly multi-word, "Deutschen Bahn") noun; None when no noun follows."""
    n = len(toks)
    while k < n and (toks[k].text.lower() in R.DETERMINERS or toks[k].text in POSSESSIVES):
        k += 1
    words: list[str] = []
    while k < n and _is_adj(toks[k].text, lemmatize) and len(words) < 3:
        if is_ordinal(toks[k].text):
            return None  # "an dritter Stelle", "den vierten Platz": a rank
        words.append(toks[k].text)
        k += 1
    if k >= n or not _is_noun(toks[k].text):
        return None
    while k < n and _is_noun(toks[k].text) and len(words) < 5:
        words.append(toks[k].text)
        k += 1
    return words, k


def attachments(
    toks: Sequence[_HasText], k: int, limit: int = 2, lemmatize: Lemmatize = _no_lemma
) -> tuple[list[str], int]:
    """Genitive and locative attachments after a noun ("der Deutschen Bahn", "im
    Fernverkehr", "beim Erdbeben in Myanmar"), at most `limit`, and the index after them."""
    out: list[str] = []
    while len(out) < limit and k < len(toks):
        w = _low(toks, k)
        if w in ("des", "der") and k + 1 < len(toks):
            np = noun_phrase(toks, k + 1, lemmatize)
            if np is None or _is_time(np[0][-1]):
                break
            out.append(" ".join([toks[k].text, *np[0]]))
            k = np[1]
            continue
        if w in _ATTACH_PREPS or w in ("bei", "in", "an", "von", "zu"):
            prep, j = toks[k].text.lower(), k + 1
            if prep in ("in", "an", "auf") and _low(toks, j) in ("die", "das"):
                break  # accusative: a direction ("an die Grenze"), not where the thing is
            contracted = _CONTRACT.get((prep, _low(toks, j)))
            if contracted:
                prep, j = contracted, j + 1
            np = noun_phrase(toks, j, lemmatize)
            if np is None or _is_time(np[0][-1]) or prep in ("von", "zu"):
                break
            article = ""
            if (
                j < len(toks)
                and toks[j].text.lower() in R.DETERMINERS
                and prep == toks[k].text.lower()
            ):
                article = toks[j].text + " "
            out.append(f"{prep} {article}{' '.join(np[0])}")
            k = np[1]
            continue
        break
    return out, k


def _clause_bounds(toks: Sequence[_HasText], i: int) -> tuple[int, int]:
    a = i
    while a > 0 and toks[a - 1].text.lower() not in _CLAUSE_BREAK:
        a -= 1
    b = i
    while b < len(toks) and toks[b].text.lower() not in _CLAUSE_BREAK and toks[b].text not in ".!?":
        b += 1
    return a, b


def _phrases(
    toks: Sequence[_HasText], a: int, b: int, skip: range, lemmatize: Lemmatize
) -> list[tuple[int, list[str], int, bool]]:
    """(start, words, end, inside a prepositional phrase) of the noun phrases in [a, b).
    A capitalised clause opener whose lemma is lower-case ("Gegenwärtig", "Von") is no noun."""
    out: list[tuple[int, list[str], int, bool]] = []
    k = a
    while k < b:
        if k in skip:
            k = skip.stop
            continue
        if (k == 0 or toks[k - 1].text.lower() in _CLAUSE_BREAK) and _lower_lemma(
            toks[k].text, lemmatize
        ):
            k += 1
            continue
        np = noun_phrase(toks, k, lemmatize)
        if np is None or np[1] > b or is_ordinal(_text(toks, k - 1)):
            k += 1
            continue
        in_pp = _low(toks, k - 1) in _ATTACH_PREPS | {
            "von",
            "nach",
            "mit",
            "seit",
            "bis",
            "um",
            "über",
            "unter",
            "vor",
            "zu",
            "laut",
        }
        if _genitive_attribute(toks, k):
            in_pp = True  # "Schätzungen des Landratsamts": whose, not what
        if _low(toks, k - 1) in R.DETERMINERS and _low(toks, k - 2) in _ATTACH_PREPS | {
            "von",
            "mit",
            "nach",
            "zu",
            "über",
            "unter",
            "vor",
        }:
            in_pp = True
        out.append((k, np[0], np[1], in_pp))
        k = np[1]
    return out


def measured_subject(
    toks: Sequence[_HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """What an amount in a unit (Euro, Prozent, Kilometer) measures: the genitive after the
    unit ("30 Prozent der Stimmen"), the noun before "von" ("ein Verlust von 2 Mrd. Euro"),
    else the clause's subject phrase with its attachments ("Die Pünktlichkeit im Fernverkehr
    lag bei 62 Prozent"); None when the clause names nothing."""
    after = last + 1
    dimension = lexicon().dimension_words.get(_low(toks, after))
    if dimension and unit not in R.PERCENT.values() and unit not in R.CURRENCIES.values():
        # "1,75 Meter groß", "60 Kilometer nördlich von Erigabo"; never a share or an amount
        # ("34 Prozent vor vier Jahren" is no distance)
        return dimension
    share = vote_share(toks, first, last, unit, lemmatize)
    if share is not None:
        return share
    found = _measured(toks, first, last, unit, lemmatize)
    named = re.findall(r"[\w-]+", found or "")
    if found and unit == "Prozent" and not any(_ELECTION_RE.match(w) for w in named):
        scope = election_scope(toks)  # "Wahlbeteiligung (Landtagswahl in Hessen 2013)"
        return f"{found} ({' '.join(scope)})" if scope else found
    return found


def _measured(
    toks: Sequence[_HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    after = last + 1
    a, _ = _clause_bounds(toks, first)
    head = a
    while head < first and (_low(toks, head) in R.DETERMINERS or _is_adj(_text(toks, head))):
        head += 1
    if head < first and _text(toks, head) in lexicon().non_topics:
        return _text(toks, head)  # "Der Grund sind 3 Prozent": what it says, but no topic
    after = _past_comparative(toks, after)
    if (
        after < len(toks)
        and _is_noun(toks[after].text)
        and toks[after].text not in lexicon().frame_nouns
    ):
        np = noun_phrase(toks, after, lemmatize)  # "262 Millionen Euro Gewinn"
        if np is not None:
            return _display(np[0], toks, np[1], lemmatize)
    if _low(toks, after) in ("der", "des", "aller") and after + 1 < len(toks):
        np = noun_phrase(toks, after + 1, lemmatize)
        if np and not _is_time(np[0][-1]):
            more, _ = attachments(toks, np[1], 1, lemmatize)
            return " ".join([unit, toks[after].text, *np[0], *more])
    before = _named_before(toks, first, unit, lemmatize)
    if before is not None:
        return before
    a, b = _clause_bounds(toks, first)
    by_verb = measured_by_verb(toks, a, b)
    if by_verb is not None:  # "Die Einigung koste … 45 Millionen Euro": Kosten der Einigung
        more, _ = attachments(toks, by_verb[1], 1, lemmatize)
        return " ".join([by_verb[0], *more])
    estimated = _estimated_object(toks, a, first, lemmatize) or _framed(
        toks, a, b, range(first, last + 1), lemmatize
    )
    if estimated is not None:
        return estimated
    phrases = _usable(_phrases(toks, a, b, range(first, last + 1), lemmatize))
    if not phrases:
        phrases = _usable(_phrases(toks, 0, len(toks), range(first, last + 1), lemmatize))
    subjects = [p for p in phrases if not p[3]]
    pick = subjects[0] if subjects else (phrases[0] if phrases else None)
    if pick is None:
        return None
    return _display(pick[1], toks, pick[2], lemmatize)


def _named_before(
    toks: Sequence[_HasText], first: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """What the words right before an amount name as measured: a change ("eine Erhöhung der
    Löhne um 8 Prozent"), the amount an elided one continues ("…, mindestens aber 350 Euro"),
    a noun before "von"/"über" ("ein Fonds über 2 Mrd. Euro")."""
    changed = changed_subject(toks, first)
    if changed is not None:
        return changed  # "eine Erhöhung der Löhne um 8 Prozent"
    previous = _elided_amount(toks, first)
    if previous is not None:
        return _measured(toks, previous, previous + 1, unit, lemmatize)
    k = first - 1
    if _low(toks, k) == "von" and _low(toks, k - 1) == "höhe" and _low(toks, k - 2) == "in":
        k -= 2
    if _low(toks, k) in ("von", "in", "über"):  # "ein Fonds über 2 Mrd. Euro"
        j = k - 1
        while j >= 0 and _is_noun(toks[j].text) and j > k - 3:
            if j < k - 1 and _in_pp(toks, j):
                break  # "auf den Zufahrtsstraßen Staus von 20 Kilometern": where, not what
            j -= 1
        if j < k - 1:
            np = noun_phrase(toks, j + 1, lemmatize)
            if np and np[0][-1] not in lexicon().frame_nouns:
                words = _nominative(np[0], _low(toks, j), lemmatize)
                return _display(words, toks, np[1], lemmatize)
    return None


_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jedes"})


def _in_pp(toks: Sequence[_HasText], j: int) -> bool:
    """Whether the noun at j closes a prepositional phrase ("auf den Zufahrtsstraßen")."""
    preps = _ATTACH_PREPS | {"von", "mit", "nach", "zu", "über", "unter", "vor", "auf"}
    if _low(toks, j - 1) in R.DETERMINERS:
        j -= 1
    return _low(toks, j - 1) in preps


def _nominative(words: list[str], before: str, lemmatize: Lemmatize) -> list[str]:
    """A genitive noun shown as its lemma ("wegen des Defizits von 20 Millionen Euro" ->
    "Defizit"): the subject names the thing, whatever case the sentence puts it in."""
    if before not in _GENITIVE_ARTICLES or not words:
        return words
    lemma = noun_lemma(words[-1], lemmatize)
    return [*words[:-1], lemma] if lemma else words


def _elided_amount(toks: Sequence[_HasText], first: int) -> int | None:
    """The amount before the comma an elided one continues ("um 8 Prozent, mindestens aber
    350 Euro": both measure the increase): the amount (with its qualifier) opens its clause,
    the clause before it ends with an amount. Its number's index, else None."""
    a, _ = _clause_bounds(toks, first)
    if a < 3 or toks[a - 1].text != "," or a != first:
        return None  # "…, spülte 558 Millionen US-Dollar": a clause of its own
    for p in (a - 2, a - 3):
        if p >= 0 and any(c.isdigit() for c in _text(toks, p)):
            return p
    return None


_COMPARATIVES = frozenset({"mehr", "weniger"})


def _past_comparative(toks: Sequence[_HasText], after: int) -> int:
    """Where the measured noun after a unit starts: past a comparative ("acht Prozent mehr
    Lohn" measures Lohn) or "an" ("1,2 Millionen Euro an Spenden" measures Spenden)."""
    if _low(toks, after) in _COMPARATIVES and after + 1 < len(toks):
        return after + 1
    if _low(toks, after) == "an" and _is_noun(_text(toks, after + 1)):
        return after + 1
    return after


def _genitive_attribute(toks: Sequence[_HasText], k: int) -> bool:
    """Whether the noun phrase at k is a genitive attribute of the noun before its article
    ("Schätzungen des Landratsamts", "Einschätzung des Umweltbundesamts")."""
    if _low(toks, k) in ("des", "der"):
        k += 1  # the phrase starts at its article
    if _low(toks, k - 1) not in ("des", "der") or k < 2:
        return False
    word = toks[k - 2].text
    return bool(_NOUN_RE.match(word)) and word.lower() not in R.DETERMINERS | R.PRONOUNS


def _framed(
    toks: Sequence[_HasText], a: int, b: int, skip: range, lemmatize: Lemmatize
) -> str | None:
    """A frame noun with its genitive as the clause's subject ("die Zahl der Starkregentage in
    Mitteldeutschland wird um 20 Prozent steigen"): the amount measures that number, so the
    subject is the whole phrase, not the frame's genitive alone nor another noun."""
    frames = lexicon().frame_nouns
    for k in range(a + 1, b - 2):
        if k in skip or toks[k].text not in frames or _low(toks, k + 1) not in ("der", "des"):
            continue
        if _low(toks, k - 1) not in R.DETERMINERS or _low(toks, k - 2) in _ATTACH_PREPS | {
            "von",
            "nach",
            "mit",
            "zu",
            "über",
            "unter",
            "vor",
        }:
            continue
        np = noun_phrase(toks, k + 2, lemmatize)
        if np is None or np[1] > b or np[1] > skip.start or _is_time(np[0][-1]):
            continue
        more, _ = attachments(toks, np[1], 1, lemmatize)
        return " ".join([toks[k].text, toks[k + 1].text, *np[0], *more])
    return None


_VOTES = frozenset({"stimmen", "wählerstimmen", "zweitstimmen", "erststimmen", "voten"})
_ELECTION_RE = re.compile(
    r"^(?:\w*[wW]ahl(?:en|gang)?|Abstimmung|Referendum|Volksabstimmung|Urwahl)$"
)


def vote_share(
    toks: Sequence[_HasText], first: int, last: int, unit: str, lemmatize: Lemmatize
) -> str | None:
    """A share of the votes ("Die SPD erhielt bei der Landtagswahl in Bayern 18 Prozent der
    Stimmen") keeps who got it and which election: "Stimmenanteil SPD (Landtagswahl in
    Bayern)", so shares of different elections never share a topic. None when the amount is
    no vote share: a percentage without "der Stimmen" needs an election word and a party."""
    if unit != "Prozent":
        return None
    votes = _low(toks, last + 1) in ("der", "aller") and _low(toks, last + 2) in _VOTES
    scope = election_scope(toks)
    a, _ = _clause_bounds(toks, first)
    if not votes and not scope and not any(_low(toks, k) in _RESULT_VERBS for k in range(a, first)):
        return None
    who = _party_words(toks, a, first, lemmatize)
    if not votes and not (who and _PARTY_RE.match(who[-1])):
        return None
    name = " ".join(["Stimmenanteil", *who])
    return f"{name} ({' '.join(scope)})" if scope else name


# A party: an acronym ("SPD", "AfD", "ÖVP"), a party noun ("Grünen", "Linke", "Union") or a
# name ending in one ("Freiheitsbewegung", "Volkspartei", "Wahlbündnis").
_PARTY_RE = re.compile(
    r"^(?:[A-ZÄÖÜ][A-ZÄÖÜa-z]?[A-ZÄÖÜ]{1,4}|Grüne|Grünen|Linke|Linken|Union|Republikaner"
    r"|Demokraten|Konservativen|Sozialdemokraten|Liberalen|Piraten|Freien Wähler"
    r"|[A-ZÄÖÜ]\w*(?:partei|bewegung|bündnis|allianz))$"
)
# "Die CDU kam auf 30 Prozent", "die SPD lag bei 16 Prozent": a party's result, election or
# poll, even when the sentence names neither.
_RESULT_VERBS = frozenset(
    [
        "kam",
        "kamen",
        "kommt",
        "kommen",
        "käme",
        "kämen",
        "erreichte",
        "erreichten",
        "erreicht",
        "erzielte",
        "erzielten",
        "erzielt",
        "holte",
        "holten",
        "holt",
        "erhielt",
        "erhielten",
        "erhält",
        "landete",
        "landeten",
        "lag",
        "lagen",
        "liegt",
        "liegen",
    ]
)


def _party_words(toks: Sequence[_HasText], a: int, first: int, lemmatize: Lemmatize) -> list[str]:
    """The capitalised words of the phrase before a share that names who got it: the phrase
    naming a party when there is one ("Stärkste Kraft wurde die SDS mit 31 Prozent" -> SDS),
    else the first subject phrase."""
    phrases = [p for p in _phrases(toks, a, first, range(0), lemmatize) if not p[3]]
    words = [[w for w in p[1] if w[:1].isupper() and not _ELECTION_RE.match(w)] for p in phrases]
    words = [[w for w in ws if not w.startswith("Stimmen")] for ws in words]
    named = [ws for ws in words if ws and _PARTY_RE.match(ws[-1])]
    return named[0] if named else (words[0] if words else [])


def election_scope(toks: Sequence[_HasText]) -> list[str]:
    """The election a sentence names, with its place and year ("bei der Landtagswahl in
    Hessen 2013" -> ["Landtagswahl", "in Hessen", "2013"]); [] when it names none."""
    at = next((k for k, t in enumerate(toks) if _ELECTION_RE.match(t.text)), None)
    if at is None:
        return []
    scope = [toks[at].text]
    more, after = attachments(toks, at + 1, 1)
    scope += more
    year = _text(toks, after)
    if re.fullmatch(r"(?:19|20)\d\d", year):
        scope.append(year)
    return scope


def with_election_year(subject: str | None, year: int | None) -> str | None:
    """A vote share or another figure of an election ("Wahlbeteiligung bei der Landtagswahl")
    whose sentence names no year takes the year of the figure's date
    ("Stimmenanteil SPD (Landtagswahl in Bayern 2023)"): the same party's shares in two
    elections are two topics even when both articles just say "bei der Landtagswahl"."""
    if not subject or year is None:
        return subject
    words = re.findall(r"[\w-]+", subject)
    about_election = words[:1] == ["Stimmenanteil"] or (bool(words) and words[0].startswith("Wahl"))
    if not about_election and not any(_ELECTION_RE.match(w) for w in words):
        return subject  # "Wahlbeteiligung", "Wahlberechtigte": an election's, too
    if re.search(r"\b(?:19|20)\d\d\)?$", subject):
        return subject
    if subject.endswith(")"):
        return f"{subject[:-1]} {year})"
    return f"{subject} ({year})"


_ESTIMATE_VERBS = frozenset({"schätzen", "beziffern", "taxieren", "veranschlagen"})


_MEASURED_ENDINGS = ("schaden", "schäden", "kosten", "verlust", "verluste", "zahl", "summe")


def names_measured(words: Sequence[str]) -> bool:
    """Whether a noun phrase names what is measured or counted ("Die Zahl der Toten", "Die
    Kosten", "Die Schäden"), never who measures it: before a report verb it is the fronted
    object ("Die Zahl der Toten bezifferte die Polizei auf 12")."""
    head = next((w for w in words if _is_noun(w) or w in lexicon().non_topics), "")
    lex = lexicon()
    return (
        head in lex.frame_nouns
        or head in lex.dimensions
        or head in lex.concepts
        or head.lower().endswith(_MEASURED_ENDINGS)
    )


def is_estimate_verb(word: str, lemmatize: Lemmatize = _no_lemma) -> bool:
    """A form of "schätzen", "beziffern", "taxieren", "veranschlagen": X estimates Y at N."""
    return word[:1].islower() and any(
        i in _ESTIMATE_VERBS for i in _infinitives(word.lower(), lemmatize)
    )


def _estimated_object(
    toks: Sequence[_HasText], a: int, first: int, lemmatize: Lemmatize
) -> str | None:
    """The measured thing of "X schätzt/beziffert Y auf N": Y, the object, never X (the
    subject of the verb is the source). "Die Ermittler schätzen den Schaden auf rund 2
    Millionen Euro" -> "Schaden"; None when the amount follows no "auf" of such a verb."""
    k = first - 1
    while k > a and toks[k].text[:1].islower() and _low(toks, k) != "auf" and k > first - 4:
        k -= 1  # qualifiers: "auf rund", "auf mehr als"
    if _low(toks, k) != "auf":
        return None
    verb = next(
        (
            j
            for j in range(a, k)
            if toks[j].text[:1].islower()
            and any(i in _ESTIMATE_VERBS for i in _infinitives(_low(toks, j), lemmatize))
        ),
        None,
    )
    if verb is None:
        return None
    phrases = [p for p in _usable(_phrases(toks, a, k, range(0), lemmatize)) if not p[3]]
    accusative = [p for p in phrases if _low(toks, p[0]) in ("den", "einen")]
    fronted = [p for p in phrases if p[0] < verb and names_measured(p[1])]  # "Die Kosten"
    after_verb = [p for p in phrases if p[0] > verb]
    picks = accusative or fronted or after_verb[-1:]
    if not picks:
        return None
    pick = picks[0]
    return _display(pick[1], toks, pick[2], lemmatize)


def _usable(
    phrases: list[tuple[int, list[str], int, bool]],
) -> list[tuple[int, list[str], int, bool]]:
    return [
        p
        for p in phrases
        if p[1][-1] not in lexicon().frame_nouns
        and not _is_time(p[1][-1])
        and p[1][-1].lower() not in _NUMBER_WORDS
    ]


def _is_time(word: str) -> bool:
    """A time word ("Freitagmorgen", "Vorjahr") or a measure frame ("in Höhe von", "im Alter
    von"): never what a figure counts or where it belongs."""
    return word in lexicon().time_nouns or word.lower().startswith(tuple(WEEKDAYS))


def _display(words: list[str], toks: Sequence[_HasText], end: int, lemmatize: Lemmatize) -> str:
    more, _ = attachments(toks, end, 2, lemmatize)
    while len(words) > 1 and is_measure_unit(words[0]):
        words = words[1:]  # "Euro Schmerzensgeld" (from "3.000 Euro Schmerzensgeld"): the unit
    shown = [
        w if not w[:1].islower() or _is_adverb(w, words[k + 1 :], lemmatize) else _norm_adj(w)
        for k, w in enumerate(words)
        if w not in POSSESSIVES
    ]
    return " ".join([*shown, *more])


def _is_adverb(word: str, rest: Sequence[str], lemmatize: Lemmatize) -> bool:
    """An uninflected adverb before an adjective ("bisher geschätzte", "schwer betroffene"):
    shown as written, never cut to "bishe", "schwe"."""
    return (
        bool(rest)
        and rest[0][:1].islower()
        and word.endswith("er")
        and lemmatize(word.lower()) in (None, word.lower())
    )


def _norm_adj(word: str) -> str:
    w = word.lower()
    for suffix in ("en", "er", "es", "em"):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + "e"
    return w


def counted_subject(
    toks: Sequence[_HasText],
    noun: str,
    unit: str,
    adjectives: list[str],
    noun_index: int,
    first: int,
    lemmatize: Lemmatize,
) -> str:
    """What a count counts: the counted noun with its adjectives and attachments ("Tote beim
    Erdbeben in Myanmar"); a generic noun ("Menschen") named by what happened to them
    ("Tote"), and, without an attachment of its own, the clause's locative phrase before the
    number ("Bei dem Erdbeben starben 600 Menschen" -> "Tote beim Erdbeben")."""
    head = noun
    if unit in lexicon().measures and not adjectives:
        np = noun_phrase(toks, noun_index + 1, lemmatize)
        if np is not None and _low(toks, noun_index + 1) not in R.DETERMINERS:
            more, _ = attachments(toks, np[1], 1, lemmatize)
            return " ".join([*np[0], *more])  # "120 Liter Regen"
        return measured_subject(toks, first, noun_index, unit, lemmatize) or noun
    if unit in lexicon().generic:
        if _changed_state(toks, noun_index):
            return noun  # "Drei Menschen, die als vermisst galten, wurden tot geborgen"
        a, b = _clause_bounds(toks, noun_index)
        concept = predicate_concept(toks[a:b]) or predicate_concept(toks)
        named = [w for w in adjectives if w.capitalize() in lexicon().concepts]
        if named:  # "40 tote Menschen", "zwölf verletzte Personen"
            concept = lexicon().concepts[named[0].capitalize()]
            adjectives = [w for w in adjectives if w != named[0]]
        if concept:
            head = concept
    elif lexicon().concepts.get(unit) in _GROUPS:
        a, b = _clause_bounds(toks, noun_index)
        happened = predicate_concept(toks[a:b])
        if happened in _HAPPENED:
            # "12 Demonstranten wurden verletzt": injured, not the protest's size
            return f"{happened} ({noun})"
    after = noun_index + 1
    if (
        _low(toks, after) == "aus"
        and R.COUNTRY_ADJECTIVES.get(_text(toks, after + 1)) in adjectives
    ):
        after += 2  # "Soldaten aus Nordkorea" is already "nordkoreanische Soldaten"
    more, _ = attachments(toks, after, 2, lemmatize)
    if unit == "Jahr" and (_low(toks, after).startswith("alt") or "jährig" in noun.lower()):
        return age_subject(toks, first, after, lemmatize)
    if unit in TIME_UNITS and not adjectives and not more:
        # "Der Einsatz dauerte drei bis fünf Stunden": a duration of something, no topic
        owner = _context(toks, first, noun_index, lemmatize)
        return " ".join([DURATION_SUBJECT, *owner])
    if not more:
        more = _leading_place(toks, first, after)
    if not more and not adjectives:
        more = _context(toks, first, noun_index, lemmatize)
    return " ".join([*adjectives, head, *more])


_RELATIVE = frozenset({"die", "der", "das", "welche", "welcher"})


def _changed_state(toks: Sequence[_HasText], noun_index: int) -> bool:
    """Whether counted people are defined by a relative clause stating another state than
    the sentence's ("Drei Menschen, die bisher als vermisst galten, wurden tot geborgen"):
    they moved from one count to another, so they are no total of either."""
    if _text(toks, noun_index + 1) != "," or _low(toks, noun_index + 2) not in _RELATIVE:
        return False
    end = next(
        (k for k in range(noun_index + 3, len(toks)) if toks[k].text in (",", ".", ";")),
        len(toks),
    )
    before = predicate_concept(toks[noun_index + 2 : end])
    after = predicate_concept(toks[end:])
    return before is not None and after is not None and before != after


# Counted groups whose members something can happen to, and what: a count of protesters who
# were arrested or injured is a count of arrests or injuries ("protesters vs. victims",
# "troops vs. casualties"), never the size of the protest or the troops.
_GROUPS = frozenset({"Demonstranten", "Soldaten", "Polizisten", "Zivilisten", "Kinder"})
_HAPPENED = frozenset({"Tote", "Verletzte", "Schwerverletzte", "Vermisste", "Festnahmen"})


def age_subject(toks: Sequence[_HasText], first: int, after: int, lemmatize: Lemmatize) -> str:
    """An age ("ein 46-jähriger Mann", "39 Jahre alter Mann", "Santillan (60 Jahre)"): the
    subject is "Alter" of the person named next to it; never a topic."""
    a, b = _clause_bounds(toks, first)
    np = noun_phrase(toks, after + 1, lemmatize) or noun_phrase(toks, after, lemmatize)
    if np is None:
        found = [p for p in _phrases(toks, a, b, range(first, after + 1), lemmatize)]
        words = found[-1][1] if found else []
    else:
        words = np[0]
    nouns = [w for w in words if w[:1].isupper()]
    return f"{AGE_SUBJECT} ({' '.join(nouns)})" if nouns else AGE_SUBJECT


def _context(
    toks: Sequence[_HasText], first: int, noun_index: int, lemmatize: Lemmatize
) -> list[str]:
    """What a count belongs to when its noun has no attachment: the clause's other subject
    or object ("Derzeit beschäftigt die CCE rund 9.000 Arbeitnehmer" -> "(CCE)")."""
    a, b = _clause_bounds(toks, first)
    own = toks[noun_index].text[:4]
    phrases = [
        p
        for p in _phrases(toks, a, b, range(first, noun_index + 1), lemmatize)
        if not p[1][-1].startswith(own)
    ]
    if not _usable(phrases):  # an enumeration or a short clause: the sentence's other phrases
        phrases = [
            p
            for p in _phrases(toks, 0, len(toks), range(first, noun_index + 1), lemmatize)
            if not p[1][-1].startswith(own)
        ]
    phrases = _usable(phrases)
    if _reports(toks, lemmatize):
        # "Die Polizei zählte 5.000 Demonstranten": the clause's subject is the source, not
        # what is counted; only a prepositional phrase can still say where.
        phrases = [p for p in phrases if p[3] and _low(toks, p[0] - 1) != "laut"]
    if not phrases:
        return []
    pick = next((p for p in phrases if not p[3]), phrases[0])
    nouns = [w for w in pick[1] if w[:1].isupper()]
    return [f"({' '.join(nouns)})"] if nouns else []


def _reports(toks: Sequence[_HasText], lemmatize: Lemmatize) -> bool:
    """Whether the sentence names a source: a report verb or an according-to marker of the
    shared attribution stage."""
    markers = lexicon().markers
    return any(
        t.text.lower() in markers.before
        or t.text.lower() in markers.after
        or t.text.lower() in markers.back
        or report_verb(t.text, lemmatize) is not None
        for t in toks
    )


def _leading_place(toks: Sequence[_HasText], first: int, after: int | None = None) -> list[str]:
    """A locative phrase opening the clause before the number ("Bei dem Erdbeben in Myanmar
    sind 600 Menschen ..."): it says where the count belongs."""
    a, b = _clause_bounds(toks, first)
    start = after if after is not None else first + 1
    for k in [*range(a, first), *range(start, b)]:
        # after the count only "bei"/"in" say where it belongs ("600 starben beim Beben in
        # Myanmar"); "aus"/"auf"/"an" there belong to the verb ("zwei Männer rissen die
        # Tasche aus dem Kinderwagen")
        preps = _LEADING_PREPS if k < first else _TRAILING_PREPS
        if _low(toks, k) in preps:
            found, _ = attachments(toks, k)
            if found:
                return found
    return []


_LEADING_PREPS = frozenset({"bei", "beim", "in", "im", "an", "am", "auf", "aus"})
_TRAILING_PREPS = frozenset({"bei", "beim", "in", "im"})


def elided_subject(toks: Sequence[_HasText], first: int) -> tuple[str, str] | None:
    """(unit, subject) of a number whose noun is left out ("Etwa 600 wurden getötet"):
    the concept the clause gives ("Tote") is both what is counted and its unit, as no noun
    was written."""
    _, b = _clause_bounds(toks, first)
    concept = predicate_concept(toks[first:b])
    if concept is None:
        return None
    return concept, " ".join([concept, *_leading_place(toks, first)])


def is_measure_unit(unit: str | None) -> bool:
    """Whether a unit measures (Euro, Prozent, Hektar) rather than names what is counted: a
    value in it reads as "35 Prozent", a count as "35"."""
    return bool(unit) and (
        unit in R.PERCENT.values()
        or unit in R.CURRENCIES.values()
        or unit in R.UNIT_ABBREVIATIONS.values()
        or unit in lexicon().measures
        or unit == "Stärke"
    )


_PLURAL_UNITS = {
    "Prozentpunkt": "Prozentpunkte",
    "Tonne": "Tonnen",
    "Meile": "Meilen",
    "Kilowattstunde": "Kilowattstunden",
    "Punkt": "Punkte",
}


def unit_text(unit: str, value: float) -> str:
    """The unit as written after a number ("8 Prozentpunkte", "1 Tonne", "3 Euro")."""
    return unit if value == 1 else _PLURAL_UNITS.get(unit, unit)


def is_bare(subject: str | None, unit: str | None) -> bool:
    """Whether a subject says no more than its unit ("Euro", "Soldaten" for Soldat)."""
    if not unit:
        return False
    if not subject:
        return True
    words = subject.split()
    if len(words) > 1 or words[0] in lexicon().concepts or unit in lexicon().concepts:
        return False  # "Tote", "Todesopfer": a concept of the lexicon names what is counted
    s, u = words[0].lower(), unit.lower()
    return s == u or s.startswith(u[: max(3, len(u) - 1)]) or u.startswith(s[: max(3, len(s) - 2)])


def subject_group(subject: str | None, unit: str | None) -> str | None:
    """The grouping phrase of a subject (the store folds it into the key), or None when it is
    no topic: a bare unit, an age or a duration.

    - Concepts of the lexicon (Tote, Verletzte, Soldaten...) group by concept and their
      distinguishing adjectives: "Tote beim Erdbeben", "Todesopfer" and "Leichen in Mandalay"
      are one death toll; "nordkoreanische Soldaten in Russland" and "nordkoreanische
      Soldaten" one group.
    - Other counted nouns group by their adjectives when they have some ("deutsche Städte"),
      else by the whole phrase ("Zuschauer im Ellis Park"); the plain noun is no topic.
    - Measured things group by their whole phrase ("Pünktlichkeit im Fernverkehr").
    """
    if not subject or is_bare(subject, unit) or (unit in TIME_UNITS):
        return None
    if subject.startswith(AGE_SUBJECT + " ") or subject == AGE_SUBJECT:
        return None
    subject = _without_noise(subject)
    words = changed_owner(subject.split()) or subject.split()  # "Erhöhung der Löhne": Lohn
    lex = lexicon()
    head = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if head is not None and _no_topic_head(words, head, unit):
        return None
    if head is None or (is_measure_unit(unit) and concept_of(subject, unit) is None):
        if _ownerless(subject, unit):
            return None
        return _key(" ".join(_lemma_head(words, head)))
    modifiers = [w for w in words[:head] if w.lower() not in lex.ignored_modifiers]
    concept = concept_of(subject, unit)
    if concept is not None:
        scope = " ".join(p for p in scope_of(subject) if p) if concept in lex.scoped else ""
        return _key(" ".join([*modifiers, concept, f"({scope})" if scope else ""]))
    if modifiers:
        return _key(" ".join([*modifiers, key_noun(words[head])]))
    if len(words) == head + 1:
        return None  # "Menschen": only the counted noun
    return _key(" ".join(_lemma_head(words, head)[head:]))


def _lemma_head(words: list[str], head: int | None) -> list[str]:
    """The words with the head noun as its lemma: "Soforthilfen" and "Soforthilfe" are one
    key (singular and plural of one thing are one topic)."""
    if head is None:
        return words
    return [*words[:head], key_noun(words[head]), *words[head + 1 :]]


_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")


def _without_noise(subject: str) -> str:
    """The subject without bracketed context that names nothing it belongs to ("Menschen
    (Erkenntnissen)", "Todesopfer (Taifun) (in Richtung)") and without possessives ("ihre
    Umsatz")."""

    def keep(m: re.Match[str]) -> str:
        inner = m.group(1).split()
        nouns = [w for w in inner if w[:1].isupper()]
        if any(re.fullmatch(r"(?:19|20)\d\d", w) for w in inner):
            return m.group(0)  # an election's year: "(Landtagswahl 2023)", "(2021)"
        if not nouns or any(is_non_topic(w) or is_ordinal(w) for w in inner):
            return ""
        return m.group(0)

    cleaned = _BRACKET_RE.sub(keep, subject)
    words = [w for w in cleaned.split() if w not in POSSESSIVES]
    return " ".join(words) or subject


def _stem(word: str) -> str:
    w = word.lower()
    for ending in ("es", "en", "n", "s", "e"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def without_source(subject: str | None, source: str | None) -> str | None:
    """The subject without bracketed context that only names the figure's source ("Menschen
    (Veranstalter)" from "Nach Angaben der Veranstalter kamen 20.000 Menschen", "Obdachlose
    (Roten Kreuzes)"): who reports a count is never what it belongs to."""
    if not subject or not source or "(" not in subject:
        return subject
    told = {_stem(w) for w in re.findall(r"[\w-]+", source)}

    def keep(m: re.Match[str]) -> str:
        nouns = [w for w in m.group(1).split() if w[:1].isupper()]
        return "" if nouns and all(_stem(w) in told for w in nouns) else m.group(0)

    return _BRACKET_RE.sub(keep, subject).strip() or subject


def _no_topic_head(words: Sequence[str], head: int, unit: str | None) -> bool:
    """Whether the phrase names no topic: its head is abstract or a clause opener ("Grund",
    "Chancen in der Abwehr", "Laut BBC News"), a unit or measure itself ("Kilogramm bei einer
    Länge", "Metern"), or it carries a rank ("vierte Platz", "erste Durchgang")."""
    word = words[head]
    lex = lexicon()
    if word in lex.frame_nouns and words[head + 1 : head + 2] in (["der"], ["des"]):
        return len(words) < head + 3  # "Zahl der Starkregentage": the frame with what it frames
    if is_non_topic(word) or any(is_ordinal(w) for w in words[:head]):
        return True
    if word != unit and (word in lex.measures or word.rstrip("n") in lex.measures):
        return len(words) > head + 1 and words[head + 1][:1].islower()
    return False


_PRONOMINAL_RE = re.compile(
    r"^(?:Da|Wo)r?(?:über|unter|von|mit|bei|nach|für|gegen|hinter|neben|vor|zu|durch|auf|aus"
    r"|in|an|um)$"
)


def _ownerless(subject: str, unit: str | None) -> bool:
    """Whether a measured subject names no owner and so no topic: one word that is a
    dimension ("Höhe", "Wert", "Minus"), a unit ("Kilogramm" for Meter, "Celsius"), a
    pronominal adverb ("Darüber", "Danach") or a sentence adverb ("Allein")."""
    core = subject.split(" (")[0]
    if " " in core:
        return False
    lex = lexicon()
    return (
        core in lex.dimensions
        or core in lex.measures
        or core == unit
        or bool(_PRONOMINAL_RE.match(core))
        or core.lower() in R.CLAUSE_ADVERBS
    )


def concept_of(subject: str | None, unit: str | None) -> str | None:
    """The lexicon concept a subject counts ("Todesopfer beim Beben" -> "Tote"), or None."""
    if not subject:
        return None
    words = subject.split()
    lex = lexicon()
    head = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if head is None:
        return None
    concept = lex.concepts.get(words[head])
    if concept is None and unit and lex.concepts.get(unit) and words[head].startswith(unit[:-1]):
        concept = lex.concepts[unit]
    return concept


Scope = tuple[str | None, str | None]  # (event group, place)


def event_of(word: str) -> str | None:
    """The event group a noun names ("Bebens" -> "Erdbeben", "Busunfall" -> "Unfall"), or
    None."""
    lex = lexicon()
    for cut in ("", "s", "es"):
        if cut and not word.endswith(cut):
            continue
        found = lex.events.get(word[: len(word) - len(cut)] if cut else word)
        if found:
            return found
    m = lex.event_suffix.search(word.lower())
    if m is None:
        return None  # else a compound: "Bombenanschlag", "Busunfall"
    return next((g for e, g in lex.events.items() if e.lower() == m.group(1)), None)


def _place_after(words: Sequence[str], i: int) -> str | None:
    """The place of "in Myanmar", "aus Spanien", "in der Türkei", "im Iran" at words[i]."""
    prep = words[i].lower()
    if prep not in ("in", "im", "aus") or i + 1 >= len(words):
        return None
    framed = _framed_place(words, i + 1 if prep == "im" else i + 2)
    if framed is not None and (prep == "im" or words[i + 1].lower() in ("der", "dem")):
        return framed
    nxt = words[i + 1]
    if nxt.lower() in ("der", "dem") and i + 2 < len(words):
        nxt = words[i + 2]
        return nxt if nxt in R.COUNTRY_ADJECTIVES else None
    if prep == "im":
        return nxt if nxt in R.COUNTRY_ADJECTIVES else None
    if not _NOUN_RE.match(nxt) or event_of(nxt) or _is_time(nxt) or is_non_topic(nxt):
        return None
    if nxt.lower().endswith(lexicon().not_places):
        return None
    return nxt.rstrip(",.")


def _framed_place(words: Sequence[str], k: int) -> str | None:
    """The name after a place frame at words[k], past adjectives: "spanischen Region
    Valencia" -> "Valencia", "Stadt Celje" -> "Celje", "Südosten der Türkei" -> "Türkei";
    None when no frame noun stands there."""
    while k < len(words) and words[k][:1].islower() and _ADJ_RE.match(words[k]):
        k += 1
    if k + 1 >= len(words) or words[k] not in lexicon().place_frames:
        return None
    name = words[k + 1]
    if name.lower() in ("der", "des") and k + 2 < len(words):
        name = words[k + 2]
    name = name.rstrip(",.")
    if not _NOUN_RE.match(name) or event_of(name) or _is_time(name) or is_non_topic(name):
        return None
    return name


def scope_of(subject: str | None) -> Scope:
    """The event and the place a subject names ("Tote beim Erdbeben in Myanmar" ->
    ("Erdbeben", "Myanmar"); "Leichen in Mandalay" -> (None, "Mandalay"))."""
    if not subject:
        return None, None
    words = subject.replace("(", " ").replace(")", " ").split()
    event = next((e for w in words if (e := event_of(w))), None)
    place = next((p for i in range(len(words)) if (p := _place_after(words, i))), None)
    return event, place


_WORD_RE = re.compile(r"[\wÄÖÜäöüß-]+")


def text_scope(text: str) -> Scope:
    """The event an article is about, from its words: the event noun it names most often
    ("Erdbeben" for "Beben", "Erdbebens") and the place most often attached to it ("das
    Beben in Myanmar"), else the place it names most often (at least twice: "in Nigeria");
    (None, None) when it names neither."""
    words = _WORD_RE.findall(text)
    events: Counter[str] = Counter()
    attached: Counter[tuple[str, str]] = Counter()
    places: Counter[str] = Counter()
    for k, w in enumerate(words):
        place = _place_after(words, k)
        if place:
            places[place] += 1
        event = event_of(w) if w[:1].isupper() else None
        if event is None:
            continue
        events[event] += 1
        for j in range(k + 1, min(k + 4, len(words))):
            place = _place_after(words, j)
            if place:
                attached[(event, place)] += 1
                break
    event = events.most_common(1)[0][0] if events else None
    found = sorted((n, p) for (e, p), n in attached.items() if e == event)
    if found:
        return event, found[-1][1]
    common = places.most_common(1)
    if common and common[0][1] >= 2:
        return event, common[0][0]
    return event, named_country(words)


def named_country(words: Sequence[str]) -> str | None:
    """The country a text names at least twice by its name or its adjective ("Slowenien
    zählt 128 Todesopfer" and "die slowenische Regierung"), the most often named one; None
    when no country is named twice."""
    countries = lexicon().countries
    by_stem = {stem: country for country, stem in countries.items()}
    counts: Counter[str] = Counter()
    for w in words:
        if w in countries:
            counts[w] += 1
        elif w[:1].islower() and w.endswith(("e", "en", "er", "es", "em")):
            stem = re.sub(r"(?:e|en|er|es|em)$", "", w)
            if stem in by_stem:
                counts[by_stem[stem]] += 1
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def is_scoped_concept(subject: str | None, unit: str | None) -> bool:
    """Whether the subject counts a concept that belongs to an event (the dead, injured...)."""
    concept = concept_of(subject, unit)
    return concept is not None and concept in lexicon().scoped


def _key(text: str) -> str:
    return " ".join(text.split())
