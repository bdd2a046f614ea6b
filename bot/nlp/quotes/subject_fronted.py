"""Stage 3a, subject first: the subject before the cue in V2 and verb-final clauses ("Der
Minister hat am Montag … gesagt", "…, dass die Behörde mitteilte"), across the gap words that
may separate them, and the relative clause or document ("Die Studie kommt zu dem Ergebnis")
that can open the clause. Fronted objects and oblique phrases are skipped, never taken for it.
"""

from __future__ import annotations

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.quotes.cue_finder import TITLE_ARTICLES
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    FINITE_HABEN,
    NOMINATIVE_ARTICLES,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
    SUBORDINATORS,
)
from bot.nlp.quotes.subject_inverted import InvertedSubjects
from bot.nlp.quotes.subject_titles import medium_subject
from bot.nlp.quotes.subject_words import (
    GENITIVE_RELS,
    OBLIQUE_DEMONSTRATIVES,
    coordinated_in_phrase,
    inside_phrase,
    no_subject_word,
    oblique_feminine,
)
from bot.nlp.speakers import DETS, NP, is_role, parse_np


def title_mark(texts: list[str], k: int, lo: int, hi: int) -> bool:
    """Whether the word at `k`, in the gap `lo`..`hi` between a subject and its cue, belongs
    to a medium's title in quotation marks after an article, right before the cue ("wie X
    der „Zeit“ sagte", "wie X im „Kicker“ sagte"): a name inside the gap, not a quotation
    that would end the clause. The quoted-name stage may have glued the title to its marks
    ("„Zeit“"). A title further from the cue ("von der „Rundschau“ mit den Worten zitiert")
    is left to the rules that read the medium."""
    t = texts[k]
    if len(t) > 2 and t[0] in QUOTE_CHARS and t[-1] in QUOTE_CHARS:
        after_article = k > lo and texts[k - 1].lower() in TITLE_ARTICLES
        return after_article and k == hi - 1 and _capitalised(t[1:-1].split())
    if t not in QUOTE_CHARS:
        return False
    for opening in range(max(lo + 1, k - 4), k + 1):
        close = _title_close(texts, opening)
        if close == hi - 1 and opening <= k:
            return True
    return False


def _title_close(texts: list[str], opening: int) -> int | None:
    """The closing mark of a title of one to three capitalised words opened at `opening`
    after an article, or None."""
    if texts[opening] not in QUOTE_CHARS or texts[opening - 1].lower() not in TITLE_ARTICLES:
        return None
    close = next(
        (m for m in range(opening + 2, min(len(texts), opening + 5)) if texts[m] in QUOTE_CHARS),
        None,
    )
    return close if close is not None and _capitalised(texts[opening + 1 : close]) else None


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() and w.replace("-", "").isalnum() for w in words)


class FrontSubjects(InvertedSubjects):
    """The subject that precedes its cue."""

    def _gap_ok(self, texts: list[str], lo: int, hi: int) -> bool:
        """Words allowed between a subject and its cue: auxiliaries, adverbs, time phrases and
        short prepositional phrases ("hatte zuvor vor Reportern in Rom")."""
        if hi - lo > 9:
            return False
        for k in range(lo, hi):
            t = texts[k]
            low = t.lower()
            if (
                low in self.vocab.gap_words
                or coordinated_in_phrase(texts, k, lo, hi)
                or low in self.vocab.time_words
                or low in PREPOSITIONS
                or low in DETS
                or title_mark(texts, k, lo, hi)
            ):
                continue
            if low.endswith("lich") or (
                t[:1].islower()
                and low.endswith(("e", "en", "em", "er"))
                and k + 1 < hi
                and texts[k + 1][:1].isupper()
            ):
                continue
            if (t[:1].isupper() and t.isalpha()) or ("-" in t and t[:1].isupper()):
                continue
            if (
                t[:1].islower()
                and t.isalpha()
                and low not in SUBORDINATORS
                and not self.is_konj1(t)
            ):
                continue  # adverbs ("erstmals") and objects
            if t.isdigit() or (t[:-1].isdigit() and t.endswith(".")):
                continue  # "noch im Mai 2005", "am 19. August"
            return False
        return True

    def speaker_before(
        self, texts: list[str], a: int, c: int, verb_final: bool = True
    ) -> NP | None:
        """The subject between the clause start `a` and the cue at `c`: after a perfect's
        auxiliary, at a clause start, or before an apposition that closes right at the cue."""
        aux = next((h for h in range(a + 1, c - 1) if texts[h].lower() in FINITE_HABEN), None)
        if (
            aux is not None
            and texts[c - 1] not in BOUNDARY
            and not any(
                t in ("und", "oder", "sowie") and not texts[k - 1].endswith("-")
                for k, t in enumerate(texts[aux:c], aux)
            )  # "Fraktions- und Parteivorsitzenden" is one noun phrase, no coordination
        ):
            # "X hat am Montag in ihrer Videobotschaft … aufgefordert": the subject stands
            # right before the auxiliary, or right after it when something else comes first
            found = self._first_subject(texts, [a], a, aux)
            if found is not None:
                return found
            # "Die Vereinten Nationen hatten die EU gebeten": when an article phrase comes
            # first, it is the subject and the phrase after the auxiliary is the object
            if (
                texts[a].lower() not in NOMINATIVE_ARTICLES
                and texts[aux + 1].lower() not in OBLIQUE_ARTICLES
            ):
                np = self._np(texts, aux + 1, c)
                if np is not None and not no_subject_word(np):
                    return self._without_addressee(texts, c, np)  # "hatte Wagner Eltern gebeten"
        starts = list(range(a, c))
        # earlier clause starts let an apposition ("X, Sprecher des Y, sagte") reach the cue
        earlier: list[int] = []
        for k in range(a - 1, max(-1, a - 16), -1):
            if k == 0 or texts[k - 1] in (",", ":", ";", "–", "-") or texts[k - 1] in QUOTE_CHARS:
                earlier.append(k)
        found = self._first_subject(texts, starts, a, c, verb_final)
        if found is not None:
            return found
        # among appositions prefer the name: "Maria Schulz, Sprecherin des Amts, sagte"
        cands = [np for k in earlier if (np := self._first_subject(texts, [k], a, c))]
        named = [np for np in cands if np.kind == "name"]
        return named[0] if named else (cands[0] if cands else None)

    def _first_subject(
        self, texts: list[str], starts: list[int], a: int, c: int, verb_final: bool = True
    ) -> NP | None:
        """The first subject candidate among the clause starts `starts` that reaches the cue
        at `c` across allowed gap words; oblique and fronted phrases are passed over."""
        inside = -1  # the end of a rejected indefinite phrase: no subject starts inside it
        for s0 in starts:
            if s0 < inside:
                continue
            s, skipped_sub = self._past_lead_words(texts, s0, c)
            if s >= c:
                continue
            if s > 0 and s >= a and inside_phrase(texts, a, s):
                continue
            # "Der Deutschen Presse-Agentur sagte …" opens the clause; after a noun, "der
            # Vereinten Nationen" is a genitive the phrase reader takes with its noun
            fronted = s0 == a and oblique_feminine(texts, s)
            if texts[s].lower() in OBLIQUE_ARTICLES | OBLIQUE_DEMONSTRATIVES or fronted:
                continue  # "Zu den Gefahren des Eises warnte …": a subject is nominative
            if skipped_sub and not verb_final:
                continue  # "Als Begründung sagte ein Forscher": "als" is no conjunction here
            if texts[s].lower() in ("diese", "dieser") and s + 1 == c:
                # "Diese bestätigte, dass …": a demonstrative standing for the last person
                pron = "er" if texts[s].lower() == "dieser" else "sie"
                return NP(s, s + 1, "pronoun", pron, None, False, texts[s])
            np = (
                self._np(texts, s, c)
                or self._document_subject(texts, s, c)
                or medium_subject(
                    texts, s, c, self.according.words.agencies, self.check.is_somebody
                )
            )
            if np is None:
                inside = self._object_phrase_end(texts, s, c)
                continue
            if no_subject_word(np):
                if s == a and not verb_final and np.mention.split()[0].lower() in GENITIVE_RELS:
                    return None  # V2: "Deren Haltung gegenüber der PKK" is one fronted phrase
                continue  # "Ende Januar verkündete der Verband", "Aufgrund … wurden"
            if self._relative_insertion(texts, np, c):
                return np  # "Frank Sichau, der als Sprecher fungiert, erklärte"; "Der Minister, …"
            gap_lo = self._insertion_end(texts, np, c) or np.end
            if gap_lo < c and texts[gap_lo] == "," and s > 0 and texts[s - 1] == ",":
                gap_lo += 1  # "Der Direktor des Rates, John Kirby, sagte"
            if np.end <= c and self._gap_ok(texts, gap_lo, c):
                return np
        return None

    def _past_lead_words(self, texts: list[str], s: int, c: int) -> tuple[int, bool]:
        """The first word at or after `s` that is no lead word or conjunction, and whether a
        subordinator was passed (then the clause is verb-final, or "als" was no conjunction)."""
        skipped_sub = False
        while s < c and (
            texts[s].lower() in self.vocab.lead_skip or texts[s].lower() in SUBORDINATORS
        ):
            skipped_sub = skipped_sub or texts[s].lower() in SUBORDINATORS - self.vocab.lead_skip
            s += 1
        return s, skipped_sub

    def _relative_insertion(self, texts: list[str], np: NP, c: int) -> bool:
        """Whether somebody's phrase is followed by a comma-enclosed relative clause that ends
        right before the cue: "Frank Sichau, der als Sprecher fungiert, erklärte"."""
        return (
            (
                np.kind == "name"
                or np.org
                or is_role(np.name.split()[-1])
                or (np.kind == "description" and self.check.is_somebody(np.name))
            )
            and np.end + 1 < c
            and texts[np.end] == ","
            and texts[np.end + 1].lower() in RELATIVE
            and texts[c - 1] == ","
        )

    def _object_phrase_end(self, texts: list[str], s: int, c: int) -> int:
        """The end of an indefinite phrase at `s` whose head cannot speak ("eine Anhebung der
        Warnstufe wird erwartet"): its genitive is part of it, never a subject of its own."""
        raw = parse_np(texts, s, c, nouns=self.tables.nouns)
        if raw is None or raw.kind != "anonymous" or self._unnamed_speaks(raw):
            return -1
        return raw.end

    def _document_subject(self, texts: list[str], s: int, c: int) -> NP | None:
        """A document as the nominative subject of the cue: "Die Studie kommt zu dem Ergebnis",
        "Der Bericht führt aus", "Der UN-Bericht stellt fest". The phrase chunker rejects
        document heads (after "in der Studie" they are places, not speakers), so only an
        article phrase standing as the clause's subject before the cue is read here."""
        if not (s + 1 < c and texts[s].lower() in NOMINATIVE_ARTICLES):
            return None
        k = s + 1
        while k < c and _adjective_like(texts[k]):
            k += 1
        if k >= c or not self._document_head(texts[k]) or not texts[k][:1].isupper():
            return None
        end = k + 1
        if end + 1 < c and texts[end] in ("des", "der") and texts[end + 1][:1].isupper():
            end += 2  # "Der Bericht des Ausschusses"
        mention = " ".join(texts[s:end])
        return NP(s, end, "description", " ".join(texts[k:end]), None, False, mention)

    def _subject_before_object(self, texts: list[str], a: int, cut: int) -> NP | None:
        """The subject right after a clause's conjunction, before the object ("dies")."""
        s = a
        while s < cut and (
            texts[s].lower() in SUBORDINATORS or texts[s].lower() in self.vocab.lead_skip
        ):
            s += 1
        np = self._np(texts, s, cut, allow_apposition=False)
        if np is None or (np.kind == "pronoun" and np.name not in ("er", "sie")):
            return None
        return np

    def _relative_antecedent(self, texts: list[str], a: int, c: int, b: int) -> NP | None:
        """ "Der NDR, der in der ARD dafür verantwortlich ist, begründete …", "Mubarak, der seit
        1981 regiert, hatte angekündigt …": a main clause whose subject opens the sentence
        and is followed by a relative clause of any length; the cue (or its auxiliary) comes
        right after that clause. Nothing else may stand between them, and in V2 no subject
        may follow the cue (then the antecedent is a fronted object)."""
        if a < 3 or texts[a - 1] != "," or not texts[a - 2].isalpha() or texts[a - 2][:1].isupper():
            return None  # the relative clause ends with its finite verb
        if a == c:
            inv = self.speaker_after(texts, c, b)
            if inv is not None and self._speaks(inv):
                return None
        elif not (texts[a].lower() in FINITE_HABEN and texts[a + 1][:1].islower()):
            return None  # "…, hatte der Minister gesagt": the subject follows the auxiliary
        comma = next((k for k in range(a - 2, 0, -1) if texts[k] in BOUNDARY), None)
        if comma is None or texts[comma] != "," or texts[comma + 1].lower() not in RELATIVE:
            return None
        if any(t in QUOTE_CHARS for t in texts[comma:a]):
            return None
        s = 0
        while s < comma and texts[s].lower() in self.vocab.lead_skip:
            s += 1
        if texts[s].lower() in OBLIQUE_ARTICLES:
            return None
        np = self._np(texts, s, comma, allow_apposition=False)
        if np is None or np.end != comma or no_subject_word(np):
            return None
        return np if self._speaks(np) and np.kind != "pronoun" else None
