"""Finding figures in one sentence: the numeral, its qualifier, the unit or counted noun
and the subject, as pure functions over the sentence's tokens (`find_figures`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.models import Qualifier
from bot.nlp.figures import rules as R
from bot.nlp.figures.count_compounds import counted_by_compound
from bot.nlp.figures.counted import age_subject, counted_subject, elided_subject
from bot.nlp.figures.exclusions import excluded
from bot.nlp.figures.gapping import counts_a_part, names_a_part
from bot.nlp.figures.lexicon import is_measure_unit, lexicon
from bot.nlp.figures.measured import measured_subject
from bot.nlp.figures.nouns import (
    adjective_form,
    counted_before,
    counted_in_brackets,
    country_name,
    gendered_word,
    is_plural_label,
    labelled_count,
    lemma_of,
    normalise_adjective,
    noun_key,
    paired_noun,
    plain_noun,
)
from bot.nlp.figures.numerals import TOKEN_START_RE, Numeral, fraction_unit, numeral_at
from bot.nlp.figures.words import (
    ADJ_RE,
    DATIVE_WORDS,
    NOUN_RE,
    PREPOSITIONS,
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
        subject = age_subject(toks, i, i, lemmatize)
    else:
        middle, last = tail.split("-", 1)
        unit = R.PERCENT.get(middle.lower()) or lemma_of(middle, lemmatize)
        if unit in lexicon().time_units:
            return None  # "35-Stunden-Woche": the name of a working time, no amount
        if is_measure_unit(unit) or middle.lower() in R.CURRENCIES:
            # "Fünf-Prozent-Hürde", "Zwei-Prozent-Ziel": a rule's or a goal's amount, counted
            # as a figure; its subject is the rule's noun, a dimension that is no topic
            # (lexicons/figure_dimensions.tsv)
            unit = R.CURRENCIES.get(middle.lower(), unit)
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


@dataclass(slots=True)
class _Head:
    """What the rules read around a numeral: the unit, the subject, the last token of the
    figure phrase, whether it adds to an earlier count and the index after the numeral
    (past a "weitere")."""

    unit: str | None
    subject: str | None
    last: int
    is_addition: bool
    after: int


def _build(
    toks: Sequence[Tok], i: int, num: Numeral, lemmatize: Lemmatize, known: Callable[[str], bool]
) -> FigureMatch | None:
    """The figure whose numeral starts at i, or None when it counts nothing we can name."""
    qualifier, first = _qualifier_of(toks, i, num)
    head = _Head(None, None, num.end_index - 1, False, num.end_index)
    if lower_at(toks, first - 1) in R.ADDITION_WORDS:
        head.is_addition, first = True, first - 1
    head.unit, first = _currency_before(toks, first)
    if not _read_head(toks, num, first, head, lemmatize, known):
        return None
    _unit_from_context(toks, i, num, first, head, lemmatize, known)
    if not _read_label(toks, num, first, head, lemmatize, known):
        return None
    if _counts_nothing(toks, i, num, head):
        return None
    trim = 1 if num.trailing_dot and head.last == num.end_index - 1 else 0
    return FigureMatch(
        value=num.value,
        value_max=num.value_max,
        qualifier=qualifier,
        unit=head.unit,
        subject=head.subject,
        start=toks[first].start,
        end=toks[head.last].end - trim,
        is_addition=head.is_addition,
        first_token=first,
        number_token=i,
    )


def _qualifier_of(toks: Sequence[Tok], i: int, num: Numeral) -> tuple[Qualifier, int]:
    """The claim's qualifier and the first token of the figure phrase: "zwischen 10 und 12"
    (range), "Tausende" (vague), "mehr als 10.000", "mehrere Tausend" (vague)."""
    qualifier: Qualifier = "exact"
    first = i
    if num.kind == "range":
        qualifier = "range"
        if lower_at(toks, i - 1) in ("zwischen", "von"):
            first = i - 1
    elif num.kind == "vague":
        qualifier = "vague"
    else:
        if num.kind == "fraction" and num.end_index == i:
            first = i - 1  # "die Hälfte": the phrase starts at its article
        qual, q_start = qualifier_before(toks, first)
        if qual is not None and not _amount_of(toks, q_start, first):
            qualifier, first = qual, q_start
    if num.kind == "word" and lower_at(toks, i - 1) in R.VAGUE_PREFIX_WORDS and num.value >= 100:
        qualifier, first = "vague", i - 1  # "mehrere Tausend"
    return qualifier, first


def _amount_of(toks: Sequence[Tok], q_start: int, i: int) -> bool:
    """Whether "über" before the number states a noun's amount ("ein Fonds über 2,5
    Milliarden Euro": exactly that much), not "more than"."""
    if i - q_start != 1 or lower_at(toks, q_start) != "über" or q_start == 0:
        return False
    noun = toks[q_start - 1].text
    return noun[:1].isupper() and noun.lower().endswith(lexicon().amount_nouns)


_CURRENCY_SIGNS = frozenset({"$", "€", "£", "US$", "EUR", "USD"})


def _currency_before(toks: Sequence[Tok], first: int) -> tuple[str | None, int]:
    """A currency sign before the number ("$ 5 Mio.", "€ 20") and where the phrase starts."""
    low = lower_at(toks, first - 1)
    if low in R.CURRENCIES and toks[first - 1].text in _CURRENCY_SIGNS:
        return R.CURRENCIES[low], first - 1
    return None, first


def _read_head(
    toks: Sequence[Tok],
    num: Numeral,
    first: int,
    head: _Head,
    lemmatize: Lemmatize,
    known: Callable[[str], bool],
) -> bool:
    """Fill the unit and subject from what follows the numeral: a unit word ("Prozent",
    "Euro", "km"), a magnitude ("der Stärke 7,8") or a counted noun. False when the words
    after it show the number counts nothing ("die vier Besten")."""
    j = num.end_index
    nxt = lower_at(toks, j)
    unit = None
    if not num.trailing_dot:
        unit = R.CURRENCIES.get(nxt) or R.PERCENT.get(nxt) or unit_abbreviation(toks, j)
        unit = unit or (fraction_unit(toks[j].text) if num.kind == "fraction" else None)
    if unit:
        head.unit, head.last = unit, j
        head.subject = measured_subject(toks, first, j, unit, lemmatize)
        if num.kind == "fraction" and lower_at(toks, j + 1) == "davon":
            head.subject = None  # "die Hälfte davon": a part of what was counted before
    elif _magnitude_at(toks, first, j) is not None:
        head.unit = "Stärke"
        head.subject = _magnitude_subject(toks, first, j, head.last, lemmatize)
    elif (fronted := fronted_magnitude(toks, first, j, num.value)) is not None:
        head.unit = "Stärke"
        named = _magnitude_owner(toks, fronted, lemmatize)
        head.subject = f"Stärke ({named})" if named else "Stärke"
    elif not num.trailing_dot:
        return _read_counted_noun(toks, num, first, head, lemmatize, known)
    return True


def _magnitude_subject(
    toks: Sequence[Tok], first: int, after: int, last: int, lemmatize: Lemmatize
) -> str:
    """ "ein Beben der Stärke 7,8", "eine Magnitude von 6,1", "7,8 auf der Richterskala":
    the subject names what had the magnitude when the sentence says so."""
    start = _magnitude_at(toks, first, after) or first
    measured = measured_subject(toks, start, last, "Stärke", lemmatize)
    measured = re.split(r" der (?:Stärke|Magnitude)", measured)[0] if measured else None
    if measured and measured.split()[0] in ("Stärke", "Magnitude", "Richterskala"):
        measured = None
    return f"Stärke ({measured})" if measured else "Stärke"


def _read_counted_noun(
    toks: Sequence[Tok],
    num: Numeral,
    first: int,
    head: _Head,
    lemmatize: Lemmatize,
    known: Callable[[str], bool],
) -> bool:
    """The counted noun after the numeral ("1.500 nordkoreanische Soldaten", "zwei weitere
    Menschen"); False when the noun shows the number counts nothing."""
    j = num.end_index
    if lower_at(toks, j) in R.ADDITION_WORDS:
        head.is_addition, j = True, j + 1  # "zwei weitere Menschen"
    head.after = j
    found = noun_after(toks, j, lemmatize)
    if found is None:
        return True
    k, adjs = found
    if num.kind == "word" and num.value < 100 and k != j + len(adjs):
        return False
    if toks[k].text in lexicon().not_counted:
        return False  # "die vier Besten"
    if toks[k].text in ("Weitere", "Weiteren"):
        head.is_addition = True  # "mehr als 60 Weitere wurden verletzt": the noun is elided
        return True
    k, named_adjectives = _compound_name_end(toks, paired_noun(toks, k), known)
    noun = plain_noun(gendered_word(toks, k).rstrip("."), lemmatize)
    head.unit = lemma_of(noun, lemmatize)
    if any(toks[a].text.lower() in R.ADDITION_WORDS for a in adjs):
        head.is_addition = True  # "100 zusätzliche Soldaten"
    adj_words = _subject_adjectives(toks, adjs, k, lemmatize) + named_adjectives
    if not adj_words and lower_at(toks, k + 1) == "aus" and k + 2 < len(toks):
        demonym = R.COUNTRY_ADJECTIVES.get(toks[k + 2].text)
        if demonym:
            adj_words = [demonym]
    dative = lower_at(toks, first - 1) in DATIVE_WORDS
    key = noun_key(noun, head.unit, known, dative, lemmatize)
    head.subject = counted_subject(toks, key, head.unit, adj_words, k, first, lemmatize)
    head.last = k
    return True


# A bare noun coordinated with another ("Busse und Bahnen") starts a phrase of its own, never
# the last part of a multi-word name: "750.000 Fahrgäste Busse und Bahnen" counts Fahrgäste
# (while "vier Black Hawk Hubschraubern und der HMAS" still counts Hubschrauber).
_COORDINATORS = frozenset({"und", "oder", "sowie"})


def _coordinated(toks: Sequence[Tok], k: int) -> bool:
    """Whether the noun at k is coordinated with a bare noun ("Busse und Bahnen")."""
    return (
        lower_at(toks, k + 1) in _COORDINATORS
        and bool(k + 2 < len(toks) and NOUN_RE.match(toks[k + 2].text))
        and lower_at(toks, k + 2) not in R.DETERMINERS
    )


def _compound_name_end(
    toks: Sequence[Tok], k: int, known: Callable[[str], bool]
) -> tuple[int, list[str]]:
    """The last word of a multi-word noun ("vier Black Hawk Hubschraubern": the noun is
    "Hubschraubern") and capitalised adjectives of a name ("fünf Gelbe Karten")."""
    named_adjectives: list[str] = []
    while (
        k + 1 < len(toks)
        and toks[k].text not in lexicon().measures
        and NOUN_RE.match(toks[k + 1].text)
        and toks[k + 1].text.lower() not in R.PRONOUNS
        and not _coordinated(toks, k + 1)
    ):
        if ADJ_RE.match(toks[k].text.lower()) and known(toks[k + 1].text):
            named_adjectives.append(toks[k].text)  # "fünf Gelbe Karten"
        elif known(toks[k].text):
            break
        k += 1
    return k, named_adjectives


def _subject_adjectives(
    toks: Sequence[Tok], adjs: list[int], k: int, lemmatize: Lemmatize
) -> list[str]:
    """The adjectives that distinguish the counted group ("nordkoreanische"), without the
    ones that only add or quantify ("zusätzliche", "weitere", "insgesamt")."""
    return [
        adjective_form(toks, a, adjs, lemmatize)
        for a in adjs
        if toks[a].text.lower() not in R.ADDITION_WORDS
        and normalise_adjective(toks[a].text) not in R.QUANTIFIER_ADJECTIVES
    ]


def _unit_from_context(
    toks: Sequence[Tok],
    i: int,
    num: Numeral,
    first: int,
    head: _Head,
    lemmatize: Lemmatize,
    known: Callable[[str], bool],
) -> None:
    """A unit named elsewhere when none follows: "Zahl der Toten ... auf 47", or an elided
    noun ("Etwa 600 wurden getötet"). News text writes numbers up to twelve as words, so the
    frame takes "auf sieben" as it takes "auf 7"."""
    rate = lower_at(toks, num.end_index) in ("pro", "je")  # "fünf pro 1.000": no count
    if head.unit is None and num.kind in ("digits", "range", "word") and not rate:
        bracketed = counted_in_brackets(toks, i, num.end_index, num.value)
        found = bracketed or counted_before(toks, i)  # the list's name, not the first's place
        if found is not None:
            counted, adjs = found
            noun = toks[counted].text
            head.unit = lemma_of(noun, lemmatize)
            key = noun_key(noun, head.unit, known, True, lemmatize)
            adj_words = _subject_adjectives(toks, adjs, counted, lemmatize)
            head.subject = counted_subject(
                toks, key, head.unit, adj_words, counted, first, lemmatize
            )
            if found is bracketed:  # "Syrien (31.400)": the group from that name
                name = toks[i - 2].text
                name = country_name(name) or name  # "den Niederlanden (1.800)"
                head.subject = f"{' '.join([*adj_words, noun])} ({name})"
        elif (compound := counted_by_compound(toks, i, lemmatize)) is not None:
            k, head.unit, noun = compound  # "Die Passagierzahlen der Lufthansa ... auf 3,2 Mio."
            key = noun_key(noun, head.unit, known, True, lemmatize)
            head.subject = counted_subject(toks, key, head.unit, [], k, first, lemmatize)
    if head.unit is None and not num.trailing_dot:
        elided = elided_subject(toks, first)
        if elided is not None:
            head.unit, head.subject = elided


def _read_label(
    toks: Sequence[Tok],
    num: Numeral,
    first: int,
    head: _Head,
    lemmatize: Lemmatize,
    known: Callable[[str], bool],
) -> bool:
    """The count a label names ("Busse im Einsatz: 60", "Verletzte: 12"), when nothing else
    gave the number a unit. False when the label is one thing ("Runde: 2", "Platz: 3"): its
    number is a rank or a step, no figure a reader compares."""
    if head.unit is not None:
        return True
    label = labelled_count(toks, first, num.end_index)
    found = noun_after(toks, label, lemmatize) if label is not None else None
    if found is None or found[0] >= first - 1:
        return True
    k, adjs = found
    attached = lower_at(toks, k + 1)
    if k + 1 < first - 1 and attached not in PREPOSITIONS and attached not in R.DETERMINERS:
        return True  # "Richtig ist: 19": a clause before the colon, no label
    noun = toks[k].text
    unit = lemma_of(noun, lemmatize)
    if not is_plural_label(noun, unit, lemmatize):
        return False
    head.unit = unit
    key = noun_key(noun, unit, known, False, lemmatize)
    adj_words = _subject_adjectives(toks, adjs, k, lemmatize)
    head.subject = counted_subject(toks, key, unit, adj_words, k, first, lemmatize)
    return True


def _counts_nothing(toks: Sequence[Tok], i: int, num: Numeral, head: _Head) -> bool:
    """A small number word alone ("drei") or a vague amount before an adjective names no
    counted thing. A part of a count before it in the sentence does ("31 Menschen wurden
    verletzt, sieben von ihnen schwer"), and so does the subject of a conjunct that only adds
    a verb or an adverb ("389 Abgeordnete stimmten dafür, drei enthielten sich", "Zwölf
    stimmten dafür, vier dagegen"): it takes that count's unit later (component)."""
    if head.unit is None and num.kind == "word" and num.value < 1000:
        if _bracketed_after_name(toks, i, num.end_index):
            return False  # "in Frankreich (sechs), Belgien (drei)": the group's count there
        part = names_a_part(toks, num.end_index) or (
            lower_at(toks, i - 1) == "," and counts_a_part(toks, i, num.end_index - 1)
        )
        return not (part and _count_before(toks, head.last))
    return (
        head.unit is None
        and head.subject is None
        and num.kind == "vague"
        and head.after < len(toks)
        and is_adjective(toks[head.after].text)
    )


def _bracketed_after_name(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Whether a number stands alone in brackets right after a country ("Frankreich (sechs)"):
    a list's count for that country, as "Syrien (12.400)" is; after a person's name it would
    be an age ("Anna Berger (drei)")."""
    return (
        lower_at(toks, i - 1) == "("
        and lower_at(toks, end) == ")"
        and i > 1
        and country_name(toks[i - 2].text) is not None
    )


def _count_before(toks: Sequence[Tok], i: int) -> bool:
    """Whether a number in digits or a number word ("Zwölf Abgeordnete") stands before token
    i in the sentence."""
    return any(t.text[:1].isdigit() or parse_number_word(t.text) for t in toks[:i])


_MAGNITUDE_WORDS = frozenset({"stärke", "magnitude"})
_FRONTED_LINKS = frozenset({"mit", "auf", "bei"})


def fronted_magnitude(toks: Sequence[Tok], first: int, after: int, value: float) -> int | None:
    """Where a fronted magnitude phrase starts when the number after "mit"/"auf"/"bei" is its
    value ("Die Stärke des Bebens gab die Erdbebenwarte mit 6,8 an", "Die Magnitude lag bei
    5,9"): the clause opens with it, and the number is a bare one of at most 10 ("Die Stärke
    der Truppe lag bei 5.000 Soldaten" counts soldiers). None otherwise."""
    if value > 10 or lower_at(toks, first - 1) not in _FRONTED_LINKS:
        return None
    if after < len(toks) and toks[after].text[:1].isupper():
        return None
    return next((k for k in range(min(first, 2)) if lower_at(toks, k) in _MAGNITUDE_WORDS), None)


def _magnitude_owner(toks: Sequence[Tok], at: int, lemmatize: Lemmatize) -> str | None:
    """What the magnitude at `at` is of, in its lemma: "Die Stärke des Bebens" -> "Beben"."""
    if lower_at(toks, at + 1) not in ("des", "der") or at + 2 >= len(toks):
        return None
    word = toks[at + 2].text
    lemma = lemmatize(word) or word
    return lemma if lemma[:1].isupper() else None


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
