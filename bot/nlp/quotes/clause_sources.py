"""Stage 3a, sources that are no nominative subject: a prepositional source ("hieß es aus
dem Ministerium", "Im Bericht heißt es"), the person a medium quotes ("zitiert der Focus den
Ökonomen X"), a passive's "von" agent, and the unnamed source of an agentless passive ("Es
wird vermutet, dass …").
"""

from __future__ import annotations

from bot.nlp.quotes.base import RulesBase, _adjective_like
from bot.nlp.quotes.grammar import (
    BOUNDARY,
    CAPITAL_ADJECTIVE_ENDINGS,
    DEMONSTRATIVES,
    DETS_LOWER,
    PASSIVE_AUX,
    PREPOSITIONS,
)
from bot.nlp.quotes.subject_words import (
    SEIN,
    web_address,
)
from bot.nlp.speakers import DETS, NP, is_role
from bot.nlp.speakers.agreement import (
    CUE_ADVERBS,
    quoted_object,
)

# prepositions of a text that says something where it stands ("Im Bericht heißt es")
_PLACE_PREPS = frozenset({"in", "im", "auf", "bei", "beim"})


# what links a quoted person's clause to the medium that quotes them ("im „Spiegel“",
# "von der Agentur", "mit den Worten", "gegenüber dem Sender")
MEDIUM_LINKS = frozenset({"in", "im", "von", "vom", "bei", "beim", "mit", "gegenüber", "laut"})


class ClauseSources(RulesBase):
    """Sources named by a prepositional phrase, an object or a passive."""

    def _source_phrase(self, texts: list[str], a: int, b: int) -> NP | None:
        """ "hieß es aus dem Ministerium" / "In einer Mitteilung der Polizei hieß es": the
        source named by a prepositional phrase of the clause."""
        for k in range(a, min(b, len(texts)) - 1):
            low = texts[k].lower()
            if low in ("aus", "von", "vom", "bei", "beim", "seitens"):
                m = k + 1
                np = self._np(texts, m, b)
                if np is not None and np.kind != "pronoun":
                    return np
            if low in ("in", "im") and k + 2 < b:
                m = k + 1
                while m < b and (
                    texts[m] in DETS
                    or texts[m] in ("einer", "einem", "seiner", "ihrer")
                    or (texts[m][:1].islower() and texts[m] not in ("hieß", "heißt"))
                ):
                    m += 1
                if (
                    m + 1 < b
                    and texts[m].lower() in self.vocab.source_docs
                    and texts[m + 1] in ("des", "der", "von", "vom")
                ):
                    np = self._np(texts, m + 2 if texts[m + 1] == "von" else m + 1, b)
                    if np is not None and np.kind != "pronoun":
                        return np
        return None

    def _quoted_person(self, texts: list[str], c: int, b: int) -> NP | None:
        """ "Die Agentur zitiert X mit den Worten: …", "zitiert der Focus den Ökonomen X": the
        quoted person is the speaker, not the medium that quotes."""
        k = c + 1
        while k < b and (texts[k].lower() in self.vocab.lead_skip or texts[k] in CUE_ADVERBS):
            k += 1  # "zitiert dazu Néstor Kirchner"
        if k < b and (texts[k] == "man" or web_address(texts[k])):
            k += 1  # "zitierte man X", "zitiert ndr.de X": the quoting side, not the speaker
        quoted = quoted_object(texts, k, b, self._np)
        if quoted is not None:
            return quoted  # "zitiert einen Augenzeugen mit den Worten"
        if k < b and texts[k] in DETS:
            medium = self._np(texts, k, b, allow_apposition=False)
            if medium is None or texts[medium.end : medium.end + 1] == ["mit"]:
                return None
            k = medium.end
        obj = self._np(texts, k, b)
        if obj is not None and obj.kind == "name" and not obj.org:
            return obj
        return None

    def _quoted_in_passive(self, texts: list[str], a: int, c: int) -> NP | None:
        """The quoted person of a passive "zitiert": "„…“, wird der Minister in der
        „Bild“-Zeitung zitiert", "Der Minister wird im „Spiegel“ mit den Worten zitiert: …".
        The passive's subject (right after a clause-opening auxiliary, else before it) is
        who spoke; the medium that quotes ("in der Zeitung", "von der Agentur") never is."""
        aux = next((k for k in range(a, c) if texts[k].lower() in PASSIVE_AUX), None)
        if aux is None:
            return None
        lo, hi = (aux + 1, c) if aux == a else (a, aux)
        stop = next((k for k in range(lo + 1, hi) if texts[k].lower() in MEDIUM_LINKS), hi)
        np = self._np(texts, lo, stop, allow_apposition=False)
        return np if np is not None and np.start == lo else None

    def _passive_agent(self, texts: list[str], a: int, c: int, lemma: str, end: int) -> NP | None:
        """The agent of a passive speech act: "Die Pläne wurden von Minister X als
        unrealistisch bezeichnet", "Ihm wird von der Opposition Untätigkeit vorgeworfen"."""
        if lemma not in self.vocab.passive_cues or not (c + 1 >= end or texts[c + 1] in BOUNDARY):
            return None
        aux = next((k for k in range(a, c) if texts[k].lower() in PASSIVE_AUX), None)
        if aux is None:
            return None
        for k in range(a, c - 1):  # "Vom Rat wurde beschlossen", "wurde von X bezeichnet"
            if texts[k].lower() == "seitens":  # "Seitens der Regierung wurde betont"
                agent = self._np(texts, k + 1, c, allow_apposition=False)
                return agent if agent is not None and agent.kind != "pronoun" else None
            if texts[k].lower() in ("von", "vom"):
                m = k if texts[k] == "vom" else k + 1  # a capitalised "Vom" is no name part
                agent = self._np(texts, m, c, allow_apposition=False)
                if agent is None and texts[k].lower() == "vom":
                    agent = self._np(texts, k + 1, c, allow_apposition=False)
                if (
                    agent is not None
                    and agent.kind == "description"
                    and texts[agent.start].lower() in DETS
                    and agent.end > agent.start + 2
                    and texts[agent.start + 1][:1].isupper()
                    and texts[agent.start + 2][:1].isupper()
                    and not texts[agent.start + 1].lower().endswith(CAPITAL_ADJECTIVE_ENDINGS)
                ):
                    # "von der Opposition Untätigkeit vorgeworfen": the object is no name
                    agent = self._np(texts, agent.start, agent.start + 2, allow_apposition=False)
                if agent is not None and agent.kind != "pronoun":
                    if agent.kind == "description" and not (
                        agent.org or is_role(agent.name.split()[0])
                    ):
                        return None
                    return agent
        return None

    def agentless_report(self, texts: list[str], a: int, c: int) -> NP | None:
        """ "Es wird vermutet, dass …", "Zudem wurde befürchtet, …": a passive speech or
        opinion participle with no agent and no subject of its own (only the expletive "es",
        a form of "werden" and adverbs before it) reports what is said or believed by
        unnamed people: an unnamed source, never a name from the clause."""
        if c - a < 1 or not texts[c][:1].islower():
            return None
        before = [t.lower() for t in texts[a:c]]
        pluperfect = c + 1 < len(texts) and texts[c + 1] == "worden"  # "war vermutet worden"
        if not any(t in PASSIVE_AUX or (pluperfect and t in SEIN) for t in before):
            return None
        for k, t in enumerate(texts[a:c], a):
            low = t.lower()
            if low in PASSIVE_AUX or low in SEIN or (low == "es" and k <= a + 1):
                continue
            if k == a and t[:1].isupper() and (low in self.vocab.lead_skip or self._adverb(t)):
                continue  # "Zudem wird befürchtet", "Zunächst war vermutet worden"
            if t[:1].islower() and t.isalpha() and low not in DETS and low not in PREPOSITIONS:
                continue  # adverbs: "allgemein", "inzwischen", "auch"
            return None
        es = next((k for k in range(a, c) if texts[k].lower() in ("es", *PASSIVE_AUX)), c)
        return NP(es, es + 1, "anonymous", "anonymous", None, False, " ".join(texts[es : c + 1]))

    def _adverb(self, word: str) -> bool:
        """A capitalised sentence-initial word that is no noun, article or surname of the
        article ("Zunächst", "Gestern"; not "Polizisten")."""
        return (
            word.isalpha()
            and word not in self.tables.nouns
            and word not in self.tables.noun_lemmas
            and word not in self.surnames
            and word.lower() not in DETS
            and not self._common_noun(word)
        )

    def _place_phrase(
        self, texts: list[str], a: int, c: int, preps: frozenset[str] = _PLACE_PREPS
    ) -> NP | None:
        """ "Im Bericht heißt es", "In der Mitteilung des Verbands heißt es": the text that
        says it is the source (its genitive author included)."""
        for k in range(a, c):
            if texts[k].lower() not in preps:
                continue
            m = k + 1
            while m < c and (
                texts[m].lower() in DETS_LOWER | DEMONSTRATIVES or _adjective_like(texts[m])
            ):
                m += 1
            if (
                m >= c
                or not texts[m].rsplit("-", 1)[-1][:1].isupper()  # "documenta-Homepage"
                or texts[m].lower() in self.vocab.place_not_source
            ):
                continue
            e = m + 1
            if e + 1 < c and texts[e] in ("des", "der") and texts[e + 1][:1].isupper():
                e += 2  # "in der Vorabversion des Berichts"
            name = " ".join(texts[m:e])
            return NP(k, e, "description", name, None, True, " ".join(texts[k:e]))
        return None
