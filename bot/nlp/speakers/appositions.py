"""Role and name inside and beside a speaker phrase: "US-Verteidigungsminister Lloyd Austin"
(role before the name), "John Kirby, Sprecher des Sicherheitsrats," (role apposition), "der
Sprecher, John Kirby," (name apposition), "der SPD-Fraktionschef im Landtag, Klaus Meier".

Kept apart from the phrase scan because each form decides which words are the person and
which describe them, the part that the entity registry later links across the article."""

from __future__ import annotations

from bot.nlp.speakers.lexicon import (
    DETS,
    GEN_DETS,
    INDEF,
    NAMED_ROLE_SUFFIXES,
    ORG_APPOSITION_HEADS,
)
from bot.nlp.speakers.word_classes import is_adj, is_cap, is_org, is_role

# prepositions of a place phrase that belongs to a role noun: "Fraktionschef im Landtag"
_PLACE_PREPS = ("im", "in", "am", "bei", "beim", "aus", "für")
# links of a noun's attached phrases: "der Bundesagentur für Arbeit", "vom Land"
_TAIL_LINKS = ("der", "des", "für", "von", "vom")
# words that may continue a role apposition: "Sprecher des Ministeriums für Verteidigung"
# stems of adjectives that German capitalises only at a sentence start, with their endings
_ADJ_STEM_ENDINGS = tuple(
    stem + ending for stem in ("isch", "lich", "ig") for ending in ("e", "er", "es", "en", "em")
)
_ROLE_TAIL_WORDS = ("von", "vom", "im", "in", "der", "für", "das", "den", "dem", "die")


def leading_roles(caps: list[str]) -> list[int]:
    """Indices of the role nouns of a capitalised run: the first run of role nouns. A word
    that looks like a role after a name word is a surname: "Verkehrsminister Paul Richter"
    is the minister Paul Richter, not a judge."""
    out: list[int] = []
    for n, c in enumerate(caps):
        opens = out or all(cap_adjective(w) for w in caps[:n])  # "Italienischer Mafiajäger"
        if is_role(c) or (n + 1 < len(caps) and opens and compound_role(c)):
            out.append(n)
        elif out:
            break
    return out


def compound_role(word: str) -> bool:
    """A compound on an ending that is also a surname ("Mafiajäger", "Biobauer"), the
    lexicon's `before_name` lines: the caller asks only for a word opening the phrase with a
    name after it, and the bare noun ("Jäger", "Bauer") is never a role, so the surname of
    "Thomas Jäger" or "Luisa Neubauer" stays a name."""
    low = word.lower()
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in NAMED_ROLE_SUFFIXES)


def aged_name(adjs: list[str], caps: list[str], nouns: frozenset[str]) -> bool:
    """ "der 85-jährige Joseph Ratzinger": only age adjectives before two or more capitalised
    words that are no common nouns (so "der 33-jährige Torwart" stays a description)."""
    return (
        len(caps) >= 2
        and bool(adjs)
        and all(a[:1].isdigit() for a in adjs)
        and bool(nouns)
        and not any(c in nouns or is_role(c) or is_org(c) for c in caps)
    )


def role_and_name(
    caps: list[str],
    role_idx: list[int],
    adj_words: list[str],
    tail: list[str],
    det: str | None,
    nouns: frozenset[str] = frozenset(),
) -> tuple[str | None, list[str]]:
    """Role and name words of the head: after the last role noun comes the name
    ("US-Verteidigungsminister Lloyd Austin"); after an article without a role, none."""
    if role_idx:
        last = role_idx[-1]
        name_words = caps[last + 1 :]
        role_words = adj_words + lowered_adjectives(caps[: last + 1], role_idx[0])
        if name_words and tail:
            return " ".join(role_words), name_words
        return " ".join(role_words + tail) or None, name_words
    if det is None and len(caps) > 2 and cap_adjective(caps[0]):
        # "Holländische Fluggesellschaft KLM" opening a sentence: the adjective is the role's
        named = named_organisation(caps[1:], [*adj_words, caps[0].lower()], nouns)
        if named is not None:
            return named
    if det is not None:
        named = named_organisation(caps, adj_words, nouns)
        if named is not None:
            return named
        # "der 33-jährige Gianluigi Buffon": the age describes a name
        return None, caps if aged_name(adj_words, caps, nouns) else []
    return None, caps


def cap_adjective(word: str) -> bool:
    """A sentence-initial adjective capitalised only by its position ("Italienischer",
    "Holländische"): an "-isch"/"-lich"/"-ig" stem with an inflection ending ("US-amerikanische"
    keeps its acronym, so only words capitalised in the first letter alone count). Place
    adjectives in "-er" ("Berliner") are left out: they are part of names ("Berliner Polizei")."""
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and low.endswith(_ADJ_STEM_ENDINGS)


def lowered_adjectives(words: list[str], first_role: int) -> list[str]:
    """The words of a role with the adjectives before its first role noun lower-cased:
    "Italienischer Außenminister" at a sentence start is the role "italienischer
    Außenminister", as it reads after an article."""
    return [w.lower() if n < first_role and cap_adjective(w) else w for n, w in enumerate(words)]


def named_organisation(
    caps: list[str], adj_words: list[str], nouns: frozenset[str]
) -> tuple[str, list[str]] | None:
    """ "der britische Sender BBC", "der Autokonzern Volkswagen": an organisation noun of
    the lexicon followed by a name that is no common noun; the name speaks and the noun
    phrase before it describes it."""
    if len(caps) < 2 or not nouns or not org_apposition_head(caps[0]):
        return None
    name = caps[1:]
    if any(w in nouns or is_role(w) for w in name):
        return None
    return " ".join([*adj_words, caps[0]]), name


def titled_organisation(description: str, quoted: str) -> tuple[str, str] | None:
    """ "Die Wochenzeitung „Die Zeit“", "die britische Tageszeitung „The Guardian“": a quoted
    title after an organisation noun of the lexicon is the speaker's name, with its marks,
    and the description before it its role. None for other heads ("Bürgerinitiative
    „Deichbau jetzt“" stays one name)."""
    words = description.split()
    if not words or not quoted[1:-1].strip() or not org_apposition_head(words[-1]):
        return None
    # the marks stay: they show "„Die Zeit“" or "„Neue Welt“" is a title, not a time or a thing
    return quoted, " ".join(lowered_adjectives(words, len(words) - 1))


def org_apposition_head(word: str) -> bool:
    """An organisation noun of the lexicon, also in the genitive that report phrases put it
    in ("nach Angaben des Senders France Info", "des Magazins Cicero")."""
    low = word.lower()
    return any(low.removesuffix(cut).endswith(ORG_APPOSITION_HEADS) for cut in ("", "s", "es"))


def place_before_apposition(words: list[str], j: int, end: int, caps: list[str]) -> int:
    """ "der SPD-Fraktionschef im Landtag, Klaus Meier": a place phrase after a role noun
    and before the apposition belongs to the role."""
    if not (j + 2 < end and words[j] in _PLACE_PREPS and any(is_role(c) for c in caps)):
        return j
    k = j + 1
    if words[k] in DETS:
        k += 1
    while k < end and is_adj(words[k]):
        k += 1
    n0 = k
    while k < end and is_cap(words[k]) and not is_role(words[k]):
        k += 1
    if k > n0:
        k = _attached_tail(words, k, end)  # "im Aufsichtsrat der Bundesagentur für Arbeit"
    return k if k > n0 and k < end and words[k] == "," else j


def _attached_tail(words: list[str], k: int, end: int) -> int:
    """Up to three genitive or "für"/"von" phrases after a noun ("der Bundesagentur für
    Arbeit"); the index after them (k when there is none)."""
    for _ in range(3):
        m = k
        if not (m < end and words[m] in _TAIL_LINKS):
            break
        m += 1
        if m < end and words[m] in DETS:
            m += 1
        while m < end and is_adj(words[m]):
            m += 1
        n0 = m
        while m < end and is_cap(words[m]):
            m += 1
        if m == n0:
            break
        k = m
    return k


def role_apposition(words: list[str], j: int, end: int, role: str | None) -> tuple[str | None, int]:
    """ "John Kirby, Sprecher des nationalen Sicherheitsrats, sagte": the role after a name,
    and the index after it (the role unchanged and j when there is none)."""
    k = j + 1
    if words[k] in DETS or words[k] in INDEF:
        k += 1  # "Philip Aguer, ein Sprecher der SPLA,"
    a0 = k
    while k < end and is_adj(words[k]):
        k += 1
    if not (k < end and is_role(words[k])):
        return role, j
    k += 1
    while k < end:
        if _role_tail_word(words[k]) or _slash_pair(words, k, end):
            k += 1
        elif coordinated_role(words, k, end):
            k += 2
        elif (short := acronym_in_brackets(words, k, end)) > 0:
            k += short
        else:
            break
    while k > a0 and not (is_cap(words[k - 1]) or words[k - 1] == ")"):
        k -= 1
    if k < end and words[k] == ",":
        return _joined(words[a0:k]), k + 1
    if k >= end or words[k] in (".", "!", "?"):
        return _joined(words[a0:k]), k
    return role, j


def _role_tail_word(word: str) -> bool:
    """A word that continues a role apposition: "Sprecher des nationalen Sicherheitsrats"."""
    return is_cap(word) or word in GEN_DETS or is_adj(word) or word in _ROLE_TAIL_WORDS


def coordinated_role(words: list[str], k: int, end: int) -> bool:
    """ "Manfred Berg, der Dekan der Fakultät und Vorsitzende des Ausschusses, sagte": "und"
    before a second role noun keeps the apposition going (it ended at "und", so the name
    lost its apposition and the clause its subject)."""
    return words[k] in ("und", "sowie") and k + 1 < end and is_role(words[k + 1])


def _slash_pair(words: list[str], k: int, end: int) -> bool:
    """The slash of "CDU/CSU-Fraktion", which the tokenizer splits off: it keeps the
    apposition going ("Obmann der CDU/CSU-Fraktion im Ausschuss,")."""
    return words[k] == "/" and k > 0 and k + 1 < end and is_cap(words[k + 1])


def acronym_in_brackets(words: list[str], k: int, end: int) -> int:
    """The length of a bracketed acronym at k ("( SPLA )" after "Befreiungsarmee"), else 0:
    it belongs to the organisation before it."""
    if k + 2 < end and words[k] == "(" and words[k + 2] == ")" and is_acronym(words[k + 1]):
        return 3
    return 0


def is_acronym(word: str) -> bool:
    """ "SPLA", "GdP", "IStGH": mostly capitals, no longer than a short name."""
    caps = sum(ch.isupper() for ch in word)
    return 2 <= len(word) <= 8 and word.isalpha() and caps >= 2 and word[0].isupper()


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" / ", "/").replace("( ", "(").replace(" )", ")")


def _homograph_first_name(words: list[str], k: int, end: int) -> bool:
    """A capitalised clause word ("Will", "So") opening a name apposition and followed by a
    surname: inside a sentence only a name is written so ("der Korrespondent, Will Grant,")."""
    return (
        k + 1 < end
        and words[k][:1].isupper()
        and words[k].isalpha()
        and not is_cap(words[k])
        and is_cap(words[k + 1])
        and not is_role(words[k + 1])
        and not is_org(words[k + 1])
    )


def name_apposition(
    words: list[str], i: int, j: int, end: int, det: str | None
) -> tuple[str, list[str], int] | None:
    """ "der Sprecher, John Kirby," : the name after a description; the description becomes
    the role. Returns role, name words and the index after the name."""
    k = j + 1
    n0 = k
    if _homograph_first_name(words, k, end):
        k += 1  # "der Korrespondent, Will Grant,": "Will" is a first name here, not "will"
    while k < end and is_cap(words[k]) and not is_role(words[k]) and not is_org(words[k]):
        k += 1
    if k - n0 >= 1 and (k >= end or words[k] in (",", ".")):
        role = " ".join(words[i + (1 if det else 0) : j])
        return role, list(words[n0:k]), (k + 1 if k < end and words[k] == "," else k)
    return None


def attach(
    words: list[str],
    span: tuple[int, int, int],
    det: str | None,
    role: str | None,
    name_words: list[str],
    role_idx: list[int],
) -> tuple[str | None, list[str], int]:
    """Role and name with the appositions after the head (span: phrase start, head end and
    the phrase's limit): a role after a name, or a name after a description or after a role
    with a genitive-looking name ("der Sprecher des Kanzlers, Steffen Hebestreit")."""
    i, j, end = span
    if name_words and j + 1 < end and words[j] == ",":
        role, j = role_apposition(words, j, end, role)
    genitive_name = bool(role_idx) and len(name_words) == 1 and name_words[0].endswith("s")
    if (
        (not name_words or genitive_name)
        and (det in DETS or role_idx)
        and j + 2 < end
        and words[j] == ","
    ):
        named = name_apposition(words, i, j, end, det)
        if named is not None:
            role, name_words, j = named
    return role, name_words, j
