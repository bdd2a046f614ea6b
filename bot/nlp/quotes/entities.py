"""Stage 5: the document's persons and groups; pronouns, role nouns and
spokespersons resolved to the person or organisation named before.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.grammar import ORG_TAIL, SPOKES_LINK
from bot.nlp.quotes.model import Attribution, DocState, Word
from bot.nlp.roles import leading_article, nominative
from bot.nlp.speakers import DETS, NP, is_org, is_role


def spokesperson_of(role: str | None, spokespersons: frozenset[str]) -> tuple[str, str] | None:
    """ "Ein Sprecher des Finanzministeriums" names its source: the ministry, with the
    spokesperson as its role. Only a nameless member ("ein Experte der Uni") stays anonymous."""
    words = (role or "").split()
    if len(words) < 3 or words[0].lower() not in spokespersons:
        return None
    link = words[1].lower()
    if link not in SPOKES_LINK:
        return None
    org: list[str] = []
    for w in words[2:]:
        if w.lower() in ORG_TAIL or w.lower() in ("und", "sowie", "oder"):
            break
        org.append(w)
    if not org or not org[-1][:1].isupper():
        return None
    name = nominative(" ".join(org), SPOKES_LINK[link])
    return (name, words[0]) if name else None


def gender_of(role: str | None) -> str | None:
    """Grammatical gender of a role noun: "Sprecherin" -> f, "Sprecher" -> m, None if unknown."""
    if not role:
        return None
    head = role.split()[0].lower()
    if head.endswith(("in", "innen")) and not head.endswith(("chin", "lin")):
        return "f"
    if head.endswith(("frau", "dame")):
        return "f"
    return "m"


class Entities(RulesBase):
    """Stage 5: the document's persons and groups; pronouns, role nouns and
    spokespersons resolved to the person or organisation named before."""

    def _resolve(
        self, at: Attribution, state: DocState, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        """The speaker of an attribution, or (None, None) when it is nobody: an abstract
        noun, a number phrase or a pronoun without antecedent is a parsing error, and a
        missing speaker is better than a wrong one."""
        speaker, role = self._resolve_np(at, state, words)
        if speaker is None or not self.check.is_somebody(speaker):
            return None, None
        return speaker, role

    def _resolve_np(
        self, at: Attribution, state: DocState, words: Sequence[Word]
    ) -> tuple[str | None, str | None]:
        np = at.np
        if np is None:
            return None, None
        if np.kind == "pronoun":
            verb = at.cue.split()[0].lower() if at.cue else ""
            plural = np.name == "sie" and verb.endswith(("ten", "en")) and not verb.startswith("ge")
            if plural and state.groups:
                return state.groups[-1], None  # "Sie forderten, …": the last group or institution
            previous = self._previous_subject(np.name, state)
            if previous is not None:
                return previous
            want = "m" if np.name == "er" else "f"
            for name, role, gender in reversed(state.persons):
                if gender in (want, None):
                    return name, role
            if np.name == "sie" and state.groups:
                return state.groups[-1], None
            if state.chain is not None:
                return state.chain[0], state.chain[1]
            return np.name, None  # unresolved: keep the pronoun as written
        if np.kind == "anonymous":
            role = nominative(np.role, leading_article(np.mention, np.role))
            spoke = spokesperson_of(role, self.vocab.spokespersons)
            if spoke is not None:
                return spoke  # the organisation speaks through its unnamed spokesperson
            return "anonymous", role
        if np.kind == "description" and np.name.lower().endswith(self.vocab.unnamed_heads):
            return "anonymous", np.mention  # "aus Regierungskreisen", "Quellen im Ministerium"
        linked = self._linked_person(np, state)
        if linked is not None:
            return linked
        self._remember(np, state)
        role = nominative(np.role, leading_article(np.mention, np.role))
        if np.org or np.kind == "description":
            return nominative(np.name, leading_article(np.mention, np.name)), role
        return np.name, role

    def _note_subject(
        self, at: Attribution, speaker: str | None, role: str | None, state: DocState, si: int
    ) -> None:
        """Remember a described speaker ("Der Betreiber dementiert …") with the gender its
        article shows, so that "Er beschuldigt …" in the next sentence is that subject and
        not a person named further back."""
        np = at.np
        if speaker is None or np is None or np.kind != "description" or np.plural:
            return
        article = np.mention.split()[0].lower() if np.mention else ""
        gender = {"der": "m", "die": "f"}.get(article)
        if gender is not None and not at.passive:
            state.subject = (speaker, role, gender, si)

    def _previous_subject(self, pronoun: str, state: DocState) -> tuple[str, str | None] | None:
        """The described subject of this or the previous sentence when its gender fits."""
        subj = state.subject
        want = "m" if pronoun == "er" else "f"
        if subj is None or subj[2] != want or state.sentence - subj[3] > 1:
            return None
        return subj[0], subj[1]

    def _linked_person(self, np: NP, state: DocState) -> tuple[str, str | None] | None:
        """ "Der 61-Jährige sagte", "Der Sprecher fügte hinzu": a definite age noun or
        spokesperson without a name stands for the person named before (for an age: the last
        person of that gender; for a spokesperson: the last one with that role)."""
        words = np.mention.split()
        if np.kind != "description" or len(words) != 2 or words[0].lower() not in ("der", "die"):
            return None
        head = words[1]
        gender = "m" if words[0].lower() == "der" else "f"
        age = head.endswith(("-Jährige", "-jährige"))
        if not age and not head.lower().endswith(("sprecher", "sprecherin")):
            # other role nouns ("der Minister") stay as written: measured on gnqa, linking
            # them picked the wrong holder of the role too often ("der Papst")
            return None
        for name, role, g in reversed(state.persons):
            if name == np.name or " " not in name:
                continue
            if age and g in (gender, None):
                return name, role
            if not age and role and role.split()[0].lower().endswith(head.lower()):
                return name, role
        return None

    def _target_name(self, np: NP | None, state: DocState, words: Sequence[Word]) -> str | None:
        """The accused as a canonical name: a pronoun resolves like a speaker would, a noun
        phrase reads in the nominative ("dem Präsidenten" -> "Präsident")."""
        if np is None:
            return None
        if np.kind == "pronoun":
            # only a person of the pronoun's gender: an accused is never guessed
            want = "m" if np.name == "er" else "f"
            return next((n for n, _, g in reversed(state.persons) if g == want), None)
        if np.org or np.kind == "description":
            return nominative(np.name, leading_article(np.mention, np.name)) or np.name
        return np.name

    def _remember(self, np: NP, state: DocState) -> None:
        if np.kind == "name" and not np.org:
            state.persons.append((np.name, np.role, gender_of(np.role)))
        elif np.kind == "description":
            state.groups.append(np.name)
            head = np.name.split()[0]
            if is_role(head) and not np.plural and not is_org(np.name.split()[-1]):
                state.persons.append((np.name, None, gender_of(head)))

    def mentions(self, words: Sequence[Word], state: DocState) -> None:
        """Persons and organisations introduced without a cue ("Landrat Peter Hoffmann
        besuchte …", "geführt von Telesforo Santillan", "hat die Gewerkschaft abgelehnt") so
        that a later "er"/"sie" finds them instead of staying a bare pronoun."""
        texts = [w.text for w in words]
        n = len(texts)
        for i in range(n - 1):
            if words[i].inq or not texts[i][:1].isupper():
                continue  # roles, names and organisations are capitalised: skip the rest fast
            if is_role(texts[i]) or self._full_name_at(texts, i):
                np = self._np(texts, i, n, allow_apposition=False)
                if np is not None and np.kind != "name" and i > 0 and texts[i - 1] in DETS:
                    # "die Fraktionschefin der Grünen, Renate Künast,": the apposed name
                    np = self._np(texts, i - 1, n, allow_apposition=True)
                if np is not None and np.kind == "name" and not np.org:
                    state.persons.append((np.name, np.role, gender_of(np.role)))
            elif i > 0 and texts[i - 1].lower() in ("der", "die", "das") and is_org(texts[i]):
                np = self._np(texts, i - 1, n, allow_apposition=False)
                if np is not None and np.org and not np.plural:
                    state.groups.append(nominative(np.name, "die") or np.name)

    def _full_name_at(self, texts: list[str], i: int) -> bool:
        """Two capitalised words inside a sentence that are no common nouns: a full name."""
        if i == 0 or i + 1 >= len(texts):
            return False
        a, b = texts[i], texts[i + 1]
        t = self.tables
        return (
            a[:1].isupper()
            and b[:1].isupper()
            and a.isalpha()
            and texts[i - 1].lower() not in DETS
            and not any(w in t.nouns or w in t.noun_lemmas or w.lower() in t.lowers for w in (a, b))
        )
