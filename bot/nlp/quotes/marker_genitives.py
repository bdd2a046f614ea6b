"""A marker's source named in a case other than the nominative, given as its nominative:
the genitive after a report noun ("Angaben des Verbandes" -> "Verband"), a bare genitive
plural ("Meinung vieler Experten"), a quoted title ("des „Handelsblatts“"), a dative plural
("von Helfern" -> "Helfer"), a possessive ("seines Anwalts" -> "Anwalt").
"""

from __future__ import annotations

import dataclasses

from bot.nlp.quotes.base import _adjective_like
from bot.nlp.roles import nominative
from bot.nlp.speakers import DETS, INDEF, NP, POSSESSIVE, is_org


def bare_genitive(texts: list[str], k: int, end: int, quantifiers: frozenset[str]) -> NP | None:
    """ "Einschätzung politischer Beobachter", "Meinung vieler Experten": a genitive plural
    without article (an inflected word in -er, then a capitalised noun) names the source."""
    if not (k + 1 < end and texts[k][:1].islower() and texts[k].endswith("er")):
        return None
    head = texts[k + 1]
    if not (head[:1].isupper() and head.replace("-", "").isalpha() and len(head) > 3):
        return None
    quantifier = texts[k].lower() in quantifiers
    name = head if quantifier else f"{texts[k][:-1]} {head}"
    return NP(k, k + 2, "description", name, None, is_org(head), " ".join(texts[k : k + 2]))


def genitive_source(texts: list[str], m: int, end: int) -> NP | None:
    """ "Angaben des Verbandes", "des Statistischen Bundesamtes", "des TÜV Nord": the
    masculine/neuter genitive the noun-phrase parser does not read, as its nominative
    ("Verband", "Statistisches Bundesamt"). Capitalised words after "des"/"eines" only."""
    if texts[m].lower() not in ("des", "eines"):
        return None
    a = m + 1
    while a < end and a <= m + 2 and texts[a][:1].islower() and _adjective_like(texts[a]):
        a += 1  # "des österreichischen Standards", "des arabischen Senders"
    k = a
    while k < end and k <= a + 3 and texts[k][:1].isupper() and texts[k].replace("-", "").isalpha():
        k += 1
    if k == a:
        return None
    name = nominative(" ".join(texts[m:k]))
    if not name:
        return None
    if len(name.split()) == k - m - 1 and name.split()[-1] == texts[k - 1]:
        name = " ".join(texts[m + 1 : k])  # the head kept its genitive: keep it as written
    return NP(m, k, "description", name, None, is_org(name.split()[-1]), " ".join(texts[m:k]))


def genitive_title(np: NP | None, article: str) -> NP | None:
    """A quoted title in the genitive ("des „Handelsblatts“") in its nominative
    ("Handelsblatt"): the source is named as it calls itself."""
    if np is None or article != "des" or " " in np.name or not np.name.endswith("s"):
        return np
    name = nominative(f"des {np.name}") or np.name
    return dataclasses.replace(np, name=name)


def dative_plural_name(np: NP, texts: list[str], m: int) -> NP:
    """ "nach Angaben von Helfern" -> "Helfer": a bare plural after "von"/"aus" is a dative;
    only heads in "-ern"/"-eln" show it ("von Augenzeugen" is already the plural)."""
    if texts[m - 1] not in ("von", "aus") or texts[m].lower() in DETS | INDEF:
        return np
    name = np.name
    if " " in name or len(name) <= 6 or not name.endswith(("ern", "eln")):
        return np
    return dataclasses.replace(np, name=name[:-1])


def possessed(np: NP, texts: list[str], m: int) -> NP:
    """ "Angaben seines Anwalts" -> "Anwalt": the possessive is no part of the source's name,
    but its case is the name's."""
    first = texts[m].lower()
    if first not in POSSESSIVE or np.kind in ("pronoun", "anonymous") or np.end <= m + 1:
        return np
    article = "des" if first.endswith("es") else "der"
    name = nominative(" ".join(texts[m + 1 : np.end]), article) or np.name
    return dataclasses.replace(np, name=name)


def article_of(demonstrative: str) -> str:
    """The definite article a demonstrative stands for: "diesem" -> "dem", "diese" -> "die"."""
    ending = demonstrative.removeprefix("dies").removeprefix("jen")
    return "die" if ending == "e" else "d" + ending
