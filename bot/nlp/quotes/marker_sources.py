"""The source phrase of an according-to marker: a report noun and its author ("Angaben der
Polizei", "Polizeiangaben", "seinen Angaben"), a document and its author ("einem Bericht der
Zeitung X"), a document that names none ("laut einer Umfrage"), a quoted title or web domain
("laut „Welt“", "ndr.de zufolge"), a demonstrative pointing back ("laut diesem Zeugen").
"""

from __future__ import annotations

import dataclasses

from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.quotes.base import RulesBase, _adjective_like
from bot.nlp.quotes.grammar import DEMONSTRATIVES, MID_NP_BASE, QUOTE_CHARS, SOURCE_LINKS
from bot.nlp.quotes.marker_genitives import (
    article_of,
    bare_genitive,
    dative_plural_name,
    genitive_source,
    genitive_title,
    possessed,
)
from bot.nlp.quotes.marker_shapes import attribute_end, compound_report, noun_head
from bot.nlp.roles import nominative
from bot.nlp.speakers import DETS, INDEF, NP, POSSESSIVE, is_org, parse_np
from bot.nlp.speakers.compounds import compound_part_noun
from bot.nlp.speakers.phrase import quoted_compound_tail, web_address


def _web_domain(word: str) -> bool:
    """A medium written as its web address, also capitalised at a sentence start
    ("Ndr.de"): the speakers' own test (`web_address`) on the word's lower-case form."""
    return web_address(word[:1].lower() + word[1:])


DEFINITE = frozenset({"der", "den", "dem", "die"})
# words after a report noun that name its source ("nach Angaben der/von/aus …"): when that
# source cannot be read, the report is not unnamed; "nach Angaben in Berlin" still is
NAMING_LINKS = frozenset({"des", "der", "von", "vom", "aus"})


class SourcePhrases(RulesBase):
    """Reads the source phrase next to a marker; the marker stages build on it."""

    def _according_np(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source of "Angaben …": compound prefix, genitive / von phrase, possessive."""
        t = texts[k]
        low = t.lower()
        if low in ACCORDING_NOUNS or low.endswith("angaben"):
            return self._report_noun_source(texts, k, end)
        if low in DEFINITE and k + 1 < end and texts[k + 1].lower() in self.vocab.unnamed_reports:
            return self._definite_report(texts, k, end)
        holder = compound_report(low, tuple(self.vocab.opinion_nouns))
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

    def _definite_report(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut den Angaben der Polizei" -> Polizei; "laut den Angaben" (the figures the
        story already gave) -> an unnamed report; None when a source follows that cannot be
        read ("laut den Angaben von …")."""
        src = self._report_noun_source(texts, k + 1, end)
        if src is not None or (k + 2 < end and texts[k + 2] in NAMING_LINKS):
            return src
        return self._unnamed_report(texts, k + 1, first=k)

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
            part = compound_part_noun(stem_[:1].upper() + stem_[1:])  # "Firmen" -> "Firma"
            return NP(k, k + 1, "description", part, None, True, t)
        if k > 0 and texts[k - 1].lower() in POSSESSIVE:
            pron = "er" if texts[k - 1].lower().startswith("sein") else "sie"
            return NP(k - 1, k + 1, "pronoun", pron, None, False, " ".join(texts[k - 1 : k + 1]))
        if k + 1 < end and texts[k + 1] not in SOURCE_LINKS:
            return bare_genitive(texts, k + 1, end, self.according.words.quantifiers)
        if k + 1 < end and texts[k + 1] in SOURCE_LINKS:
            m = k + 2 if texts[k + 1] in ("von", "aus") else k + 1
            np = self._np(texts, m, end) or genitive_source(texts, m, end)
            if np is None and attribute_end(texts, m, end) > m:
                # "Angaben der in Berlin ansässigen Firma": the noun after the attribute
                np = self._np(texts, attribute_end(texts, m, end), end)
            if np is None and m + 1 < end and texts[m].lower() in ("der", "des"):
                np = self._named_medium(texts, m + 1, end)  # "Bericht der „FAZ“"
            np = np or self._linked_source(texts, m, end)
            if np is not None:
                return dative_plural_name(possessed(np, texts, m), texts, m)
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
        m = a = attribute_end(texts, k, end)
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
        # the extended attribute ("am Montag veröffentlichten") is no part of the name
        name = nominative(
            " ".join([*texts[k : k + (a > k)], *texts[a : m + 1]]) if a > k else mention
        )
        name = name or texts[m]
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
            article = article_of(texts[k].lower())
            named = nominative(" ".join([article, *texts[k + 1 : np.end]]))
            np = dataclasses.replace(np, name=named or np.name)
        return dataclasses.replace(np, start=k, mention=" ".join(texts[k : np.end]))

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
            return dataclasses.replace(genitive_title(named, texts[k - 1]) or named, start=s)
        if k > 1 and texts[k - 1][:1].isupper() and texts[k - 2].lower() in DETS:
            k -= 1  # "der Website ndr.de", "der Zeitung „Welt“": the medium's kind
        if k > 0 and texts[k - 1].lower() in DETS:
            named = dataclasses.replace(named, start=k - 1)
        return named

    def _bare_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """ "laut Gefängnisdirektion 502 Menschen", "laut Verfassung der Präsident": a bare
        capitalised noun right after the marker, when it is somebody (an authority, a law)
        and no genitive names its author; or a news agency written in lower case ("laut
        dpa", lexicon class `agency`)."""
        t = texts[k]
        if t.lower() in self.according.words.agencies:
            return NP(k, k + 1, "name", t, None, True, t)  # "laut dpa", "laut taz"
        if not (t[:1].isupper() and t.replace("-", "").isalpha() and len(t) > 3):
            return None
        if k + 1 < end and texts[k + 1] in ("des", "von", "vom"):
            return None
        if not self.check.is_somebody(t):
            return None
        return NP(k, k + 1, "description", t, None, is_org(t), t)

    def _named_medium(self, texts: list[str], k: int, end: int) -> NP | None:
        """„Welt“, ndr.de, kicker: a quoted title, a web domain or an agency written in lower
        case (according_words.tsv class `agency`) right after the marker."""
        t = texts[k]
        if t in QUOTE_CHARS:
            close = next(
                (m for m in range(k + 1, min(end, k + 7)) if texts[m] in QUOTE_CHARS), None
            )
            if close == k + 2 and _web_domain(texts[k + 1]):
                # "laut „tagesschau.de“": a quoted web address is the medium as written
                return NP(k, close + 1, "name", texts[k + 1], None, True, texts[k + 1])
            if close is not None and close > k + 1 and texts[k + 1][:1].isupper():
                name = " ".join(texts[k + 1 : close])
                tail = quoted_compound_tail(texts, close + 1, end)
                if tail is not None:  # "laut „Bild“-Zeitung": the compound names the medium
                    mention = " ".join(texts[k : close + 3])
                    return NP(k, close + 3, "name", f"{name}-{tail}", None, True, mention)
                if not self.check.is_somebody(name):
                    name = f"„{name}“"  # "Laut „Welt“": a common word names a medium quoted
                return NP(k, close + 1, "name", name, None, True, " ".join(texts[k : close + 1]))
        if len(t) > 2 and t[0] in QUOTE_CHARS and t[-1] in QUOTE_CHARS and t[1:2].isupper():
            tail = quoted_compound_tail(texts, k + 1, end)
            if tail is not None:  # "der „Bild“-Zeitung" with the title merged
                return NP(
                    k, k + 3, "name", f"{t[1:-1]}-{tail}", None, True, " ".join(texts[k : k + 3])
                )
            name = t[1:-1] if self.check.is_somebody(t[1:-1]) else f"„{t[1:-1]}“"
            return NP(k, k + 1, "name", name, None, True, t)  # a merged quoted title
        if len(t) > 2 and t[0] in QUOTE_CHARS and t[-1] in QUOTE_CHARS and _web_domain(t[1:-1]):
            return NP(k, k + 1, "name", t[1:-1], None, True, t)  # a merged quoted address
        if _web_domain(t):
            return NP(k, k + 1, "name", t, None, True, t)
        if t.lower() in self.according.words.agencies:
            return NP(k, k + 1, "name", t, None, True, t)  # "nach Informationen des kicker"
        return None

    def _document_source(self, texts: list[str], k: int, end: int) -> NP | None:
        """The source named after a document noun: "einem Bericht der Zeitung X" -> X, also
        behind an extended attribute ("einer am Dienstag veröffentlichten Mitteilung des X")."""
        m = attribute_end(texts, k, end)
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
            np = genitive_title(np, texts[start]) or self._np(texts, start + 1, end)
        # "eines Berichts des Spiegels": a genitive the parser reads as a common noun
        np = np or genitive_source(texts, start, end)
        return np if np is not None and np.kind != "pronoun" else None

    def _source_doc(self, low: str) -> bool:
        """A document whose author a genitive names ("einem Bericht der Zeitung X"), also as a
        compound ("einem Fernsehbericht des Senders X", "einer dpa-Meldung")."""
        docs = self.vocab.source_docs | ACCORDING_NOUNS | self.vocab.doc_nouns
        return low in docs or (
            low[:1].isalpha()
            and compound_report(low, tuple(self.vocab.source_docs)) is not None
            and low not in self.vocab.opinion_nouns
        )

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
