"""The German cue lexicon: speech, report, estimate and opinion verbs in all inflected forms
(separable verbs with their particle), built from the cue_* files of bot/nlp/lexicons.

Weak verbs are listed by lemma and their forms generated, the participle checked against
spaCy's lookup lemmatizer table: where it knows the verb, the participle is the table's
("angekündigt", "prophezeit"), never a generated non-word ("geankündigt"). Strong and
separable verbs list their forms. Built by the quote component's `initialize()`, never at
import."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.nlp.lexicons import rows, swiss, words

_NO_GE_PREFIXES = ("be", "er", "ver", "ent", "zer", "ge", "miss", "emp", "über", "unter", "wider")


# markers that attribute without a speech verb; handled by pattern in quotes/markers.py
ACCORDING_NOUNS = frozenset(
    {
        "angaben",
        "informationen",
        "erkenntnissen",
        "meldungen",
        "untersuchungen",
        "schätzungen",
        "berichten",
        "aussagen",
        "worten",
        "ansicht",
        "meinung",
        "einschätzung",
        "auffassung",
        "darstellung",
        "überzeugung",
        "behauptung",
        "aussage",
        "angabe",
        "berechnungen",
        "ermittlungen",
        "zählung",
        "zählungen",
        "daten",
        "zahlen",
        "recherchen",
        "beobachtungen",
        "vorwürfen",
        "mitteilung",
        "bericht",
        "erklärung",
        "auskunft",
        "darstellungen",
        "schilderung",
        "schilderungen",
        "vorhersage",
        "bekunden",
        "erkenntnisstand",
        "ermittlungsstand",
        "kenntnisstand",
        # a court's or investigators' findings: "nach den Feststellungen des Gerichts"
        "feststellung",
        "feststellungen",
    }
)


@dataclass(frozen=True, slots=True)
class NounPredicate:
    """A light verb's idiom with an act noun and the noun's preposition ("die Forderung
    stellen" + "nach"; lexicons/nominal_prep_cues.tsv)."""

    lemma: str
    nouns: frozenset[str]
    prepositions: frozenset[str]
    particle: str | None  # a separable verb's particle ("legte … ein")
    participle: str | None  # the form that closes a perfect or verb-final clause

    def names_noun(self, word: str) -> bool:
        """The idiom's noun, alone or as a compound's last part ("Unwetterwarnung")."""
        if word in self.nouns:
            return True
        low = word.lower()
        return word[:1].isupper() and any(
            len(low) > len(n) + 2 and low.endswith(n.lower()) for n in self.nouns
        )


def _noun_predicates() -> dict[str, tuple[NounPredicate, ...]]:
    """Light verb form -> the noun predicates it may open (lexicons/nominal_prep_cues.tsv)."""
    out: dict[str, tuple[NounPredicate, ...]] = {}
    for lemma, forms, participle, nouns, preps, particle in rows("nominal_prep_cues.tsv"):
        entry = NounPredicate(
            lemma,
            frozenset(nouns.split()),
            frozenset(preps.split()),
            None if particle == "-" else particle,
            None if participle == "-" else participle,
        )
        for f in (*forms.split(), *([participle] if entry.participle else [])):
            out[f] = (*out.get(f, ()), entry)
    return out


@dataclass(frozen=True, slots=True)
class CueLexicon:
    forms: dict[str, str]  # finite / participle form (lower case) -> lemma
    # finite base form -> ((particle, lemma), ...): "gab" -> zu/zugeben, an/angeben, ...
    separable: dict[str, tuple[tuple[str, str], ...]]
    # verb-final / perfect idioms: verb form -> ((closing word before it, lemma), ...):
    # "…, dass er damit rechnet", "hat in Abrede gestellt", "wissen wollte"
    closed_before: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # lemmas that report speech only with a complement clause (lexicons/cue_weak_opinion.txt)
    weak_opinion: frozenset[str] = frozenset()
    # infinitives that are cues only as a plural subject's finite verb (cue_plural_forms.txt)
    plural_forms: frozenset[str] = frozenset()
    # forms that are cues only before their frame's preposition (cue_framed_forms.tsv)
    framed: dict[str, str] = field(default_factory=dict)
    # forms that are cues only with a document subject: form -> (lemma, particle or "")
    documentary: dict[str, tuple[str, str]] = field(default_factory=dict)
    # "mit den Worten, …": the noun -> (article, lemma) of cue_with_phrases.txt
    with_phrases: dict[str, tuple[str, str]] = field(default_factory=dict)
    # forms that are cues only with a document as their clause's place: form -> lemma
    # ("In dem Bericht steht, dass …": cue_located_forms.tsv)
    located: dict[str, str] = field(default_factory=dict)
    # light verb forms -> noun predicates with a prepositional object (nominal_prep_cues.tsv)
    noun_predicates: dict[str, tuple[NounPredicate, ...]] = field(default_factory=dict)

    def lemma(self, word: str) -> str | None:
        return self.forms.get(word.lower())


def _weak_forms(stem: str, known: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """The lemma and the forms of a weak verb: 3rd person present, preterite (singular and
    plural), infinitive, 1st person / Konjunktiv I and the participle. `known`: the verb's
    forms in the lemma table, which decide the participle when they list the verb."""
    lemma = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    if stem.endswith("en"):  # "drohen" given as a full infinitive
        return stem, []
    e = "e" if stem.endswith(("t", "d", "chn", "gn", "ffn", "dm", "tm")) else ""
    ge = not stem.startswith(_NO_GE_PREFIXES) and not stem.endswith("ier")
    third = stem + e + "t"
    part = ("ge" if ge else "") + third
    forms = [third, stem + e + "te", stem + e + "ten", lemma, stem + "e"]
    return lemma, forms + _participles(part, third, known)


def _participles(generated: str, third: str, known: frozenset[str]) -> list[str]:
    """The participle the lemma table knows: a separable verb's "ge" follows its particle
    ("angekündigt", "klargestellt"); a verb on -eien takes none ("prophezeit", the same word
    as its 3rd person). The generated form stands when the table does not list the verb."""
    if not known or generated in known:
        return [generated]
    return [f for f in sorted(known) if f != third and f.replace("ge", "", 1) == third]


def _forms_by_lemma(table: Mapping[str, str], lemmas: set[str]) -> dict[str, frozenset[str]]:
    """Lower-case forms per lemma of the lemma table, for `lemmas` only (one pass)."""
    out: dict[str, set[str]] = {}
    for form, lemma in table.items():
        if lemma in lemmas and form[:1].islower():
            out.setdefault(lemma, set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}


def _nominal_cues() -> list[tuple[str, str, str, str]]:
    """(lemma, finite forms of the light verb, closing word, participle or "") of
    lexicons/nominal_cues.tsv."""
    return [
        (r[0], r[1], r[2], r[3] if len(r) > 3 and r[3] != "-" else "")
        for r in rows("nominal_cues.tsv")
    ]


def nominal_cue_nouns() -> frozenset[str]:
    """The nouns that close a nominal cue ("Bilanz ziehen", "Kritik üben" in
    lexicons/nominal_cues.tsv): after an organisation noun such a noun is the cue's object,
    never the organisation's name ("zog die Feuerwehr Bilanz"), and so are the nouns of a noun
    predicate ("legte der Verein Einspruch ein"; nominal_prep_cues.tsv)."""
    closing = {closing for _, _, closing, _ in _nominal_cues() if closing[:1].isupper()}
    nouns = {n for r in rows("nominal_prep_cues.tsv") for n in r[3].split()}
    return frozenset(closing | nouns)


def build_lexicon(lemma_table: Mapping[str, str] | None = None) -> CueLexicon:
    """All cue forms -> lemma, from the cue_* lexicons. `lemma_table`: spaCy's lookup table
    (form -> lemma), which checks the generated participles; without it they are taken as
    generated."""
    weak = [r[0] for r in rows("cue_weak_verbs.txt")]
    forms: dict[str, str] = {}
    known = _forms_by_lemma(lemma_table or {}, set(weak))
    for lemma in weak:
        for f in _weak_forms(_stem(lemma), known.get(lemma, frozenset()))[1]:
            forms.setdefault(f, lemma)
    for lemma, strong in rows("cue_strong_verbs.tsv"):
        for f in strong.split():
            forms.setdefault(f, lemma)
    separable = _separable(forms)
    closed_before = _closed_before(separable)
    # "davon ausgehen" and "zu bedenken geben" are idioms built from separable verbs
    for f in ("warnt", "warnte"):
        forms[f] = "warnen"
    for junk in rows("cue_non_forms.txt"):
        forms.pop(junk[0], None)
    standard = _standard_spelling({*forms.values(), *_lemmas_of(separable)})
    return CueLexicon(
        forms={f: standard.get(lemma, lemma) for f, lemma in forms.items()},
        separable=_respelt(separable, standard),
        closed_before=_respelt(closed_before, standard),
        weak_opinion=words("cue_weak_opinion.txt"),
        plural_forms=words("cue_plural_forms.txt"),
        framed={f: r[0] for r in rows("cue_framed_forms.tsv") for f in r[1].split()},
        documentary={
            f: (r[0], r[2] if r[2] != "-" else "")
            for r in rows("cue_document_forms.tsv")
            for f in r[1].split()
        },
        with_phrases={
            r[0].split()[2]: (r[0].split()[1], r[0]) for r in rows("cue_with_phrases.txt")
        },
        located={f: r[0] for r in rows("cue_located_forms.tsv") for f in r[1].split()},
        noun_predicates=_noun_predicates(),
    )


def _standard_spelling(lemmas: set[str]) -> dict[str, str]:
    """Swiss-spelt lemma -> its lemma with "ß" ("heissen" -> "heißen"). The lexicons list
    both spellings (`lexicons.rows`), so "heisst" is a cue form; its lemma is still the one
    the rules and the act lexicon know, "heißen"."""
    return {swiss(lemma): lemma for lemma in lemmas if "ß" in lemma}


def _lemmas_of(table: dict[str, tuple[tuple[str, str], ...]]) -> set[str]:
    return {lemma for pairs in table.values() for _, lemma in pairs}


def _respelt(
    table: dict[str, tuple[tuple[str, str], ...]], standard: Mapping[str, str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """`table` (form -> (word, lemma) pairs) with the lemmas in standard spelling, each pair once."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for form, pairs in table.items():
        respelt = ((word, standard.get(lemma, lemma)) for word, lemma in pairs)
        out[form] = tuple(dict.fromkeys(respelt))
    return out


def _stem(lemma: str) -> str:
    """ "sagen" -> "sag", "fordern" -> "forder" (but "kritisieren" -> "kritisier")."""
    if lemma.endswith(("eln", "ern")) and not lemma.endswith("ieren"):
        return lemma[:-1]
    return lemma[:-2]


def _separable(forms: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Finite base form -> (particle, lemma) pairs of cue_separable_verbs.tsv; fused forms
    and particle-less base forms go into `forms`."""
    separable: dict[str, tuple[tuple[str, str], ...]] = {}
    for lemma, base, particle, fused in rows("cue_separable_verbs.tsv"):
        base, particle, fused = (x if x != "-" else "" for x in (base, particle, fused))
        if base == "*":  # a weak verb: its forms come from the lemma
            base, fused = _weak_separable(lemma, particle)
        for f in fused.split():
            forms[f] = lemma
        for f in base.split():
            if particle:
                separable[f] = (*separable.get(f, ()), (particle, lemma))
            else:
                forms.setdefault(f, lemma)
    return separable


def _weak_separable(lemma: str, particle: str) -> tuple[str, str]:
    """The split and the fused forms of a weak separable verb ("einschränken", "ein"): the
    base verb's finite forms take the particle at the clause end ("schränkte … ein"); the
    fused forms are the lemma's own, with the participle's "ge" after the particle
    ("eingeschränkt") and the zu-infinitive ("einzuschränken")."""
    base_lemma = lemma[len(particle) :]
    split = _weak_forms(_stem(base_lemma))[1][:5]
    third = split[0]
    ge = "" if base_lemma.startswith(_NO_GE_PREFIXES) or third.endswith("iert") else "ge"
    fused = [particle + f for f in split[:4]]
    fused += [f"{particle}{ge}{third}", f"{particle}zu{base_lemma}"]
    return " ".join(split), " ".join(fused)


def _closed_before(
    separable: dict[str, tuple[tuple[str, str], ...]],
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Nominal cues (nominal_cues.tsv): the light verb's forms take the closing word like a
    particle ("kam … zu dem Ergebnis"); idioms that list a participle also close before it."""
    closed_before: dict[str, tuple[tuple[str, str], ...]] = {}
    for lemma, base, closing, participle in _nominal_cues():
        for f in base.split():
            separable[f] = (*separable.get(f, ()), (closing, lemma))
        # only idioms that list a participle: "seinen Einfluss geltend machen" is no speech
        for f in (*base.split(), participle) if participle else ():
            closed_before[f] = (*closed_before.get(f, ()), (closing, lemma))
    return closed_before
