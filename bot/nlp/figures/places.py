"""The event and the place a subject or an article names ("Tote beim Erdbeben in Myanmar"
-> ("Erdbeben", "Myanmar")): casualty counts of different events or places are different
topics, and a bare count takes the scope its article states."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import product

from bot.nlp.figures import rules as R
from bot.nlp.figures.lemmas import is_common_noun, table_lemmatize
from bot.nlp.figures.lexicon import is_non_topic, lexicon
from bot.nlp.figures.phrases import ADJ_RE, NOUN_RE, is_time

Scope = tuple[str | None, str | None]  # (event group, place)


@lru_cache(maxsize=8192)
def event_of(word: str) -> str | None:
    """The event group a noun names ("Bebens" -> "Erdbeben", "Busunfall" -> "Unfall"), or
    None. Cached (the lexicon is read once per process): the compound test is one regex of
    every event noun per word, and the figure rules ask about the same words again."""
    lex = lexicon()
    for cut in ("", "s", "es"):
        if cut and not word.endswith(cut):
            continue
        found = lex.events.get(word[: len(word) - len(cut)] if cut else word)
        if found:
            return found
    m = lex.event_suffix.search(word.lower())
    if m is None:
        return None  # else a compound: "Bombenanschlag", "Busunfall"
    return next((g for e, g in lex.events.items() if e.lower() == m.group(1)), None)


def _place_after(words: Sequence[str], i: int) -> str | None:
    """The place of "in Myanmar", "aus Spanien", "in der Türkei", "im Iran" at words[i]."""
    prep = words[i].lower()
    if prep not in ("in", "im", "aus") or i + 1 >= len(words):
        return None
    framed = _framed_place(words, i + 1 if prep == "im" else i + 2)
    if framed is not None and (prep == "im" or words[i + 1].lower() in ("der", "dem")):
        return framed
    nxt = words[i + 1]
    if nxt.lower() in ("der", "dem", "den") and i + 2 < len(words):
        nxt = words[i + 2]  # "in den Libanon", "in den Irak": a country with its article
        return nxt if _is_country(nxt) else None
    if prep == "im":
        return nxt if nxt in R.COUNTRY_ADJECTIVES else None
    if not NOUN_RE.match(nxt) or event_of(nxt) or is_time(nxt) or is_non_topic(nxt):
        return None
    if nxt.lower().endswith(lexicon().not_places) or nxt.rstrip(",.") in lexicon().place_frames:
        return None  # "in Krankenhäusern", "in Stadt und Land": no place's name
    name = place_name(words, i + 1)
    tails = lexicon().place_tails
    if " " not in name and not _is_country(name) and is_common_noun(name, table_lemmatize(), tails):
        return None  # "in Telefonkontakt", "in Lebensgefahr": a state, not where
    return name


def _framed_place(words: Sequence[str], k: int) -> str | None:
    """The name after a place frame at words[k], past adjectives: "spanischen Region
    Valencia" -> "Valencia", "Stadt Celje" -> "Celje", "Südosten der Türkei" -> "Türkei";
    None when no frame noun stands there."""
    while k < len(words) and words[k][:1].islower() and ADJ_RE.match(words[k]):
        k += 1
    if k + 1 >= len(words) or words[k] not in lexicon().place_frames:
        return None
    at = k + 1
    if words[at].lower() in ("der", "des") and k + 2 < len(words):
        at = k + 2
    name = words[at].rstrip(",.")
    if not NOUN_RE.match(name) or event_of(name) or is_time(name) or is_non_topic(name):
        return None
    if name in lexicon().place_frames:
        return None  # "im Süden der Stadt": which town is not said here
    found = place_name(words, at)
    if at == k + 1 and words[k] in lexicon().part_frames and found == name:
        return _nominative(found)  # "im Osten Bagdads": a part of a place names it in the genitive
    return found


def _nominative(name: str) -> str:
    """A place name after a part-of frame without its genitive -s ("Bagdads" -> "Bagdad")."""
    if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "us", "is", "os")):
        return name[:-1]
    return name


def place_name(words: Sequence[str], k: int) -> str:
    """The place name starting at words[k], in the nominative: a name of several words
    ("Schwäbisch Hall", "Bad Hersfeld", "New York": lexicons/figure_scopes.tsv, or a first
    word in -isch), and a country's genitive without its -s ("im Süden Thailands" ->
    "Thailand")."""
    name = words[k].rstrip(",.")
    parts = [name]
    while (
        k + 1 < len(words)
        and parts[-1] == words[k]
        and (parts[-1] in lexicon().place_prefixes or parts[-1].endswith("isch"))
        and NOUN_RE.match(words[k + 1].rstrip(",."))
    ):
        k += 1
        parts.append(words[k].rstrip(",."))
    if len(parts) == 1 and name.endswith("s") and _is_country(name[:-1]):
        return name[:-1]
    return " ".join(parts)


def _is_country(name: str) -> bool:
    return name in lexicon().countries or name in R.COUNTRY_ADJECTIVES


def scope_of(subject: str | None) -> Scope:
    """The event and the place a subject names ("Tote beim Erdbeben in Myanmar" ->
    ("Erdbeben", "Myanmar"); "Leichen in Mandalay" -> (None, "Mandalay"))."""
    if not subject:
        return None, None
    words = subject.replace("(", " ").replace(")", " ").split()
    event = next((e for w in words if (e := event_of(w))), None)
    place = next((p for i in range(len(words)) if (p := _place_after(words, i))), None)
    return event, place


_WORD_RE = re.compile(r"[\wÄÖÜäöüß-]+")
# the words `_place_after` reads a place after, in every spelling its lower() accepts
_PLACE_PREPOSITIONS = frozenset(
    "".join(chars)
    for word in ("in", "im", "aus")
    for chars in product(*((c, c.upper()) for c in word))
)


@lru_cache(maxsize=4)
def text_scope(text: str) -> Scope:
    """The event an article is about, from its words: the event noun it names most often
    ("Erdbeben" for "Beben", "Erdbebens") and the place most often attached to it ("das
    Beben in Myanmar"), else the place it names most often (at least twice: "in Nigeria"),
    a country it names twice, or the first place it names with "in"; (None, None) when it
    names neither. Cached for the last few texts: the Extractor's scoping asks it twice of
    one article (a pure function of the text and the fixed lexicons)."""
    words = _WORD_RE.findall(text)
    # the place after each preposition, read once (an event looks at the next three words)
    at = {
        k: place
        for k, w in enumerate(words)
        if w in _PLACE_PREPOSITIONS and (place := _place_after(words, k))
    }
    events: Counter[str] = Counter()
    attached: Counter[tuple[str, str]] = Counter()
    places: Counter[str] = Counter(at.values())
    for k, w in enumerate(words):
        event = event_of(w) if w[:1].isupper() else None
        if event is None:
            continue
        events[event] += 1
        place = next((at[j] for j in range(k + 1, min(k + 4, len(words))) if j in at), None)
        if place:
            attached[(event, place)] += 1
    secondary = lexicon().secondary_events
    if any(e not in secondary for e in events):
        # "Proteste gegen das Krisenmanagement nach dem Hochwasser": the disaster's story
        events = Counter({e: n for e, n in events.items() if e not in secondary})
    event = events.most_common(1)[0][0] if events else None
    found = sorted((n, p) for (e, p), n in attached.items() if e == event)
    if found:
        return event, found[-1][1]
    dateline = dateline_place(*text.partition("\n")[::2])
    if dateline and not _is_country(dateline):
        return event, dateline  # "Madrid: …": where it happened, before the lead's places
    common = places.most_common(1)
    if common and common[0][1] >= 2:
        return event, common[0][0]  # "Myanmar: …" with "in Rangun" twice: the finer place
    return event, dateline or named_country(words) or _first_place(words)


DATELINE_WORDS = 3  # "Pakistan", "New York City", "Menden (Sauerland)": a dateline is short


def dateline_place(title: str, body: str) -> str | None:
    """The place a title's dateline names ("Madrid: Denkmal für die Terroropfer …" ->
    "Madrid"; "Menden (Sauerland): …" -> "Menden"): the place where the article's events
    happened, a stronger sign than the first place its lead names. A country is a place by
    name; any other name only when the body names it as a place too ("in Madrid", "bei
    Madrid"), since a dateline may also name a topic ("Umfrage: …", "Australian Open: …"), a
    person ("Wulff: …") or a company ("Airbus: …")."""
    head, colon, _ = title.partition(":")
    if not colon:
        return None
    name = re.sub(r"\s*\([^()]*\)", "", head).strip()
    words = name.split()
    if not words or len(words) > DATELINE_WORDS or not NOUN_RE.match(words[0]):
        return None
    if _is_country(name):
        return name
    if len(words) == 1 and _named_place(words, 0) is None:
        return None  # "Umfrage", "Studie", "Vogelgrippe": a topic word
    return name if name in _body_places(_WORD_RE.findall(body)) else None


def _body_places(words: Sequence[str]) -> set[str]:
    """The places a text names after "in", "im", "aus" ("in der Hauptstadt Madrid") or
    "nahe" ("nahe Madrid"); not after "bei", which names a company as often ("bei Tesla")."""
    found = {p for k in range(len(words)) if (p := _place_after(words, k))}
    near = (k + 1 for k, w in enumerate(words[:-1]) if w == "nahe")
    return found | {p for k in near if (p := _named_place(words, k))}


_PART_WORDS = frozenset({"allein", "davon", "darunter", "ihnen"})
LEAD_WORDS = 60  # about the first two sentences: where a report says where it happened


def _first_place(words: Sequence[str]) -> str | None:
    """The first place an article's lead names with "in" or "bei" ("Streit zweier Familien in
    Dortmund-Bövinghausen"): a report says where it happened first. Two stories that state
    no other place ("Verletzte (Brand)" in Guatemala and in Luxembourg) were one topic."""
    lead = words[:LEAD_WORDS]
    for k, w in enumerate(lead):
        if k and lead[k - 1].lower() in _PART_WORDS:
            continue  # "Allein in Celje gab es 5 Tote": a part of the story, not its place
        if w in ("in", "im") and (place := _place_after(lead, k)):
            return place
        if w == "bei" and k + 1 < len(lead) and (place := _named_place(lead, k + 1)):
            return place  # "bei einem Brand … bei Guatemala-Stadt": near a named place
    return None


def _named_place(words: Sequence[str], k: int) -> str | None:
    """The place name at words[k] after a preposition without article ("bei Kiew"), or None
    for a common noun ("bei Temperaturen", "bei Bewusstsein") or an event."""
    name = words[k]
    if not NOUN_RE.match(name) or event_of(name) or is_time(name) or is_non_topic(name):
        return None
    found = place_name(words, k)
    tails = lexicon().place_tails
    if " " not in found and is_common_noun(found, table_lemmatize(), tails):
        return None
    return found


_ADJECTIVE_ENDING_RE = re.compile(r"(?:e|en|er|es|em)$")


@cache
def _countries_by_stem() -> dict[str, str]:
    """The countries by the stem of their adjective (lexicon read once per process)."""
    return {stem: country for country, stem in lexicon().countries.items()}


def named_country(words: Sequence[str]) -> str | None:
    """The country a text names at least twice by its name or its adjective ("Slowenien
    zählt 128 Todesopfer" and "die slowenische Regierung"), the most often named one; None
    when no country is named twice."""
    countries = lexicon().countries
    by_stem = _countries_by_stem()
    counts: Counter[str] = Counter()
    for w in words:
        if w in countries:
            counts[w] += 1
        elif w[:1].islower() and w.endswith(("e", "en", "er", "es", "em")):
            stem = _ADJECTIVE_ENDING_RE.sub("", w)
            if stem in by_stem:
                counts[by_stem[stem]] += 1
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None
