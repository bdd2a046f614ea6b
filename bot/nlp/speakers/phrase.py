"""The speaker noun-phrase scan: article, adjectives, a run of capitalised words (role nouns,
names, organisations), a genitive tail, then appositions.

A chunker over plain tokens rather than a parser because the pipeline has no tagger; what
the words are comes from `word_classes`, what the role and the name are from `appositions`."""

from __future__ import annotations

from bot.nlp.calendar_words import MONTHS, PERIOD_PARTS, WEEKDAYS
from bot.nlp.speakers import appositions as appo
from bot.nlp.speakers.agreement import nominalised_plural
from bot.nlp.speakers.gender import is_first_name
from bot.nlp.speakers.lexicon import (
    DETS,
    FUER_NAME_HEADS,
    GEN_DETS,
    INDEF,
    NAMED_HEADS,
    NOBLE_NAMES,
    NOM_DETS,
    NON_SPEAKER_HEADS,
    NON_SPEAKERS,
    ORG_NAMES,
    POSSESSIVE,
    PRONOUNS,
    UNNAMED_HEADS,
)
from bot.nlp.speakers.mention import NP
from bot.nlp.speakers.word_classes import (
    is_adj,
    is_cap,
    is_cap_adj,
    is_org,
    is_role,
    is_thing,
)

# name particles between capitalised words: "Osama bin Laden", "Lula da Silva"
_NAME_JOINERS = ("von", "van", "de", "da", "bin", "ibn")
_LIST_JOINERS = ("und", ",", "sowie")
# genitive relatives used as possessives: "teilte dessen Stellvertreter mit"
RELATIVE_POSSESSIVE = frozenset({"dessen", "deren"})
# quantifiers of a partitive subject: "Einige der Abgeordneten sagten"
# nouns a speaker tells something to, never the second genitive of a speaker's phrase
_ADDRESSEE_NOUNS = frozenset({"Presse", "Öffentlichkeit"})
# words after "für" that open a time, not an institution's name ("für Ende Mai")
_TIME_WORDS = MONTHS | WEEKDAYS | PERIOD_PARTS
# what opens a genitive or "von" tail (one set, not a union per phrase)
_TAIL_OPENERS = GEN_DETS | {"von", "vom"}
QUANTIFIERS = frozenset({"einige", "mehrere", "viele", "manche", "zahlreiche", "beide", "alle"})


def parse_np(
    words: list[str],
    i: int,
    end: int,
    allow_apposition: bool = True,
    nouns: frozenset[str] = frozenset(),
    bare_adjective: bool = False,
) -> NP | None:
    """Parse a speaker noun phrase starting at words[i] (not beyond `end`): article and
    adjectives, a run of capitalised words (role nouns, names, organisations), a genitive
    tail, then an apposition ("John Kirby, Sprecher des …," / "der Sprecher, John Kirby,")."""
    if i >= end:
        return None
    low = words[i].lower()
    if low in PRONOUNS:
        return NP(i, i + 1, "pronoun", low, None, False, words[i], plural=False)
    partitive = _partitive(words, i, end)
    if partitive is not None:
        return partitive
    noble = _noble_name(words, i, end)
    if noble is not None:
        return noble
    if web_address(words[i]):
        return NP(i, i + 1, "name", words[i], None, True, words[i])  # "Wie t-online.de berichtet"
    det, j = _determiner(words, i, end, bare_adjective)
    det, j, adjs = _adjectives(words, i, j, end, det)
    title = (
        quoted_title(words, j, end) if det in (None, "der", "die", "das", "den", "dem") else None
    )
    if title is not None:  # "Wie der „Spiegel“ berichtet", "„BBC News“ berichtet"
        k, name = title
        return NP(i, k, "name", name, None, True, " ".join(words[i:k]))
    caps_start = j
    j = _capitalised_run(words, j, end, det)
    caps = words[caps_start:j]
    if not caps or caps[0].lower() in NON_SPEAKER_HEADS or is_thing(caps[0]):
        return None
    if fronted_place_phrase(caps):
        return None
    caps, j = _head_cut(caps, caps_start, j, det, nouns)
    tail_start = j
    j = _genitive_tail(words, fuer_tail(words, caps, j, end), end)
    j = appo.place_before_apposition(words, j, end, caps)
    tail = words[tail_start:j]
    role_idx = appo.leading_roles(caps)
    adj_words = words[caps_start - adjs : caps_start]
    role, name_words = appo.role_and_name(caps, role_idx, adj_words, tail, det, nouns)
    if allow_apposition:
        role, name_words, j = appo.attach(words, (i, j, end), det, role, name_words, role_idx)
    # "die Vereinten Nationen": a named head after a capitalised adjective is an institution
    org = any(is_org(c) for c in caps) or (len(caps) > 1 and named_head(caps[-1]))
    mention = " ".join(words[i:j]).replace(" ,", ",")
    if name_words:
        return NP(i, j, "name", " ".join(name_words), role, org and not role_idx, mention)
    return _description(words, (i, j), det, adj_words + caps + tail, caps, org, mention)


_OPEN_QUOTES = ("„", '"', "»")
_CLOSE_QUOTES = ("“", '"', "«")
_CLAUSE_MARKS = frozenset({",", ".", ":", ";", "!", "?", "–", "-"})


def quoted_title(words: list[str], j: int, end: int) -> tuple[int, str] | None:
    """A medium's title in quotation marks where a noun phrase's head stands ("der
    „Spiegel“", "„BBC News“"): up to four capitalised words, and the clause goes on after
    the closing mark (a quotation before a comma or the sentence end is a statement, not a
    name). The index after the title and the title without its marks."""
    if not (j + 2 < end and words[j] in _OPEN_QUOTES):
        return None
    close = next((m for m in range(j + 1, min(end, j + 6)) if words[m] in _CLOSE_QUOTES), None)
    if close is None or close == j + 1 or close + 1 >= end:
        return None
    inner = words[j + 1 : close]
    if not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalnum() for w in inner):
        return None
    compound = quoted_compound_tail(words, close + 1, end)
    if compound is not None:
        return close + 3, " ".join(inner) + "-" + compound
    if words[close + 1] in _CLAUSE_MARKS:
        return None
    return close + 1, " ".join(inner)


def quoted_compound_tail(words: list[str], k: int, end: int) -> str | None:
    """The noun a quoted title is hyphenated to ("„Bild“-Zeitung", "„Welt“-Redaktion": the
    tokenizer splits the closing mark and the hyphen off), so the compound is the name."""
    if k + 1 < end and words[k] == "-" and words[k + 1][:1].isupper() and words[k + 1].isalpha():
        return words[k + 1]
    return None


def web_address(word: str) -> bool:
    """A medium written as its web address, lower case: "t-online.de", "news.bbc.co.uk"
    (letters or digits first, a dot inside, a top-level domain of two to four letters)."""
    host, _, tld = word.rpartition(".")
    return (
        bool(host)
        and word[:1].islower()
        and word[:1].isalnum()
        and tld.isalpha()
        and 2 <= len(tld) <= 4
        and all(part and part.replace("-", "").isalnum() for part in host.split("."))
    )


def fronted_place_phrase(caps: list[str]) -> bool:
    """ "Aus Berlin hat die Regierung erklärt", "Aus Mangel an Beweisen …": a capitalised
    "Aus"/"Vom" opens a fronted phrase, no name. Only an unnamed source keeps it as its
    preposition ("Aus Regierungskreisen verlautete", "Aus Kreisen der Stadtverwaltung")."""
    return (
        len(caps) > 1
        and caps[0] in ("Aus", "Vom")
        and not any(c.lower().endswith(UNNAMED_HEADS) for c in caps[1:])
    )


def _noble_name(words: list[str], i: int, end: int) -> NP | None:
    """ "von der Leyen" at the phrase start: a surname, not a preposition and an article."""
    low = words[i].lower()
    if (
        low in ("von", "van")
        and i + 2 < end
        and words[i + 1] in ("der", "den")
        and words[i + 2] in NOBLE_NAMES
    ):
        name = " ".join(["von" if low == "von" else "van", *words[i + 1 : i + 3]])
        return NP(i, i + 3, "name", name, None, False, " ".join(words[i : i + 3]))
    return None


def _determiner(words: list[str], i: int, end: int, bare_adjective: bool) -> tuple[str | None, int]:
    """The phrase's article (a possessive counts as "der": "Sein Anwalt" is a definite
    description; "" for an article-less adjective phrase) and the index after it."""
    w = words[i]
    low = w.lower()
    if low in QUANTIFIERS and i + 2 < end and words[i + 1] == "der":
        return "die", i + 2  # "Einige der betroffenen Anwohner": a definite plural
    if low in DETS or low in INDEF or low in NOM_DETS or low in POSSESSIVE:
        return ("der" if low in POSSESSIVE else low), i + 1
    if w in RELATIVE_POSSESSIVE:  # lower-case only: a clause-initial "Deren Haltung" is an object
        return "der", i + 1  # "dessen Stellvertreter": definite, like "sein Stellvertreter"
    if (
        bare_adjective
        and is_adj(w)
        and i + 1 < end
        and (is_cap(words[i + 1]) or is_adj(words[i + 1]))
    ):
        return "", i  # "laut israelischen Medien"
    return None, i


def _adjectives(
    words: list[str], i: int, j: int, end: int, det: str | None
) -> tuple[str | None, int, int]:
    """Adjectives before the head ("Russische und ukrainische Medien", "der frühere …"):
    the article (now "" for a leading capitalised adjective), the head's index and the
    number of adjective words."""
    adjs = 0
    if (
        det is None
        and is_cap_adj(words[i])
        and j + 1 < end
        and (words[j + 1] in _LIST_JOINERS or is_adj(words[j + 1]))
    ):
        det = ""
        j += 1
        adjs += 1
        while j < end and words[j] in _LIST_JOINERS and j + 1 < end and is_adj(words[j + 1]):
            j += 2
            adjs += 2
    while j < end and is_adj(words[j]) and adjs < 4 and det is not None:
        j += 1
        adjs += 1
    if det == "" and adjs and not (j < end and is_cap(words[j])):
        # "Jugendliche haben …": a noun in "-liche" before a verb in "-en" is no adjective
        # phrase; only a capitalised head after the adjectives makes one
        return None, i, 0
    return det, j, adjs


def _capitalised_run(words: list[str], j: int, end: int, det: str | None) -> int:
    """The end of the run of capitalised words from j, with name particles ("Ursula von der
    Leyen", "Osama bin Laden", "Karl-Theodor zu Guttenberg")."""
    start = j
    while (
        j < end
        and (
            is_cap(words[j])
            or (words[j][:1].isupper() and words[j].lower() in ORG_NAMES)
            or _homograph_first_name(words, j, end)
        )
        # "bat der Landrat Angehörige, …", "bat Frey Angehörige, …": a nominalised plural
        # after the run's first word is the cue's object, not part of the name
        and not (j > start and nominalised_plural(words[j]))
    ):
        j += 1
        if _name_joiner(words, j, end, det) or _noble_zu(words, j, end, det):
            j += 1
        elif (
            j + 2 < end
            and words[j] in ("von", "van")
            and words[j + 1] in ("der", "den")
            and words[j + 2] in NOBLE_NAMES
        ):
            j += 2  # "Ursula von der Leyen"
    return j


def _homograph_first_name(words: list[str], j: int, end: int) -> bool:
    """ "Der Sprecher Will Grant": a first name that is also a clause word ("will", "so")
    is capitalised inside a sentence only as a name, here right after a role noun and before
    another name. A month after it ("der Minister Ende Januar") makes it a time phrase."""
    return (
        0 < j < end - 1
        and words[j][:1].isupper()
        and words[j].lower() in NON_SPEAKERS
        and is_role(words[j - 1])
        and is_cap(words[j + 1])
        and words[j + 1].lower() not in MONTHS
    )


def _name_joiner(words: list[str], j: int, end: int, det: str | None) -> bool:
    """A particle inside an article-less name ("Osama bin Laden"), not a "von" that starts
    a role's or an organisation's tail ("Minister von Bayern", "Peter von der Polizei")."""
    return (
        j + 1 < end
        and words[j] in _NAME_JOINERS
        and is_cap(words[j + 1])
        and not is_role(words[j - 1])
        and not is_org(words[j + 1])
        and words[j + 1].lower() not in ORG_NAMES
        and det is None
    )


def _noble_zu(words: list[str], j: int, end: int, det: str | None) -> bool:
    """ "Karl-Theodor zu Guttenberg": "zu" joins a name only before a noble surname of the
    lexicon ("soll Anelka zu Domenech gesagt haben" stays two phrases)."""
    return det is None and j + 1 < end and words[j] == "zu" and words[j + 1] in NOBLE_NAMES


def _head_cut(
    caps: list[str], caps_start: int, j: int, det: str | None, nouns: frozenset[str]
) -> tuple[list[str], int]:
    """The capitalised words that belong to the head after an article: "dem Deutschen
    Wetterdienst" keeps its named adjective; "die G7-Staaten Milliardenhilfen" stops after
    the first noun."""
    foreign = caps[0] not in nouns and "-" not in caps[0] and bool(nouns)
    # "dem Deutschen Wetterdienst", "das Rote Kreuz": capitalised adjectives before the head
    named_adj = 0
    while (
        named_adj < len(caps) - 1
        and caps[named_adj].endswith(("e", "en", "er", "es"))
        and "-" not in caps[named_adj]
        and (
            is_org(caps[named_adj + 1])
            or is_role(caps[named_adj + 1])
            or named_head(caps[named_adj + 1])
        )
    ):
        named_adj += 1
    if named_adj and det and not _titled_person(caps, named_adj):
        return caps[: named_adj + 1], caps_start + named_adj + 1
    if det and len(caps) > 1 and not is_role(caps[0]) and not is_org(caps[0]) and not foreign:
        # "die G7-Staaten Milliardenhilfen": the second noun starts another phrase
        return caps[:1], caps_start + 1
    if det is None and _two_common_nouns(caps, nouns):
        # "nach Angaben von Teilnehmern Neuwahlen": the object after a bare plural
        return caps[:1], caps_start + 1
    return caps, j


def _titled_person(caps: list[str], head: int) -> bool:
    """Whether the capitalised adjectives before caps[head] are part of an office's title
    and a person's name follows it: "der Regierende Bürgermeister Kai Wegner", "der
    Vorsitzende Richter Thomas Engel" (the name is the speaker, the title its role), where
    "dem Deutschen Wetterdienst" ends at its head."""
    return is_role(caps[head]) and head + 1 < len(caps) and is_first_name(caps[head + 1])


def _two_common_nouns(caps: list[str], nouns: frozenset[str]) -> bool:
    """Whether an article-less run opens with two common nouns ("Teilnehmern Neuwahlen",
    "Mitarbeitern Entlassungen"): German writes no name as two nouns, so the second one
    starts the next phrase (the clause's object). A role before a name, an organisation word
    or a given name keeps the run whole ("Minister Bauer", "Polizei Berlin", "Anwohner
    Thomas Bauer"); only a role in the dative plural (-ern, -innen) heads no name. A given
    name that is a noun too ("Thomas", the lemma table knows the apostle) before a surname
    that is one ("Koch", "Bäcker") is a person's name: "sagte Thomas Koch"."""
    if len(caps) < 2 or not nouns or "-" in caps[0]:
        return False
    first, second = caps[0], caps[1]
    if is_org(first) or is_adj(first.lower()) or is_first_name(second) or is_first_name(first):
        return False  # "Neue Märkte", "Anderen Aussagen": an adjective opens the phrase
    if is_role(first) and not first.endswith(("ern", "innen")):
        return False
    return (first in nouns or is_role(first)) and second in nouns and not is_org(second)


def named_head(word: str) -> bool:
    """A noun that makes a proper name with the capitalised adjective before it ("Vereinten
    Nationen", "Roten Kreuzes", "Weißen Haus"): lexicon `speaker_named_heads.txt`."""
    low = word.lower()
    return (
        low.endswith(NAMED_HEADS)
        or low.removesuffix("s").endswith(NAMED_HEADS)
        or (low.removesuffix("es").endswith(NAMED_HEADS))
    )


def addressee_after_genitive(words: list[str], j: int, end: int) -> bool:
    """ "Wie ein Sprecher der Stadtwerke der Presse mitteilte": after a genitive, "der
    Presse" / "der Öffentlichkeit" is the dative the speaker told, not a second genitive
    (the speaker was "Stadtwerke der Presse")."""
    return words[j] == "der" and j + 1 < end and words[j + 1] in _ADDRESSEE_NOUNS


def fuer_tail(words: list[str], caps: list[str], j: int, end: int) -> int:
    """The end of an institution's "für" name after its head at j - 1: "Bundesagentur für
    Arbeit", "Bundesamt für Migration und Flüchtlinge", "Institut für Arbeitsmarkt- und
    Berufsforschung", "Zentrum für Europäische Wirtschaftsforschung". Only after a head of
    lexicons/speaker_fuer_name_heads.txt, and only capitalised words: "die Stadt für den Plan" has none, and
    "… für Migration und Innenminister Faeser" stops before a coordinated second speaker."""
    if not (caps and j + 1 < end and words[j] == "für" and fuer_name_head(caps[-1])):
        return j
    if words[j + 1].lower() in _TIME_WORDS:
        return j  # "kündigte das Amt für Ende Mai an": a time, not the name
    k = j + 1
    while k < end and (is_cap(words[k]) or is_cap_adj(words[k])):
        k += 1
        if k + 1 < end and words[k - 1].endswith("-") and words[k] in ("und", "sowie"):
            k += 1  # "Arbeitsmarkt- und Berufsforschung"
        elif k + 2 <= end and words[k] == "und" and is_cap(words[k + 1]):
            if k + 2 < end and is_cap(words[k + 2]):
                break  # "… und Innenminister Faeser": another speaker
            k += 1
    return k if k > j + 1 else j


def fuer_name_head(word: str) -> bool:
    """A head that takes a "für" name, also in the genitive ("Bundesamts", "Institutes")."""
    low = word.lower()
    return any(w.endswith(FUER_NAME_HEADS) for w in (low, low[:-1], low[:-2]) if len(w) > 2)


def _genitive_tail(words: list[str], j: int, end: int) -> int:
    """Up to two genitive or "von" tails: "des nationalen Sicherheitsrats", "von der
    Nationalen Behörde"."""
    for n in range(2):
        if not (j < end and words[j] in _TAIL_OPENERS):
            break
        if n > 0 and addressee_after_genitive(words, j, end):
            break
        k = j + 1
        if words[j] == "von" and k < end and words[k] in DETS:
            k += 1
        if words[j] == "der" and k < end and is_adj(words[k]) and words[k].endswith("e"):
            break  # "der größte Teil": a nominative ("-e"), a genitive would be "der größten"
        while k < end and is_adj(words[k]):
            k += 1
        n0 = k
        while k < end and is_cap(words[k]):
            k += 1
        if k == n0:
            break
        j = k
    return j


# quantifiers of a partitive "von ihnen": "Eine von ihnen schilderte, …"
_PARTITIVE_HEADS = frozenset({"einer", "eine", "zwei", "drei", "mehrere", "einige", "viele"})


def _partitive(words: list[str], i: int, end: int) -> NP | None:
    """ "Eine von ihnen schilderte, die Chefin habe gedroht": one of a group named before,
    unnamed, so an anonymous source. Without this the subject was not read and the speaker
    was taken from inside the reported clause ("die Chefin")."""
    if i + 2 >= end or words[i].lower() not in _PARTITIVE_HEADS:
        return None
    if words[i + 1] != "von" or words[i + 2] not in ("ihnen", "uns"):
        return None
    mention = " ".join(words[i : i + 3])
    plural = words[i].lower() not in ("einer", "eine")
    return NP(i, i + 3, "anonymous", "anonymous", mention, False, mention, plural=plural)


def _description(
    words: list[str],
    span: tuple[int, int],
    det: str | None,
    desc_words: list[str],
    caps: list[str],
    org: bool,
    mention: str,
) -> NP | None:
    """A phrase without a name: a description ("die Polizei", "Russische Medien"), an
    unnamed source ("ein Sprecher"), or None when its head is no speaker."""
    i, j = span
    head = caps[0] if det is not None else caps[-1]
    if head.lower() in NON_SPEAKER_HEADS or is_thing(head):
        return None
    plural = caps[-1].lower().endswith(("en", "er")) and det in (None, "die")
    # the words as written, the article dropped: "die neue Verordnung" is "neue Verordnung",
    # never re-capitalised to a name-like "Neue Verordnung" (DESIGN.md: speakers as written)
    desc = " ".join(desc_words)
    if det in INDEF and not org:
        return NP(i, j, "anonymous", "anonymous", " ".join(words[i:j]), False, mention)
    return NP(i, j, "description", desc, None, org, mention, plural=plural)
