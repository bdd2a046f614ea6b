"""The date a figure refers to, where its own sentence is not enough.

`bot.nlp.dates.resolve_date` reads one sentence. Two things need more: a back reference
("Damals kamen 21 Menschen ums Leben") takes its time from the paragraph before it, and a
projection ("bis 2050 um bis zu 20 Prozent", "Für 2027 rechnet das Amt mit …") names a target
date: it is the date the figure refers to (the JSON contract), and the figure is marked a
projection so that /figures never takes it for the newest, "current" value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from bot.nlp.dates import MONTHS, WEEKDAYS, resolve_date, without_period_starts

_LEXICON = Path(__file__).parents[1] / "lexicons" / "figure_time_references.tsv"
# "doppelt so viel wie noch am Mittwoch geschätzt", "18 Prozent mehr Patienten als vor einer
# Woche", "1,7 Prozent weniger als im Vormonat": the date of the earlier value compared with,
# not of this one. Only after a word: an "als" opening a clause is temporal ("…, als im März
# die Pandemie begann").
_COMPARED_RE = re.compile(
    r"\b(?:wie|als)\s+noch\b[^,;]*|(?<=\w\s)(?:wie|als)\s+(?:vor|im|am)\s[^,;]*", re.I
)
_BARE_YEAR_RE = re.compile(r"\b(?:von|aus|im|in|seit|um)\s+((?:19|20)\d\d)\b", re.I)


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    """(kind, phrase) rows of the lexicon."""
    rows = (ln.split("\t") for ln in _LEXICON.read_text(encoding="utf-8").splitlines())
    return tuple((r[0], r[1]) for r in rows if len(r) == 2 and not r[0].startswith("#"))


@cache
def _not_year_words() -> frozenset[str]:
    """Words before a bare year that make it no time of a figure (lexicon kind not_year)."""
    return frozenset(p for k, p in _rows() if k == "not_year")


def _alternation(kind: str) -> str:
    """The lexicon's phrases of one kind as a regex alternation, longest first."""
    words = sorted((p for k, p in _rows() if k == kind), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _words(kind: str) -> re.Pattern[str]:
    """The lexicon's phrases of one kind as one pattern of whole words, compiled once."""
    return re.compile(rf"\b(?:{_alternation(kind)})\b", re.I)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(back reference, continuation) patterns from the lexicon, compiled once."""
    back = re.compile(rf"\b(?:{_alternation('back')})\b", re.I)
    cont = re.compile(rf"\b(?:{_alternation('cont')})\b", re.I)
    return back, cont


def refers_back(sentence: str) -> bool:
    """Whether the sentence points back to a time named before it ("damals", "seinerzeit")."""
    return bool(_patterns()[0].search(sentence))


def continues(sentence: str) -> bool:
    """Whether the sentence goes on with what the one before it reported ("demnach",
    "davon", "von ihnen"): its figures share that sentence's time."""
    return bool(_patterns()[1].search(sentence))


# A dateline that opens an article body with its full date: "Rheinstadt, 3. März 2026.",
# "Rheinstadt (dpa), 03.03.2026 –", "3. März 2026 –". A place of capitalised words (with an
# agency in brackets) may stand before it; the date ends with a full stop, dash or colon.
_DATELINE_DATE_RE = re.compile(
    r"\s*(?:[A-ZÄÖÜ][\w./-]*(?:\s+(?:[A-ZÄÖÜ][\w./-]*|am|an|der|im|bei)){0,4}"
    r"\s*(?:\([^()]{1,20}\))?\s*[,–—-]\s*)?"
    rf"(\d{{1,2}})\.\s*(?:((?i:{'|'.join(MONTHS)}))|(\d{{1,2}})\.)\s*((?:19|20)\d\d)\s*[.:–—-]"
)


def dateline_date(body: str) -> date | None:
    """The date of a dateline opening the article body ("Rheinstadt, 3. März 2026. Die
    Polizei zählte …"): an article without a publication date in its metadata names it
    there, and it is the date the figures of its undated sentences refer to. A date later in
    the first sentence is none ("Die Demo am 3. März 2026 …" says when something happened)."""
    m = _DATELINE_DATE_RE.match(body)
    if m is None:
        return None
    month = MONTHS[m.group(2).lower()] if m.group(2) else int(m.group(3))
    try:
        return date(int(m.group(4)), month, int(m.group(1)))
    except ValueError:
        return None


@cache
def _day_words() -> re.Pattern[str]:
    """A past day's word, also with its part of the day ("Dienstagabend", "gestern")."""
    return re.compile(
        rf"\b(?:{_alternation('day')})(?:abend|morgen|nachmittag|vormittag|nacht|mittag)?\b", re.I
    )


# A participle ("gezählt", "ausgeschrieben", "worden"): lower case, "ge" inside, never "gegen".
_PARTICIPLE_RE = re.compile(r"\b(?!gegen\b)[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)\b|\bworden\b")


def _speaks_of_now(sentence: str) -> bool:
    """Whether the sentence speaks of the present: a word of now ("inzwischen"), or a present
    finite verb without a participle ("Insgesamt sind 300 Helfer im Dienst"; "hat 12.000
    gezählt" narrates)."""
    if _words("now").search(sentence):
        return True
    return bool(_words("present").search(sentence)) and not _PARTICIPLE_RE.search(sentence)


def goes_on_reporting(sentence: str, figure_ends: Sequence[int] = ()) -> bool:
    """Whether the sentence goes on with the report of the sentence before it: a
    continuation word ("demnach", "davon", "von ihnen") or an opener that points back ("Das
    sind 230 Euro mehr", "Er erwartet …", "Allein der Bund …"). `figure_ends`: where the
    sentence's figures end (offsets in it); see `points_before`."""
    return points_before(sentence, figure_ends) or bool(_opener().match(sentence))


def points_before(sentence: str, figure_ends: Sequence[int] = ()) -> bool:
    """Whether a continuation word of the sentence points to the sentence before it. One
    after a figure of its own sentence points to that figure ("Rund 1,6 Millionen Haushalte
    wohnen zur Miete, 650.000 davon in Wien", "14 Menschen sind erkrankt, neun von ihnen
    liegen im Krankenhaus"): the share is the writer's breakdown of the count, not a report
    going on."""
    return any(
        not any(end <= m.start() for end in figure_ends) for m in _patterns()[1].finditer(sentence)
    )


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation('opener')})\b", re.I)


def narrated_day(sentence: str, before: Sequence[str], anchor: date | None) -> date | None:
    """The past day the sentence right before names, for an undated sentence that goes on
    narrating it ("Am Dienstag demonstrierten Tausende. Die Polizei zählte 12.000
    Teilnehmer": the count is Tuesday's, not the article's). Only a day ("am Dienstag",
    "gestern"): a month or year before is background, not the scene of the sentence. A
    sentence that speaks of now ("Inzwischen sind es 40") keeps the article date."""
    if not before or anchor is None or _speaks_of_now(sentence):
        return None
    text = _COMPARED_RE.sub(" ", before[-1])
    if not _day_words().search(text):
        return None
    found = resolve_date(text, anchor)
    return found if found is not None and found < anchor else None


_UNTIL_DAY_RE = re.compile(rf"\bbis\s+(?:zum\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.I)


def is_deadline(sentence: str) -> bool:
    """Whether the sentence's "bis Montag" is a deadline to come ("Bis Montag sollen 200
    Helfer eintreffen"): a plan verb with it. Without one it looks back ("Bis Montag waren
    300 Menschen gestorben") and dates the figure to the last such day."""
    return bool(_UNTIL_DAY_RE.search(sentence)) and bool(_words("plan").search(sentence))


def reports_earlier(sentence: str, text: str) -> bool:
    """Whether the figure `text` of `sentence` is an earlier count the sentence looks back on
    ("Zuvor hatte das Klinikum 33 Verletzte gemeldet", "Die Zahl stieg auf 35, zuvor waren es
    33"): its clause holds a word of an earlier report. It stays in the history, but a newer
    count of the same day is the current value, not a second one beside it."""
    at = sentence.find(text)
    if at < 0:
        return False
    starts = [0, *(m.end() for m in _CLAUSE_RE.finditer(sentence, 0, at))]
    end = _CLAUSE_RE.search(sentence, at)
    return bool(_words("earlier").search(sentence[starts[-1] : end.start() if end else None]))


# A clause break for `reports_earlier`: a comma or semicolon, or a full stop before a capital
# the sentence splitter kept inside ("liegt inzwischen bei 35. Zuvor hatte …": "35." read
# as an ordinal).
_CLAUSE_RE = re.compile(r"[,;]\s|(?<=\d)\.\s+(?=[A-ZÄÖÜ])")


def is_projected(refers: date | None, anchor: date | None) -> bool:
    """Whether the date a figure refers to is a target after its article's date ("Bis 2030
    sollen 500 Wohnungen entstehen"): a forecast or goal, never a count reported as fact.
    Without an article date, "bis 2010" may as well end a past period ("war bis 2010 auf 121
    Prozent gestiegen"), so no figure counts as projected."""
    return refers is not None and anchor is not None and refers > anchor


@cache
def _target_year_re() -> re.Pattern[str]:
    """A year after a word of the lexicon's kind `target` ("Für 2027 rechnet das Amt mit …",
    "erwartet für 2028 ein Plus von …"): the period a figure is stated for. Only where no
    count can follow it: a clause break, an article, or a lower-case word followed by another
    lower-case word or a number ("Für 2030 sollen 500 Stellen …"); "für 2050 neue Wohnungen"
    and "Platz für 2000 Menschen" count, they name no year. Case matters after the year."""
    return re.compile(
        rf"\b(?i:{_alternation('target')})\s+((?:19|20)\d\d)\b(?![.,]\d)"
        r"(?=\s*(?:[,;:.)]|$|(?:ein|eine|einen|einem|einer|der|die|das|den|dem|des)\b"
        r"|[a-zäöüß]+\s+[a-zäöüß\d]))"
    )


_TARGET_YEARS = 50  # a later "year" is no target of a news report


def target_year(text: str, anchor: date | None) -> date | None:
    """The year after the article's that a stretch states a figure for ("Für 2027 rechnet
    das Statistikamt mit 4.000 Wohnungen"), as its first day like any bare year. A year up
    to the article's is read by `adverbial_year`; without an article date there is no
    telling a target from a past year, so none."""
    if anchor is None:
        return None
    for m in _target_year_re().finditer(text):
        year = int(m.group(1))
        if anchor.year < year <= anchor.year + _TARGET_YEARS:
            return date(year, 1, 1)
    return None


def named_past_date(text: str, anchor: date | None) -> date | None:
    """A date `text` names that lies before the article date: a resolved date ("im August
    2002") or a bare year after a preposition ("das Hochwasser von 2002")."""
    found = resolve_date(text, anchor)
    if found is not None and (anchor is None or found < anchor):
        return found
    for m in _BARE_YEAR_RE.finditer(text):
        year = int(m.group(1))
        if anchor is None or year < anchor.year:
            return date(year, 1, 1)
    return None


# A year counted back from another, as bot.nlp.dates resolves it ("im Vorjahr", "vor fünf
# Jahren").
_RELATIVE_YEAR_RE = re.compile(r"\b(?:vorjahr|vorjahres|vor\s+\w+\s+jahren)\b", re.I)
# An explicit year of a statistic ("Ende 2025", "im Jahr 2024", "2023 wurden …"), never a
# period start ("seit 2015", "ab 2020").
_STATISTIC_YEAR_RE = re.compile(r"(?<!seit )(?<!ab )\b((?:19|20)\d\d)\b(?![.,]\d)", re.I)


def statistic_year(sentence: str, before: Sequence[str], anchor: date | None) -> date | None:
    """The date a relative year of the sentence counts from: the past year of the statistic
    the sentence right before names ("Ende 2025 bezogen 5,9 Millionen Menschen Leistungen.
    Im Vorjahr waren es 5,6 Millionen": 2024, not the year before the article), else the
    article date. Only for a sentence without a year of its own."""
    if anchor is None or not before or not _RELATIVE_YEAR_RE.search(sentence):
        return anchor
    if _STATISTIC_YEAR_RE.search(sentence):
        return anchor
    years = [int(y) for y in _STATISTIC_YEAR_RE.findall(_COMPARED_RE.sub(" ", before[-1]))]
    past = [y for y in years if y < anchor.year]
    if len(past) != 1 or len(years) != 1:
        return anchor  # none, or several years: no one statistic's year
    return date(past[0], 12, 31)


def figure_date(
    sentence: str,
    before: Sequence[str],
    anchor: date | None,
    span: tuple[int, int] | None = None,
) -> date | None:
    """The date the figures of `sentence` refer to (with `span`, the figure at those offsets
    of the sentence). `before` holds the sentences before it in its paragraph, nearest last.
    A back reference takes the nearest past date named there, a continuation ("demnach")
    the past date of the sentence right before it; a projection takes its
    target date ("bis 2030": 2030), which `is_projected` marks."""
    text = _COMPARED_RE.sub(" ", sentence)
    counted_from = statistic_year(sentence, before, anchor)
    own = (
        resolve_date(text, counted_from) or target_year(text, counted_from)
        if span is None
        else _date_near(sentence, span, counted_from)
    )
    if own is None and refers_back(sentence):
        for text in reversed(before):
            found = named_past_date(text, anchor)
            if found is not None:
                return found
    if own is None and before and continues(sentence):
        own = named_past_date(_COMPARED_RE.sub(" ", before[-1]), anchor)
    if is_deadline(sentence):
        return anchor  # "Bis Montag sollen 200 Helfer eintreffen": counted now, for later
    if own is None:
        own = narrated_day(sentence, before, anchor)
    return own or anchor


# Clause boundaries a date does not cross towards another figure: a comma or semicolon
# followed by a space (never the decimal comma of "5,80").
_SEGMENT_RE = re.compile(r"[,;]\s")
# A relative clause ("ein Mann, der im Juni seinen Verletzungen erlag"): its date is the
# date of what it says about its noun, not of a figure outside it.
_RELATIVE_RE = re.compile(r"^\s*(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\b")
_NUMBER_RE = re.compile(r"\d")
# A year standing alone as a time adverbial ("2006 stieg der Umsatz", "dass es 2006 gelang"):
# followed by a lower-case word or a clause break, never by a noun or unit it would count
# ("2000 Menschen", "2006 km"), nor after a word that makes it an amount ("mehr als 2000").
_ADVERBIAL_YEAR_RE = re.compile(
    r"(?<![\d.,])\b((?:19|20)\d\d)\b(?![.,]\d)"
    r"(?=\s*(?:[,;:)]|$|(?!(?:km|kg|ha|mio|mrd|t|m|g|l|auf|bis)\b)[a-zäöüß]))"
)
# "seit 2009, als … über 200 Menschen getötet wurden": a temporal "als" clause is dated by
# the time named just before it.
_WHEN_CLAUSE_RE = re.compile(r"^\s*als\b", re.I)
_TRAILING_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\s*$")


def adverbial_year(piece: str, anchor: date | None, clause: bool = False) -> date | None:
    """The year a stretch names as a bare time adverbial, up to the article's own year.
    `clause`: the stretch follows a comma, so an article word opening it is a relative
    pronoun ("…, der 2017 einen Rückgang ermittelt hatte"), not the article of an attribute
    ("Der 2017 gewählte Präsident")."""
    piece = without_period_starts(piece)
    for m in _ADVERBIAL_YEAR_RE.finditer(piece):
        before = piece[: m.start()].split()
        word = before[-1].lower() if before else ""
        if clause and len(before) == 1 and _RELATIVE_RE.match(piece):
            word = ""  # "…, der 2017 einen Rückgang ermittelt hatte": a relative pronoun
        if word in _not_year_words() or word.removesuffix("s") in MONTHS:
            # "der Anschläge des 11. Septembers 2001": an event's date, as in resolve_date
            continue
        year = int(m.group(1))
        if anchor is None or year <= anchor.year:
            return date(year, 1, 1)
    return None


def _when_clause_date(sentence: str, parts: list[tuple[int, int]], at: int) -> date | None:
    """The year just before a temporal "als" clause that holds the figure, if any."""
    if at == 0 or not _WHEN_CLAUSE_RE.match(sentence[parts[at][0] : parts[at][1]]):
        return None
    m = _TRAILING_YEAR_RE.search(sentence[parts[at - 1][0] : parts[at - 1][1]])
    return date(int(m.group(1)), 1, 1) if m else None


def segments(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence's comma- and semicolon-separated stretches."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SEGMENT_RE.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    return out


@lru_cache(maxsize=1024)
def _piece_date(piece: str, anchor: date | None, clause: bool) -> date | None:
    """The date a stretch of a sentence names (`adverbial_year` for `clause`). Cached, a
    pure function of its arguments: each figure of a sentence reads the stretches around it,
    so a sentence with several figures asked the same stretches again."""
    text = _COMPARED_RE.sub(" ", piece)
    return (
        resolve_date(text, anchor)
        or adverbial_year(text, anchor, clause)
        or target_year(text, anchor)
    )


def _date_near(sentence: str, span: tuple[int, int], anchor: date | None) -> date | None:
    """The date named nearest a figure: in its own stretch of the sentence ("am Samstag 7"),
    else in the stretches before it up to a semicolon ("Im Mai 2014 waren ..., Kroatien und
    Bosnien 79 Menschen"), else after it up to a stretch holding another number or a
    semicolon ("..., wie die Polizei am Freitag mitteilte"). Relative clauses are skipped:
    "ein Mann, der im Juni ... erlag" dates the man, not the death toll before it."""
    parts = segments(sentence)
    at = next((k for k, (a, b) in enumerate(parts) if a <= span[0] <= b), len(parts) - 1)

    def date_of(k: int) -> date | None:
        a, b = parts[k]
        piece = sentence[a:b]
        if k != at and _RELATIVE_RE.match(piece):
            return None
        return _piece_date(piece, anchor, a > 0)

    found = _when_clause_date(sentence, parts, at) or date_of(at)
    for k in range(at - 1, -1, -1):
        if found is not None or sentence[parts[k][1] : parts[k][1] + 1] == ";":
            break
        found = date_of(k)
    for k in range(at + 1, len(parts)):
        a, b = parts[k]
        if found is not None or sentence[a - 2 : a - 1] == ";" or _NUMBER_RE.search(sentence[a:b]):
            break
        found = date_of(k)
    return found
