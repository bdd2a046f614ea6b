"""Report nouns that open a statement without a speech verb: "die Forderung der Gewerkschaft,
die Löhne zu erhöhen", "Merkels Appell, …", "der Vorwurf der Opposition an die Regierung,
sie habe …", "seine Warnung, dass …", "Die Einschätzung der Polizei: …", "Die Kernaussage von
X lautete: „…“".

The noun names the act (its line in lexicons/cue_acts.tsv, the one list of act nouns) and is
never the speaker: the speaker is the noun's own genitive, von-phrase, possessive (resolved
like a pronoun) or Saxon genitive. What was said is the clause right after the noun phrase:
a dass/ob clause, a zu-infinitive, a clause in Konjunktiv I, or the words after a colon.
Precision first: a noun without such a source ("die Forderung, …" of someone unnamed) or
without such a clause ("die Forderung nach mehr Geld") makes no quote.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.marker_sources import SourcePhrases
from bot.nlp.roles import nominative
from bot.nlp.speakers import DETS, INDEF, NP, POSSESSIVE
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.stage_records import Attribution, Word

# what may stand before the noun: an article, a possessive, or a Saxon genitive ("Merkels")
_DETERMINERS = DETS | INDEF | POSSESSIVE | frozenset({"diese", "dieser", "diesen", "diesem"})
# the content's first word for each clause kind the noun can take
_CLAUSE_OPENERS = frozenset({"dass", "ob"})
# prepositions that name the addressee of the act ("der Vorwurf der Opposition an die
# Regierung", "Appell der Kirche an die Politik"): the accused of an accusation
_ADDRESSEE_PREPS = frozenset({"an", "gegen", "gegenüber"})
# a copula between the noun phrase and a colon ("Die Kernaussage von X lautete dazu: …")
_COPULAS = frozenset({"lautet", "lautete", "lauten", "lauteten"})
# how many comma-separated parts a zu-infinitive or Konjunktiv clause may span before its verb
_MAX_PARTS = 2
# how many words a name in apposition may have ("Greg Poss", "Anna Maria Weber")
_MAX_NAME = 4
# how many words an apposition between the source and a copula may have
_MAX_APPOSITION = 8
# how many words an addressee phrase or the adverbs after a copula may have
_MAX_LINK = 5


def zu_infinitive(texts: Sequence[str], lo: int, hi: int) -> bool:
    """Whether texts[lo:hi] ends in a zu-infinitive ("die Löhne zu erhöhen", "auf die SPD
    zuzugehen", "Wikileaks Unterlagen weitergegeben zu haben"): its last word is a lower-case
    verb in -en/-n after "zu", or a separable verb with "zu" inside ("einzustellen")."""
    if hi - lo < 2:
        return False
    last = texts[hi - 1]
    if not (last.isalpha() and last.islower() and last.endswith("n")):
        return False
    if texts[hi - 2] == "zu":
        return True
    inner = last.find("zu", 2)  # after the particle: "zuzugehen", "anzuheben"
    return inner >= 2 and len(last) - inner >= 5


def saxon_source(texts: Sequence[str], k: int) -> NP | None:
    """ "Merkels Appell", "Frankreichs Forderung": a capitalised word in "-s" right before the
    noun (opening its phrase: no article before it) is the speaker, named without the "-s"."""
    if k < 1:
        return None
    word = texts[k - 1]
    if not (word[:1].isupper() and word.endswith("s") and len(word) > 3 and word.isalpha()):
        return None
    if k >= 2 and texts[k - 2].lower() in _DETERMINERS:
        return None  # "des Landes Forderung" is rare; "eines Tages" is no speaker
    name = word[:-1]
    return NP(k - 1, k, "name", name, None, False, word)


def clause_end(texts: Sequence[str], lo: int, end: int) -> int:
    """The first comma at or after lo (the clause's end), or the sentence end."""
    return next((j for j in range(lo, end) if texts[j] == ","), end)


def after_apposition(texts: Sequence[str], j: int, end: int) -> int:
    """Where the words after the source go on when an apposition in commas stands between
    it and a copula ("Die Kernaussage von X, dem Chef der Firma, lautete: …"): the copula's
    index; j itself otherwise. Only before a copula: a comma with a clause after it is the
    statement, not an apposition."""
    if j + 1 >= end or texts[j] != ",":
        return j
    if texts[j + 1].lower() in _COPULAS:
        return j + 1  # the apposition's closing comma (the phrase parser kept the apposition)
    if texts[j + 1].lower() not in DETS:
        return j
    close = next(
        (c for c in range(j + 2, min(end, j + 2 + _MAX_APPOSITION)) if texts[c] == ","), None
    )
    if close is None or close + 1 >= end or texts[close + 1].lower() not in _COPULAS:
        return j
    return close + 1


class ReportNounFrames(SourcePhrases):
    """Statements opened by a report noun with its own speaker (module docstring)."""

    def report_noun_frames(
        self, words: Sequence[Word], taken: Sequence[Attribution]
    ) -> list[Attribution]:
        """The sentence's report-noun statements whose content no other attribution of
        the sentence covers (a cue's or marker's reading of the same words comes first)."""
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        out: list[Attribution] = []
        for k, w in enumerate(words):
            act = self.acts.nouns.get(w.text)
            if act is None or w.inq:
                continue
            found = self._noun_frame(words, texts, k, end)
            if found is None:
                continue
            at = dataclasses.replace(found, act=act)
            lo, hi = at.content
            if any(o.content[0] < hi and lo < o.content[1] for o in (*taken, *out)):
                continue
            out.append(at)
        return out

    def _noun_frame(
        self, words: Sequence[Word], texts: list[str], k: int, end: int
    ) -> Attribution | None:
        """The attribution of the report noun at k: its source, an optional addressee, and
        the clause after them; None when either is missing."""
        src = self._noun_source(texts, k, end)
        if src is None:
            return None
        src = self._without_closing_comma(src, texts)
        j = max(src.end, k + 1)
        target, j = self._addressee(texts, j, end)
        src, j = self._named_apposition(texts, src, j, end)
        j = after_apposition(texts, j, end)
        content = self._content_after(words, texts, j, end)
        if content is None:
            return None
        return Attribution(src, texts[k], content, target=target, cue_at=k)

    def _noun_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """Who made the statement the noun at k names: its possessive, genitive or von-phrase
        (as the according-to markers read them), or a Saxon genitive before it."""
        d = k - 1
        while d > 0 and k - d <= 2 and texts[d][:1].islower() and _adjective_like(texts[d]):
            d -= 1  # "die jüngste Forderung der Gewerkschaft"
        if d >= 0 and texts[d].lower() in _DETERMINERS:
            src = self._report_noun_source(texts, k, end)
        else:
            src = saxon_source(texts, k)
            if src is not None and not (
                src.name in self.surnames or src.name in self.full_names
                or self.check.is_somebody(src.name)
            ):  # fmt: skip
                return None
        if src is None or src.kind == "anonymous":
            return None
        if src.kind != "pronoun" and not self.check.is_somebody(src.name):
            return None
        return src

    def _without_closing_comma(self, src: NP, texts: Sequence[str]) -> NP:
        """The source without the comma that closes its apposition ("ihres Trainers, Greg
        Poss," as the phrase parser reads it): that comma opens what was said. A name in the
        apposition is the speaker ("Greg Poss"), else the head in the nominative."""
        if src.end - src.start < 3 or texts[src.end - 1] != ",":
            return src
        parts = [p.strip() for p in src.name.split(",") if p.strip()]
        if not parts:
            return src
        head = nominative(parts[0], "des") or parts[0]  # "Trainers" -> "Trainer"
        name = next((p for p in parts[1:] if self._person_name(p.split())), head)
        return dataclasses.replace(src, end=src.end - 1, name=name)

    def _person_name(self, words: Sequence[str]) -> bool:
        """Whether words in apposition are a person's name: a known first name first, or two
        or three capitalised words none of which is a common noun ("Greg Poss")."""
        if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        if is_first_name(words[0]):
            return True
        nouns = self.tables.nouns
        return 2 <= len(words) <= 3 and not any(w in nouns for w in words)

    def _named_apposition(self, texts: list[str], src: NP, j: int, end: int) -> tuple[NP, int]:
        """ "die Ankündigung ihres Trainers, Greg Poss, …": a name in commas right after a
        role source is the speaker (the name and the index of its closing comma); the
        source and j as they were otherwise. Only a name (`_person_name`): "der Gewerkschaft,
        die Löhne zu erhöhen" has a clause there."""
        if src.kind == "name" or j + 2 >= end or texts[j] != ",":
            return src, j
        close = next(
            (c for c in range(j + 2, min(end, j + 2 + _MAX_NAME)) if texts[c] == ","), None
        )
        if close is None or not self._person_name(texts[j + 1 : close]):
            return src, j
        name = " ".join(texts[j + 1 : close])
        return NP(j + 1, close, "name", name, None, False, name), close

    def _addressee(self, texts: list[str], j: int, end: int) -> tuple[NP | None, int]:
        """ "an die Regierung" after the source: the addressee (an accusation's target) and
        the index after it; (None, j) when no such phrase stands there."""
        if j + 1 >= end or texts[j].lower() not in _ADDRESSEE_PREPS:
            return None, j
        np = self._np(texts, j + 1, min(end, j + 1 + _MAX_LINK), allow_apposition=False)
        if np is None:
            return None, j
        return np, np.end

    def _content_after(
        self, words: Sequence[Word], texts: list[str], j: int, end: int
    ) -> tuple[int, int] | None:
        """The statement after the noun phrase ending at j: after a colon (also "lautete
        dazu:"), the rest of the sentence; after a comma, a dass/ob clause, a zu-infinitive
        or a clause in Konjunktiv I, up to its closing comma."""
        if j < end and texts[j].lower() in _COPULAS:
            colon = next(
                (c for c in range(j + 1, min(end, j + _MAX_LINK)) if texts[c] == ":"), None
            )
            if colon is None or any(not t.islower() for t in texts[j + 1 : colon]):
                return None
            j = colon
        if j >= end - 1:
            return None
        if texts[j] == ":":
            return (j + 1, end) if end - j > 2 else None
        if texts[j] != ",":
            return None
        lo = j + 1
        if texts[lo].lower() in _CLAUSE_OPENERS:
            return lo, clause_end(texts, lo, end)
        hi = lo
        for _ in range(_MAX_PARTS):
            hi = clause_end(texts, hi, end)
            if zu_infinitive(texts, lo, hi) or self.has_konj(words, lo, hi):
                return lo, hi
            if hi >= end:
                return None
            hi += 1
        return None
