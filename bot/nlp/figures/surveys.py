"""Survey answers: whose figure a share of respondents is.

"In einer Umfrage der Krankenkasse AOK gaben 45 Prozent der Befragten an, …" and "In der
Industrie gaben 38 Prozent der Betriebe an, …" report what people answered: the figure counts
them, and the one who reports it is the survey's owner (named in the sentence, or by the
report before it), never the place or sector the sentence opens with ("Industrie", "Pflege"),
which the report-verb reading takes for the subject of "gaben … an". Pure functions over a
sentence's tokens and lexicons/figure_surveys.tsv.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.nlp.figures import rules as R
from bot.nlp.figures.speakers import clean_speaker, degenitive, np_after
from bot.nlp.figures.words import FigureMatch, Tok
from bot.nlp.lexicons import fraction_denominators, rows

_GENITIVE = frozenset({"der", "des"})
SURVEY = "Umfrage"


@cache
def _words() -> dict[str, frozenset[str]]:
    """class -> words of lexicons/figure_surveys.tsv, read once."""
    out: dict[str, set[str]] = {}
    for cls, word in rows("figure_surveys.tsv"):
        out.setdefault(cls, set()).add(word)
    return {cls: frozenset(ws) for cls, ws in out.items()}


@cache
def _share_units() -> frozenset[str]:
    """The units of a share: "Prozent" and the fraction nouns, read once."""
    return frozenset({"Prozent", *fraction_denominators()})


def _is_share(figure: FigureMatch) -> bool:
    """A share of a group: percent or a fraction noun ("41 Prozent", "ein Drittel")."""
    return figure.unit in _share_units()


def _survey_noun(word: str) -> str | None:
    """The survey noun a word is or ends in ("Bürgerbefragung" -> "befragung"), or None."""
    low = word.lower()
    return next((n for n in _words()["noun"] if low.endswith(n)), None)


def _survey_at(toks: Sequence[Tok]) -> int | None:
    """The index of a survey noun in a prepositional phrase of the sentence ("In einer
    Umfrage", "Bei einer Bürgerbefragung", with adjectives when its owner follows: "In einer
    neuen repräsentativen Umfrage des Instituts Forsa"), or None."""
    for k in range(2, len(toks)):
        if not (_survey_noun(toks[k].text) and toks[k].text[:1].isupper()):
            continue
        det = k - 1
        while det > 1 and k - det <= MAX_SURVEY_ADJECTIVES and toks[det].text[:1].islower():
            if toks[det].text.lower() in R.DETERMINERS:
                break
            det -= 1
        owned = k + 1 < len(toks) and toks[k + 1].text.lower() in _GENITIVE
        if det < k - 1 and not owned:
            # "In einer aktuellen Studie kommen Forscher der Universität … zu dem Ergebnis":
            # an adjective before an ownerless survey leaves the clause's reporter the source
            continue
        if toks[det].text.lower() in R.DETERMINERS and toks[det - 1].text.lower() in ("in", "bei"):
            return k
    return None


MAX_SURVEY_ADJECTIVES = 2  # "In einer neuen repräsentativen Umfrage"


def _owner_in(toks: Sequence[Tok]) -> str | None:
    """The owner in the genitive of a survey noun anywhere in the sentence ("ergab eine
    Umfrage des ADAC" -> "ADAC"), or None."""
    for k in range(len(toks) - 2):
        word = toks[k].text
        if word[:1].isupper() and _survey_noun(word) and toks[k + 1].text.lower() in _GENITIVE:
            words, _end = np_after(toks, k + 1)
            owner = clean_speaker(degenitive(words)) if words else None
            if owner:
                return owner
    return None


def of_respondents(toks: Sequence[Tok], figure: FigureMatch) -> bool:
    """Whether a share counts a survey's respondents ("Mehr als die Hälfte der Befragten ist
    unzufrieden", "62 Prozent der Umfrageteilnehmer"): whatever its verb, it is an answer."""
    if not _is_share(figure):
        return False
    k = figure.number_token + 1
    if k < len(toks) and toks[k].text == figure.unit:
        k += 1
    if k + 1 >= len(toks) or toks[k].text.lower() not in _GENITIVE:
        return False
    return toks[k + 1].text.lower() in _words()["respondents"]


def answers_survey(toks: Sequence[Tok], figure: FigureMatch) -> bool:
    """Whether a share is the subject of an answer verb right before it ("gaben 41 Prozent
    der Befragten an") or right after its group ("41 Prozent der Befragten gaben an"); a
    split verb needs its particle later ("Die Firma gab 41 Prozent als Ziel aus" is none)."""
    if not _is_share(figure):
        return False
    answer = _words()["answer"]
    k = figure.first_token - 1
    after = _after_group(toks, figure)
    verb = k if k >= 0 and toks[k].text.lower() in answer else None
    if verb is None and after < len(toks) and toks[after].text.lower() in answer:
        verb = after
    if verb is None:
        return False
    if not toks[verb].text.lower().startswith(("gab", "geb", "gib")):
        return True
    return any(t.text.lower() in _words()["particle"] for t in toks[verb + 1 :])


def _after_group(toks: Sequence[Tok], figure: FigureMatch) -> int:
    """The index after the figure and its genitive group ("41 Prozent der Befragten")."""
    k = figure.number_token + 1
    if k < len(toks) and toks[k].text == figure.unit:
        k += 1  # "Prozent"
    if k + 1 < len(toks) and toks[k].text.lower() in _GENITIVE:
        _group, k = np_after(toks, k)
    return k


def survey_source(
    toks: Sequence[Tok], figure: FigureMatch, previous_source: str | None
) -> tuple[bool, str | None]:
    """Whether a figure is a share of a survey's respondents, and who reports it: the owner
    in the genitive of the survey the sentence names ("In einer Umfrage der Krankenkasse AOK"
    -> "Krankenkasse AOK"), the survey itself when it is a named compound ("Bei einer
    Bürgerbefragung" -> "Bürgerbefragung"), else the report before it (the study the article
    presents), else no one: the sentence's place or sector is never the source. (False, None)
    for a figure that is no survey answer: the other rules decide."""
    if not _is_share(figure):
        return False, None
    at = _survey_at(toks)
    if at is None and of_respondents(toks, figure):
        # the owner of a survey the sentence names anywhere ("…, ergab eine Umfrage des
        # ADAC"), else the one the article named before ("Umfrage" points back to its owner,
        # lexicons/figure_backref_sources.tsv)
        return True, _owner_in(toks) or previous_source or SURVEY
    if at is None:
        return (True, previous_source) if answers_survey(toks, figure) else (False, None)
    if at + 1 < len(toks) and toks[at + 1].text.lower() in _GENITIVE:
        words, _end = np_after(toks, at + 1)
        owner = clean_speaker(degenitive(words)) if words else None
        if owner:
            return True, owner
    noun = toks[at].text
    if len(noun) > len(_survey_noun(noun) or ""):
        return True, noun  # "Bürgerbefragung", "Mitgliederumfrage"
    return True, previous_source


def names_survey(toks: Sequence[Tok]) -> bool:
    """Whether the sentence presents a survey with its results ("In einer Umfrage des
    Instituts Forsa kommt die Union auf 29 Prozent", "…, ergab eine Umfrage des ADAC")."""
    return _survey_at(toks) is not None or _owner_in(toks) is not None


def poll_result(figure: FigureMatch) -> bool:
    """Whether a figure can be one of a poll's results: a share ("24 Prozent", "ein
    Drittel") or a change in points ("um zwei Punkte"). A poll's results go on sentence after
    sentence without naming it again ("Die AfD legt auf 24 Prozent zu. Die SPD verharrt bei
    15 Prozent."); a count or an amount is no answer to it."""
    unit = (figure.unit or "").lower()
    return _is_share(figure) or unit in _words()["run_unit"]
