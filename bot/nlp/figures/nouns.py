"""Keys of counted nouns: lemma, dative plural folded, adjectives in one form, so that the
same group gets the same unit and subject key in every grammatical case."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.nlp.figures.lexicon import lexicon
from bot.nlp.figures.phrases import HasText
from bot.nlp.figures.words import Lemmatize, Tok, lower_at, noun_after


def normalise_adjective(word: str) -> str:
    """Nominative plural without article ("nordkoreanischen" -> "nordkoreanische"), so the
    same group gets the same subject key in every case."""
    w = word.lower()
    for suffix in ("en", "er", "es", "em"):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + "e"
    return w


def adjective_form(toks: Sequence[Tok], a: int, adjs: list[int], lemmatize: Lemmatize) -> str:
    """An adjective in its nominative plural form, except an uninflected adverb before
    another adjective ("bisher bestätigte", "schwer betroffene": never "bishe", "schwe")."""
    word = toks[a].text
    if a + 1 in adjs and word.endswith("er") and lemmatize(word.lower()) is None:
        return word.lower()
    return normalise_adjective(word)


def noun_key(
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
    noun_plural = lemmatize(word) == lemma and not adjective and not raw
    if word[:-1] == lemma and lemma in lexicon().concepts and not noun_plural:
        # "Vermissten" -> "Vermisste": a nominalised adjective counted in any case; a noun's
        # own plural stays ("56 Leichen" counts Leichen, never the singular "Leiche")
        return lemma
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
    if lemma is None and word.endswith("n") and word[:-1] in lexicon().concepts:
        return word[:-1]  # "Vermissten" (unknown to the table) -> the concept "Vermisste"
    if lemma is None:
        # Plural endings the table lacks: "Ärztinnen", "Nationen", "Tanks".
        if word.endswith("innen") and len(word) > 7:
            return word[:-3]
        if word.endswith("ionen"):
            return word[:-2]
        if word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us", "is", "os")):
            return word[:-1]
    return word


def counted_before(toks: Sequence[Tok], i: int) -> tuple[int, list[int]] | None:
    """Index of X in "Zahl der X ... auf 47" and of the adjectives before it: the number
    states how many X there are, and "Zahl der verletzten Personen" counts the injured, not
    "Personen". The frame may open the sentence: a headline drops the article ("Zahl der
    Verletzten steigt auf 33")."""
    for k in range(i - 1, -1, -1):
        if toks[k].text in ("Zahl", "Anzahl") and lower_at(toks, k + 1) in ("der", "von", "an"):
            found = noun_after(toks, k + 2)
            return found if found is not None and found[0] < i else None
    return None


_GENDERED_RE = re.compile(r"^(\w{3,}?)(?:[*:_/]in(?:nen)?|Innen|In)$")


def plain_noun(word: str, lemmatize: Lemmatize) -> str:
    """The plain plural of a gendered form ("Schüler*innen", "Schüler:innen",
    "Lehrer_innen", "SchülerInnen" -> "Schüler"; "Ärzt*innen" -> "Ärzte"; "Kolleg/innen" ->
    "Kollegen"): they count the one group "300 Schüler" counts, so its unit and subject are
    the plain noun's, as for "Schülerinnen und Schüler" (`paired_noun`). The plural is the
    stem when it ends as a plural of its own (-er, -el); -en when the lemma table reads that
    as a weak noun's plural ("Studenten", "Kunden"); -e when it reads that as another word's
    plural ("Ärzte" of "Arzt"); else the stem. Other words as written."""
    m = _GENDERED_RE.match(word)
    if m is None:
        return word
    stem = m.group(1)
    if stem.endswith(("er", "el")):
        return stem
    if lemmatize(stem + "en") in (stem, stem + "e"):
        return stem + "en"
    lemma = lemmatize(stem + "e")
    if lemma is not None and lemma[:1].isupper() and lemma not in (stem, stem + "e"):
        return stem + "e"
    return stem


def gender_end(toks: Sequence[HasText], k: int) -> int:
    """The last index of the noun at k with the gender colon or slash the tokenizer splits
    off ("Kolleg", ":", "innen"): k + 2 there, else k. Only the lower-case plural ending
    counts: "die drei Tore: In der 70. Minute …" opens a sentence after the colon."""
    if [t.text for t in toks[k + 1 : k + 3]] in ([":", "innen"], ["/", "innen"]):
        return k + 2
    return k


def gendered_word(toks: Sequence[Tok], k: int) -> str:
    """The noun at k as written with its split-off gender suffix ("Kolleg:innen"), so
    `plain_noun` reads it whole."""
    return "".join(t.text for t in toks[k : gender_end(toks, k) + 1])


def paired_noun(toks: Sequence[Tok], k: int) -> int:
    """The index of the plain noun of a gendered pair at k ("Schülerinnen und Schüler",
    "Patientinnen und Patienten", "Kundinnen oder Kunden"): the pair counts one group, the
    one "300 Schüler" counts, so its unit and subject are the plain noun's. k otherwise."""
    word = toks[k].text
    if not word.endswith("innen") or lower_at(toks, k + 1) not in ("und", "oder"):
        return k
    stem = word[: -len("innen")]
    other = toks[k + 2].text if k + 2 < len(toks) else ""
    return k + 2 if len(stem) > 2 and other.startswith(stem) and len(other) <= len(stem) + 2 else k


_LABEL_STARTS = frozenset({",", ";", "(", "–"})
_LABEL_ENDS = frozenset({",", ".", ";", ")", "–", "!"})
_LABEL_WORDS = 6  # "Busse im Einsatz am Montag": a label, not a clause


def labelled_count(toks: Sequence[Tok], first: int, end: int) -> int | None:
    """Index of the label's first word in "Busse im Einsatz: 60" or "Streikende am Montag:
    rund 1.200": a short phrase opening the sentence or a clause, a colon and the bare number
    closing the clause. The label is what the number counts, as "60 Busse im Einsatz" would
    say; None when the number does not stand alone after such a label."""
    colon = first - 1
    if lower_at(toks, colon) != ":" or (end < len(toks) and toks[end].text not in _LABEL_ENDS):
        return None
    start = colon
    while start > 0 and toks[start - 1].text not in _LABEL_STARTS:
        start -= 1
        if colon - start > _LABEL_WORDS:
            return None  # "Die Gewerkschaft meldete am Abend in der Stadt: 60": a clause
    if start == colon:
        return None
    return start + 1 if lower_at(toks, start) in _LABEL_DETERMINERS else start


_LABEL_DETERMINERS = frozenset({"die", "der", "das"})


def is_plural_label(noun: str, unit: str, lemmatize: Lemmatize) -> bool:
    """Whether a label's noun names counted things ("Busse", "Verletzte", "Streikende",
    "Teilnehmer"), not one thing whose number is a rank or a step ("Runde: 2", "Stufe: 3",
    "Platz: 1"): a singular is a noun whose plural the table knows ("Runden" -> "Runde") or
    a noun that is its own lemma, unless it is a nominalised adjective or its plural looks
    like its singular (-er, -el, -en)."""
    low = noun.lower()
    adjective = lemmatize(low)
    if noun in lexicon().concepts or (
        adjective is not None and low.startswith(adjective) and low != adjective
    ):
        return True  # "Streikende": the plural of an adjective read as a noun
    if noun in (lemmatize(noun + "n"), lemmatize(noun + "en")):
        return False
    return unit != noun or noun.endswith(("er", "el", "en"))


_GROUP_OPENERS = frozenset({"die", "meisten", "alle", "viele", "diese"})


def country_name(word: str) -> str | None:
    """The country a word names, in the nominative (lexicons/figure_countries.tsv):
    "Belgien" -> "Belgien", the dative "Niederlanden" -> "Niederlande"; None for other
    words."""
    countries = lexicon().countries
    if word in countries:
        return word
    if word.endswith("n") and word[:-1] in countries:
        return word[:-1]
    return None


def counted_in_brackets(
    toks: Sequence[Tok], i: int, end: int, value: float
) -> tuple[int, list[int]] | None:
    """Index of X in "Die meisten X kamen aus Syrien (31.400), gefolgt von Afghanistan
    (22.900)" and of its adjectives: a bare count in brackets right after a name splits the
    sentence's opening group by those names, so it counts that group. None when the number
    is no bracketed count after a name, the sentence opens with no group ("Die meisten X",
    "Die X") or the number may be an age ("Müller (23)": no count below 120)."""
    if lower_at(toks, i - 1) != "(" or lower_at(toks, end) != ")" or i < 3:
        return None
    if not toks[i - 2].text[:1].isupper():
        return None
    if value < 120 and country_name(toks[i - 2].text) is None:
        return None  # "Müller (23)" is an age; "Belgien (drei)" is no one's
    k = 0
    while k < i - 2 and lower_at(toks, k) in _GROUP_OPENERS:
        k += 1
    found = noun_after(toks, k) if k > 0 else None
    return found if found is not None and found[0] < i - 2 else None


# ---------------------------------------------------------------- figures
