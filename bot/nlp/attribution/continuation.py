"""Konjunktiv continuation: reported speech goes on in the following sentences without a new
cue ("…, so Rato. Dies sei jedoch …"), as long as their main verb is in the reportative
mood. Konjunktiv I is unambiguous; Konjunktiv II stands in for a Konjunktiv I that would look
indicative ("sie würden sich verständigen", "offen bliebe die Frage"), but the author uses it
too, in conditionals of their own ("wenn …, wäre …"). So Konjunktiv II only continues a
statement right after it, and a sentence that states a condition only when it directly
follows the statement in the same paragraph (the speaker's own condition: "…, so Richter.
Nach Ostern würden die Streiks fortgesetzt, wenn …").

Which sentence may continue depends on how far it is from the statement and how unambiguous
its mood is (`may_continue`): right after the statement any reportative form does; the modal
Konjunktiv II (könnte, müsste, dürfte, sollte) only when the statement itself was in
Konjunktiv, since the author speculates with these too; after a narrative sentence in between
(or a paragraph break) only an unambiguous Konjunktiv I auxiliary (sei, habe, werde, könne …)
keeps the statement going. spaCy's `Token.morph` (Mood=Sub) would give the mood, but the
blank German pipeline the project runs has no morphologizer (`morph` is empty), so the forms
come from lexicons and the lemma table.

The rules are pure functions over a sentence's word texts; the forms are data
(lexicons/konjunktiv2.txt, konjunktiv2_modal.txt, konjunktiv1_auxiliaries.txt) plus the
strong-verb forms derived from the lemma table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from bot.nlp.attribution.acts import opens_question
from bot.nlp.lexicons import rows, words

# a sentence with one of these states a condition or a comparison of its own ("wenn …, wäre
# …", "als ob …", "sonst würde …"): its Konjunktiv II is the author's, not a reported one
CONDITIONAL = frozenset({"wenn", "falls", "sofern", "sonst", "andernfalls", "ob", "gern", "gerne"})
# the words that state a condition (not "gern", a wish, nor "ob", a question)
CONDITION = frozenset({"wenn", "falls", "sofern", "sonst", "andernfalls"})
# a verb-first condition that reads like a conjunction ("Sollte der Antrag scheitern, …")
CONDITION_VERBS = frozenset({"sollte", "sollten"})
# what closes the clause of a participle at the end of its verb bracket
CLAUSE_CLOSE = frozenset({",", ".", ";", ":", "!", "?", "–", "—"})
# "als erwartet", "wie angekündigt": a comparison with what was expected or announced
COMPARISON = frozenset({"als", "wie"})
# "Kritik kam von …", "Lob gab es aus …": the verbs of a reaction and the words before its source
REACTION_VERBS = frozenset({"kam", "kamen", "kommt", "kommen", "gab", "gibt"})
REACTION_SOURCE = frozenset({"von", "vom", "aus", "seitens"})
# "soll … gebaut werden" is a plan; "soll … gesagt haben" is hearsay
PLAN_TAIL = frozenset({"werden"})
MODAL_PLAN = frozenset({"soll", "sollen"})
# "…, so der Minister": the punctuation before and the articles after a "so" source
SO_OPENERS = frozenset({",", "–", "—"})
SO_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer"})
# "sollte … beteiligt gewesen sein": hearsay in the past with a participle before the tail
PAST_HEARSAY = frozenset({"sollte", "sollten"})
PARTICIPLE_AUX = frozenset({"gewesen", "worden", "gehabt"})
# Konjunktiv forms of "sein", the auxiliary of the passive and of the perfect of verbs of
# motion or change ("sei gewarnt worden", "sei davon ausgegangen", "wären bekannt geworden")
SEIN_AUXILIARIES = frozenset({"sei", "seien", "wäre", "wären"})
# what closes the verb bracket behind such a participle
BRACKET_CLOSE = frozenset({"worden", "gewesen", "geworden"})
# the auxiliary that closes a perfect infinitive ("getan haben", "gewesen sein")
PERFECT_TAIL = frozenset({"haben", "sein"})
SENTENCE_END = frozenset({".", "!", "?"})
# the demonstrative subjects that point back to a whole statement ("Das würde bedeuten, …")
DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})
# the subject pronoun that points back to a man (or a speaker of unknown gender)
HE = frozenset({"er", "Er"})
CLAUSE_END = frozenset({",", ";", "–", "—", "("})
RELATIVE = frozenset(
    {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher"}
)
# relative pronouns that are also articles ("…, die er nannte" / "…, die Züge seien …")
ARTICLE_LIKE = frozenset({"der", "die", "das", "dem", "den"})
PREPOSITIONS = frozenset({"in", "bei", "mit", "von", "nach", "an", "auf", "für", "über", "unter"})
# other words of a verbless fronted phrase ("im Osten des Landes", "in Stadt und Land")
FUNCTION_WORDS = frozenset({"des", "im", "am", "vom", "zum", "zur", "beim", "und", "aus"})
# the articles before an attribute in such a phrase ("des amtierenden Präsidenten")
ATTRIBUTE_OPENERS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem"}
)
# adjectives of origin or place in such a phrase ("in der chinesischen Provinz")
ORIGIN = ("ischen", "schen", "lichen")
# forms the lemma table files under a verb that are no reported Konjunktiv II
NOT_KONJ2 = frozenset({"möchte", "möchten", "möchtest", "möchtet"})
# a complement clause: its Konjunktiv is the mood of the clause, not of the main clause
COMPLEMENTISERS = frozenset({"dass", "ob"})
# a passive main clause names no agent ("Zwölf Menschen wurden verletzt, die Verletzten seien …")
PASSIVE = frozenset({"wurden", "wird"})
# a free relative clause fronted as the subject ("Was die Leute wollten, sei …")
FREE_RELATIVE = frozenset({"was", "wer", "wo", "wie"})
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
    # könnte, müsste, dürfte, sollte: reportative only inside a statement in Konjunktiv
    modal: frozenset[str] = frozenset()
    # sei, habe, werde, könne …: Konjunktiv I forms no indicative shares
    auxiliaries: frozenset[str] = frozenset()
    # bedeuten, heißen, Folge: "Das würde bedeuten, …" draws the author's consequence
    consequences: frozenset[str] = frozenset()
    # machten, lebten, gingen: plurals the preterite shares (`past_plurals`)
    past: frozenset[str] = frozenset()
    # "viele", "manche": a claim about a group; "seit", "noch immer": a state that lasts
    # (`past_at`, lexicons/konjunktiv2_past_states.tsv)
    past_groups: frozenset[str] = frozenset()
    past_lasting: frozenset[str] = frozenset()


# how a sentence without a cue of its own shows that it reports: it opens a quotation, has an
# unambiguous Konjunktiv I auxiliary, another Konjunktiv I form, hearsay "soll" with a perfect
# infinitive, a reportative Konjunktiv II or "soll", a modal Konjunktiv II, or a Konjunktiv II
# in a sentence that states a condition
ReportKind = Literal[
    "quoted", "k1-aux", "k1", "hearsay", "k2", "modal", "conditional", "k2-past", "fronted"
]


@dataclass(frozen=True, slots=True)
class Step:
    """Where a sentence stands relative to the running statement: `gap` sentences after it,
    in a new paragraph or not, whether the statement itself was in Konjunktiv and whether
    it quoted the speaker's words."""

    gap: int
    new_paragraph: bool
    reportative: bool
    # whether the statement quotes the speaker's words
    quoted: bool = False


def may_continue(kind: ReportKind, step: Step) -> bool:
    """Whether a sentence of this kind continues the running statement. Right after it any
    reportative form does (a modal Konjunktiv II only inside a Konjunktiv statement, the
    ambiguous -e forms not across a paragraph break, a conditional only in the same paragraph:
    measured on gnqa train+dev, 6 of 7 such conditionals were the speaker's); one sentence
    later only an unambiguous Konjunktiv I auxiliary or hearsay "soll … haben/sein" in the
    same paragraph (measured on gnqa train: quotations and other forms there belonged to
    someone else more often than not). Measured again on gnqa train+dev and left out: the
    auxiliary one sentence later across a paragraph break (8 gained, 9 wrong, 1 lost), a
    modal Konjunktiv II right after an indicative statement (9 gained, 11 wrong), a plan
    "soll … werden" right after a statement (8 gained, 14 wrong). A plural Konjunktiv II
    that the preterite shares ("k2-past": "Viele Familien lebten seit Generationen …")
    continues only right after a statement in Konjunktiv or a quotation, in the same
    paragraph: after any statement, without the group-and-lasting condition of `past_at`,
    it gained 3 and added 48 wrong on gnqa train+dev, whose narration is in the preterite.
    A condition fronted before a Konjunktiv II main clause ("fronted": "Sollte der Regen
    anhalten, könnten …") continues only right after a statement in Konjunktiv, in the same
    paragraph. Measured again in session 16 on gnqa train+dev and left out: "k2-past"
    without the group-and-lasting condition right after a Konjunktiv statement (1 gained,
    12 wrong), a modal Konjunktiv II right after a statement with a quotation in it (1
    gained, 3 wrong: "sollte" is mostly the preterite), a Konjunktiv I auxiliary three
    sentences after the statement (1 gained, 2 wrong), any Konjunktiv I form two sentences
    after it (1 gained, 1 wrong)."""
    if kind == "k2-past":
        return step.gap == 1 and not step.new_paragraph and (step.reportative or step.quoted)
    if kind == "fronted":
        return step.gap == 1 and not step.new_paragraph and step.reportative
    if step.gap == 1:
        if kind == "modal":
            return step.reportative
        if kind == "conditional":
            return not step.new_paragraph
        return not (kind == "k1" and step.new_paragraph)
    return step.gap == 2 and kind in ("k1-aux", "hearsay") and not step.new_paragraph


def so_source_at(texts: Sequence[str]) -> int | None:
    """Index of a "so" after a comma or dash that opens a source of the sentence's own ("…,
    so die Untersuchungsergebnisse eines Richters, seien …", "…, so der Health Service"):
    an article or a capitalised word follows. The marker stage may fail to read that source,
    but the sentence then still names one, so it continues no running speaker. Not "…, so
    dass …", "…, so wurde …" (a lower-case word follows)."""
    for k in range(1, len(texts) - 1):
        if texts[k].lower() != "so" or texts[k - 1] not in SO_OPENERS:
            continue
        nxt = texts[k + 1]
        if nxt.lower() in SO_ARTICLES or (nxt[:1].isupper() and nxt.isalpha()):
            return k
    return None


def put_question(texts: Sequence[str], quoted: Sequence[bool]) -> bool:
    """Whether a sentence is a question put to the speaker that stands alone ("Ob er sich
    ungerecht behandelt fühle?", "Warum das Team verloren habe?"): it opens with "ob" or an
    interrogative, keeps its verb at the end and closes with a question mark, all outside
    quotation marks. A subordinate clause without a main clause is the reporter's question
    in an interview report; the speaker's answer follows it, so it states nothing of the
    speaker's own, and the running statement goes on behind it. Not "Ob die Reform komme,
    sei offen." (a main clause follows), nor a quoted question. The words that open a
    question are those of the speech-act rules (`acts.opens_question`)."""
    n = len(texts)
    if n < 3 or texts[-1] != "?" or quoted[0] or quoted[-1] or quoted[-2]:
        return False
    return opens_question(texts[0]) and texts[-2][:1].islower()


def reaction_source_at(texts: Sequence[str], nouns: frozenset[str]) -> int | None:
    """Where the source of a reaction starts in a sentence like "Kritik kam von der
    Opposition", "Scharfer Widerspruch kommt vom Bund der Steuerzahler", "Lob gab es auch
    aus der Wirtschaft": a reaction noun (lexicons/quote_reaction_nouns.txt) opens the
    sentence within its first three words, a form of "kommen"/"geben" follows, and the
    source is the phrase after the first "von", "vom", "aus" or "seitens" behind the verb.
    The sentence names who reacted without a statement of its own: the running statement
    ends there, and a Konjunktiv sentence after it is that source's. None when the sentence
    has no such shape ("Die Kritik kam überraschend", "Der Minister kam von einer Reise")."""
    noun = next(
        (k for k, t in enumerate(texts[:3]) if t.lower() in nouns and t[:1].isupper()), None
    )
    if noun is None:
        return None
    verb = next((k for k in range(noun + 1, len(texts)) if texts[k] in REACTION_VERBS), None)
    if verb is None:
        return None
    for k in range(verb + 1, len(texts) - 1):
        if texts[k] in SENTENCE_END or texts[k] == ",":
            return None
        if texts[k] in REACTION_SOURCE:
            return k + 1
    return None


def names_again(texts: Sequence[str], speaker: str, gender: str | None) -> bool:
    """Whether a sentence (its words outside quotation marks) refers to the running speaker
    again: by the last word of the name ("Pflugbeil war mehrmals in Japan") or by "er" when
    the speaker is not known to be a woman ("Im Besonderen hat er junge Leute im Verdacht").
    A narrative sentence about the speaker keeps the story with them, so a Konjunktiv
    sentence right after it still reports what they said."""
    if not speaker:
        return False
    if speaker.split()[-1] in texts:
        return True
    return gender != "f" and any(t in HE for t in texts)


def named_again(
    texts: Sequence[str], persons: Sequence[tuple[str, str | None, str | None]]
) -> tuple[str, str | None] | None:
    """The one person met before whom a sentence names again by the last word of their name
    ("Mit Kritik an der Videoüberwachung hält sich Gall zurück", "Trotz sinkender Zahlen
    gibt ROG keine Entwarnung"), with their role; None when it names nobody known or more
    than one ("Am Abend traf Weber die Abgeordnete Lang"). With no statement running, such
    a sentence turns the story back to that person, and a Konjunktiv I sentence right after
    it reports them, as after a sentence that introduces a new person."""
    words = set(texts)
    found = {(name, role) for name, role, _ in persons if name.split()[-1] in words}
    return found.pop() if len(found) == 1 else None


def perfect_infinitive(texts: Sequence[str], i: int) -> bool:
    """Whether the word at i is a participle in a perfect infinitive that closes its clause
    ("… Briefe geschrieben haben .", "… gesagt haben soll"): no finite verb, so no speech
    act of the sentence's own. Not "sagte sein Sprecher", where "sein" opens a noun
    phrase."""
    if i + 1 >= len(texts) or texts[i + 1] not in PERFECT_TAIL:
        return False
    after = texts[i + 2] if i + 2 < len(texts) else "."
    return not after[:1].isalnum() or after in MODAL_PLAN


def under_konj1_auxiliary(texts: Sequence[str], word: str, auxiliaries: frozenset[str]) -> bool:
    """Whether `word` closes its clause behind a Konjunktiv I auxiliary somewhere in the
    sentence (`closes_konj1_clause`)."""
    return any(
        t == word and closes_konj1_clause(texts, k, auxiliaries) for k, t in enumerate(texts)
    )


def closes_konj1_clause(texts: Sequence[str], k: int, auxiliaries: frozenset[str]) -> bool:
    """Whether the word at k closes its clause behind a Konjunktiv I auxiliary of that clause
    ("Sie habe darüber mit dem Kanzler gesprochen.", "Er sei dazu nicht befragt worden,"):
    the participle's finite verb is the auxiliary, so it is in Konjunktiv too. Not "Das
    Opfer sei tot, sagte der Arzt", where a comma parts the two, nor a participle that does
    not close its clause ("Er habe gesprochen und …")."""
    if k == 0 or k + 1 >= len(texts) or texts[k + 1] not in CLAUSE_CLOSE:
        return False
    j = k - 1
    while j >= 0 and texts[j] not in CLAUSE_CLOSE:
        if texts[j] in auxiliaries:
            return True
        j -= 1
    return False


def under_sein_auxiliary(texts: Sequence[str], i: int) -> bool:
    """Whether the speech verb at i is a participle that closes its verb bracket behind a
    Konjunktiv "sei"/"seien"/"wäre"/"wären" of the same clause ("Lindholm sei gefürchtet
    gewesen", "Der Plan sei im Rat kritisiert worden", "Die Zahl sei bekannt geworden."):
    a passive or a perfect of "sein", so the clause's subject is what was feared or
    criticised, not somebody who speaks, and the finite verb is in the mood of the running
    report. Not "Das sei gut, erklärte sie" (a comma parts them), nor a finite verb after
    the auxiliary ("Die Lage sei ernst und sie sagte …": a bracket-closing word must follow
    the participle)."""
    nxt = texts[i + 1] if i + 1 < len(texts) else "."
    if not texts[i][:1].islower() or not (nxt in CLAUSE_CLOSE or nxt in BRACKET_CLOSE):
        return False
    for k in range(i - 1, max(-1, i - 10), -1):
        if texts[k] in CLAUSE_CLOSE:
            return False
        if texts[k] in SEIN_AUXILIARIES:
            return True
    return False


def compared(texts: Sequence[str], i: int) -> bool:
    """Whether the speech verb at i is a participle of comparison right after "als" or "wie"
    ("Die Reparatur sei aufwendiger als erwartet", "Die Brücke werde wie angekündigt
    freigegeben", "wie berichtet"): it names no speaker and states nothing, so a Konjunktiv
    sentence with it still has no source of its own. Not "…, wie der Sprecher erklärte",
    where a subject stands between the two."""
    return 0 < i < len(texts) and texts[i - 1] in COMPARISON and texts[i][:1].islower()


def strong_forms(lemma_of: Mapping[str, str], verbs: frozenset[str]) -> frozenset[str]:
    """Konjunktiv II of strong verbs, from a form -> lemma table: a lower-case form in -e/-en
    whose umlaut its infinitive lacks ("käme"/kommen, "stünden"/stehen, "gäbe"/geben). The
    preterite ("kam", "standen") has no umlaut, the present of these verbs no -e ending with
    one ("fährt"), so the umlaut marks the mood. Participles ("gefährdete") are excluded, and
    so are infinitives the table files under another verb ("führen" under "fahren")."""
    out: set[str] = set()
    for form, lemma in lemma_of.items():
        if not form[:1].islower() or lemma not in verbs or not form.endswith(("e", "en")):
            continue
        if form in verbs:
            continue
        if form.startswith("ge") or len(form) < 4:
            continue
        if any(c in form and c not in lemma for c in "äöü"):
            out.add(form)
    return frozenset(out)


def past_plurals(lemma_of: Mapping[str, str], verbs: frozenset[str]) -> frozenset[str]:
    """Plural Konjunktiv II forms the preterite shares, from a form -> lemma table: weak
    verbs ("machten"/machen, "arbeiteten"/arbeiten, "handelten"/handeln) and strong verbs
    whose preterite vowel takes no umlaut ("gingen"/gehen, "blieben"/bleiben, "hielten"/
    halten). In reported speech they stand in for a plural Konjunktiv I that looks
    indicative ("Viele Familien leben …" -> "Viele Familien lebten …"), but the author
    narrates with them too, so they continue a statement only right after it
    (`may_continue`). Infinitives ("warten") and participles ("gewartet", "geblieben") are
    left out."""
    out: set[str] = set()
    for form, lemma in lemma_of.items():
        if not form[:1].islower() or lemma not in verbs or form in verbs:
            continue
        if form.startswith("ge") or not form.endswith("en") or len(form) < 5:
            continue
        if lemma.endswith("en"):
            weak = form in (lemma[:-2] + "ten", lemma[:-2] + "eten")
        else:
            weak = form == lemma[:-1] + "ten"
        if weak or _strong_past(form, lemma):
            out.add(form)
    return frozenset(out)


def _strong_past(form: str, lemma: str) -> bool:
    """Whether a plural form of a strong verb is its preterite with a vowel that takes no
    umlaut in Konjunktiv II ("gingen", "blieben", "hielten", "riefen"): its stem vowel is
    "i" or "ie", unlike its infinitive's ("gehen", "halten"; not "bitten"/"baten")."""
    stem = form[:-2]
    vowel = next((stem[k:] for k in range(len(stem)) if stem[k] in "aeiouäöü"), "")
    return vowel.startswith(("i", "ie")) and not lemma.startswith(
        stem[: len(stem) - len(vowel) + 2]
    )


def load_konjunktiv2(derived: Iterable[str] = (), past: Iterable[str] = ()) -> Konjunktiv2:
    """The lexicon's forms plus derived strong forms and "würde" (the stand-in for any verb),
    the modal forms, the Konjunktiv I auxiliaries and the plurals the preterite shares."""
    listed = words("konjunktiv2.txt")
    ersatz = frozenset({"würde", "würden", "würdest", "würdet"})
    return Konjunktiv2(
        (frozenset(derived) | listed | ersatz) - NOT_KONJ2,
        ersatz,
        words("konjunktiv2_modal.txt"),
        words("konjunktiv1_auxiliaries.txt"),
        words("konjunktiv2_consequences.txt"),
        frozenset(past),
        *_past_states(),
    )


def _past_states() -> tuple[frozenset[str], frozenset[str]]:
    """The group and lasting words of lexicons/konjunktiv2_past_states.tsv."""
    table = rows("konjunktiv2_past_states.tsv")
    return (
        frozenset(w for c, w in table if c == "group"),
        frozenset(w for c, w in table if c == "lasting"),
    )


def is_conditional(texts: Sequence[str]) -> bool:
    """Whether a sentence states a condition or a comparison of its own ("…, wenn …",
    "…, sonst wäre …", "als ob …"): its Konjunktiv II is then the author's."""
    return not CONDITIONAL.isdisjoint(map(str.lower, texts))


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
        elif t in CLAUSE_END or (t.lower() in SUBORDINATE and t not in CONDITION_VERBS):
            break  # "sollte" opens a condition only verb-first ("Sollte …, …"), not mid-clause
        else:
            out.append(k)
        k += 1
    return out


def _relative_opens(texts: Sequence[str], k: int) -> bool:
    """ "…, die er kritisiere": a relative clause starts at k; not "…, die Züge seien …",
    where the article opens the subject of a clause of its own."""
    if not _relative_at(texts, k):
        return False
    if texts[k].lower() not in ARTICLE_LIKE or k + 1 >= len(texts):
        return True  # "dessen Ausmaße", "an dem Benedikt …": always a relative clause
    return not texts[k + 1][:1].isupper()


def verbless(phrase: Sequence[str]) -> bool:
    """Whether a phrase before a comma can hold no finite verb: its lower-case words are
    articles, prepositions, adjectives of origin or attributes between an article and
    their noun ("In der chinesischen Provinz", "Der Versuch des amtierenden Präsidenten"),
    so a comma after it closes an apposition, not a main clause ("Von der Polizei kam die
    Information, die Täter, zwei Männer, seien …")."""
    small = ARTICLE_LIKE | PREPOSITIONS | FUNCTION_WORDS
    for k, t in enumerate(phrase):
        if not t[:1].islower() or t in small or t.endswith(ORIGIN):
            continue
        before = phrase[k - 1] if k > 0 else ""
        after = phrase[k + 1] if k + 1 < len(phrase) else ""
        if not (before in ATTRIBUTE_OPENERS and after[:1].isupper()):
            return False
    return True


def _fronted_phrase(texts: Sequence[str], k: int, konj: Sequence[int]) -> bool:
    """ "…, bei den Toten handele es sich um …": a preposition, an article and a noun at k
    with a Konjunktiv right behind them and the clause going on open a main clause (verb
    second), not a relative clause ("…, an dem Benedikt teilnehme."), whose verb stands at
    its end."""
    return (
        k + 4 < len(texts)
        and texts[k].lower() in PREPOSITIONS
        and texts[k + 1].lower() in ARTICLE_LIKE
        and texts[k + 2][:1].isupper()
        and k + 3 in konj
        and texts[k + 4] not in CLAUSE_END | SENTENCE_END
    )


def _relative_at(texts: Sequence[str], k: int) -> bool:
    """ "der …", "in dem …", "bei der …": a relative clause starts at k."""
    t = texts[k].lower()
    if t in RELATIVE:
        return True
    return k + 1 < len(texts) and t in PREPOSITIONS and texts[k + 1].lower() in RELATIVE


def in_complement_only(
    texts: Sequence[str], konj: Sequence[int], impersonal: frozenset[str]
) -> bool:
    """Whether every Konjunktiv form of a sentence stands in a "dass"/"ob" clause after an
    indicative main clause that has a subject of its own ("Der Verband ist der Meinung, dass
    die Reform scheitere"): such a sentence reports its subject's statement, whose speech
    verb or opinion phrase the cue lexicon lacks, rather than continuing the running
    speaker. An agentless main clause ("man betont, dass …", "kritisiert wird, dass …")
    names nobody, so the running speaker may go on through it. Measured on gnqa train+dev:
    of 12 such continuations 2 were right."""
    first = next((k for k, t in enumerate(texts) if t.lower() in COMPLEMENTISERS), None)
    if first is None or first == 0 or any(k < first for k in konj):
        return False
    return not any(t.lower() in impersonal for t in texts[:first])


def in_appended_clause_only(
    texts: Sequence[str], konj: Sequence[int], impersonal: frozenset[str], k2: Konjunktiv2
) -> bool:
    """Whether every Konjunktiv form of a sentence stands after the comma that closes an
    indicative main clause with a subject of its own ("Die Bahn begegnet der Kritik mit dem
    Argument, die Züge seien sicher", "Von der Polizei kam die Information, es handele sich
    um …"): the sentence reports that subject, through a speech verb or phrase the cue
    lexicon lacks, not the running speaker. Not when the comma opens a relative clause ("Die
    Pläne, die er kritisiere, …") or closes a fronted subordinate clause ("Obwohl …, sei
    …"), nor after an agentless main clause ("Es heißt zudem, …"), nor after a short opener
    ("Zudem, …")."""
    comma = next((k for k, t in enumerate(texts) if t == ","), None)
    if comma is None or comma < 3 or not konj or any(k < comma for k in konj):
        return False
    if texts[0].lower() in SUBORDINATE | FREE_RELATIVE | {"indem"}:
        return False
    if _relative_opens(texts, comma + 1) and not _fronted_phrase(texts, comma + 1, konj):
        return False
    if texts[comma + 1].lower() in SUBORDINATE:
        return False  # "…, als er Kontakt gesucht habe": a reason the statement gives
    if texts[konj[0] - 1] == "," and konj[0] - 1 > comma and verbless(texts[:comma]):
        return False  # "In der Hauptstadt, Lanzhou, seien …": the comma closes an apposition
    main = texts[:comma]
    if any(t in k2.forms or t in k2.modal or t in MODAL_PLAN for t in main):
        return False  # "Bereits heute müssten …, weil … seien": the main clause reports too
    return not any(t.lower() in impersonal or t in PASSIVE for t in main)


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


def draws_consequence(texts: Sequence[str], finite: int, consequences: frozenset[str]) -> bool:
    """Whether a sentence whose Konjunktiv II (or modal) finite verb stands at `finite` draws
    a consequence from what was said: a demonstrative subject opens it, the finite verb
    follows, and its main clause names a consequence ("Das würde bedeuten, dass die Kassen
    mehr zahlen", "Dies hieße, …", "Das könnte heißen, …", "Das hätte zur Folge, dass …").
    The author explains the statement there; the speaker's own conclusion is worded in
    Konjunktiv I ("Das bedeute, …") or carries a cue of its own. Not "Das würde die Bürger
    entlasten", which goes on with the speaker's claim."""
    if finite != 1 or texts[0].lower() not in DEMONSTRATIVES:
        return False
    end = next((k for k in range(finite, len(texts)) if texts[k] in CLAUSE_CLOSE), len(texts))
    return any(t.lower() in consequences for t in texts[finite:end])


def is_hearsay(texts: Sequence[str], finite: int) -> bool:
    """Whether the finite verb at `finite` (from `konj2_at`) is "soll"/"sollen" closed by
    "haben" or "sein" ("Er soll das Geld genommen haben", "Dabei sollen zwei Menschen
    verletzt worden sein", "Das Motiv soll Eifersucht sein"): this "sollen" passes on what
    others say, as unambiguously as a Konjunktiv I auxiliary; with another infinitive it may
    state a plan ("Die Brücke soll saniert werden"). Measured on gnqa with one sentence
    between it and the statement: train 5 of 6 right, dev 3 of 5."""
    body = [t for t in texts if t not in SENTENCE_END]
    return texts[finite] in MODAL_PLAN and bool(body) and body[-1] in PERFECT_TAIL


def is_past_hearsay(texts: Sequence[str], modal: int) -> bool:
    """Whether the modal Konjunktiv II at `modal` (from `modal_at`) is "sollte"/"sollten"
    closed by a perfect infinitive ("Er sollte an dem Angriff beteiligt gewesen sein", "Sie
    sollten schon verhaftet worden sein"): hearsay in the past, as unambiguous as "soll …
    haben". Not "Das sollte kein Problem sein", where "sein" is the copula: the word before
    "haben"/"sein" must be a past participle ("gewesen", "worden", "ge…t", "ge…en")."""
    body = [t for t in texts if t not in SENTENCE_END]
    if texts[modal] not in PAST_HEARSAY or len(body) < 2 or body[-1] not in PERFECT_TAIL:
        return False
    part = body[-2]
    return part in PARTICIPLE_AUX or (part.startswith("ge") and part.endswith(("t", "en")))


def modal_at(texts: Sequence[str], quoted: Sequence[bool], k2: Konjunktiv2) -> int | None:
    """Index of a modal Konjunktiv II (könnte, müsste, dürfte, sollte) that is the finite verb
    of the sentence's first main clause, outside quotation marks and not in a conditional
    sentence or verb-first ("Sollte es regnen, …")."""
    if is_conditional(texts):
        return None
    for k in _main_clause(texts):
        if not quoted[k] and texts[k] in k2.modal:
            return None if k == 0 or texts[k - 1] == ":" else k
    return None


def past_at(texts: Sequence[str], quoted: Sequence[bool], k2: Konjunktiv2) -> int | None:
    """Index of a plural Konjunktiv II that the preterite shares ("Viele Familien lebten seit
    Generationen im Dorf", `past_plurals`) as the finite verb of the sentence's first main
    clause, outside quotation marks, in a sentence that states no condition and claims a
    state of a group that lasts (`states_lasting`), not an event the author narrates
    ("Zahlreiche Menschen liefen in Panik auf die Straße")."""
    if not k2.past.intersection(texts) or is_conditional(texts):
        return None
    for k in _main_clause(texts):
        if not quoted[k] and texts[k] in k2.past:
            if k == 0 or texts[k - 1] == ":":
                return None
            return k if states_lasting(texts, k2.past_groups, k2.past_lasting) else None
    return None


def states_lasting(texts: Sequence[str], groups: frozenset[str], lasting: frozenset[str]) -> bool:
    """Whether a sentence claims a state of a group that lasts: it has a word or two-word
    phrase of each class ("Viele Familien lebten seit Generationen im Dorf", "Viele von
    ihnen trauten sich seitdem nicht mehr ans Telefon"). Each class alone fits narration
    ("Viele Menschen flohen", "Seit Montag demonstrierten Tausende")."""
    low = [t.lower() for t in texts]
    found = set(low) | {f"{a} {b}" for a, b in pairwise(low)}
    return bool(found & groups) and bool(found & lasting)


def main_verb_slots(texts: Sequence[str]) -> list[int]:
    """Word indices where the finite verb of the sentence's main clause may stand: its first
    main clause, or after a fronted subordinate clause the word behind its comma ("Obwohl
    …, sei man …")."""
    slots = _main_clause(texts)
    if slots or not texts or texts[0].lower() not in SUBORDINATE:
        return slots
    comma = next((k for k, t in enumerate(texts) if t == ","), None)
    return [comma + 1] if comma is not None and comma + 1 < len(texts) else []


def _konj2_form(text: str, k: int, k2: Konjunktiv2) -> bool:
    """Whether the word at k is a Konjunktiv II form; the first word of a sentence is
    capitalised ("Kämen sie dem nicht nach, …", "Bliebe die Hilfe aus, …"), while the forms
    are listed in lower case."""
    return text in k2.forms or (k == 0 and text.lower() in k2.forms)


def fronted_condition_k2(
    texts: Sequence[str], quoted: Sequence[bool], k2: Konjunktiv2, konj1: Callable[[str], bool]
) -> bool:
    """Whether a sentence opens with a condition in the mood of reported speech and its main
    clause after the comma has a Konjunktiv II or modal finite verb outside quotation marks
    ("Sollte der Regen nicht nachlassen, könnten weitere Orte überflutet werden", "Wenn die
    Zinsen weiter stiegen, würden viele Familien …", "Falls der Streik anhalte, so müssten
    …"). Reported speech shifts the condition into Konjunktiv too: verb-first "Sollte …",
    or the condition's verb before the comma is a Konjunktiv form. Right after a statement
    in Konjunktiv such a sentence goes on with the speaker's forecast; the author reasons in
    it too, so nowhere else (`may_continue`). Not "Wenn der Damm bricht, würde die Altstadt
    überflutet" (the condition in the indicative is the author's), nor "Wenn es regnet,
    fällt das Fest aus"."""
    if len(texts) < 4 or texts[0].lower() not in CONDITION | CONDITION_VERBS:
        return False
    comma = next((k for k in range(2, len(texts) - 1) if texts[k] == ","), None)
    if comma is None:
        return False
    cond = texts[comma - 1]
    shifted = texts[0].lower() in CONDITION_VERBS or (
        cond in k2.forms or cond in k2.modal or cond in k2.past or konj1(cond)
    )
    j = comma + 2 if texts[comma + 1].lower() in ("so", "dann") else comma + 1
    if not shifted or j >= len(texts) or quoted[j]:
        return False
    return texts[j] in k2.forms or texts[j] in k2.modal


def conditional_k2(texts: Sequence[str], quoted: Sequence[bool], k2: Konjunktiv2) -> bool:
    """Whether a sentence states a condition ("…, wenn …", "Verläuft der Test erfolgreich,
    würde …", "Kämen sie dem nicht nach, …") with a Konjunktiv II outside quotation marks:
    right after a statement it goes on with the speaker's conditions ("Nach den Ferien
    würden die Streiks fortgesetzt, wenn die Arbeitgeber kein Angebot vorlegten"), but the
    author reasons in it too, so nowhere else. A sentence that opens with a conjunction of
    condition ("Wenn der Damm bricht, würde …", "Falls …, wäre …", "Sollte …, würde …")
    is left to the author: on gnqa train the one such sentence after a statement was the
    author's hypothesis, while the speaker's own conditions there trail the main clause or
    open verb-first ("Verläuft der Test erfolgreich, würde …", "Kämen sie dem nicht nach, so
    …")."""
    forms = [k for k, t in enumerate(texts) if not quoted[k] and _konj2_form(t, k, k2)]
    if not forms or (texts and texts[0].lower() in CONDITION | CONDITION_VERBS):
        return False
    fronted = any(k > 0 and texts[k - 1] == "," for k in forms) or forms[0] == 0
    return fronted or any(t.lower() in CONDITION for t in texts)
