"""Noun phrases and clauses over tokens with a `.text`: the words a figure's subject is built
from ("die durchschnittliche Pünktlichkeit im Fernverkehr"), where a clause starts and ends,
and how a phrase is shown. Shared by the counted, measured and election subjects so that each
reads a phrase the same way; pure functions, no spaCy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bot.nlp.calendar_words import WEEKDAYS
from bot.nlp.figures import rules as R
from bot.nlp.figures.lexicon import Lemmatize, is_measure_unit, is_non_topic, lexicon, no_lemma
from bot.nlp.figures.words import NOUN_RE, is_verb_lemma

ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")

# A preposition and the article it contracts with: "bei dem Erdbeben" reads as "beim".
_CONTRACT = {
    ("bei", "dem"): "beim",
    ("in", "dem"): "im",
    ("an", "dem"): "am",
    ("von", "dem"): "vom",
    ("zu", "dem"): "zum",
    ("zu", "der"): "zur",
}


class HasText(Protocol):
    """A token: spaCy's Token or the figure rules' own; only its text is read."""

    @property
    def text(self) -> str: ...


def lower_at(toks: Sequence[HasText], i: int) -> str:
    """Token i lower-cased, "" outside the sentence: the rules look around a number
    without bounds checks."""
    return toks[i].text.lower() if 0 <= i < len(toks) else ""


def text_at(toks: Sequence[HasText], i: int) -> str:
    """Token i as written, "" outside the sentence (see lower_at)."""
    return toks[i].text if 0 <= i < len(toks) else ""


def is_noun(word: str) -> bool:
    """A capitalised word that can head a subject: no month, pronoun, clause adverb,
    determiner, attaching preposition or non-topic word (all capitalised at a sentence start)."""
    return (
        bool(NOUN_RE.match(word))
        and word.lower() not in R.MONTH_WORDS
        and word.lower() not in R.PRONOUNS
        and word.lower() not in R.CLAUSE_ADVERBS
        and word.lower() not in R.DETERMINERS
        and word.lower() not in lexicon().attach_preps
        and not is_non_topic(word)
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


def is_adj(word: str, lemmatize: Lemmatize = no_lemma) -> bool:
    """An attributive adjective: lower-case with an adjective ending, not a number word, not
    a finite verb ("machte" -> "machen": an -en lemma is a verb's)."""
    if not ADJ_RE.match(word) or len(word) <= 3 or word in R.DETERMINERS:
        return False
    if word in lexicon().number_words or word in POSSESSIVES or word in ("mehr", "weniger"):
        return False
    if word in lexicon().non_adjectives or is_verb_lemma(word, lemmatize):
        return False
    lemma = lemmatize(word)
    return not (lemma and lemma != word and lemma.endswith(("en", "ern", "eln")))


def _lower_lemma(word: str, lemmatize: Lemmatize) -> bool:
    """Whether a capitalised clause-initial word is no noun: a weekday, a clause opener,
    an adjective or a word whose lemma is lower-case ("Gegenwärtig", "Von")."""
    if word.lower() in WEEKDAYS or word.lower() in lexicon().clause_openers:
        return True
    if word.lower().endswith(_ADJ_SUFFIXES) and not lemmatize(word):
        return True  # "Branchenüblich sind Provisionen von 8%": an adjective opens the clause
    lemma = lemmatize(word.lower())
    return lemma is not None and lemma[:1].islower() and not lemmatize(word)


_ADJ_SUFFIXES = ("lich", "ig", "isch", "bar", "sam", "los", "haft")


def predicate_concept(
    toks: Sequence[HasText], predicates: Sequence[tuple[tuple[str, ...], str]] | None = None
) -> str | None:
    """The concept the clause's words give counted people ("ums Leben" -> "Tote"), from
    `predicates` (all of lexicons/figure_predicates.tsv by default)."""
    lows = [t.text.lower() for t in toks]
    present = set(lows)
    for words, concept in lexicon().predicates if predicates is None else predicates:
        if words and words[0] not in present:
            continue  # one set look-up instead of a scan of the clause per predicate
        n = len(words)
        for k in range(len(lows) - n + 1):
            if tuple(lows[k : k + n]) == words:
                return concept
    return None


def noun_phrase(
    toks: Sequence[HasText], k: int, lemmatize: Lemmatize = no_lemma
) -> tuple[list[str], int] | None:
    """The noun phrase starting at k without its article ("die durchschnittliche
    Pünktlichkeit" -> ["durchschnittliche", "Pünktlichkeit"]), and the index after its
    (possibly multi-word, "Deutschen Bahn") noun; None when no noun follows."""
    n = len(toks)
    while k < n and (toks[k].text.lower() in R.DETERMINERS or toks[k].text in POSSESSIVES):
        k += 1
    words: list[str] = []
    while k < n and is_adj(toks[k].text, lemmatize) and len(words) < 3:
        if is_ordinal(toks[k].text):
            return None  # "an dritter Stelle", "den vierten Platz": a rank
        words.append(toks[k].text)
        k += 1
    if k >= n or not is_noun(toks[k].text):
        return None
    while k < n and is_noun(toks[k].text) and len(words) < 5:
        words.append(toks[k].text)
        k += 1
        if _apostrophe_name(toks, k):
            words[-1] += toks[k].text + toks[k + 1].text  # "O", "’", "Leary": one name
            k += 2
    return words, k


_APOSTROPHES = frozenset({"’", "'"})


def _apostrophe_name(toks: Sequence[HasText], k: int) -> bool:
    """Whether the name before k goes on after an apostrophe the tokenizer split off
    ("Michael O’Leary", "D’Alema"): cut there, the subject read "Konzernchef Michael O"."""
    return (
        k + 1 < len(toks)
        and toks[k].text in _APOSTROPHES
        and len(toks[k - 1].text) <= 2
        and bool(NOUN_RE.match(toks[k + 1].text))
    )


def attachments(
    toks: Sequence[HasText], k: int, limit: int = 2, lemmatize: Lemmatize = no_lemma
) -> tuple[list[str], int]:
    """Genitive and locative attachments after a noun ("der Deutschen Bahn", "im
    Fernverkehr", "beim Erdbeben in Myanmar"), at most `limit`, and the index after them."""
    out: list[str] = []
    while len(out) < limit and k < len(toks):
        w = lower_at(toks, k)
        if w in ("des", "der") and k + 1 < len(toks):
            np = noun_phrase(toks, k + 1, lemmatize)
            if np is None or is_time(np[0][-1]):
                break
            out.append(" ".join([toks[k].text, *np[0]]))
            k = np[1]
            continue
        if w in lexicon().attach_preps or w in ("bei", "in", "an", "von", "zu"):
            prep, j = toks[k].text.lower(), k + 1
            if prep in ("in", "an", "auf") and lower_at(toks, j) in ("die", "das"):
                break  # accusative: a direction ("an die Grenze"), not where the thing is
            contracted = _CONTRACT.get((prep, lower_at(toks, j)))
            if contracted:
                prep, j = contracted, j + 1
            np = noun_phrase(toks, j, lemmatize)
            if np is None or is_time(np[0][-1]) or prep in ("von", "zu"):
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


def clause_bounds(toks: Sequence[HasText], i: int) -> tuple[int, int]:
    """The clause around token i: [a, b) between two clause breaks (a comma, a conjunction,
    a quotation mark) or the sentence's end."""
    breaks = lexicon().clause_breaks
    a = i
    while a > 0 and toks[a - 1].text.lower() not in breaks:
        a -= 1
    b = i
    while b < len(toks) and toks[b].text.lower() not in breaks and toks[b].text not in ".!?":
        b += 1
    return a, b


def clause_phrases(
    toks: Sequence[HasText], a: int, b: int, skip: range, lemmatize: Lemmatize
) -> list[tuple[int, list[str], int, bool]]:
    """(start, words, end, inside a prepositional phrase) of the noun phrases in [a, b).
    A capitalised clause opener whose lemma is lower-case ("Gegenwärtig", "Von") is no noun."""
    lex = lexicon()
    out: list[tuple[int, list[str], int, bool]] = []
    k = a
    while k < b:
        if k in skip:
            k = skip.stop
            continue
        if (k == 0 or toks[k - 1].text.lower() in lex.clause_breaks) and _lower_lemma(
            toks[k].text, lemmatize
        ):
            k += 1
            continue
        np = noun_phrase(toks, k, lemmatize)
        if np is None or np[1] > b or is_ordinal(text_at(toks, k - 1)):
            k += 1
            continue
        in_pp = lower_at(toks, k - 1) in lex.opening_preps
        if _genitive_attribute(toks, k):
            in_pp = True  # "Schätzungen des Landratsamts": whose, not what
        if lower_at(toks, k - 1) in R.DETERMINERS and lower_at(toks, k - 2) in lex.governing_preps:
            in_pp = True
        out.append((k, np[0], np[1], in_pp))
        k = np[1]
    return out


def _genitive_attribute(toks: Sequence[HasText], k: int) -> bool:
    """Whether the noun phrase at k is a genitive attribute of the noun before its article
    ("Schätzungen des Landratsamts", "Einschätzung des Umweltbundesamts")."""
    if lower_at(toks, k) in ("des", "der"):
        k += 1  # the phrase starts at its article
    if lower_at(toks, k - 1) not in ("des", "der") or k < 2:
        return False
    word = toks[k - 2].text
    return bool(NOUN_RE.match(word)) and word.lower() not in R.DETERMINERS | R.PRONOUNS


def usable(
    phrases: list[tuple[int, list[str], int, bool]],
) -> list[tuple[int, list[str], int, bool]]:
    """The phrases that can say what a figure is about: no frame noun ("Zahl"), time
    word or number word at their end."""
    return [
        p
        for p in phrases
        if p[1][-1] not in lexicon().frame_nouns
        and not is_time(p[1][-1])
        and p[1][-1].lower() not in lexicon().number_words
    ]


def is_time(word: str) -> bool:
    """A time word ("Freitagmorgen", "Vorjahr") or a measure frame ("in Höhe von", "im Alter
    von"): never what a figure counts or where it belongs."""
    return word in lexicon().time_nouns or word.lower().startswith(tuple(WEEKDAYS))


def display(words: list[str], toks: Sequence[HasText], end: int, lemmatize: Lemmatize) -> str:
    """A subject phrase as shown: its attachments appended, a leading unit and
    possessives dropped, adjectives in one form ("deutschen Städte" -> "deutsche Städte")."""
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
    """An inflected adjective in its -e form, so cases of one phrase show alike."""
    w = word.lower()
    for suffix in ("en", "er", "es", "em"):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + "e"
    return w
