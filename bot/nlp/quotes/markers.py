"""Stage 4: according-to markers (laut X, X zufolge, nach Angaben von X, so X,
unter Berufung auf).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.nlp.calendar_words import MONTHS, WEEKDAYS
from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.lexicons import words
from bot.nlp.quotes.base import RulesBase, _adjective_like
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    DEMONSTRATIVES,
    MID_NP_BASE,
    NACH_ARTICLES,
    PREPOSITIONS,
    QUOTE_CHARS,
    RELATIVE,
    SOURCE_LINKS,
    TAIL_WORDS,
)
from bot.nlp.quotes.model import Attribution, MarkerHit, Word
from bot.nlp.roles import nominative
from bot.nlp.speakers import DETS, GEN_DETS, INDEF, NP, POSSESSIVE, is_org, parse_np

# words after a report noun that name its source ("nach Angaben der/von/aus …"): when that
# source cannot be read, the report is not unnamed; "nach Angaben in Berlin" still is
NAMING_LINKS = frozenset({"des", "der", "von", "vom", "aus"})


def _compound_report(low: str, heads: tuple[str, ...]) -> str | None:
    """The source part of a compound report noun ("medien" of "medienberichten"), or None;
    at least three letters, so that "berichten" alone is no compound."""
    for head in heads:
        if low.endswith(head) and len(low) - len(head) >= 3:
            return low[: -len(head)].rstrip("-")
    return None


def _after_adjectives(texts: list[str], k: int, end: int, dets: frozenset[str]) -> int:
    """The index after a determiner and up to three inflected adjectives ("nach einer
    dänischen Studie", "nach israelischen Militärangaben"): where the report noun stands."""
    first = k
    if k < end and texts[k].lower() in dets:
        k += 1
    while (
        k < end
        and k <= first + 3
        and texts[k][:1].islower()
        and texts[k].isalpha()
        and texts[k].endswith(("e", "en", "er", "em"))
    ):
        k += 1
    return k


def _bare_genitive(texts: list[str], k: int, end: int) -> NP | None:
    """ "Einschätzung politischer Beobachter", "Meinung vieler Experten": a genitive plural
    without article (an inflected word in -er, then a capitalised noun) names the source."""
    if not (k + 1 < end and texts[k][:1].islower() and texts[k].endswith("er")):
        return None
    head = texts[k + 1]
    if not (head[:1].isupper() and head.replace("-", "").isalpha() and len(head) > 3):
        return None
    quantifier = texts[k].lower() in ("vieler", "einiger", "mehrerer", "zahlreicher")
    name = head if quantifier else f"{texts[k][:-1]} {head}"
    return NP(k, k + 2, "description", name, None, is_org(head), " ".join(texts[k : k + 2]))


def _genitive_source(texts: list[str], m: int, end: int) -> NP | None:
    """ "Angaben des Verbandes", "des Statistischen Bundesamtes", "des TÜV Nord": the
    masculine/neuter genitive the noun-phrase parser does not read, as its nominative
    ("Verband", "Statistisches Bundesamt"). Capitalised words after "des"/"eines" only."""
    if texts[m].lower() not in ("des", "eines"):
        return None
    a = m + 1
    while a < end and a <= m + 2 and texts[a][:1].islower() and _adjective_like(texts[a]):
        a += 1  # "des österreichischen Standards", "des arabischen Senders"
    k = a
    while k < end and k <= a + 3 and texts[k][:1].isupper() and texts[k].replace("-", "").isalpha():
        k += 1
    if k == a:
        return None
    name = nominative(" ".join(texts[m:k]))
    if not name:
        return None
    if len(name.split()) == k - m - 1 and name.split()[-1] == texts[k - 1]:
        name = " ".join(texts[m + 1 : k])  # the head kept its genitive: keep it as written
    return NP(m, k, "description", name, None, is_org(name.split()[-1]), " ".join(texts[m:k]))


def _genitive_title(np: NP | None, article: str) -> NP | None:
    """A quoted title in the genitive ("des „Handelsblatts“") in its nominative
    ("Handelsblatt"): the source is named as it calls itself."""
    if np is None or article != "des" or " " in np.name or not np.name.endswith("s"):
        return np
    name = nominative(f"des {np.name}") or np.name
    return dataclasses.replace(np, name=name)


# lower-case words an adjunct after "so X" may hold ("so der Minister gegenüber der Zeitung
# am Montag in Berlin"); any other lower-case word may be a verb, so the clause goes on
ADJUNCT_WORDS = (
    PREPOSITIONS
    | DETS
    | INDEF
    | POSSESSIVE
    | frozenset({"des", "der", "vom", "und", "selbst", "gestern", "heute", "bereits", "zuvor"})
)
MAX_ADJUNCT = 12


def _adjunct_tail(texts: list[str], a: int, end: int) -> int | None:
    """Where the adjuncts after the source of "…, so X" end (the sentence end or a comma;
    `a` itself when none follow), when everything between is prepositional or nominal: then
    X closes the clause and the adjuncts belong to the marker, not to the statement. None
    when a word may be a verb."""
    k = a
    while k < end and texts[k] != ",":
        t = texts[k]
        low = t.lower()
        plain = t[:1].isupper() or not t[:1].isalpha() or low in ADJUNCT_WORDS
        if k - a >= MAX_ADJUNCT or not (plain or _adjective_like(t)):
            return None
        k += 1
    return k


ABOUT_SOURCE = RELATIVE | frozenset({"als", "nachdem", "bevor", "während", "wo"})


def _about_source(texts: list[str], k: int, end: int) -> bool:
    """Whether the clause after the comma at k tells about the source or the moment of
    speaking ("…, so X, der …", "…, so X, als …") rather than continuing the statement."""
    return k + 1 < end and texts[k] == "," and texts[k + 1].lower() in ABOUT_SOURCE


WIE_AUS = words("according_wie_aus.txt")
OWN = frozenset({"eigene", "eigenen", "eigener", "eigenem"})
# adverbs before the attribute of an unnamed source: "nicht näher genannten Quellen zufolge"
HEDGES = frozenset(
    {"nicht", "näher", "namentlich", "bislang", "bisher", "noch", "gut", "gewöhnlich"}
)
ATTRIBUTE_DETS = frozenset({"dem", "der", "den", "einem", "einer", "einen"})


def _attributes_before(texts: list[str], s0: int) -> int:
    """The start of the article-less attributes before a source phrase at s0: "ersten
    offiziellen Angaben zufolge", "nicht näher genannten Quellen zufolge"."""
    while s0 > 0 and (texts[s0 - 1][:1].islower() or s0 == 1) and _modifier(texts[s0 - 1]):
        s0 -= 1  # lower case inside the sentence: "Ersten" opens it, "Chinesischen" names
    while s0 > 0 and texts[s0 - 1].lower() in HEDGES:
        s0 -= 1
    return s0


def _modifier(word: str) -> bool:
    """An adjective, or a participle with "ge" ("genannten", "gut unterrichteten",
    "vorgestellten"): a finite verb in "-ten" ("konnten", "meldeten") has none."""
    low = word.lower()
    return (
        _adjective_like(word)
        or low in OWN
        or (
            word.isalpha()
            and len(low) > 6
            and low.endswith(("ten", "tem", "ter"))
            and "ge" in low[:6]
        )
    )


def _attributive(word: str) -> bool:
    """An inflected adjective or participle ("veröffentlichten", "vorgelegten", "neuen")."""
    return _adjective_like(word) or (
        word.isalpha() and len(word) > 6 and word.endswith(("ten", "tem", "ter", "enen", "enem"))
    )


def _attribute_start(texts: list[str], s0: int) -> int:
    """The article opening an extended attribute before a source phrase starting at s0 with
    a participle ("Einem am Montag veröffentlichten Bericht der UN zufolge"): the article
    and the prepositional phrase before the participle belong to the marker, not to the
    statement. s0 unchanged when no such attribute stands before it."""
    if not (0 < s0 < len(texts) and texts[s0][:1].islower() and _attributive(texts[s0])):
        return s0
    for j in range(s0 - 1, max(-1, s0 - 7), -1):
        low = texts[j].lower()
        if low in ATTRIBUTE_DETS and j + 1 < s0 and texts[j + 1].lower() in PREPOSITIONS:
            return j
        if not (texts[j][:1].isupper() or texts[j].isdigit() or low in PREPOSITIONS):
            return s0
    return s0


TIME_NOUNS = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        {"abend", "morgen", "vormittag", "nachmittag", "nacht", "wochenende", "tag", "jahr"}
    )
)


def _time_after(texts: list[str], k: int, end: int) -> int | None:
    """The end of a time phrase "vom späten Abend", "von Montag", "vom 3. Mai" at k, or None."""
    if not (k < end and texts[k] in ("vom", "von")):
        return None
    m = k + 1
    while m < end and m <= k + 3 and (texts[m][:1].islower() or texts[m][:1].isdigit()):
        m += 1  # "späten", "3."
    if m < end and texts[m].lower() in TIME_NOUNS:
        return m + 1
    return None


def _dative_plural_name(np: NP, texts: list[str], m: int) -> NP:
    """ "nach Angaben von Helfern" -> "Helfer": a bare plural after "von"/"aus" is a dative;
    only heads in "-ern"/"-eln" show it ("von Augenzeugen" is already the plural)."""
    if texts[m - 1] not in ("von", "aus") or texts[m].lower() in DETS | INDEF:
        return np
    name = np.name
    if " " in name or len(name) <= 6 or not name.endswith(("ern", "eln")):
        return np
    return dataclasses.replace(np, name=name[:-1])


def _possessed(np: NP, texts: list[str], m: int) -> NP:
    """ "Angaben seines Anwalts" -> "Anwalt": the possessive is no part of the source's name,
    but its case is the name's."""
    first = texts[m].lower()
    if first not in POSSESSIVE or np.kind in ("pronoun", "anonymous") or np.end <= m + 1:
        return np
    article = "des" if first.endswith("es") else "der"
    name = nominative(" ".join(texts[m + 1 : np.end]), article) or np.name
    return dataclasses.replace(np, name=name)


TEMPORAL_VERBS = words("according_temporal_verbs.txt")
ARTICLES = frozenset({"der", "dem", "den", "einer", "einem"})


def _temporal_nach(texts: list[str], i: int, s1: int) -> bool:
    """ "Nach der Erklärung des Ministers kam es zu Protesten": an article before the report
    noun and an event verb as the clause's finite verb (right after the phrase, or right
    before a "nach" inside the clause: "Es kam nach der Rede zu Protesten") make "nach"
    temporal. "Nach Angaben der Polizei kam es zu …" (no article) stays a source."""
    if i + 1 >= len(texts) or texts[i + 1].lower() not in ARTICLES:
        return False
    after = texts[s1].lower() if s1 < len(texts) else ""
    before = texts[i - 1].lower() if i > 0 else ""
    return after in TEMPORAL_VERBS or before in TEMPORAL_VERBS


FOCUS_PARTICLES = frozenset({"auch", "selbst", "sogar"})
SO_VERBS = frozenset(tuple(v.split()) for v in words("according_so_verbs.txt"))


def _so_verb(texts: list[str], k: int, end: int) -> int:
    """How many words from k form a verb of "…, so urteilte X" / "so sieht es X" (0: none)."""
    for n in (2, 1):
        if k + n < end and tuple(t.lower() for t in texts[k : k + n]) in SO_VERBS:
            return n
    return 0


def without_wie_aus_verbs(attrs: list[Attribution]) -> list[Attribution]:
    """ "Wie aus Kreisen der Regierung verlautete, …": the verb inside the marker is no cue
    of its own, and the marker clause is no statement. An attribution covering the marker's
    statement again, or lying outside it (inside the marker clause), is dropped, so the
    statement is reported once, with the source the marker names."""
    spans = [m.content for m in attrs if m.marker and m.cue.lower().startswith("wie aus ")]
    if not spans:
        return attrs
    return [at for at in attrs if at.marker or not any(_shadowed(at.content, s) for s in spans)]


def _shadowed(content: tuple[int, int], marked: tuple[int, int]) -> bool:
    lo, hi = marked
    return content == marked or content[1] <= lo or content[0] >= hi


def _article_of(demonstrative: str) -> str:
    """The definite article a demonstrative stands for: "diesem" -> "dem", "diese" -> "die"."""
    ending = demonstrative.removeprefix("dies").removeprefix("jen")
    return "die" if ending == "e" else "d" + ending


def noun_head(word: str) -> bool:
    """A noun by its spelling: capitalised, or a compound whose last part is ("ai-Bericht",
    "dpa-Meldung": a lower-case acronym may open a German compound noun)."""
    if word[:1].isupper():
        return True
    head = word.rsplit("-", 1)[-1] if "-" in word else ""
    return word[:1].isalpha() and head[:1].isupper() and head.isalpha()


class Markers(RulesBase):
    """Stage 4: according-to markers (laut X, X zufolge, nach Angaben von X, so X,
    unter Berufung auf)."""

    def markers(self, words: Sequence[Word]) -> list[Attribution]:
        """According-to markers: laut X, X zufolge, nach Angaben von X, so X, unter Berufung auf."""
        texts = [w.text for w in words]
        end = len(texts)
        while end > 0 and texts[end - 1] in (".", "!", "?"):
            end -= 1
        out: list[Attribution] = []
        for i, w in enumerate(words):
            wonach = None if w.inq else self._wonach(texts, i, end)
            if wonach is not None:
                out.append(wonach)
                continue
            found = None if w.inq else self._marker_at(texts, i, end)
            if found is None:
                continue
            np, (s0, s1), cue = found
            gap = None
            if s0 == 0:
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
                out.append(Attribution(np, cue, (lo, hi), marker=True, gap=gap, act=act))
        return out

    def _wonach(self, texts: list[str], i: int, end: int) -> Attribution | None:
        """ "Medienberichte, wonach Zeugen eine Explosion gehört haben": the clause after
        "wonach" is what the report before the comma says; its author when named ("ein
        Bericht der Agentur Interfax, wonach …"), else the report as an unnamed source."""
        if not (texts[i].lower() == "wonach" and i > 1 and texts[i - 1] == ","):
            return None
        heads = self.vocab.wonach_heads | self.vocab.doc_nouns | self.vocab.source_docs
        k = next((j for j in range(i - 2, max(-1, i - 8), -1) if texts[j].lower() in heads), None)
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

    def _wie_aus(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "Wie aus einem Bericht des Ministeriums hervorgeht, …", "…, wie aus Kreisen der
        Regierung verlautete": the clause names the source of the statement around it."""
        comma = next((k for k in range(i + 3, min(end, i + 16)) if texts[k] in BOUNDARY), end)
        tail = next(
            (n for n in range(1, 4) if " ".join(texts[comma - n : comma]).lower() in WIE_AUS),
            None,
        )
        if tail is None or comma - tail <= i + 2:
            return None
        a, v = i + 2, comma - tail
        if a + 2 < v and texts[a].lower() in ("kreisen", "reihen") and texts[a + 1] in GEN_DETS:
            a += 1  # "aus Reihen des Gerichts": the court speaks through its members
        np = self._according_np(texts, a, v) or self._linked_source(texts, a, v)
        if np is None:
            role = " ".join(texts[a:v])
            np = NP(a, v, "anonymous", "anonymous", role, False, role)
        return np, (i, min(comma + 1, end)), " ".join(texts[i:comma])

    def _zufolge(self, texts: list[str], i: int) -> MarkerHit | None:
        """ "X zufolge", "Angaben des Ministeriums zufolge", "ersten Angaben zufolge"."""
        medium = self._medium_before(texts, i)
        if medium is not None:
            return medium, (medium.start, i + 1), "zufolge"
        np, s0 = self._np_ending_at(texts, i)
        if np is None:
            np, s0 = self._unnamed_report(texts, i - 1), i - 1
        if np is None:
            return None
        s0 = _attribute_start(texts, _attributes_before(texts, s0))
        noun_cue = texts[i - 1].lower() in ACCORDING_NOUNS
        cue = " ".join(texts[s0 : i + 1]) if noun_cue else "zufolge"
        return np, (s0, i + 1), cue

    def _nach(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "nach Angaben der Polizei", "nach eigenen Angaben", "nach Celebis Angaben",
        "nach einer dänischen Studie"."""
        k = _after_adjectives(texts, i + 1, end, self.vocab.nach_dets | NACH_ARTICLES)
        if k >= end:
            return None
        noun = texts[k].lower()
        if not self._nach_opening(texts, i + 1, k):
            return None
        if texts[k - 1].lower() == "eigenen" and noun in ACCORDING_NOUNS:
            # "Die Feuerwehr hat nach eigenen Angaben …": the clause's subject
            np = self._np(texts, 0, i)
            if np is not None and np.kind != "pronoun" and np.end <= i:
                return np, (i, k + 1), " ".join(texts[i : k + 1])
            return None
        if (
            k + 1 < end
            and texts[k][:1].isupper()
            and texts[k].endswith("s")
            and texts[k + 1].lower() in ACCORDING_NOUNS
        ):
            # "nach Celebis Angaben": a genitive name before the noun
            np = NP(k, k + 1, "name", texts[k][:-1], None, False, texts[k])
            return np, (i, k + 2), " ".join(texts[i : k + 2])
        if (
            noun in ACCORDING_NOUNS
            or self._nach_doc(noun)
            or _compound_report(noun, self.vocab.compound_report_heads)
            or (self._nach_report(noun) and k + 1 < end and texts[k + 1] in GEN_DETS)
        ):
            src = None if self._nach_doc(noun) else self._according_np(texts, k, end)
            if src is None:
                src = self._nach_source(texts, i + 1, k, end)
            if src is None and not (k + 1 < end and texts[k + 1] in NAMING_LINKS):
                src = self._unnamed_report(texts, k, first=i + 1)
            when = _time_after(texts, k + 1, end)
            if src is None and when is not None:
                # "nach Informationen vom späten Abend": a time, not an author
                src = self._unnamed_report(texts, k, first=i + 1)
                src = dataclasses.replace(src, end=when) if src is not None else None
            if src is not None and not _temporal_nach(texts, i, max(src.end, k + 1)):
                return src, (i, max(src.end, k + 1)), " ".join(texts[i : k + 1])
        return None

    def _source_doc(self, low: str) -> bool:
        """A document whose author a genitive names ("einem Bericht der Zeitung X"), also as a
        compound ("einem Fernsehbericht des Senders X", "einer dpa-Meldung")."""
        docs = self.vocab.source_docs | ACCORDING_NOUNS | self.vocab.doc_nouns
        return low in docs or (
            low[:1].isalpha()
            and _compound_report(low, tuple(self.vocab.source_docs)) is not None
            and low not in self.vocab.opinion_nouns
        )

    def _nach_report(self, low: str) -> bool:
        """A compound report after "nach" ("nach einem Fernsehbericht des Senders X"); the
        plain nouns and event compounds are left out ("nach dem Urteil des Gerichts": after)."""
        return (
            low[:1].isalpha()
            and low not in self.vocab.source_docs
            and _compound_report(low, self.vocab.nach_report_heads) is not None
        )

    def _nach_doc(self, low: str) -> bool:
        """A document that is a source in its own right after "nach" ("nach einer Studie",
        "nach dem Grundgesetz"), or a compound of one ("nach einem EU-Dokument", "nach dem
        Reichsvermögensgesetz")."""
        if low in ACCORDING_NOUNS or low in self.vocab.opinion_nouns:
            return False  # "nach Einschätzung": an opinion, its holder follows
        return low in self.vocab.nach_docs or (
            low[:1].isalpha() and _compound_report(low, self.vocab.nach_doc_heads) is not None
        )

    def _nach_opening(self, texts: list[str], a: int, k: int) -> bool:
        """Adjectives without a determiner open only a report noun ("nach israelischen
        Militärangaben"): "nach eingehenden Untersuchungen" is "after", and "nach anderen
        Angaben 110" offers an alternative figure, not a source."""
        if k == a or texts[a].lower() in self.vocab.nach_dets | NACH_ARTICLES:
            return True
        if any(t.lower() in ("anderen", "weiteren") for t in texts[a:k]):
            return False
        noun = texts[k].lower()
        return noun.endswith("angaben") or noun in ("informationen", "berichten", "meldungen")

    def _opinion_nach(self, texts: list[str], i: int) -> MarkerHit | None:
        """ "Seiner Meinung nach …": postposed, like "seinen Angaben zufolge"."""
        if not (
            texts[i - 1].lower() in self.vocab.opinion_nouns
            and texts[i - 2].lower() in POSSESSIVE
            and (i == 2 or texts[i - 2][:1].islower())  # "Ihrer Meinung nach" asks "you"
        ):
            return None
        pron = "er" if texts[i - 2].lower().startswith("sein") else "sie"
        np = NP(i - 2, i, "pronoun", pron, None, False, texts[i - 2])
        return np, (i - 2, i + 1), " ".join(texts[i - 2 : i + 1])

    def _so(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "…, so Rodrigo Rato.", ", so die Studie", ", so das Ergebnis einer Studie der X"."""
        verb = _so_verb(texts, i + 1, end)
        if verb:
            return self._so_verb_source(texts, i, i + 1 + verb, end)
        cand = self._np(texts, i + 1, end)
        if cand is None or (cand.kind == "description" and not cand.org):
            cand = (
                self._document_source(texts, i + 1, end)
                or self._document_itself(texts, i + 1, end)
                or cand
            )
        if cand is None or cand.kind == "pronoun":
            return None
        tail = _adjunct_tail(texts, cand.end, end)
        if tail is not None and _about_source(texts, tail, end):
            return cand, (i, end), "so"  # "…, so X, der den Plan lange fordert": about X
        if tail is not None and tail > cand.end:
            return cand, (i, tail), "so"  # "…, so X gegenüber der Zeitung Y am Montag."
        close = (
            cand.end >= end
            or any(t in (",", ".") for t in texts[cand.end : cand.end + 5])
            or (all(t not in (",",) for t in texts[cand.end : end]) and end - cand.end <= 8)
        )
        return (cand, (i, cand.end), "so") if close else None

    def _so_verb_source(self, texts: list[str], i: int, k: int, end: int) -> MarkerHit | None:
        """ "…, so urteilte der Politologe X.", "…, so formulierte es der Kanzler am Montag.":
        the source after the verb must close the sentence (adjuncts aside), else "so" opens
        a clause of its own ("…, so urteilte das Gericht über den Fall"). A focus particle
        may stand before the source ("so sieht es auch die Regierung")."""
        cue = " ".join(texts[i:k])
        if k < end and texts[k].lower() in FOCUS_PARTICLES:
            k += 1
        cand = self._np(texts, k, end)
        if cand is None or cand.kind == "pronoun" or cand.start != k:
            return None
        tail = _adjunct_tail(texts, cand.end, end)
        if tail is None or tail < end:
            return None
        return cand, (i, end), cue

    def _according_np(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source of "Angaben …": compound prefix, genitive / von phrase, possessive."""
        t = texts[k]
        low = t.lower()
        if low in ACCORDING_NOUNS or low.endswith("angaben"):
            return self._report_noun_source(texts, k, end)
        holder = _compound_report(low, tuple(self.vocab.opinion_nouns))
        if holder and t[:1].isupper() and len(holder) >= 4:
            # "Expertenmeinung": the first part of an opinion compound holds the opinion (a
            # compound report noun, "Medienberichten", stays an unnamed report)
            name = t[: len(holder)].rstrip("-")
            return NP(k, k + 1, "description", name, None, is_org(name), t)
        if self._source_doc(low):
            src = self._document_source(texts, k, end)  # "Fernsehbericht des Senders X"
            if src is not None:
                return src
        named = self._named_medium(texts, k, end)
        if named is not None:
            return named
        np = self._np(texts, k, end, bare_adjective=True)
        if np is None or np.kind in ("anonymous", "description"):
            # "laut einem Bericht der Zeitung X": the source is the genitive, not the document
            src = self._document_source(texts, k, end)
            if src is not None:
                return src
        if np is None or np.kind == "pronoun":
            return self._document_itself(texts, k, end) or self._demonstrative_source(texts, k, end)
        if np.kind == "description" and self._document_head(np.name.split()[-1]):
            return self._document_itself(texts, k, end) or np  # "laut diesem Entwurf"
        return np

    def _report_noun_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source of a report noun at k: "Polizeiangaben", "UNO-Angaben", "seinen
        Angaben", "Einschätzung politischer Beobachter", "Angaben der/von/aus X"."""
        t = texts[k]
        low = t.lower()
        if "-" in t and low.endswith("angaben"):
            prefix = t.rsplit("-", 1)[0]
            return NP(k, k + 1, "description", prefix, None, True, t)
        if low.endswith("angaben") and low != "angaben":
            stem_ = t[: -len("angaben")]
            return NP(k, k + 1, "description", stem_[:1].upper() + stem_[1:], None, True, t)
        if k > 0 and texts[k - 1].lower() in POSSESSIVE:
            pron = "er" if texts[k - 1].lower().startswith("sein") else "sie"
            return NP(k - 1, k + 1, "pronoun", pron, None, False, texts[k - 1])
        if k + 1 < end and texts[k + 1] not in SOURCE_LINKS:
            return _bare_genitive(texts, k + 1, end)
        if k + 1 < end and texts[k + 1] in SOURCE_LINKS:
            m = k + 2 if texts[k + 1] in ("von", "aus") else k + 1
            np = self._np(texts, m, end) or _genitive_source(texts, m, end)
            if np is None and m + 1 < end and texts[m].lower() in ("der", "des"):
                np = self._named_medium(texts, m + 1, end)  # "Bericht der „FAZ“"
            np = np or self._linked_source(texts, m, end)
            if np is not None:
                return _dative_plural_name(_possessed(np, texts, m), texts, m)
        return None

    def _linked_source(self, texts: list[str], m: int, end: int) -> NP | None:
        """The phrase after "Angaben der/von/aus": the report noun makes it the source, so a
        common noun that can speak passes ("der Polizeidirektion", "der Zentralbank", "aus
        Khartum") although it would be no plausible subject of a speech verb."""
        np = parse_np(texts, m, end, nouns=self.tables.nouns)
        if np is None or np.kind in ("pronoun", "anonymous"):
            return None
        name = np.name
        if np.kind == "description" and texts[m].lower() not in POSSESSIVE:
            name = nominative(" ".join(texts[m : np.end])) or name
        if not self.check.is_somebody(name):
            return None
        return dataclasses.replace(np, name=name)

    def _unnamed_report(self, texts: list[str], k: int, first: int | None = None) -> NP | None:
        """ "ersten Angaben zufolge", "nach Medienberichten": a report that names no one is an
        unnamed source; the phrase is kept as its description."""
        if texts[k].lower() not in self.vocab.unnamed_reports:
            return None
        s0 = k if first is None else first
        while first is None and s0 > 0 and _adjective_like(texts[s0 - 1]):
            s0 -= 1
        words = [w for w in texts[s0 : k + 1] if w.lower() not in DETS]
        role = " ".join(w if n == len(words) - 1 else w.lower() for n, w in enumerate(words))
        return NP(s0, k + 1, "anonymous", "anonymous", role, False, " ".join(texts[s0 : k + 1]))

    def _document_itself(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut einer Umfrage", "laut ai-Bericht", "neuesten Studien zufolge": a document
        that names no author is the source itself."""
        m = k
        while m < min(end, k + 3) and (
            texts[m].lower() in DETS | INDEF | DEMONSTRATIVES
            or (texts[m][:1].islower() and _adjective_like(texts[m]))
        ):
            m += 1
        if m >= end or not noun_head(texts[m]):
            return None
        low = texts[m].lower()
        if not (low in self.vocab.documents or low.endswith(self.vocab.document_endings)):
            return None
        if m + 1 < end and texts[m + 1] in ("des", "der", "von", "vom"):
            return None  # the author follows: left to the genitive rules
        mention = " ".join(texts[k : m + 1])
        name = nominative(mention) or texts[m]
        name = " ".join(w for w in name.split() if w.lower() not in DEMONSTRATIVES)
        return NP(k, m + 1, "description", name, None, True, mention)

    def _demonstrative_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut diesem Zeugen", "laut diesen Experten": a demonstrative points back at a
        person or group of the story; the noun phrase after it is the source (a plain
        article's phrase was one already, a demonstrative's was dropped)."""
        if texts[k].lower() not in DEMONSTRATIVES:
            return None
        np = self._np(texts, k + 1, end)
        if np is None or np.kind == "pronoun" or np.start != k + 1:
            return None
        if np.kind == "description" and not texts[k].lower().endswith("en"):
            # "diesem Zeugen" is shown as "Zeuge", like "dem Zeugen"; "diesen Experten" (a
            # dative plural after "laut") keeps its plural
            article = _article_of(texts[k].lower())
            named = nominative(" ".join([article, *texts[k + 1 : np.end]]))
            np = dataclasses.replace(np, name=named or np.name)
        return dataclasses.replace(np, start=k, mention=" ".join(texts[k : np.end]))

    def _nach_source(self, texts: list[str], a: int, k: int, end: int) -> NP | None:
        """The source of "nach Auffassung Österreichs" (a genitive name right after the noun)
        or of "nach einer dänischen Studie" (the study itself, when no one is named)."""
        nxt = texts[k + 1] if k + 1 < end else ""
        if self._nach_doc(texts[k].lower()) and nxt in ("des", "der", "von", "vom"):
            src = self._np(texts, k + 2 if nxt == "von" else k + 1, end)
            if src is None and nxt in ("des", "der"):
                src = self._np(texts, k + 2, end)
            return src if src is not None and src.kind != "pronoun" else None
        if (
            nxt[:1].isupper()
            and nxt.endswith("s")
            and len(nxt) > 3
            and texts[k].lower() in self.vocab.opinion_nouns | ACCORDING_NOUNS
        ):
            return NP(k + 1, k + 2, "name", nxt[:-1], None, True, nxt)
        if self._nach_doc(texts[k].lower()) and not (k + 1 < end and texts[k + 1] in TAIL_WORDS):
            phrase = nominative(" ".join(texts[a : k + 1])) or texts[k]
            phrase = " ".join(w for w in phrase.split() if w.lower() not in DEMONSTRATIVES)
            return NP(a, k + 1, "description", phrase, None, True, " ".join(texts[a : k + 1]))
        return None

    def _medium_before(self, texts: list[str], i: int) -> NP | None:
        """ "dem „Figaro“ zufolge", "der Website ndr.de zufolge": a quoted title or a web
        domain right before the marker (with its article)."""
        k = i - 1
        if texts[k] in QUOTE_CHARS:
            k = next((j for j in range(i - 2, max(-1, i - 8), -1) if texts[j] in QUOTE_CHARS), -1)
        named = self._named_medium(texts, k, i) if k >= 0 else None
        if named is None or named.end != i:
            return None
        docs = ACCORDING_NOUNS | self.vocab.source_docs | self.vocab.doc_nouns
        if k > 1 and texts[k - 1] in ("des", "der") and texts[k - 2].lower() in docs:
            # "Einem Bericht des „Handelsblatts“ zufolge": the document is part of the marker
            s = k - 2
            while s > 0 and (texts[s - 1].lower() in DETS | INDEF or _adjective_like(texts[s - 1])):
                s -= 1
            return dataclasses.replace(_genitive_title(named, texts[k - 1]) or named, start=s)
        if k > 1 and texts[k - 1][:1].isupper() and texts[k - 2].lower() in DETS:
            k -= 1  # "der Website ndr.de", "der Zeitung „Welt“": the medium's kind
        if k > 0 and texts[k - 1].lower() in DETS:
            named = dataclasses.replace(named, start=k - 1)
        return named

    def _bare_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut Gefängnisdirektion 502 Menschen", "laut Verfassung der Präsident": a bare
        capitalised noun right after the marker, when it is somebody (an authority, a law)
        and no genitive names its author."""
        t = texts[k]
        if not (t[:1].isupper() and t.replace("-", "").isalpha() and len(t) > 3):
            return None
        if k + 1 < end and texts[k + 1] in ("des", "von", "vom"):
            return None
        if not self.check.is_somebody(t):
            return None
        return NP(k, k + 1, "description", t, None, is_org(t), t)

    def _named_medium(self, texts: list[str], k: int, end: int) -> NP | None:
        """„Welt“, ndr.de: a quoted title or a web domain right after the marker."""
        t = texts[k]
        if t in QUOTE_CHARS:
            close = next(
                (m for m in range(k + 1, min(end, k + 7)) if texts[m] in QUOTE_CHARS), None
            )
            if close is not None and close > k + 1 and texts[k + 1][:1].isupper():
                name = " ".join(texts[k + 1 : close])
                if not self.check.is_somebody(name):
                    name = f"„{name}“"  # "Laut „Welt“": a common word names a medium quoted
                return NP(k, close + 1, "name", name, None, True, " ".join(texts[k : close + 1]))
        if len(t) > 2 and t[0] in QUOTE_CHARS and t[-1] in QUOTE_CHARS and t[1:2].isupper():
            name = t[1:-1] if self.check.is_somebody(t[1:-1]) else f"„{t[1:-1]}“"
            return NP(k, k + 1, "name", name, None, True, t)  # a merged quoted title
        if "." in t[1:-1] and t[:1].isalpha() and len(t) > 4 and t.split(".")[-1].isalpha():
            return NP(k, k + 1, "name", t, None, True, t)
        return None

    def _document_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source named after a document noun: "einem Bericht der Zeitung X" -> X."""
        m = k
        while m < min(end, k + 4) and (
            texts[m].lower() in MID_NP_BASE | DETS or texts[m][:1].islower()
        ):
            m += 1
        if m >= end or not self._source_doc(texts[m].lower()):
            return None
        m += 1
        if m < end and texts[m] in ("eines", "einer") and m > k:
            return self._document_source(texts, m, end)  # "das Ergebnis einer Studie der X"
        if m >= end or texts[m] not in ("des", "der", "von", "vom", "aus"):
            return None
        start = m if texts[m] in ("des", "der") else m + 1  # a genitive article opens the NP
        if start >= end:
            return None
        np = self._named_medium(texts, start, end) or self._np(texts, start, end)
        if np is None and start + 1 < end and texts[start] in ("des", "der"):
            np = self._named_medium(texts, start + 1, end)
            np = _genitive_title(np, texts[start]) or self._np(texts, start + 1, end)
        # "eines Berichts des Spiegels": a genitive the parser reads as a common noun
        np = np or _genitive_source(texts, start, end)
        return np if np is not None and np.kind != "pronoun" else None

    def _np_ending_at(self, texts: list[str], i: int) -> tuple[NP | None, int]:
        prev = texts[i - 1].lower()
        if prev in ACCORDING_NOUNS or prev.endswith("angaben"):
            np = self._according_np(texts, i - 1, i)
            if np is not None:
                return np, min(np.start, i - 1)
            # "Angaben des Ministeriums zufolge"
        for k in range(max(0, i - 9), i):
            src = self._document_source(texts, k, i)
            if src is not None and src.end <= i:
                return src, k  # "Einer Erklärung des Verbandes zufolge"
            np = self._np(texts, k, i, allow_apposition=False)
            if np is None or np.end != i or np.kind == "pronoun":
                continue
            head = texts[i - 1].lower()
            if head in ACCORDING_NOUNS and np.kind != "name":
                # "Angaben des Ministeriums" parsed as a description of "Angaben": look inside
                continue
            return np, k
        for k in range(max(0, i - 8), i - 1):
            if texts[k].lower() in ACCORDING_NOUNS and texts[k + 1] in ("des", "der", "von", "vom"):
                m = k + 2 if texts[k + 1] in ("von",) else k + 1
                np = self._np(texts, m, i)
                if np is not None and np.end == i:
                    return np, k
        for k in range(max(0, i - 4), i):
            doc = self._document_itself(texts, k, i)
            if doc is not None and doc.end == i:
                return doc, k  # "Dem Bericht zufolge", "neuesten Studien zufolge"
        return None, i
