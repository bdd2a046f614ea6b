"""The "wie aus" marker clause: "Wie aus einem Bericht des Ministeriums hervorgeht, …",
"…, wie aus Kreisen der Regierung verlautete", "…, wie eine Umfrage des Ifo-Instituts ergab":
the clause names the source of the statement around it, and its verb is no cue of its own.
"""

from __future__ import annotations

from bot.nlp.quotes.grammar import BOUNDARY, QUOTE_CHARS
from bot.nlp.quotes.marker_sources import SourcePhrases
from bot.nlp.quotes.model import MarkerHit
from bot.nlp.speakers import DETS, GEN_DETS, INDEF, NP
from bot.nlp.stage_records import Attribution


def without_wie_aus_verbs(attrs: list[Attribution]) -> list[Attribution]:
    """ "Wie aus Kreisen der Regierung verlautete, …": the verb inside the marker is no cue
    of its own, and the marker clause is no statement. An attribution covering the marker's
    statement again, or lying outside it (inside the marker clause), is dropped, so the
    statement is reported once, with the source the marker names."""
    spans = [m.content for m in attrs if m.marker and m.cue.lower().startswith("wie ")]
    if not spans:
        return attrs
    return [at for at in attrs if at.marker or not any(_shadowed(at.content, s) for s in spans)]


def _shadowed(content: tuple[int, int], marked: tuple[int, int]) -> bool:
    lo, hi = marked
    return content == marked or content[1] <= lo or content[0] >= hi


# a document phrase in a "wie" clause opens with an article
_ARTICLES = DETS | INDEF


def _breaks(texts: list[str], k: int) -> bool:
    """A clause boundary at k; not the hyphen of a quoted title's compound ("der
    „Bild“-Zeitung": the tokenizer splits it off after the closing mark)."""
    return texts[k] in BOUNDARY and not (texts[k] == "-" and texts[k - 1][-1:] in QUOTE_CHARS)


class WieAusMarkers(SourcePhrases):
    """ "wie aus X hervorgeht/verlautete", "wie eine Studie des Instituts zeigt"."""

    def _wie_document(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "…, wie eine Umfrage des Ifo-Instituts ergab.", "Wie die Statistik der Polizei
        zeigt, …": a "wie" clause whose subject is a document (`_source_doc`) and whose last
        word is a verb by which a document shows something (according_words.tsv `shows`)
        names the source of the statement around it, like "laut einer Umfrage des
        Ifo-Instituts": the owner in the genitive, else the document. Not a comparison ("so
        hoch, wie die Bilder zeigen": no document) nor "wie eine Studie zeigt, dass …"."""
        if i > 0 and texts[i - 1] != ",":
            return None
        comma = next((k for k in range(i + 3, min(end, i + 12)) if _breaks(texts, k)), end)
        if (texts[comma - 1].lower(),) not in self.according.words.shows:
            return None
        if texts[i + 1].lower() not in _ARTICLES or not self._source_doc(texts[i + 2].lower()):
            return None
        np = self._according_np(texts, i + 1, comma - 1)
        if np is None or np.kind == "pronoun" or np.end != comma - 1:
            return None  # "fragte, wie die Statistik das zeigt": an object, an indirect question
        return np, (i, min(comma + 1, end)), " ".join(texts[i:comma])

    def _wie_aus(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "Wie aus einem Bericht des Ministeriums hervorgeht, …", "…, wie aus Kreisen der
        Regierung verlautete": the clause names the source of the statement around it."""
        comma = next((k for k in range(i + 3, min(end, i + 16)) if _breaks(texts, k)), end)
        tail = next(
            (
                n
                for n in range(1, 4)
                if " ".join(texts[comma - n : comma]).lower() in self.according.words.wie_aus
            ),
            None,
        )
        if tail is None or comma - tail <= i + 2:
            return None
        a, v = i + 2, comma - tail
        if (
            a + 2 < v
            and texts[a].lower() in self.according.words.members
            and texts[a + 1] in GEN_DETS
        ):
            a += 1  # "aus Reihen des Gerichts": the court speaks through its members
        np = self._according_np(texts, a, v) or self._linked_source(texts, a, v)
        if np is None:
            role = " ".join(texts[a:v])
            np = NP(a, v, "anonymous", "anonymous", role, False, role)
        return np, (i, min(comma + 1, end)), " ".join(texts[i:comma])
