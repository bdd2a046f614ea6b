"""A plan reported by the planner's own side is an announcement: "Die Bäckerei Hansen wird ihre
Filiale Ende März schließen, wie Inhaber Jan Hansen mitteilte", "Die Verteidigung will in
Revision gehen, sagte Verteidiger Holger Brandt". The cue is neutral ("mitteilen", "sagen"),
so the act comes from the statement: its main clause has a plan's finite verb
(lexicons/act_plan_finites.txt) and closes in an active infinitive. Whose plan it is matters:
"Russland will die Ukraine erobern, sagte der Minister" reports another side's intention and
stays a claim. Pure functions over a sentence's word texts."""

from __future__ import annotations

from collections.abc import Callable, Collection

from bot.nlp.lexicons import rows, words

PLAN_FINITES = words("act_plan_finites.txt")
# finite verbs whose plan is a zu-infinitive after a comma ("Der Autobauer plant, 1500 Stellen
# abzubauen"; lexicons/act_plan_zu_finites.txt)
PLAN_ZU_FINITES = words("act_plan_zu_finites.txt")
# offices and the institutions they speak for (lexicons/act_plan_heads.tsv)
PLAN_HEADS: dict[str, tuple[str, ...]] = {
    r[0]: tuple(i.lower() for i in r[1].split()) for r in rows("act_plan_heads.tsv")
}
# subject pronouns of the speaker's own side: the first person, and the third, which in a
# statement refers back to its speaker ("Wie das Unternehmen mitteilte, will es …", "Der
# Trainer sagte, er wolle den Verein verlassen")
_OWN_PRONOUNS = frozenset({"wir", "ich", "er", "sie", "es"})
# shortest shared beginning of two words of one family ("Verteidigung", "Verteidiger") and
# shortest word that starts a compound of the other ("Stadt", "Stadtsprecher")
_FAMILY_PREFIX = 7
_COMPOUND_HEAD = 5


def plan_subject(
    texts: list[str],
    lo: int,
    hi: int,
    states: Collection[str],
    lemmatize: Callable[[str], str | None],
    preps: Collection[str],
) -> list[str] | None:
    """The subject's words when texts[lo:hi] is a plan: a V2 main clause whose finite verb is
    a plan's (after its subject, or first after a fronted "Wie X mitteilte," with the subject
    right after it, as after a fronted time phrase: "Im Mai will die Stadt …") and whose
    clause closes in an active infinitive that is no state ("wird … schließen", not "wird …
    geschlossen" or "wird … sein"). None otherwise."""
    end = next((k for k in range(lo, hi) if texts[k] in (",", ";", ":")), hi)
    zu_plan = _zu_plan_subject(texts, lo, hi, end, preps)
    if zu_plan is not None:
        return zu_plan
    finite = next((k for k in range(lo, min(end, lo + 6)) if texts[k] in PLAN_FINITES), None)
    if finite is None or end - finite < 3:
        return None
    last = texts[end - 1]
    if not (last.islower() and last.endswith("n")) or last in states:
        return None
    if lemmatize(last) not in (None, last):
        return None  # a participle ("geschlossen", "aufgenommen"): a passive, no plan
    if finite > lo and texts[lo].lower() not in preps:
        return texts[lo:finite]
    return texts[finite + 1 : finite + 3]


def _zu_plan_subject(
    texts: list[str], lo: int, hi: int, end: int, preps: Collection[str]
) -> list[str] | None:
    """ "Der Autobauer plant, bis 2027 rund 1500 Stellen abzubauen": the clause before the
    comma is a subject and a plan verb that takes a zu-infinitive (lexicons/
    act_plan_zu_finites.txt), and the clause after it closes in one ("abzubauen", "zu
    schließen"). The subject's words, or None."""
    finite = end - 1
    if finite <= lo or texts[finite] not in PLAN_ZU_FINITES or end >= hi or texts[end] != ",":
        return None
    if texts[lo].lower() in preps:
        return None  # "Im Mai plant die Stadt, …": no subject before the verb to compare
    stop = next((k for k in range(end + 1, hi) if texts[k] in (",", ";", ":")), hi)
    last = texts[stop - 1]
    if stop - end < 3 or not (last.islower() and last.endswith("n")):
        return None
    if texts[stop - 2].lower() != "zu" and "zu" not in last[2:-3]:
        return None  # no zu-infinitive closes it
    return texts[lo:finite]


def own_side(subject: list[str], speaker: list[str], spokesperson: bool) -> bool:
    """Whether the speaker speaks for the plan's subject: a pronoun ("wir", "er"); a
    spokesperson without a name of their own ("teilte ein Sprecher mit"); a subject word of
    one family with a word of the speaker's mention ("Bäckerei Hansen" / "Inhaber Jan Hansen",
    "Verteidigung" / "Verteidiger", "Stadt" / "Stadtsprecherin"); or the head of the subject's
    institution ("Gemeinderat" / "Bürgermeister Stefan Roth", lexicons/act_plan_heads.tsv)."""
    if subject and subject[0].lower() in _OWN_PRONOUNS:
        return True
    if spokesperson:
        return True
    nouns = [w for w in subject if w[:1].isupper() and len(w) >= _COMPOUND_HEAD]
    if any(_one_family(a, b) for a in nouns for b in speaker if b[:1].isupper()):
        return True
    return any(_heads(b.lower(), a.lower()) for a in subject for b in speaker if a[:1].isupper())


def _heads(office: str, institution: str) -> bool:
    """Whether a speaker word names the head of an institution word ("Oberbürgermeisterin" /
    "Stadtrat"): its office ends the word (alone or with "-in") and the institution is one
    the office speaks for, alone or as the end of a compound ("Landkreis")."""
    for head, institutions in PLAN_HEADS.items():
        if office.endswith((head, head + "in")):
            return institution.endswith(institutions)
    return False


def _one_family(a: str, b: str) -> bool:
    x, y = sorted((a.lower(), b.lower()), key=len)
    if x == y or (len(x) >= _COMPOUND_HEAD and y.startswith(x)):
        return True
    return len(x) >= _FAMILY_PREFIX and x[:_FAMILY_PREFIX] == y[:_FAMILY_PREFIX]
