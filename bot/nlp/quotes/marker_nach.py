"""The "nach" markers: "nach Angaben der Polizei", "nach eigenen Angaben", "nach Celebis
Angaben", "nach einer dänischen Studie", "Seiner Meinung nach"; "nach" before an article and
an event verb is temporal ("Nach der Erklärung des Ministers kam es zu Protesten").
"""

from __future__ import annotations

import dataclasses

from bot.nlp.cues import ACCORDING_NOUNS
from bot.nlp.quotes.grammar import DEMONSTRATIVES, NACH_ARTICLES, TAIL_WORDS
from bot.nlp.quotes.marker_shapes import after_adjectives, compound_report, time_after
from bot.nlp.quotes.marker_sources import NAMING_LINKS, SourcePhrases
from bot.nlp.quotes.model import MarkerHit
from bot.nlp.roles import nominative
from bot.nlp.speakers import GEN_DETS, NP, POSSESSIVE

ARTICLES = frozenset({"der", "dem", "den", "einer", "einem"})
# adjectives of origin: "russischen", "deutschen", "staatlichen", "örtlichen"
ORIGIN_ENDINGS = ("ischen", "schen", "lichen")
# "eigen" before a report noun in each case and gender: "nach eigenen Angaben", "nach eigener
# Aussage", "nach eigenem Bekunden": the source is the clause's own subject
OWN = frozenset({"eigenen", "eigener", "eigenem"})


def _noun_before(texts: list[str], i: int) -> bool:
    """Whether a noun (a capitalised word not opening the sentence) governs the "nach" at i
    ("Die Nachfrage nach digitalen Medien", "Die Suche nach einem Artikel im Magazin …"):
    then "nach" introduces that noun's object, not a source."""
    return i > 1 and texts[i - 1][:1].isupper() and texts[i - 1].isalpha()


def temporal_nach(texts: list[str], i: int, s1: int, event_verbs: frozenset[str]) -> bool:
    """ "Nach der Erklärung des Ministers kam es zu Protesten": an article before the report
    noun and an event verb as the clause's finite verb (right after the phrase, or right
    before a "nach" inside the clause: "Es kam nach der Rede zu Protesten") make "nach"
    temporal. "Nach Angaben der Polizei kam es zu …" (no article) stays a source."""
    if i + 1 >= len(texts) or texts[i + 1].lower() not in ARTICLES:
        return False
    after = texts[s1].lower() if s1 < len(texts) else ""
    before = texts[i - 1].lower() if i > 0 else ""
    return after in event_verbs or before in event_verbs


class NachMarkers(SourcePhrases):
    """ "nach" + report noun or document, and "Seiner Meinung nach"."""

    def _nach(self, texts: list[str], i: int, end: int) -> MarkerHit | None:
        """ "nach Angaben der Polizei", "nach eigenen Angaben", "nach Celebis Angaben",
        "nach einer dänischen Studie"."""
        k = after_adjectives(texts, i + 1, end, self.vocab.nach_dets | NACH_ARTICLES)
        if k >= end:
            return None
        noun = texts[k].lower()
        if self._media_group(texts, i + 1, k) and not _noun_before(texts, i):
            role = " ".join(texts[i + 1 : k + 1])
            group = NP(i + 1, k + 1, "anonymous", "anonymous", role, False, role)
            return group, (i, k + 1), " ".join(texts[i : k + 1])
        own = texts[k - 1].lower() in OWN and noun in ACCORDING_NOUNS
        if own and (k == i + 2 or self._nach_opening(texts, i + 1, k)):
            # "Die Feuerwehr hat nach eigenen Angaben …", "war nach eigener Aussage …",
            # "nach eigenem Bekunden": the clause's subject
            np = self._np(texts, 0, i)
            if np is not None and np.kind != "pronoun" and np.end <= i:
                return np, (i, k + 1), " ".join(texts[i : k + 1])
            return None
        if not self._nach_opening(texts, i + 1, k):
            return None
        if (
            k + 1 < end
            and texts[k][:1].isupper()
            and texts[k].endswith("s")
            and (
                texts[k + 1].lower() in ACCORDING_NOUNS
                or (texts[k + 1].lower() in self.according.words.intents and self._wills(texts))
            )
        ):
            # "nach Celebis Angaben", "Nach Schäubles Idee": a genitive name before the noun
            np = NP(k, k + 1, "name", texts[k][:-1], None, False, texts[k])
            return np, (i, k + 2), " ".join(texts[i : k + 2])
        if noun in self.according.words.intents:
            return self._intent(texts, i, k, end)
        if (
            noun in self.according.words.published
            and k + 1 < end
            and texts[k + 1] in ("im", "in")
            and not _noun_before(texts, i)
        ):
            # "Nach einer Veröffentlichung im Magazin „Nature“"; alone, "nach der
            # Veröffentlichung" is "after"
            medium = self._published_in(texts, k + 1, end)
            return (medium, (i, medium.end), " ".join(texts[i : k + 1])) if medium else None
        if (
            noun in ACCORDING_NOUNS
            or self._nach_doc(noun)
            or compound_report(noun, self.vocab.compound_report_heads)
            or (self._nach_report(noun) and k + 1 < end and texts[k + 1] in GEN_DETS)
        ):
            src = None if self._nach_doc(noun) else self._according_np(texts, k, end)
            if src is None:
                src = self._nach_source(texts, i + 1, k, end)
            if src is None and not (k + 1 < end and texts[k + 1] in NAMING_LINKS):
                src = self._unnamed_report(texts, k, first=i + 1)
            when = time_after(texts, k + 1, end, self.according.words.time_nouns)
            if src is None and when is not None:
                # "nach Informationen vom späten Abend": a time, not an author
                src = self._unnamed_report(texts, k, first=i + 1)
                src = dataclasses.replace(src, end=when) if src is not None else None
            if src is not None and not temporal_nach(
                texts, i, max(src.end, k + 1), self.according.words.temporal_verbs
            ):
                return src, (i, max(src.end, k + 1)), " ".join(texts[i : k + 1])
        return None

    def _intent(self, texts: list[str], i: int, k: int, end: int) -> MarkerHit | None:
        """ "Nach dem Willen der Regierung soll …", "nach den Vorstellungen des Ministers":
        a plan or wish stated by its holder, who must be named (a genitive, "von", or a
        possessive before the noun), in a sentence that says what should happen (`_wills`);
        "nach dem Wunsch" alone names no one."""
        times = self.according.words.time_nouns
        when = next(
            ((m, t) for m in range(k + 1, end) if (t := time_after(texts, m, end, times))), None
        )
        # "Nach einem Plan der EU vom Sommer 2011 müssen …": the date is no part of the holder
        src = self._report_noun_source(texts, k, when[0] if when else end)
        if src is None or src.kind == "anonymous" or not self._wills(texts):
            return None
        s1 = max(src.end, k + 1) if when is None else when[1]
        if temporal_nach(texts, i, s1, self.according.words.temporal_verbs):
            return None
        return src, (i, s1), " ".join(texts[i : k + 1])

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
        if self._nach_doc(texts[k].lower()) and nxt in ("im", "in"):
            medium = self._published_in(texts, k + 1, end)
            if medium is not None:
                return medium  # "nach einer Studie im Fachblatt „Science“": the journal
        if self._nach_doc(texts[k].lower()) and not (k + 1 < end and texts[k + 1] in TAIL_WORDS):
            phrase = nominative(" ".join(texts[a : k + 1])) or texts[k]
            phrase = " ".join(w for w in phrase.split() if w.lower() not in DEMONSTRATIVES)
            return NP(a, k + 1, "description", phrase, None, True, " ".join(texts[a : k + 1]))
        return None

    def _wills(self, texts: list[str]) -> bool:
        """Whether a sentence states what should happen (a modal or "werden": lexicon class
        `intent_verb`), as a plan or wish after "Nach dem Willen/Vorschlag der X" does
        ("… soll die Steuer sinken"); else "nach" is "after" ("Nach dem Vorschlag der
        Kommission stimmte das Parlament ab")."""
        verbs = self.according.words.intent_verbs
        return any(t.lower() in verbs for t in texts)

    def _media_group(self, texts: list[str], a: int, k: int) -> bool:
        """ "nach palästinensischen Medien", "nach Staatsmedien": media named only by their
        origin (adjectives in -ischen/-schen/-lichen, no article: "nach den Medien" may be
        "after", "nach digitalen Medien" names a kind) are an unnamed source; plain
        "Medien" needs such an adjective before it (lexicon class `media`)."""
        low = texts[k].lower()
        if any(not t.lower().endswith(ORIGIN_ENDINGS) for t in texts[a:k]):
            return False  # "nach digitalen Medien": a kind of media, not whose
        groups = self.according.words.media_groups
        return (low in groups and k > a) or any(
            low.endswith(g) and len(low) > len(g) + 2 for g in groups
        )

    def _published_in(self, texts: list[str], k: int, end: int) -> NP | None:
        """The medium after "im"/"in der" at k that published a document ("im Fachblatt
        „Science“", "in der Zeitschrift „Nature“"): a medium noun (lexicon class `medium`,
        also as the end of a compound: "Wissenschaftsmagazin") and its quoted title."""
        m = k + 1
        if texts[k] == "in" and m < end and texts[m].lower() in ("der", "dem", "einer", "einem"):
            m += 1
        elif texts[k] != "im":
            return None
        media = self.according.words.media
        if m + 1 >= end or not any(texts[m].lower().endswith(h) for h in media):
            return None
        return self._named_medium(texts, m + 1, end)

    def _nach_report(self, low: str) -> bool:
        """A compound report after "nach" ("nach einem Fernsehbericht des Senders X"); the
        plain nouns and event compounds are left out ("nach dem Urteil des Gerichts": after)."""
        return (
            low[:1].isalpha()
            and low not in self.vocab.source_docs
            and compound_report(low, self.vocab.nach_report_heads) is not None
        )

    def _nach_doc(self, low: str) -> bool:
        """A document that is a source in its own right after "nach" ("nach einer Studie",
        "nach dem Grundgesetz"), or a compound of one ("nach einem EU-Dokument", "nach dem
        Reichsvermögensgesetz")."""
        if low in ACCORDING_NOUNS or low in self.vocab.opinion_nouns:
            return False  # "nach Einschätzung": an opinion, its holder follows
        return low in self.vocab.nach_docs or (
            low[:1].isalpha() and compound_report(low, self.vocab.nach_doc_heads) is not None
        )

    def _nach_opening(self, texts: list[str], a: int, k: int) -> bool:
        """Adjectives without a determiner open only a report noun ("nach israelischen
        Militärangaben"): "nach eingehenden Untersuchungen" is "after", and "nach anderen
        Angaben 110" offers an alternative figure, not a source."""
        if k == a or texts[a].lower() in self.vocab.nach_dets | NACH_ARTICLES:
            return True
        if any(t.lower() in self.according.words.others for t in texts[a:k]):
            return False
        noun = texts[k].lower()
        return noun.endswith("angaben") or noun in self.according.words.bare_reports

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
