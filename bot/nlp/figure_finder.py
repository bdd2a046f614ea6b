"""Finding figures in one sentence: the numeral, its qualifier, the unit or counted noun
and the subject, as pure functions over the sentence's tokens (`find_figures`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.models import Qualifier
from bot.nlp import figure_rules as R
from bot.nlp import figure_subjects as S
from bot.nlp.figure_exclusions import excluded
from bot.nlp.figure_nouns import (
    adjective_form,
    counted_before,
    lemma_of,
    normalise_adjective,
    noun_key,
)
from bot.nlp.figure_numerals import TOKEN_START_RE, Numeral, numeral_at
from bot.nlp.figure_words import (
    ADJ_RE,
    DATIVE_WORDS,
    NOUN_RE,
    FigureMatch,
    Lemmatize,
    Tok,
    is_adjective,
    lower_at,
    noun_after,
    qualifier_before,
    unit_abbreviation,
)
from bot.nlp.numbers import (
    parse_digits,
    parse_number_word,
)


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
        if not TOKEN_START_RE.match(toks[i].text):
            i += 1
            continue
        num = numeral_at(toks, i)
        if num is None:
            compound = _compound(toks, i, lemmatize)
            if compound is not None:
                out.append(compound)
            i += 1
            continue
        if excluded(toks, i, num, i == 0, lemmatize):
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
    toks: Sequence[Tok], i: int, num: Numeral, lemmatize: Lemmatize, known: Callable[[str], bool]
) -> FigureMatch | None:
    value, value_max = num.value, num.value_max
    qualifier: Qualifier = "exact"
    first = i
    if num.kind == "range":
        qualifier = "range"
        if lower_at(toks, i - 1) in ("zwischen", "von"):
            first = i - 1
    elif num.kind == "vague":
        qualifier = "vague"
    else:
        qual, q_start = qualifier_before(toks, i)
        if qual is not None:
            qualifier, first = qual, q_start
    if num.kind == "word" and lower_at(toks, i - 1) in R.VAGUE_PREFIX_WORDS and value >= 100:
        qualifier, first = "vague", i - 1  # "mehrere Tausend"
    is_addition = False
    if lower_at(toks, first - 1) in R.ADDITION_WORDS:
        is_addition, first = True, first - 1
    # Currency before the number ("$ 5 Mio.", "€ 20").
    unit: str | None = None
    if lower_at(toks, first - 1) in R.CURRENCIES and toks[first - 1].text in (
        "$",
        "€",
        "£",
        "US$",
        "EUR",
        "USD",
    ):
        unit = R.CURRENCIES[lower_at(toks, first - 1)]
        first -= 1
    j = num.end_index
    last = j - 1
    end_trim = 1 if num.trailing_dot else 0
    subject: str | None = None
    found: tuple[int, list[int]] | None = None
    nxt = lower_at(toks, j)
    if not num.trailing_dot and (
        nxt in R.CURRENCIES or nxt in R.PERCENT or unit_abbreviation(toks, j)
    ):
        unit = R.CURRENCIES.get(nxt) or R.PERCENT.get(nxt) or unit_abbreviation(toks, j)
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
        if lower_at(toks, j) in R.ADDITION_WORDS:
            is_addition, j = True, j + 1  # "zwei weitere Menschen"
        found = noun_after(toks, j)
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
                and NOUN_RE.match(toks[k + 1].text)
                and toks[k + 1].text.lower() not in R.PRONOUNS
            ):
                if ADJ_RE.match(toks[k].text.lower()) and known(toks[k + 1].text):
                    named_adjectives.append(toks[k].text)  # "fünf Gelbe Karten"
                elif known(toks[k].text):
                    break
                k += 1  # "vier Black Hawk Hubschraubern": the last word is the noun
            noun = toks[k].text.rstrip(".")
            unit = lemma_of(noun, lemmatize)
            if any(toks[a].text.lower() in R.ADDITION_WORDS for a in adjs):
                is_addition = True  # "100 zusätzliche Soldaten"
            adj_words = [
                adjective_form(toks, a, adjs, lemmatize)
                for a in adjs
                if toks[a].text.lower() not in R.ADDITION_WORDS
                and normalise_adjective(toks[a].text) not in R.QUANTIFIER_ADJECTIVES
            ]
            adj_words += named_adjectives
            if not adj_words and lower_at(toks, k + 1) == "aus" and k + 2 < len(toks):
                demonym = R.COUNTRY_ADJECTIVES.get(toks[k + 2].text)
                if demonym:
                    adj_words = [demonym]
            dative = lower_at(toks, first - 1) in DATIVE_WORDS
            key = noun_key(noun, unit, known, dative, lemmatize)
            subject = S.counted_subject(toks, key, unit, adj_words, k, first, lemmatize)
            last = k
    if unit is None and num.kind in ("digits", "range"):
        counted = counted_before(toks, i)
        if counted is not None:
            noun = toks[counted].text
            unit = lemma_of(noun, lemmatize)
            key = noun_key(noun, unit, known, True, lemmatize)
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
        and is_adjective(toks[j].text)
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
    if lower_at(toks, first - 1) in _MAGNITUDE_WORDS:
        return first - 1
    if lower_at(toks, first - 1) == "von" and lower_at(toks, first - 2) in _MAGNITUDE_WORDS:
        return first - 2
    if lower_at(toks, after) == "auf" and lower_at(toks, after + 2) in _SCALES:
        return first
    return None
