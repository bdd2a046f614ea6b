"""Reading a source's noun phrase around a marker or verb and cleaning it to a name:
articles and role words dropped, dative and genitive folded to the nominative."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.nlp.figures import rules as R
from bot.nlp.figures.phrases import HasText
from bot.nlp.figures.sources import unnamed_description
from bot.nlp.figures.words import NOUN_RE, OPENING_QUOTES, PREPOSITIONS, Tok, is_adjective, lower_at
from bot.nlp.lexicons import rows
from bot.nlp.roles import nominative
from bot.nlp.speakers.phrase import fuer_name_head

_INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})


def clean_speaker(words: list[str]) -> str | None:
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
        # as the source (a figure has no field for a speaker role; bot.nlp.figures.sources).
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
        # "dem südkoreanischen Geheimdienst" -> "südkoreanischer Geheimdienst"; without an
        # article a strong dative ending says "dem" ("laut Statistischem Bundesamt")
        if article is None and len(words) > 1 and _strong_dative(words[0]):
            article = "dem"
        words = (nominative(" ".join(words), article) or "").split()
    text = " ".join(words).replace(" ,", ",")
    return text or None


def _strong_dative(word: str) -> bool:
    """An adjective in the strong dative singular ("Statistischem", "Deutschem")."""
    return len(word) > 4 and word.endswith("em") and is_adjective(word.lower())


def names_someone(words: Sequence[str]) -> bool:
    """Whether `clean_speaker(words)` names a source (is not None), without building the
    name: the attribution stage asks this of every report verb's subject, the figures build
    the name only for the cues they use. None comes only from a phrase of articles alone or
    a bare pronoun ("er", not "ein Sprecher" nor "Sie" as an unnamed description)."""
    k = 0
    while k < len(words) and words[k].lower() in R.DETERMINERS:
        k += 1
    if k == len(words):
        return False
    if len(words) - k > 1 or words[k].lower() not in R.PRONOUNS:
        return True
    return (k > 0 and words[k - 1].lower() in _INDEFINITE) or unnamed_description(
        words[k:]
    ) is not None


def np_after(toks: Sequence[HasText], k: int, genitive: bool = False) -> tuple[list[str], int]:
    """Words of the noun phrase starting at k (articles, adjectives, capitalised words and,
    with `genitive`, one genitive attachment: "ein Sprecher des Ministeriums"), and the
    index after it."""
    words: list[str] = []
    n = len(toks)
    while k < n and toks[k].text in OPENING_QUOTES:
        k += 1
    while k < n and toks[k].text.lower() in R.DETERMINERS:
        words.append(toks[k].text)
        k += 1
    while k < n and toks[k].text in OPENING_QUOTES:
        k += 1  # "der „New York Times“"
    while k < n and (is_adjective(toks[k].text) and not NOUN_RE.match(toks[k].text)):
        words.append(toks[k].text)
        k += 1
    start_caps = k
    while k < n and NOUN_RE.match(toks[k].text) and toks[k].text.lower() not in R.PRONOUNS:
        words.append(toks[k].text)
        k += 1
    if k == start_caps:
        return [], k
    k = _truncated_pair(toks, k, words)
    if k + 1 < n and toks[k].text == "für" and fuer_name_head(words[-1]):
        # a name built with "für": "dem Institut für Wirtschaftsforschung"
        more, after = np_after(toks, k + 1)
        if more and more[0].lower() not in R.DETERMINERS:
            words, k = [*words, "für", *more], after
    if genitive and k + 1 < n and toks[k].text in ("des", "der"):
        more, after = np_after(toks, k + 1)
        if more:
            return [*words, toks[k].text, *more], after
    return words, k


def _truncated_pair(toks: Sequence[HasText], k: int, words: list[str]) -> int:
    """ "der Industrie- und Handelskammer": a word cut at its hyphen shares its head with the
    noun after "und"/"oder", so both are one name; `words` grows by the rest of it."""
    n = len(toks)
    if not (words[-1].endswith("-") and k + 1 < n and toks[k].text in ("und", "oder")):
        return k
    if not NOUN_RE.match(toks[k + 1].text):
        return k
    words.append(toks[k].text)
    k += 1
    while k < n and NOUN_RE.match(toks[k].text) and toks[k].text.lower() not in R.PRONOUNS:
        words.append(toks[k].text)
        k += 1
    return k


# an institution's short form ("RKI", "BAMF"); the one pattern every reader here uses
_ACRONYM_RE = re.compile(r"^[A-ZÄÖÜ]{2,6}$")


def is_acronym(word: str) -> bool:
    """An institution's short form ("DGB", "RKI"): two to six capitals."""
    return _ACRONYM_RE.match(word) is not None


def before_acronym(toks: Sequence[HasText], k: int) -> int:
    """Where a name ends when its short form stands in brackets after it ("Das Robert
    Koch-Institut (RKI) registrierte", "wie das Bundesamt für Migration und Flüchtlinge
    (BAMF) mitteilte"): the index of the opening bracket; else k. News writes an
    institution's acronym there on first mention, and the name before it is the subject."""
    bracketed = k >= 3 and toks[k - 1].text == ")" and toks[k - 3].text == "("
    return k - 3 if bracketed and _ACRONYM_RE.match(toks[k - 2].text) else k


def np_before(toks: Sequence[HasText], k: int) -> tuple[list[str], int]:
    """Words of the noun phrase ending right before token k, and its first index."""
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        # Apposition: "Der Direktor des Rates, John Kirby, berichtet" -> "John Kirby".
        j -= 1
    end = j
    while j >= 0:
        t = toks[j].text
        if t.lower() in PREPOSITIONS or t.lower() in R.MONTH_WORDS:
            break
        if NOUN_RE.match(t) or (is_adjective(t) and j < end) or (t == "und" and j < end):
            j -= 1
            continue
        break
    start = j + 1
    while start <= end and toks[start].text.lower() in ("und", *R.CLAUSE_ADVERBS):
        start += 1
    words = [toks[x].text for x in range(start, end + 1)]
    if words and j > 0 and toks[j].text.lower() == "für" and NOUN_RE.match(toks[j - 1].text):
        # a name built with "für": "Das Bundesamt für Migration", "die Agentur für Arbeit"
        head, head_start = np_before(toks, j)
        if head and toks[head_start].text.lower() in R.DETERMINERS:
            return [*head, "für", *words], head_start
    if j >= 0 and toks[j].text.lower() in R.DETERMINERS:
        start = j
        if toks[j].text.lower() in ("der", "des") and j > 0 and NOUN_RE.match(toks[j - 1].text):
            # A genitive attachment: "Ein Mitarbeiter der Rettungskräfte".
            head, head_start = np_before(toks, j)
            if head:
                return [*head, toks[j].text, *words], head_start
    return words, start


def genitive_source(toks: Sequence[Tok], k: int) -> str | None:
    """After a report noun: "Angaben des Ministeriums", "Angaben von X" -> the source."""
    w = lower_at(toks, k)
    if w in ("des", "der", "von", "vom", "aus"):
        # the genitive article stays, so its adjectives read nominative ("des marokkanischen
        # Innenministeriums" -> "marokkanisches Innenministerium")
        words, _ = np_after(toks, k if w in ("des", "der") else k + 1)
        return clean_speaker(degenitive(words))
    return None


def degenitive(words: list[str]) -> list[str]:
    if words and len(words[-1]) > 5 and words[-1].endswith("ums"):
        words = [*words[:-1], words[-1][:-1]]  # "Ministeriums" -> "Ministerium"
    return words


def is_anonymous(speaker: str | None) -> bool:
    return speaker is not None and speaker.lower() in ("anonymous", "anonym")


def presenting_subject(toks: Sequence[Tok]) -> list[str]:
    """The subject of a sentence that presents numbers: its first noun phrase ("Die Behörden
    legten neue Zahlen vor"), or, when a time or place phrase stands first, the phrase after
    the auxiliary ("Eine Woche nach der Flut haben die Behörden neue Zahlen vorgelegt")."""
    words, end = np_after(toks, 0)
    if end < len(toks) and toks[end].text.lower() in R.AUXILIARIES:
        return words
    if words and words[0].lower() in PREPOSITIONS:
        words = []  # "Nach eigenen Angaben …": no subject before the verb
    aux = next((k for k, t in enumerate(toks) if t.text.lower() in R.AUXILIARIES), None)
    if aux is not None and aux + 1 < len(toks) and toks[aux + 1].text.lower() in R.DETERMINERS:
        after, _ = np_after(toks, aux + 1)
        if after:
            return after
    return words


def report_name(stage_name: str | None, words_name: str | None) -> str | None:
    """The name of a report verb's subject: the attribution stage's, unless its phrase goes
    on with an acronym or a "für" name the stage left out ("die US-Erdbebenwarte USGS" ->
    "US-Erdbebenwarte USGS", "das Bundesamt für Statistik"): the full name is the one a reader
    knows it by."""
    if not stage_name or not words_name:
        return stage_name or words_name
    rest = words_name.removeprefix(stage_name + " ")
    fuller = rest != words_name and (_ACRONYM_RE.match(rest) or rest.startswith("für "))
    return words_name if fuller else stage_name


# lower-case words a name may hold between its capitalised ones ("Bundesamt für Migration
# und Flüchtlinge", "Deutsche Industrie- und Handelskammer")
_NAME_LINKS = frozenset({"für", "und", "der", "des", "von", "ohne"})
MAX_NAME_WORDS = 7
# a preposition with its article in one word: the article a name after it is declined for
_CONTRACTED = {"vom": "dem", "zum": "dem", "beim": "dem", "im": "dem", "zur": "der"}


def spelled_out(acronym: str, text: str) -> str | None:
    """The name an article spelt an acronym out with on first mention ("Dem Robert
    Koch-Institut (RKI) wurden …" for a later "Laut RKI …"), else None. A reader knows the
    institution by the name the article gives it; the acronym alone may mean another. The
    name is the shortest run of words before the bracket that opens with the acronym's first
    letter and whose capitals spell part of it in order ("Robert Koch-Institut" for "RKI",
    "Weltgesundheitsorganisation" for "WHO")."""
    if not _ACRONYM_RE.match(acronym):
        return None
    at = text.find(f"({acronym})")
    if at < 0:
        return None
    words = text[:at].split()[-MAX_NAME_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if not w[:1].isupper() and w not in _NAME_LINKS:
            return None
        if w[:1] == acronym[0] and _spells_part(words[k:], acronym):
            # in the nominative, read with its article ("vom Deutschen Wetterdienst")
            before = _CONTRACTED.get(words[k - 1].lower(), words[k - 1]) if k else ""
            article = [before] if before.lower() in R.DETERMINERS else []
            return clean_speaker([*article, *words[k:]]) or " ".join(words[k:])
    return None


def _spells_part(words: Sequence[str], acronym: str) -> bool:
    """Whether the capitals of `words` are the letters of `acronym` in order, some maybe
    left out ("Deutsche Industrie- und Handelskammer": D, I, H of "DIHK")."""
    rest = iter(acronym)
    return all(c in rest for w in words for c in w if c.isupper())


@cache
def _acronym_names() -> dict[str, str]:
    """acronym -> German name (lexicons/figure_acronym_names.tsv), read once."""
    return {row[0]: row[1] for row in rows("figure_acronym_names.tsv")}


def named_in_full(acronym: str, text: str) -> str | None:
    """The German name of an institution the article writes in full as well as by its
    acronym, where the name does not spell the acronym ("Die Vereinten Nationen haben …
    gewarnt" for a later "Nach UN-Angaben", "Weltgesundheitsorganisation" for "WHO"), else
    None: the name the article introduced is the one a reader knows it by."""
    name = _acronym_names().get(acronym)
    if name is None:
        return None
    stems = [re.escape(w[:-2] if len(w) > 4 else w) for w in name.split()]
    return name if re.search(r"\b" + r"\w*\s+".join(stems), text) else None
