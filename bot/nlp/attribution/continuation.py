"""Konjunktiv continuation: reported speech goes on in the following sentences without a new
cue ("…, so Rato. Dies sei jedoch …"), as long as their main verb is in the reportative
mood. Konjunktiv I is unambiguous; Konjunktiv II stands in for a Konjunktiv I that would look
indicative ("sie würden sich verständigen", "offen bliebe die Frage"), but the author uses it
too, in conditionals of their own ("wenn …, wäre …"). So Konjunktiv II only continues a
statement right after it, and never in a sentence that states a condition.

The rules are pure functions over a sentence's word texts; the Konjunktiv II forms are data
(lexicons/konjunktiv2.txt) plus the strong-verb forms derived from the lemma table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.nlp.lexicons import words

# a sentence with one of these states a condition or a comparison of its own ("wenn …, wäre
# …", "als ob …", "sonst würde …"): its Konjunktiv II is the author's, not a reported one
CONDITIONAL = frozenset({"wenn", "falls", "sofern", "sonst", "andernfalls", "ob", "gern", "gerne"})
# "soll … gebaut werden" is a plan; "soll … gesagt haben" is hearsay
PLAN_TAIL = frozenset({"werden"})
MODAL_PLAN = frozenset({"soll", "sollen"})
SENTENCE_END = frozenset({".", "!", "?"})
CLAUSE_END = frozenset({",", ";", "–", "—", "("})
RELATIVE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher"})
PREPOSITIONS = frozenset({"in", "bei", "mit", "von", "nach", "an", "auf", "für", "über", "unter"})
# forms the lemma table files under a verb that are no reported Konjunktiv II
NOT_KONJ2 = frozenset({"möchte", "möchten", "möchtest", "möchtet"})
SUBORDINATE = frozenset(
    {"dass", "ob", "weil", "da", "als", "nachdem", "obwohl", "wenn", "falls", "wie"}
    | {"sollte", "sollten"}  # "Sollte der Antrag angenommen werden, …"
)


@dataclass(frozen=True, slots=True)
class Konjunktiv2:
    """Konjunktiv II forms: `forms` (hätte, wäre, bräuchte, …, strong verbs: käme, bliebe),
    `ersatz` (würde: stands for any verb, the most common stand-in for Konjunktiv I)."""

    forms: frozenset[str]
    ersatz: frozenset[str]


def strong_forms(lemma_of: Mapping[str, str], verbs: frozenset[str]) -> frozenset[str]:
    """Konjunktiv II of strong verbs, from a form -> lemma table: a lower-case form in -e/-en
    whose umlaut its infinitive lacks ("käme"/kommen, "stünden"/stehen, "gäbe"/geben). The
    preterite ("kam", "standen") has no umlaut, the present of these verbs no -e ending with
    one ("fährt"), so the umlaut marks the mood. Participles ("gefährdete") are excluded."""
    out: set[str] = set()
    for form, lemma in lemma_of.items():
        if not form[:1].islower() or lemma not in verbs or not form.endswith(("e", "en")):
            continue
        if form.startswith("ge") or len(form) < 4:
            continue
        if any(c in form and c not in lemma for c in "äöü"):
            out.add(form)
    return frozenset(out)


def load_konjunktiv2(derived: Iterable[str] = ()) -> Konjunktiv2:
    """The lexicon's forms (column 2 `ersatz` marks "würde") plus derived strong forms."""
    listed = words("konjunktiv2.txt")
    ersatz = frozenset({"würde", "würden", "würdest", "würdet"})
    return Konjunktiv2((frozenset(derived) | listed | ersatz) - NOT_KONJ2, ersatz)


def is_conditional(texts: Sequence[str]) -> bool:
    """Whether a sentence states a condition or a comparison of its own ("…, wenn …",
    "…, sonst wäre …", "als ob …"): its Konjunktiv II is then the author's."""
    return any(t.lower() in CONDITIONAL for t in texts)


def _main_clause(texts: Sequence[str]) -> list[int]:
    """Word indices of the sentence's first main clause: up to the first comma or dash, across
    a relative clause in commas (", der dann stattfand,"), restarting after a colon
    ("Zwangsabstiege: Juventus soll …"). Empty when the sentence opens with a subordinate
    clause ("Dass er brechen würde, hatte sich …")."""
    if not texts or texts[0].lower() in SUBORDINATE:
        return []
    out: list[int] = []
    k, n = 0, len(texts)
    while k < n:
        t = texts[k]
        if t == ":":
            out = []
        elif t == "," and k + 1 < n and _relative_at(texts, k + 1):
            k = next((j for j in range(k + 1, n) if texts[j] == ","), n)
        elif t in CLAUSE_END or t.lower() in SUBORDINATE:
            break
        else:
            out.append(k)
        k += 1
    return out


def _relative_at(texts: Sequence[str], k: int) -> bool:
    """ "der …", "in dem …", "bei der …": a relative clause starts at k."""
    t = texts[k].lower()
    if t in RELATIVE:
        return True
    return k + 1 < len(texts) and t in PREPOSITIONS and texts[k + 1].lower() in RELATIVE


def konj2_at(texts: Sequence[str], quoted: Sequence[bool], k2: Konjunktiv2) -> int | None:
    """Index of the Konjunktiv II form that is the finite verb of the sentence's first main
    clause (outside quotation marks), if it reports: not in a conditional sentence, not
    verb-first ("Hätte er …, wäre …"), and not "soll … werden" (a plan, not hearsay)."""
    if is_conditional(texts):
        return None
    body = [t for t in texts if t not in SENTENCE_END]
    for k in _main_clause(texts):
        t = texts[k]
        if quoted[k] or (t not in k2.forms and t not in MODAL_PLAN):
            continue
        if k == 0 or texts[k - 1] == ":":
            return None  # a verb-first conditional
        if t in MODAL_PLAN and body and body[-1] in PLAN_TAIL:
            continue
        return k
    return None
