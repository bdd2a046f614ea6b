"""Stage 4: according-to markers (laut X, X zufolge, nach Angaben von X, so X,
unter Berufung auf, wie aus X hervorgeht, wonach).

This module finds a marker and the statement it covers; the source phrase next to it is read
by `marker_sources`, the marker kinds with grammar of their own by `marker_nach`,
`marker_so` and `marker_wie_aus`, and their word lists live in lexicons/according_*.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.nlp.attribution.unnamed import unnamed_group
from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.coordinated_sources import coordinated
from bot.nlp.quotes.grammar import BOUNDARY
from bot.nlp.quotes.marker_documents import DocumentMarkers
from bot.nlp.quotes.marker_nach import NachMarkers
from bot.nlp.quotes.marker_shapes import (
    attribute_start,
    attributes_before,
    noun_head,
    time_after,
)
from bot.nlp.quotes.marker_so import SoMarkers
from bot.nlp.quotes.marker_wie_aus import WieAusMarkers, without_wie_aus_verbs
from bot.nlp.quotes.model import MarkerHit
from bot.nlp.speakers import DETS, INDEF, NP
from bot.nlp.stage_records import Attribution, Word

__all__ = ["Markers", "noun_head", "without_wie_aus_verbs"]

DATIVE_ARTICLES = frozenset({"den", "dem", "einem", "einer"})
# how far before ", wonach" the report noun may stand: its author with adjectives and a
# quoted name ("Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach …")
WONACH_REACH = 12
# the words other than the `according.before` prepositions at which `_wonach` or
# `_marker_at` may find a marker
_MARKER_WORDS = frozenset({"wonach", "zufolge", "nach", "wie", "so", "berufung"})


def opens_after_colon(texts: list[str], s0: int) -> bool:
    """Whether the marker at `s0` opens the part after a colon: "Roth bat um Geduld: Laut
    Stadtwerken dauert die Reparatur bis Freitag". A marker with its own source there starts
    a new attribution, so the words before the colon are not what the Stadtwerke said."""
    return s0 > 1 and texts[s0 - 1] == ":"


class Markers(NachMarkers, SoMarkers, WieAusMarkers, DocumentMarkers):
    """Stage 4: according-to markers (laut X, X zufolge, nach Angaben von X, so X,
    unter Berufung auf)."""

    def markers(self, words: Sequence[Word]) -> list[Attribution]:
        """According-to markers: laut X, X zufolge, nach Angaben von X, so X, unter Berufung auf."""
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        out: list[Attribution] = []
        before = self.according.before
        for i, w in enumerate(words):
            low = texts[i].lower()
            if w.inq or (low not in _MARKER_WORDS and low not in before):
                continue  # no marker opens at any other word (checked once, not per rule)
            wonach = self._wonach(texts, i, end)
            if wonach is not None:
                out.append(wonach)
                continue
            found = self._marker_at(texts, i, end)
            if found is None:
                continue
            np, (s0, s1), cue = found
            also, (s0, s1) = coordinated(texts, np, (s0, s1), end, self._np)
            s0 = self.acts.marker_start(texts, s0)  # "Der Schätzung der Polizei zufolge"
            gap = None
            if s0 == 0 or opens_after_colon(texts, s0):
                lo, hi = s1, end
            elif s1 >= end:
                lo, hi = 0, s0
            else:
                lo, hi, gap = 0, end, (s0, s1)
            while lo < hi and texts[lo] in BOUNDARY:
                lo += 1
            while hi > lo and texts[hi - 1] in BOUNDARY:
                hi -= 1
            if hi - lo >= 2:
                act = self.acts.marker_act(texts[s0:s1])  # "nach Schätzungen der UN"
                out.append(Attribution(np, cue, (lo, hi), marker=True, gap=gap, act=act, also=also))
        intro = self._document_intro(texts, end) if not out else None
        return [intro] if intro is not None else out

    def _wonach(self, texts: list[str], i: int, end: int) -> Attribution | None:
        """ "Medienberichte, wonach Zeugen eine Explosion gehört haben": the clause after
        "wonach" is what the report before the comma says; its author when named ("ein
        Bericht der Agentur Interfax, wonach …"), else the report as an unnamed source."""
        if not (texts[i].lower() == "wonach" and i > 1 and texts[i - 1] == ","):
            return None
        heads = self.vocab.wonach_heads | self.vocab.doc_nouns | self.vocab.source_docs
        k = next(
            (j for j in range(i - 2, max(-1, i - WONACH_REACH), -1) if texts[j].lower() in heads),
            None,
        )
        if k is None or any(t in BOUNDARY for t in texts[k : i - 1]):
            return None
        src = self._according_np(texts, k, i - 1) if k + 1 < i - 1 else None
        if src is None or src.kind == "pronoun":
            s0 = k
            while s0 > 0 and (
                texts[s0 - 1].lower() in DETS | INDEF or _adjective_like(texts[s0 - 1])
            ):
                s0 -= 1  # "eine", "erste": part of the description
            role = " ".join(texts[s0 : k + 1])
            src = NP(s0, k + 1, "anonymous", "anonymous", role, False, role)
        hi = next((j for j in range(i + 1, end) if texts[j] == ","), end)
        return Attribution(src, "wonach", (i + 1, hi), marker=True) if hi - i > 2 else None

    def _marker_at(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """The source, word span and cue of an according-to marker at texts[i]."""
        low = texts[i].lower()
        if low in self.according.before and i + 1 < end:
            np = self._according_np(texts, i + 1, end) or self._bare_source(texts, i + 1, end)
            if np is not None and np.kind != "anonymous" and np.end == i + 2:
                vocab = self.vocab
                group = unnamed_group(
                    texts[i + 1], vocab.person_nouns, vocab.unnamed_heads, self.surnames
                )
                if group is not None:  # "laut Experten": people nobody named
                    np = NP(i + 1, i + 2, "anonymous", "anonymous", group, False, texts[i + 1])
            return (np, (i, np.end), low) if np is not None else None
        if low == "zufolge" and i > 0:
            return self._zufolge(texts, i)
        if (
            low == "nach"
            and i + 1 < end
            and not (i > 1 and texts[i - 1].lower() in self.vocab.opinion_nouns)
        ):
            return self._nach(texts, i, end)
        if low == "nach" and i > 1:
            return self._opinion_nach(texts, i)
        if low == "wie" and i + 3 < end and texts[i + 1].lower() == "aus":
            return self._wie_aus(texts, i, end)
        if low == "wie" and i + 3 < end:
            return self._wie_document(texts, i, end)
        if low == "so" and i > 0 and texts[i - 1] in (",", "–", "“", '"') and i + 1 < end:
            return self._so(texts, i, end)
        if (
            low == "berufung"
            and i > 0
            and texts[i - 1].lower() == "unter"
            and i + 2 < end
            and texts[i + 1] == "auf"
        ):
            np = self._np(texts, i + 2, end)
            return (np, (i - 1, np.end), "unter Berufung auf") if np is not None else None
        return None

    def _dated_report(self, texts: list[str], i: int) -> tuple[NP | None, int]:
        """ "Ersten Angaben vom gestrigen Mittwoch zufolge": an unnamed report with its date
        between the noun and "zufolge"; the date belongs to the marker."""
        for j in range(max(1, i - 5), i - 1):
            when = time_after(texts, j, i, self.according.words.time_nouns)
            if when == i:
                np = self._unnamed_report(texts, j - 1)
                return (dataclasses.replace(np, end=i), j - 1) if np is not None else (None, i)
        return None, i

    def _zufolge(self, texts: list[str], i: int) -> MarkerHit | None:
        """ "X zufolge", "Angaben des Ministeriums zufolge", "ersten Angaben zufolge"."""
        medium = self._medium_before(texts, i)
        if medium is not None:
            return medium, (medium.start, i + 1), "zufolge"
        np, s0 = self._np_ending_at(texts, i)
        if np is None:
            np, s0 = self._unnamed_report(texts, i - 1), i - 1
        if np is None:
            np, s0 = self._dated_report(texts, i)
        if np is None:
            return None
        s0 = attribute_start(texts, attributes_before(texts, s0, self.according.words.hedges))
        noun_cue = texts[i - 1].lower() in ACCORDING_NOUNS
        if noun_cue and s0 > 0 and texts[s0 - 1].lower() in DATIVE_ARTICLES:
            s0 -= 1  # "Den Angaben zufolge": the article opens the marker, not the statement
        cue = " ".join(texts[s0 : i + 1]) if noun_cue else "zufolge"
        return np, (s0, i + 1), cue
