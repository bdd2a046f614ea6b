"""Reported figures: numbers that count or measure something, with qualifier, counted noun,
grouping subject, source and reference date.

The rules are pure functions over a sentence's tokens (`find_figures`, `find_source`); the
spaCy component `lagebild_figures` is a thin wrapper that runs them on candidate sentences
only (those with a digit or a number word), which keeps it cheap on long corpora.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Any, NamedTuple

from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.models import Figure, Qualifier, Quote
from bot.nlp import figure_rules as R
from bot.nlp import figure_subjects as S
from bot.nlp.attribution.sources import (
    Source,
    back_reference,
    report_noun_source,
    so_source,
    sources_in,
)
from bot.nlp.dates import resolve_date
from bot.nlp.figure_sources import description_of_role, unnamed_description
from bot.nlp.names import same_person
from bot.nlp.numbers import (
    is_small_article,
    multiplier,
    parse_digits,
    parse_number_word,
    vague_amount,
)
from bot.nlp.roles import nominative
from bot.nlp.speakers import NP

Lemmatize = Callable[[str], "str | None"]


class Tok(NamedTuple):
    """A token as the rules see it: its text and its character offset."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A figure found in one sentence; offsets are in the tokens' offset base."""

    value: float
    value_max: float | None
    qualifier: Qualifier
    unit: str | None
    subject: str | None
    start: int
    end: int
    is_addition: bool
    first_token: int  # index of the first token of the figure phrase
    number_token: int  # index of the numeral


# A sentence is scanned only if it holds a digit or something that may be a number word.
CANDIDATE_RE = re.compile(
    r"\d|\b(?:zw[eo]i|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|hundert|tausend|dutzend|million|milliard|billion)",
    re.IGNORECASE,
)
# A token can start a numeral only if it begins like one (cheap pre-check per token).
_TOKEN_START_RE = re.compile(
    r"\d|(?:zw[eo]i|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|dutzend|million"
    r"|milliard|ein)",
    re.IGNORECASE,
)
_GROUP_HEAD_RE = re.compile(r"^\d{1,3}$")
_GROUP_RE = re.compile(r"^\d{3}\.?$")
_BARE_ABBREVIATIONS = frozenset({"mill", "mio", "mrd", "tsd", "bio"})
_RANGE_TOKEN_RE = re.compile(r"^(\d[\d.,]*)[–—-](\d[\d.,]*)$")
_ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
_NOUN_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüßÄÖÜ-]*$")
_PUNCT = frozenset(',.;:!?()[]"„“”‚‘’«»–—-/')
_PREPOSITIONS = frozenset(
    [
        "im",
        "in",
        "am",
        "an",
        "auf",
        "nach",
        "vor",
        "bei",
        "beim",
        "mit",
        "seit",
        "von",
        "vom",
        "aus",
        "für",
        "über",
        "unter",
        "zum",
        "zur",
        "laut",
        "gegen",
        "ohne",
        "durch",
        "um",
        "bis",
        "trotz",
        "wegen",
        "während",
    ]
)
_DATIVE_WORDS = frozenset(
    [
        "mit",
        "von",
        "vom",
        "aus",
        "bei",
        "beim",
        "nach",
        "zu",
        "zum",
        "zur",
        "seit",
        "vor",
        "unter",
        "zwischen",
        "in",
        "im",
        "an",
        "am",
        "den",
        "gegenüber",
        "samt",
        "nebst",
    ]
)
_OPENING_QUOTES = frozenset('„"‚»«')
_QUOTE_CLOSERS = frozenset('"“”’‘»«›')
_NOT_ADJECTIVES = frozenset(
    {
        "sind",
        "seien",
        "waren",
        "wären",
        "haben",
        "hatten",
        "werden",
        "wurden",
        "würden",
        "sollen",
        "sollten",
        "können",
        "könnten",
        "müssen",
        "dürften",
        "mehr",
        "weniger",
        "oder",
        "aber",
        "sowie",
        "denen",
        "deren",
        "diese",
        "dieser",
        "jene",
        "alle",
        "eine",
        "einer",
        "einen",
        "einem",
        "eines",
        "keine",
        "seine",
        "ihre",
        "unsere",
        "davon",
        "daher",
        "insgesamt",
        "allein",
        "weitere",
        "weiteren",
        "beide",
        "beiden",
        "welche",
        "dessen",
        "jener",
        "manche",
        "solche",
    }
)


# ---------------------------------------------------------------- numerals


@dataclass(frozen=True, slots=True)
class _Numeral:
    value: float
    value_max: float | None
    end_index: int  # index after the numeral (range and multiplier included)
    kind: str  # "digits" | "word" | "vague" | "range"
    trailing_dot: bool = False  # the last token is "10.000." (sentence end glued on)


def _digit_value(toks: Sequence[Tok], i: int) -> tuple[float, bool] | None:
    """Value of a digit token, also when the sentence's full stop is glued on ("10.000.")."""
    text = toks[i].text
    v = parse_digits(text)
    if v is not None:
        return v, False
    if text.endswith(".") and len(text) > 1:
        core = text[:-1]
        v = parse_digits(core)
        if v is None:
            return None
        nxt = toks[i + 1].text if i + 1 < len(toks) else None
        # "15." before a month or noun is an ordinal; "10.000." or "15." at the end is a count.
        if "." in core or nxt is None or nxt in _QUOTE_CLOSERS:
            return v, True
    return None


def _numeral_word_value(toks: Sequence[Tok], i: int) -> float | None:
    text = toks[i].text
    if is_small_article(text):
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if multiplier(nxt) is not None or nxt == "dutzend":
            return 1.0
        return None
    w = parse_number_word(text)
    return None if w is None else float(w)


def _single_value(toks: Sequence[Tok], i: int) -> tuple[float, str, bool, int] | None:
    """(value, kind, trailing dot, index after) of one numeral at i. Digits grouped by a
    space ("12 000", "12\u00a0000") are one numeral."""
    dv = _digit_value(toks, i)
    if dv is not None:
        value, dot = dv
        j = i + 1
        if not dot and _GROUP_HEAD_RE.match(toks[i].text):
            while (
                j < len(toks)
                and _GROUP_RE.match(toks[j].text)
                and toks[j].start - toks[j - 1].end == 1
            ):
                value = value * 1000 + float(toks[j].text.rstrip("."))
                j += 1
                if toks[j - 1].text.endswith("."):
                    dot = True
                    break
        return value, "digits", dot, j
    wv = _numeral_word_value(toks, i)
    if wv is not None:
        return wv, "word", False, i + 1
    return None


def _apply_multiplier(
    toks: Sequence[Tok], j: int, v: float, vmax: float | None
) -> tuple[float, float | None, int]:
    if j < len(toks):
        f = multiplier(toks[j].text)
        if f is None and toks[j].text.lower() == "dutzend":
            f = 12.0
        if f is not None and f > 1:
            after = j + 1
            # "Mill" "." split by the tokenizer: the dot belongs to the abbreviation.
            if (
                toks[j].text.lower() in _BARE_ABBREVIATIONS
                and after + 1 < len(toks)
                and toks[after].text == "."
            ):
                after += 1
            return v * f, (vmax * f if vmax is not None else None), after
    return v, vmax, j


def _numeral_at(toks: Sequence[Tok], i: int) -> _Numeral | None:
    text = toks[i].text
    m = _RANGE_TOKEN_RE.match(text)
    if m:
        lo, hi = parse_digits(m.group(1)), parse_digits(m.group(2).rstrip("."))
        if lo is not None and hi is not None and lo < hi:
            lo, hi_m, after = _apply_multiplier(toks, i + 1, lo, hi)
            return _Numeral(lo, hi_m, after, "range")
        return None
    vague = vague_amount(text)
    if vague is not None:
        return _Numeral(vague, None, i + 1, "vague")
    single = _single_value(toks, i)
    if single is None:
        return None
    v, kind, dot, j = single
    if dot:
        return _Numeral(v, None, j, kind, trailing_dot=True)
    vmax: float | None = None
    # Range continuation: "10.000 bis 12.000", "10.000 - 12.000", "zwischen 10 und 12".
    if j + 1 < len(toks):
        link = toks[j].text.lower()
        is_link = link in ("bis", "-", "–", "—") or (
            link == "und" and i > 0 and toks[i - 1].text.lower() == "zwischen"
        )
        if is_link:
            second = _single_value(toks, j + 1)
            if second is not None and second[0] > v:
                vmax, j, kind = second[0], second[3], "range"
                if second[2]:
                    return _Numeral(v, vmax, j, kind, trailing_dot=True)
    # "1,5 bis 2 Millionen": the multiplier applies to both ends.
    v, vmax, j = _apply_multiplier(toks, j, v, vmax)
    return _Numeral(v, vmax, j, kind)


# ---------------------------------------------------------------- context rules


def _low(toks: Sequence[Tok], i: int) -> str:
    return toks[i].text.lower() if 0 <= i < len(toks) else ""


def _is_adjective(word: str) -> bool:
    return (
        len(word) > 3
        and parse_number_word(word) is None
        and word not in _PREPOSITIONS
        and bool(_ADJ_RE.match(word))
        and word not in _NOT_ADJECTIVES
        and word not in R.DETERMINERS
    )


def _is_noun(word: str) -> bool:
    return (
        bool(_NOUN_RE.match(word))
        and word.lower() not in R.MONTH_WORDS
        and word.lower() not in R.PRONOUNS
    )


def _noun_after(toks: Sequence[Tok], j: int) -> tuple[int, list[int]] | None:
    """Index of the counted noun after the numeral and the adjectives between them
    ("1.500 nordkoreanische Soldaten"); None when something else follows."""
    adjectives: list[int] = []
    k = j
    if _low(toks, k) == "von" and _is_noun(toks[k + 1].text if k + 1 < len(toks) else ""):
        k += 1  # "Tausende von Menschen"
    while k < len(toks) and len(adjectives) < 4:
        t = toks[k].text
        if t in _OPENING_QUOTES:
            k += 1  # 9.000 „Einmannpackungen“
            continue
        if t.lower() in ("sogenannte", "sogenannten") or (
            t.lower() == "so" and _low(toks, k + 1) in ("genannte", "genannten")
        ):
            k += 1 if t.lower() != "so" else 2
            continue
        if _is_noun(t):
            return k, adjectives
        if _is_adjective(t):
            adjectives.append(k)
            k += 1
            continue
        if (
            t in (",", "und")
            and adjectives
            and k + 1 < len(toks)
            and _is_adjective(toks[k + 1].text)
        ):
            k += 1
            continue
        return None
    return None


_YEAR_LINKS = frozenset({"und", "oder", "-", "–", "/"})


def _abbr(toks: Sequence[Tok], j: int) -> str | None:
    """Unit named by a measurement abbreviation at j ("km", "MW"; case matters: "Mw" is a
    magnitude, not megawatts)."""
    return R.UNIT_ABBREVIATIONS.get(toks[j].text) if 0 <= j < len(toks) else None


def _is_month(word: str) -> bool:
    return word in R.MONTH_WORDS or (word.endswith("s") and word[:-1] in R.MONTH_WORDS)


def _is_year(toks: Sequence[Tok], i: int, num: _Numeral, lemmatize: Lemmatize) -> bool:
    text = toks[i].text.rstrip(".")
    if num.kind == "range" and num.value_max is not None and 1800 <= num.value_max <= 2100:
        year_range = re.fullmatch(r"\d{4}(?:[–—-]\d{4}\.?)?", text)
        nxt = _low(toks, num.end_index)
        unit_next = nxt in R.PERCENT or nxt in R.CURRENCIES or _abbr(toks, num.end_index)
        close = num.value_max - num.value <= 50
        if (
            year_range
            and num.value >= 1800
            and not unit_next
            and (close or _noun_after(toks, num.end_index) is None)
        ):
            return True  # "von 2001 bis 2005", "von 2014 bis 2019 Präsident"
    if num.kind != "digits" or not re.fullmatch(r"\d{4}", text) or not 1000 <= num.value <= 2100:
        return False
    prev = _low(toks, i - 1)
    if prev in _YEAR_LINKS:
        # "2023 und 2024": a link makes a year only next to another year.
        if re.fullmatch(r"\d{4}", _low(toks, i - 2)):
            return True
    elif prev in R.YEAR_CUES or _is_month(prev) or _is_month(_low(toks, i - 2)):
        return True
    after = _noun_after(toks, num.end_index)
    nxt = _low(toks, num.end_index)
    if nxt in R.PERCENT or nxt in R.CURRENCIES or _abbr(toks, num.end_index):
        return False
    if after is None:
        return True
    # "die 1998 Europameisterin", "2007 Roger M. Buergel": a count above one takes a plural
    # noun, and a name after the noun is no counted thing.
    noun = toks[after[0]].text
    if lemma_of(noun, lemmatize) != noun:
        return False
    if 1900 <= num.value <= 2030:
        return True  # "Seit Ackermann 2002 Vorstandsvorsitzender wurde": recent years abound
    name_follows = after[0] + 1 < len(toks) and toks[after[0] + 1].text[:1].isupper()
    return name_follows or not noun.endswith(("er", "el", "en"))


def _temporal_before(toks: Sequence[Tok], i: int) -> bool:
    """A temporal preposition before the number, across hedges: "vor fast genau zwei
    Jahren", "innerhalb von 30 Minuten", "seit mehr als zehn Jahren"."""
    k = i - 1
    for _ in range(4):
        w = _low(toks, k)
        if w in R.TEMPORAL_PREPOSITIONS:
            return True
        if w not in _TIME_HEDGES:
            return False
        k -= 1
    return False


_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "„", '"', "“", "(", "–", "-"})
_TIME_HEDGES = frozenset(
    [
        "fast",
        "genau",
        "knapp",
        "rund",
        "etwa",
        "gut",
        "mehr",
        "als",
        "weniger",
        "von",
        "über",
        "nur",
        "bereits",
        "erst",
        "ca.",
        "circa",
        "ungefähr",
        "beinahe",
        "nahezu",
        "mindestens",
        "gerade",
    ]
)


def _excluded(
    toks: Sequence[Tok], i: int, num: _Numeral, sentence_start: bool, lemmatize: Lemmatize
) -> bool:
    """Numbers that count nothing: years, times, labels and model numbers, phone numbers."""
    text = toks[i].text
    prev = _low(toks, i - 1)
    nxt = _low(toks, num.end_index)
    if nxt in R.TIME_NOUNS:
        return True
    if (nxt == ":" and _low(toks, num.end_index + 1)[:1].isdigit()) or (
        prev == ":" and _low(toks, i - 2)[:1].isdigit()
    ):
        return True  # a score, "2 : 1"
    if prev in R.LABEL_NOUNS:
        return True
    if num.kind in ("digits", "range"):
        if _is_year(toks, i, num, lemmatize):
            return True
        if re.match(r"^[0+]\d", text) or re.match(r"^[0+]\d", _low(toks, i - 1)):
            return True  # phone numbers ("0800 123456"), "007"
        if re.fullmatch(r"\d+\.\d{1,2}", text) and multiplier(nxt) is None and nxt not in R.PERCENT:
            return True  # "15.11" (a date) or "14.30" (a time) unless "1.5 Millionen"
        if num.kind == "digits" and re.fullmatch(r"\d+", text) and i > 0:
            p = toks[i - 1].text
            glued = toks[i - 1].end == toks[i].start
            if glued and p not in "(„\"'‚»":
                return True  # "G7", "A320" split by the tokenizer
            if (
                _NOUN_RE.match(p)
                and not sentence_start
                and p.lower() not in _QUALIFIERS_BY_LAST
                and p.lower() not in R.PRONOUNS
                and _noun_after(toks, num.end_index) is None
                and nxt not in R.PERCENT
                and nxt not in R.CURRENCIES
                and not _abbr(toks, num.end_index)
                and multiplier(nxt) is None
            ):
                return True  # "Boeing 747", "Apollo 11": a name, not a count
    # "vor drei Jahren", "seit mehr als zehn Jahren": a time reference.
    noun = _noun_after(toks, num.end_index)
    if noun is not None and not noun[1]:
        noun_word = toks[noun[0]].text.lower()
        if noun_word in R.TIME_SPAN_NOUNS and (
            _temporal_before(toks, i) or _low(toks, noun[0] + 1) in R.TEMPORAL_POSTMODIFIERS
        ):
            return True
    return False


def _index_qualifiers() -> Mapping[str, tuple[tuple[tuple[str, ...], Qualifier], ...]]:
    """Qualifier phrases keyed by their last word, longest first (one dict hit per number)."""
    index: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
    for phrase, qual in R.QUALIFIER_PHRASES:
        index.setdefault(phrase[-1], []).append((phrase, qual))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


_QUALIFIERS_BY_LAST = _index_qualifiers()


def _qualifier_before(toks: Sequence[Tok], i: int) -> tuple[Qualifier | None, int]:
    """Qualifier phrase ending right before token i, and the index where it starts."""
    if i == 0:
        return None, i
    for phrase, qual in _QUALIFIERS_BY_LAST.get(toks[i - 1].text.lower(), ()):
        n = len(phrase)
        if i - n < 0:
            continue
        if all(_low(toks, i - n + k) == phrase[k] for k in range(n)):
            return qual, i - n
    return None, i


def _normalise_adjective(word: str) -> str:
    """Nominative plural without article ("nordkoreanischen" -> "nordkoreanische"), so the
    same group gets the same subject key in every case."""
    w = word.lower()
    for suffix in ("en", "er", "es", "em"):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + "e"
    return w


def _adjective_form(toks: Sequence[Tok], a: int, adjs: list[int], lemmatize: Lemmatize) -> str:
    """An adjective in its nominative plural form, except an uninflected adverb before
    another adjective ("bisher bestätigte", "schwer betroffene": never "bishe", "schwe")."""
    word = toks[a].text
    if a + 1 in adjs and word.endswith("er") and lemmatize(word.lower()) is None:
        return word.lower()
    return _normalise_adjective(word)


def _noun_key(
    word: str,
    lemma: str | None,
    known: Callable[[str], bool],
    dative: bool = True,
    lemmatize: Lemmatize = lambda w: None,
) -> str:
    """Plural noun as written, but dative plural -n dropped ("Ländern" -> "Länder",
    "Metern" -> "Meter"); weak plurals keep theirs ("Insassen", "Soldaten"). Plain -en
    plurals are only folded after a dative preposition ("mit 52 Passagieren"), since the
    table also knows old dative singulars ("Staate")."""
    if not word.endswith("n") or len(word) <= 4:
        return word
    adjective = lemmatize(word.lower())
    raw = lemmatize(lemma) if lemma else None  # "Verletzte" -> "verletzt": an adjective
    if word[:-1] == lemma and (
        (adjective and not adjective.endswith("n")) or (raw and raw[:1].islower())
    ):
        return word[:-1]  # nominalised adjective: "Toten" -> "Tote", "Verletzten"
    if word.endswith(("ern", "eln")) and (word[:-1] == lemma or known(word[:-1])):
        return word[:-1]
    weak_like = lemma is not None and lemma + "en" == word  # "Staaten", "Passagieren"
    if (
        dative
        and word[:-1] != lemma
        and word[:-1] not in _ARCHAIC_DATIVES
        and (
            known(word[:-1])
            or (not weak_like and not known(word) and _known_tail(word[:-1], known))
        )
    ):
        return word[:-1]
    return word


# Old dative singulars in the lookup table that look like plurals ("dem Staate").
_ARCHAIC_DATIVES = frozenset({"Staate", "Kriege", "Volke", "Hause"})


def _known_tail(word: str, known: Callable[[str], bool]) -> bool:
    """Whether a compound's last part is a known form ("Sicherheitskräfte" via "Kräfte")."""
    for k in range(3, len(word) - 3):
        tail = word[k].upper() + word[k + 1 :]
        if known(tail):
            return True
    return False


def lemma_of(word: str, lemmatize: Lemmatize) -> str:
    """Lemma of a counted noun: lookup table, then the compound's last part, then the word.
    Nominalised adjectives ("Toten", "Verletzten") keep their noun form ("Tote")."""
    lemma = lemmatize(word)
    if lemma and lemma[:1].isupper():
        return lemma
    if "-" in word:
        head, _, last = word.rpartition("-")
        if last[:1].isupper():
            return head + "-" + lemma_of(last, lemmatize)
    if lemma is None and len(word) > 7:
        # Compound nouns: lemmatise the longest known tail ("Flüchtlingskindern").
        for k in range(3, len(word) - 3):
            tail = word[k].upper() + word[k + 1 :]
            if lemmatize(tail + "n") == tail:
                return word  # a nominalised adjective's compound: "Polizeibeamte"
            tl = lemmatize(tail)
            if tl and tl[:1].isupper():
                return word[:k] + tl.lower()
    if word.endswith("en") and len(word) > 4 and lemma is not None and lemma[:1].islower():
        return word[:-1]  # "Toten" -> "Tote", "Verletzten" -> "Verletzte"
    if lemma is None:
        # Plural endings the table lacks: "Ärztinnen", "Nationen", "Tanks".
        if word.endswith("innen") and len(word) > 7:
            return word[:-3]
        if word.endswith("ionen"):
            return word[:-2]
        if word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us", "is", "os")):
            return word[:-1]
    return word


def _counted_before(toks: Sequence[Tok], i: int) -> int | None:
    """Index of X in "Zahl der X ... auf 47": the number states how many X there are."""
    for k in range(i - 1, 0, -1):
        if toks[k].text in ("Zahl", "Anzahl") and _low(toks, k + 1) in ("der", "von", "an"):
            found = _noun_after(toks, k + 2)
            return found[0] if found is not None and found[0] < i else None
    return None


# ---------------------------------------------------------------- figures


def find_figures(
    toks: Sequence[Tok],
    lemmatize: Lemmatize = lambda w: None,
    known: Callable[[str], bool] = lambda w: False,
) -> list[FigureMatch]:
    """All figures in one sentence, left to right.

    `lemmatize` maps a word form to its lemma (None when unknown) and `known` says whether
    a word form exists; both come from spaCy's German lookup table in the component.
    """
    out: list[FigureMatch] = []
    i = 0
    n = len(toks)
    while i < n:
        if not _TOKEN_START_RE.match(toks[i].text):
            i += 1
            continue
        num = _numeral_at(toks, i)
        if num is None:
            compound = _compound(toks, i, lemmatize)
            if compound is not None:
                out.append(compound)
            i += 1
            continue
        if _excluded(toks, i, num, i == 0, lemmatize):
            i = max(i + 1, num.end_index)  # "alle zehn bis 20 Jahre": skip the whole range
            continue
        m = _build(toks, i, num, lemmatize, known)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = max(i + 1, num.end_index)
    return out


_COMPOUND_RE = re.compile(r"^([\wäöüß,.]+?)-?([Jj]ährig\w*|[A-ZÄÖÜ][\wäöüß]+-[\wäöüß]+)$")


def _compound(toks: Sequence[Tok], i: int, lemmatize: Lemmatize) -> FigureMatch | None:
    """A number inside a compound: "46-jähriger", "der 46-Jährige" (an age),
    "Fünf-Prozent-Hürde" (5 Prozent, Hürde), "3000-Einwohner-Gemeinde" (3000 Einwohner)."""
    m = _COMPOUND_RE.match(toks[i].text)
    if m is None:
        return None
    head = m.group(1).rstrip("-")
    value = parse_digits(head)
    if value is None:
        word = parse_number_word(head)
        value = None if word is None else float(word)
    if value is None:
        return None
    tail = m.group(2)
    if tail.lower().startswith("jährig"):
        unit = "Jahr"
        subject = S.age_subject(toks, i, i, lemmatize)
    else:
        middle, last = tail.split("-", 1)
        unit = R.PERCENT.get(middle.lower()) or lemma_of(middle, lemmatize)
        if S.is_measure_unit(unit) or unit in S.TIME_UNITS or middle.lower() in R.CURRENCIES:
            # "Fünf-Prozent-Hürde", "Zwei-Prozent-Ziel", "35-Stunden-Woche": the name of a
            # rule or a goal, not an amount anyone reported
            return None
        subject = last
    return FigureMatch(
        value=value,
        value_max=None,
        qualifier="exact",
        unit=unit,
        subject=subject,
        start=toks[i].start,
        end=toks[i].end,
        is_addition=False,
        first_token=i,
        number_token=i,
    )


def _build(
    toks: Sequence[Tok], i: int, num: _Numeral, lemmatize: Lemmatize, known: Callable[[str], bool]
) -> FigureMatch | None:
    value, value_max = num.value, num.value_max
    qualifier: Qualifier = "exact"
    first = i
    if num.kind == "range":
        qualifier = "range"
        if _low(toks, i - 1) in ("zwischen", "von"):
            first = i - 1
    elif num.kind == "vague":
        qualifier = "vague"
    else:
        qual, q_start = _qualifier_before(toks, i)
        if qual is not None:
            qualifier, first = qual, q_start
    if num.kind == "word" and _low(toks, i - 1) in R.VAGUE_PREFIX_WORDS and value >= 100:
        qualifier, first = "vague", i - 1  # "mehrere Tausend"
    is_addition = False
    if _low(toks, first - 1) in R.ADDITION_WORDS:
        is_addition, first = True, first - 1
    # Currency before the number ("$ 5 Mio.", "€ 20").
    unit: str | None = None
    if _low(toks, first - 1) in R.CURRENCIES and toks[first - 1].text in (
        "$",
        "€",
        "£",
        "US$",
        "EUR",
        "USD",
    ):
        unit = R.CURRENCIES[_low(toks, first - 1)]
        first -= 1
    j = num.end_index
    last = j - 1
    end_trim = 1 if num.trailing_dot else 0
    subject: str | None = None
    found: tuple[int, list[int]] | None = None
    nxt = _low(toks, j)
    if not num.trailing_dot and (nxt in R.CURRENCIES or nxt in R.PERCENT or _abbr(toks, j)):
        unit = R.CURRENCIES.get(nxt) or R.PERCENT.get(nxt) or _abbr(toks, j)
        last = j
        subject = S.measured_subject(toks, first, last, unit, lemmatize) if unit else None
    elif _magnitude_at(toks, first, j) is not None:
        # "ein Beben der Stärke 7,8", "eine Magnitude von 6,1", "7,8 auf der Richterskala"
        unit = "Stärke"
        start = _magnitude_at(toks, first, j) or first
        measured = S.measured_subject(toks, start, last, unit, lemmatize)
        measured = re.split(r" der (?:Stärke|Magnitude)", measured)[0] if measured else None
        if measured and measured.split()[0] in ("Stärke", "Magnitude", "Richterskala"):
            measured = None
        subject = f"Stärke ({measured})" if measured else "Stärke"
    elif not num.trailing_dot:
        if _low(toks, j) in R.ADDITION_WORDS:
            is_addition, j = True, j + 1  # "zwei weitere Menschen"
        found = _noun_after(toks, j)
        if found is not None:
            k, adjs = found
            if num.kind == "word" and value < 100 and k != j + len(adjs):
                return None
            if toks[k].text in S.lexicon().not_counted:
                return None  # "die vier Besten"
            if toks[k].text in ("Weitere", "Weiteren"):
                found = None  # "mehr als 60 Weitere wurden verletzt": the noun is elided
                is_addition = True
        if found is not None:
            k, adjs = found
            named_adjectives: list[str] = []
            while (
                k + 1 < len(toks)
                and toks[k].text not in S.lexicon().measures
                and _NOUN_RE.match(toks[k + 1].text)
                and toks[k + 1].text.lower() not in R.PRONOUNS
            ):
                if _ADJ_RE.match(toks[k].text.lower()) and known(toks[k + 1].text):
                    named_adjectives.append(toks[k].text)  # "fünf Gelbe Karten"
                elif known(toks[k].text):
                    break
                k += 1  # "vier Black Hawk Hubschraubern": the last word is the noun
            noun = toks[k].text.rstrip(".")
            unit = lemma_of(noun, lemmatize)
            if any(toks[a].text.lower() in R.ADDITION_WORDS for a in adjs):
                is_addition = True  # "100 zusätzliche Soldaten"
            adj_words = [
                _adjective_form(toks, a, adjs, lemmatize)
                for a in adjs
                if toks[a].text.lower() not in R.ADDITION_WORDS
                and _normalise_adjective(toks[a].text) not in R.QUANTIFIER_ADJECTIVES
            ]
            adj_words += named_adjectives
            if not adj_words and _low(toks, k + 1) == "aus" and k + 2 < len(toks):
                demonym = R.COUNTRY_ADJECTIVES.get(toks[k + 2].text)
                if demonym:
                    adj_words = [demonym]
            dative = _low(toks, first - 1) in _DATIVE_WORDS
            key = _noun_key(noun, unit, known, dative, lemmatize)
            subject = S.counted_subject(toks, key, unit, adj_words, k, first, lemmatize)
            last = k
    if unit is None and num.kind in ("digits", "range"):
        counted = _counted_before(toks, i)
        if counted is not None:
            noun = toks[counted].text
            unit = lemma_of(noun, lemmatize)
            key = _noun_key(noun, unit, known, True, lemmatize)
            subject = S.counted_subject(toks, key, unit, [], counted, first, lemmatize)
    if unit is None and not num.trailing_dot:
        elided = S.elided_subject(toks, first)
        if elided is not None:
            unit, subject = elided
    if unit is None and num.kind == "word" and value < 1000:
        return None  # "drei" alone counts nothing we can name
    if (
        unit is None
        and subject is None
        and num.kind == "vague"
        and j < len(toks)
        and _is_adjective(toks[j].text)
    ):
        return None
    start = toks[first].start
    end = toks[last].end - (end_trim if last == num.end_index - 1 else 0)
    return FigureMatch(
        value=value,
        value_max=value_max,
        qualifier=qualifier,
        unit=unit,
        subject=subject,
        start=start,
        end=end,
        is_addition=is_addition,
        first_token=first,
        number_token=i,
    )


_MAGNITUDE_WORDS = frozenset({"stärke", "magnitude"})
_SCALES = frozenset({"richterskala", "richter-skala", "momenten-magnituden-skala"})


def _magnitude_at(toks: Sequence[Tok], first: int, after: int) -> int | None:
    """Where the magnitude phrase of an earthquake starts ("der Stärke 7,8", "eine Magnitude
    von 6,1", "7,8 auf der Richterskala"), or None when the number is no magnitude."""
    if _low(toks, first - 1) in _MAGNITUDE_WORDS:
        return first - 1
    if _low(toks, first - 1) == "von" and _low(toks, first - 2) in _MAGNITUDE_WORDS:
        return first - 2
    if _low(toks, after) == "auf" and _low(toks, after + 2) in _SCALES:
        return first
    return None


# ---------------------------------------------------------------- sources


_INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})


def _clean_speaker(words: list[str]) -> str | None:
    """A speaker phrase without articles and, for people, without the role words before the
    name ("Der ukrainische Präsident Wolodymyr Selenskyj" -> "Wolodymyr Selenskyj")."""
    article: str | None = None
    while words and words[0].lower() in R.DETERMINERS:
        article = words[0].lower()
        words = words[1:]
    if not words:
        return None
    unnamed = unnamed_description(words)
    if unnamed is not None:
        # "ein Sprecher", "aus Sicherheitskreisen": an unnamed source keeps its description
        # as the source (a figure has no field for a speaker role; bot.nlp.figure_sources).
        return unnamed
    if article in _INDEFINITE and len(words) == 1:
        return "anonymous"  # "ein Mann": unnamed and undescribed
    if words[0].lower() in R.PRONOUNS and len(words) == 1:
        return None
    # Drop leading adjectives and role nouns when a name follows them.
    k = 0
    saw_role = False
    while k < len(words) - 1:
        w = words[k]
        if w[:1].islower():
            k += 1
            continue
        if w.lower().endswith(R.ROLE_SUFFIXES):
            saw_role = True
            k += 1
            continue
        break
    if saw_role and k < len(words) and all(w[:1].isupper() for w in words[k:]):
        words = words[k:]
    elif "," not in words:
        # "dem südkoreanischen Geheimdienst" -> "südkoreanischer Geheimdienst"
        words = (nominative(" ".join(words), article) or "").split()
    text = " ".join(words).replace(" ,", ",")
    return text or None


def _np_after(toks: Sequence[Tok], k: int, genitive: bool = False) -> tuple[list[str], int]:
    """Words of the noun phrase starting at k (articles, adjectives, capitalised words and,
    with `genitive`, one genitive attachment: "ein Sprecher des Ministeriums"), and the
    index after it."""
    words: list[str] = []
    n = len(toks)
    while k < n and toks[k].text in _OPENING_QUOTES:
        k += 1
    while k < n and toks[k].text.lower() in R.DETERMINERS:
        words.append(toks[k].text)
        k += 1
    while k < n and (_is_adjective(toks[k].text) and not _NOUN_RE.match(toks[k].text)):
        words.append(toks[k].text)
        k += 1
    start_caps = k
    while k < n and _NOUN_RE.match(toks[k].text) and toks[k].text.lower() not in R.PRONOUNS:
        words.append(toks[k].text)
        k += 1
    if k == start_caps:
        return [], k
    if genitive and k + 1 < n and toks[k].text in ("des", "der"):
        more, after = _np_after(toks, k + 1)
        if more:
            return [*words, toks[k].text, *more], after
    return words, k


def _np_before(toks: Sequence[Tok], k: int) -> tuple[list[str], int]:
    """Words of the noun phrase ending right before token k, and its first index."""
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        # Apposition: "Der Direktor des Rates, John Kirby, berichtet" -> "John Kirby".
        j -= 1
    end = j
    while j >= 0:
        t = toks[j].text
        if t.lower() in _PREPOSITIONS or t.lower() in R.MONTH_WORDS:
            break
        if _NOUN_RE.match(t) or (_is_adjective(t) and j < end) or (t == "und" and j < end):
            j -= 1
            continue
        break
    start = j + 1
    while start <= end and toks[start].text.lower() in ("und", *R.CLAUSE_ADVERBS):
        start += 1
    words = [toks[x].text for x in range(start, end + 1)]
    if j >= 0 and toks[j].text.lower() in R.DETERMINERS:
        start = j
        if toks[j].text.lower() in ("der", "des") and j > 0 and _NOUN_RE.match(toks[j - 1].text):
            # A genitive attachment: "Ein Mitarbeiter der Rettungskräfte".
            head, head_start = _np_before(toks, j)
            if head:
                return [*head, toks[j].text, *words], head_start
    return words, start


def _genitive_source(toks: Sequence[Tok], k: int) -> str | None:
    """After a report noun: "Angaben des Ministeriums", "Angaben von X" -> the source."""
    w = _low(toks, k)
    if w in ("des", "der", "von", "vom", "aus"):
        words, _ = _np_after(toks, k + 1)
        return _clean_speaker(_degenitive(words))
    return None


def _degenitive(words: list[str]) -> list[str]:
    if words and len(words[-1]) > 5 and words[-1].endswith("ums"):
        words = [*words[:-1], words[-1][:-1]]  # "Ministeriums" -> "Ministerium"
    return words


def _previous_speaker(prev: Sequence[Tok] | None, lemmatize: Lemmatize) -> str | None:
    if not prev:
        return None
    found = _cue_subjects(prev, lemmatize)
    return found[-1][1] if found else None


_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "welcher"})


def _before_relative_clause(toks: Sequence[Tok], verb: int) -> int:
    """Where the subject of a verb ends when a relative clause stands between them ("Ein
    Mitarbeiter der Rettungskräfte, der nicht genannt werden wollte, sprach von ..."): the
    comma opening the clause; else the verb itself."""
    if verb < 3 or toks[verb - 1].text != ",":
        return verb
    for k in range(verb - 2, max(0, verb - 14), -1):
        if toks[k].text == "," and toks[k + 1].text.lower() in _RELATIVE_PRONOUNS:
            return k
    return verb


def _cue_subjects(
    toks: Sequence[Tok], lemmatize: Lemmatize = lambda w: None
) -> list[tuple[int, str]]:
    """Subjects of report verbs (lexicons/figure_report_verbs.tsv): "Der Geheimdienst meldete,
    dass ...", "bestätigte Kirby", "Die Polizei zählte 5.000 Demonstranten"."""
    out: list[tuple[int, str]] = []
    lows = [t.text.lower() for t in toks]
    for k, tok in enumerate(toks):
        verb_form = S.report_verb(tok.text, lemmatize)
        if verb_form is None:
            continue
        if verb_form.particles and not any(
            lows[p] in verb_form.particles and (p + 1 == len(lows) or lows[p + 1] in _CLAUSE_END)
            for p in range(k + 1, len(lows))
        ):
            continue  # "teilte mit, dass ..." but not "teilt sich Platz 158 mit Ruanda"
        if k > 0 and (
            lows[k - 1] in R.DETERMINERS
            or lows[k - 1] in _PREPOSITIONS
            or lows[k - 1][:1].isdigit()
            or parse_number_word(lows[k - 1]) is not None
        ):
            continue  # "der prognostizierten Länge", "77 registrierten Taten": attributive
        verb = k
        if verb_form.participle:
            aux = [a for a in range(k) if lows[a] in R.AUXILIARIES]
            if not aux:
                continue
            verb = aux[-1]
        words, start = _np_before(toks, _before_relative_clause(toks, verb))
        opener = start == 0 or toks[start - 1].text in (",", ":", "„", '"', "“", "(")
        # "Den Schaden schätzt", "Die Zahl der Toten bezifferte die Polizei": a fronted object
        accusative = (start < len(lows) and lows[start] in ("den", "einen")) or (
            bool(words) and S.names_measured(words)
        )
        speaker = _clean_speaker(words) if words and opener and not accusative else None
        if speaker is None:
            # Inverted order: "..., sagte Kirby", "bestätigte John Kirby, Sprecher ..."
            after, _ = _np_after(toks, verb + 1, genitive=True)
            # "sagte Kirby", "meldete der Geheimdienst"; not "zählte rechte Gewalttaten".
            opens = bool(after) and (after[0][:1].isupper() or after[0].lower() in R.DETERMINERS)
            speaker = _clean_speaker(after) if opens else None
        if speaker is not None:
            out.append((verb, speaker))
    return out


def _np_at(toks: Sequence[Tok]) -> Callable[[list[str], int, int], NP | None]:
    """The figure rules' noun-phrase reading for the shared marker finder: after a marker
    ("laut X", "unter Berufung auf X": the phrase from i) or ending before one ("X zufolge":
    the phrase ending at `end` when it starts at i)."""
    n = len(toks)

    def np_at(texts: list[str], i: int, end: int) -> NP | None:
        if end == n:
            words, after = _np_after(toks, i)
            start = i
        else:
            words, start = _np_before(toks, end)
            after = end
            if start != i:
                return None
        if not words:
            return None
        name = " ".join(words)
        return NP(start, after, "description", name, None, False, name)

    return np_at


def _according_source(
    toks: Sequence[Tok], src: Source, previous: Sequence[Tok] | None, lemmatize: Lemmatize
) -> str | None:
    """Who an according-to marker found by the shared stage names, read with the figure
    extras: report nouns point to their genitive ("laut Angaben des Ministeriums"), possessive
    "seinen Angaben zufolge" to the previous sentence's source, "Behörden-Angaben zufolge" to
    the compound's first part; "ersten Angaben zufolge" names no one."""
    lows = [t.text.lower() for t in toks]
    nouns = S.lexicon().report_nouns
    k = src.index
    if lows[k] == "zufolge":
        words, start = _np_before(toks, k)
        if (start > 0 and lows[start - 1] in R.POSSESSIVE_ANGABEN) or (
            words and words[0].lower() in R.POSSESSIVE_ANGABEN
        ):
            return _previous_speaker(previous, lemmatize)
        if words and words[0].lower() in nouns:
            return _genitive_source(toks, start + 1)  # "Angaben des Ministeriums zufolge"
        if words and words[-1].lower() in nouns:
            return None  # "ersten Angaben zufolge": no one named
        if words and words[-1].lower().endswith("angaben") and len(words[-1]) > 8:
            prefix = words[-1][: -len("angaben")].rstrip("-")
            return prefix[:-1] if prefix.endswith("s") else prefix
        if words and lows[start] not in R.PRONOUNS:
            return _clean_speaker(_degenitive(words))
        return None
    first = k + 2 if src.marker == "unter Berufung auf" else k + 1
    words, after = _np_after(toks, first)
    if words and words[-1].lower() in nouns and src.marker != "unter Berufung auf":
        return _genitive_source(toks, after)
    return _clean_speaker(words) if words else None


def explicit_attributions(
    toks: Sequence[Tok],
    previous: Sequence[Tok] | None = None,
    lemmatize: Lemmatize = lambda w: None,
) -> list[tuple[int, str | None]]:
    """(token index, source) for each attribution marker in a sentence. The according-to
    markers (laut, gemäß, zufolge, unter Berufung auf) come from the shared attribution stage
    (bot.nlp.attribution.sources); the figure rules add "nach Angaben von X", "nach
    US-Angaben", "wie X mitteilte", "so X", report and measuring verbs and headline
    attributions. A source of None means the marker names no one we can resolve."""
    out: list[tuple[int, str | None]] = []
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    texts = [t.text for t in toks]
    np_at = _np_at(toks)
    for src in sources_in(texts, S.lexicon().markers, np_at=np_at):
        out.append((src.index, _according_source(toks, src, previous, lemmatize)))
    for k, w in enumerate(lows):
        if w == "nach" and k + 1 < n:
            found = _nach_angaben(toks, k, previous, lemmatize)
            if found is not None:
                out.append(found)
        elif w == "wie" and k + 1 < n:
            words, after = _np_after(toks, k + 1)
            if words and after < n and _wie_clause_reports(toks, after, lemmatize):
                out.append((k, _clean_speaker(words)))
        elif w == "aus" and k + 1 < n:
            words, after = _np_after(toks, k + 1)
            if words and any(lows[j] in _VERLAUTEN for j in range(after, min(after + 3, n))):
                out.append((k, _clean_speaker(words)))  # "wie aus Sicherheitskreisen verlautete"
        elif w == "so":
            so = so_source(texts, k, np_at)
            if so is not None:
                out.append((k, _clean_speaker(_np_after(toks, k + 1)[0])))
    out.extend(_cue_subjects(toks, lemmatize))
    out.extend(_headline_attribution(toks))
    return out


# "Wie aus Sicherheitskreisen verlautete", "Aus Regierungskreisen hieß es": "aus X" reports.
_VERLAUTEN = frozenset({"verlautete", "verlautet", "verlauteten", "hieß", "heißt"})


def _nach_angaben(
    toks: Sequence[Tok], k: int, previous: Sequence[Tok] | None, lemmatize: Lemmatize
) -> tuple[int, str | None] | None:
    """ "nach Angaben des Ministeriums", "nach US-Angaben", "nach Behördenangaben", "nach
    ukrainischen Angaben", "nach eigenen Angaben" (no one but the sentence's subject)."""
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    nxt = lows[k + 1]
    texts = [t.text for t in toks]
    if report_noun_source(texts, k, S.lexicon().report_nouns, _np_at(toks)) is not None:
        return k, _genitive_source(toks, k + 2)  # "nach Angaben des Ministeriums"
    if nxt == "angaben":
        return k, _genitive_source(toks, k + 2)  # "nach Angaben aus Khartum"
    if nxt.endswith("-angaben"):
        prefix = toks[k + 1].text[: -len("-angaben")]
        return k, R.ANGABEN_PREFIXES.get(prefix.lower(), prefix)
    if nxt.endswith("angaben") and len(nxt) > 8 and toks[k + 1].text[:1].isupper():
        prefix = toks[k + 1].text[: -len("angaben")]
        return k, prefix[:-1] if prefix.endswith("s") else prefix
    if k + 2 < n and lows[k + 2] == "angaben":
        if nxt in R.POSSESSIVE_ANGABEN:
            return k, _previous_speaker(previous, lemmatize) if nxt != "eigenen" else None
        if nxt in R.ANGABEN_PREFIXES:
            return k, R.ANGABEN_PREFIXES[nxt]
        country = next(
            (c for c, adj in R.COUNTRY_ADJECTIVES.items() if _normalise_adjective(nxt) == adj),
            None,
        )
        if country:
            return k, country
    return None


def _headline_attribution(toks: Sequence[Tok]) -> list[tuple[int, str | None]]:
    """A source set off at the end or the start of a headline: "Nordkorea schickt 1.500
    Soldaten – Geheimdienst", "Geheimdienst: Nordkorea schickt 1.500 Soldaten". Only in
    sentences without a final full stop (headlines): in body text "Die Bilanz: 40 Tote."
    names no source."""
    n = len(toks)
    if not n or toks[-1].text == ".":
        return []
    end = n - 1 if toks[-1].text in ("!", "?") else n
    for d in range(max(0, end - 5), end - 1):
        if toks[d].text in ("–", "—", "-") and _is_source_words(toks[d + 1 : end]):
            return [(d, _clean_speaker([t.text for t in toks[d + 1 : end]]))]
    for c in range(1, min(4, n)):
        if toks[c].text == ":" and _is_source_words(toks[:c]):
            return [(c, _clean_speaker([t.text for t in toks[:c]]))]
    return []


def _is_source_words(words: Sequence[Tok]) -> bool:
    """One to four capitalised words (a name, an office), none of them a number."""
    return 0 < len(words) <= 4 and all(
        _NOUN_RE.match(w.text)
        and w.text.lower() not in R.PRONOUNS
        and vague_amount(w.text) is None
        and not any(ch.isdigit() for ch in w.text)
        for w in words
    )


def source_of_figure(
    toks: Sequence[Tok],
    figure: FigureMatch,
    containing_quotes: Sequence[Quote],
    sentence_quotes: Sequence[Quote],
    previous: Sequence[Tok] | None,
    previous_source: str | None,
    attributions: Sequence[tuple[int, str | None]] | None = None,
    lemmatize: Lemmatize = lambda w: None,
) -> str | None:
    """Who reported a figure: the one entry point of the figure rules' source logic (the
    sentence's statements and markers, then a marker of the shared attribution stage that
    points back: "Demnach …")."""
    if attributions is None:
        attributions = explicit_attributions(toks, previous, lemmatize)
    found = find_source(toks, figure, containing_quotes, sentence_quotes, previous, attributions)
    if found is None:
        found = demnach_source(toks, previous, previous_source)
    return found


def demnach_source(
    toks: Sequence[Tok], previous: Sequence[Tok] | None, previous_source: str | None
) -> str | None:
    """ "Demnach starben 3.700 Menschen", "Etwa 600 wurden demnach getötet": the figure
    comes from the source of the sentence before, the one the marker (shared attribution
    stage, lexicons/according_to.tsv) points back to: its reported source, else its subject
    when it presents numbers ("Die Behörden legten neue Zahlen vor")."""
    texts = [t.text for t in toks]
    if back_reference(texts, S.lexicon().markers, anywhere=True) is None:
        return None
    if previous_source:
        return previous_source
    if not previous:
        return None
    if not any(t.text.lower() in S.lexicon().report_nouns for t in previous):
        return None
    words, _ = _np_after(previous, 0)
    return _clean_speaker(words) if words else None


def _wie_clause_reports(toks: Sequence[Tok], after: int, lemmatize: Lemmatize) -> bool:
    """Whether "wie X ..." is a report clause: its verb, last before the comma, reports
    ("Wie die Feuerwehr mitteilte", "Wie das Ministerium am Montag bekannt gab")."""
    lows = [t.text.lower() for t in toks]
    end = after
    while end < len(lows) and lows[end] not in (",", ".", ";") and end - after < 8:
        end += 1
    if end == after or end >= len(lows) or lows[end] != ",":
        return after < len(lows) and S.report_verb(toks[after].text, lemmatize) is not None
    verb_form = S.report_verb(toks[end - 1].text, lemmatize)
    if verb_form is None:
        return False
    # a separable verb in a verb-final clause: "bekannt gab", "mit teilte" never split
    return not verb_form.particles or lows[end - 2] in verb_form.particles


def _is_anonymous(speaker: str | None) -> bool:
    return speaker is not None and speaker.lower() in ("anonymous", "anonym")


def find_source(
    toks: Sequence[Tok],
    figure: FigureMatch,
    containing_quotes: Sequence[Quote] = (),
    sentence_quotes: Sequence[Quote] = (),
    previous: Sequence[Tok] | None = None,
    attributions: Sequence[tuple[int, str | None]] | None = None,
) -> str | None:
    """Who reported a figure: the named speaker of a statement around it, else an attribution
    marker in its sentence, else a named speaker quoted in the sentence, else an unnamed one,
    else None (the article states the figure itself).

    An according-to quote around the figure comes after the sentence's own markers: both
    stem from the same "laut X"/"nach X-Angaben", and the marker rules name X canonically
    ("nach US-Angaben" -> "US-Regierung")."""
    if attributions is None:
        attributions = explicit_attributions(toks, previous)
    cited = [s for k, s in attributions if s and toks[k].text.lower() == "berufung"]
    if cited:
        return cited[0]  # a nested report: the cited source, never the medium citing it
    for q in containing_quotes:
        if q.speaker and not _is_anonymous(q.speaker) and q.kind != "according_to":
            return q.speaker
    named = [(k, s) for k, s in attributions if s]
    if named:
        return min(named, key=lambda a: abs(a[0] - figure.number_token))[1]
    for q in (*containing_quotes, *sentence_quotes):
        if q.speaker and not _is_anonymous(q.speaker):
            return q.speaker
    for q in (*containing_quotes, *sentence_quotes):
        if q.speaker:
            return description_of_role(q.speaker_role)  # anonymous: its description
    return None


def harmonise_subjects(
    figures: list[Figure], mentions: Callable[[str], list[str]] = lambda noun: []
) -> list[Figure]:
    """Give a bare subject ("Soldaten" in "weitere 1.500 Soldaten") the qualified subject
    the article uses for that group ("nordkoreanische Soldaten"), so /figures groups them:
    the most frequent subject of the one group other figures with that unit form, else the
    qualified form that dominates the article's mentions of the noun (`mentions(noun)`)."""
    qualified: dict[str, dict[str, list[str]]] = {}
    for f in figures:
        if f.unit and f.subject and " " in f.subject.split(" (")[0]:
            group = S.subject_group(f.subject, f.unit)
            if group:
                qualified.setdefault(f.unit, {}).setdefault(group, []).append(f.subject)
    out: list[Figure] = []
    for f in figures:
        # "Soldaten (Russland)": the bracketed context only helps a reader; the noun is bare.
        core = f.subject.split(" (")[0] if f.subject else None
        if (
            core
            and " " not in core
            and f.unit
            and S.subject_group(core, f.unit) not in qualified.get(f.unit, {})
        ):
            options = qualified.get(f.unit, {})
            subject: str | None = None
            if len(options) == 1:
                subjects = next(iter(options.values()))
                subject = min(subjects, key=lambda x: (-subjects.count(x), len(x)))
            elif not options:
                subject = dominant_subject(core, mentions(core))
            if subject and core in subject.split():
                f = replace(f, subject=subject)
        out.append(f)
    return out


def _completed(f: Figure, event: str | None, place: str | None) -> Figure:
    """`f` with the event and place its subject lacks added in brackets, when they do not
    contradict what it states ("Verletzte in Duisburg" + Brand -> "Verletzte in Duisburg
    (Brand)")."""
    own_event, own_place = S.scope_of(f.subject)
    add: list[str] = []
    if own_event is None and event and own_place in (None, place):
        add.append(event)
    if own_place is None and place and own_event in (None, event):
        add += ["in", place]
    return replace(f, subject=f"{f.subject} ({' '.join(add)})") if add else f


def sentence_scopes(figures: Sequence[Figure]) -> list[Figure]:
    """Complete a casualty count's scope from its own sentence: "In Duisburg wurden bei dem
    Brand 5 Menschen verletzt" states the place and the event in either order, and both
    belong to the key, so that the story stays one topic however a sentence orders them."""
    out: list[Figure] = []
    for f in figures:
        if S.is_scoped_concept(f.subject, f.unit):
            f = _completed(f, *S.scope_of(re.sub(r"[^\w\s-]", " ", f.sentence)))
        out.append(f)
    return out


def scope_figures(figures: Sequence[Figure], text: str) -> list[Figure]:
    """Give each casualty count whose sentence states no event or place the article's scope
    ("Todesopfer" -> "Todesopfer (Erdbeben in Myanmar)"), so that /figures keeps one topic per
    stated scope: the dead of two disasters apart, one story's differently worded reports
    together. The article's scope is the one its counts state most often, completed from the
    event its text names most often (`text` is the title and body)."""
    scoped = [f for f in figures if S.is_scoped_concept(f.subject, f.unit)]
    if not scoped:
        return list(figures)
    stated = [sc for f in scoped if any(sc := S.scope_of(f.subject))]
    events = Counter(e for e, _ in stated if e)
    text_event, text_place = S.text_scope(text)
    event = events.most_common(1)[0][0] if events else text_event
    places = Counter(p for e, p in stated if p and e in (event, None))
    place = places.most_common(1)[0][0] if places else None
    if place is None and event in (text_event, None):
        place = text_place
    if event is None and place is None:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        if S.is_scoped_concept(f.subject, f.unit):
            f = _completed(f, event, place)
        out.append(f)
    return out


def dominant_subject(noun: str, mentions: Sequence[str]) -> str | None:
    """The qualified phrase ("nordkoreanische Soldaten") among an article's mentions of a
    noun, when it occurs at least twice and makes up two thirds of the qualified ones."""
    qualified = [m for m in mentions if m != noun and m.endswith(" " + noun)]
    if not qualified:
        return None
    best = max(set(qualified), key=qualified.count)
    count = qualified.count(best)
    return best if count >= 2 and count * 3 >= 2 * len(qualified) else None


# ---------------------------------------------------------------- component


def _canonical(source: str | None, quotes: Sequence[Quote]) -> str | None:
    """The article's canonical name for a source ("Kirby" -> "John Kirby") when a quote
    speaker names the same person, so a figure and the statements group under one speaker."""
    if not source or _is_anonymous(source):
        return source
    best = source
    for q in quotes:
        sp = q.speaker
        if sp and len(sp) > len(best) and not _is_anonymous(sp) and same_person(source, sp):
            best = sp
    return best


def _ensure_extensions() -> None:
    """Register the shared Doc extensions if the pipeline module has not done so yet, so the
    component also works in a bare blank("de") + sentencizer pipeline (tests, scoring)."""
    for name in ("article_date", "quotes", "figures", "sections"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_MAX_CACHED_ORTHS = 500_000


class FiguresComponent:
    """Fills `doc._.figures`; runs after sentence segmentation and the quote component."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self._table: Any = None
        # Whether a word form (by ORTH id) may start a figure; bounded, cleared when full.
        self._candidate_orths: dict[int, bool] = {}
        _ensure_extensions()

    def _lemma_table(self) -> Any:
        """spaCy's German lookup table, shared with a lookup lemmatizer when there is one
        (it holds 355k forms; loading it twice would cost a second and memory)."""
        if self._table is None:
            table = None
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_lookup"):
                    table = lookups.get_table("lemma_lookup")
            if table is None:
                from spacy.lookups import load_lookups

                table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
            self._table = table
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self._lemma_table()

        def lemmatize(word: str) -> str | None:
            value = table.get(word)
            return value if isinstance(value, str) else None

        def known(word: str) -> bool:
            return word in table

        quotes: list[Quote] = list(doc._.quotes or [])
        anchor: date | None = doc._.article_date
        figures: list[Figure] = []
        # One array read instead of Token objects (creating those is the slow part), and no
        # Doc.text: only sentences with a candidate token are ever turned into strings.
        arr = doc.to_array([ORTH, IDX, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        cache = self._candidate_orths
        if len(cache) > _MAX_CACHED_ORTHS:
            cache.clear()
        candidates: list[int] = []
        for k, (orth, _idx, _sp) in enumerate(arr):
            hit = cache.get(orth)
            if hit is None:
                hit = cache[orth] = bool(CANDIDATE_RE.search(strings[orth]))
            if hit:
                candidates.append(k)
        if not candidates:
            doc._.figures = figures
            return doc
        sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]

        def sentence_toks(span: Span) -> list[Tok]:
            return [
                Tok(strings[arr[k][0]], arr[k][1])
                for k in range(span.start, span.end)
                if not arr[k][2]
            ]

        # Teasers of other articles ("Lesen Sie auch") report nothing of this article. The
        # first paragraph is the exception: the corpus reader tags a short standfirst under
        # the headline "teaser", but it is this article's lead, stating its main figures.
        sections = list(doc._.sections or [])
        teasers = [(a, b) for k, (a, b, sec) in enumerate(sections) if sec == "teaser" and k > 0]
        last_source: str | None = None  # for "demnach" in the next sentence
        last_source_sentence = -2
        for si, sent in enumerate(sents):
            h = bisect_left(candidates, sent.start)
            if h == len(candidates) or candidates[h] >= sent.end:
                continue
            toks = sentence_toks(sent)
            if not toks or any(a <= toks[0].start < b for a, b in teasers):
                continue
            matches = find_figures(toks, lemmatize, known)
            if not matches:
                continue
            previous = sentence_toks(sents[si - 1]) if si > 0 else None
            previous_source = last_source if last_source_sentence == si - 1 else None
            if previous_source is None and si > 0:
                p_start, p_end = sents[si - 1].start_char, sents[si - 1].end_char
                previous_source = next(
                    (
                        q.speaker
                        for q in quotes
                        if q.speaker and q.start_char < p_end and q.end_char > p_start
                    ),
                    None,
                )
            s_start, s_end = sent.start_char, sent.end_char
            sentence = sent.text
            in_sentence = [q for q in quotes if q.start_char < s_end and q.end_char > s_start]
            refers = resolve_date(sentence, anchor) or anchor
            attributions = explicit_attributions(toks, previous, lemmatize)
            for m in matches:
                containing = [
                    q for q in in_sentence if q.start_char <= m.start and m.end <= q.end_char
                ]
                found = source_of_figure(
                    toks,
                    m,
                    containing,
                    in_sentence,
                    previous,
                    previous_source,
                    attributions,
                    lemmatize,
                )
                source = _canonical(found, quotes)
                if source:
                    last_source, last_source_sentence = source, si
                figures.append(
                    Figure(
                        value=m.value,
                        value_max=m.value_max,
                        qualifier=m.qualifier,
                        unit=m.unit,
                        subject=S.with_election_year(
                            S.without_source(m.subject, source), refers.year if refers else None
                        ),
                        text=sentence[m.start - s_start : m.end - s_start],
                        source=source,
                        sentence=sentence.strip(),
                        sentence_index=si,
                        start_char=m.start,
                        end_char=m.end,
                        refers_to=refers,
                        is_addition=m.is_addition,
                    )
                )

        def mentions(noun: str) -> list[str]:
            """Adjective + noun phrases of the article that name `noun` (any case)."""
            forms = {noun, noun + "n", noun[:-1] if noun.endswith("n") else noun}
            ids = {strings[w] for w in forms if w in strings}
            out: list[str] = []
            for k, (orth, _idx, _sp) in enumerate(arr):
                if orth not in ids:
                    continue
                adjs: list[str] = []
                j = k - 1
                while j >= 0 and len(adjs) < 3:
                    word = strings[arr[j][0]]
                    if not _is_adjective(word) or word[:1].isupper():
                        break
                    if _normalise_adjective(word) not in R.QUANTIFIER_ADJECTIVES:
                        adjs.insert(0, _normalise_adjective(word))
                    j -= 1
                if not adjs and k + 2 < len(arr) and strings[arr[k + 1][0]] == "aus":
                    demonym = R.COUNTRY_ADJECTIVES.get(strings[arr[k + 2][0]])
                    adjs = [demonym] if demonym else []
                out.append(" ".join([*adjs, noun]))
            return out

        doc._.figures = sentence_scopes(harmonise_subjects(figures, mentions))
        return doc


@Language.factory("lagebild_figures")
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)
