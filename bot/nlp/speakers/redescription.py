"""Re-descriptions: a definite noun that describes a person named before by another word
("Finanzminister Lars Becker ... sagte der SPD-Politiker", "Vorstandschef Peter Kern ...
sagte der Manager", "die Christdemokratin"). News style avoids repeating a name, so such a
noun is the person named just before when gender and party agree; it is never a new
person (that one comes with "ein"/"eine").

Pure functions over words and the lexicons `speaker_redescriptions.txt` and
`speaker_parties.tsv`; the entity registry picks the candidates."""

from __future__ import annotations

from functools import cache

from bot.nlp.lexicons import rows, words

Parties = frozenset[str]


@cache
def _parties() -> dict[str, tuple[Parties, bool]]:
    """Party word (lower-cased) -> (the parties it names, whether it is a member noun)."""
    return {
        r[0].lower(): (frozenset(r[1].split()), r[2:] == ["person"])
        for r in rows("speaker_parties.tsv")
        if len(r) > 1
    }


@cache
def _nouns() -> frozenset[str]:
    """The re-describing person nouns ("politiker", "manager"), lower-cased."""
    return words("speaker_redescriptions.txt")


def _split(word: str) -> tuple[str, str]:
    """ "SPD-Politiker" -> ("spd", "politiker"); "Manager" -> ("", "manager")."""
    prefix, _, base = word.rpartition("-")
    return prefix.lower(), base.lower()


@cache
def _offices() -> frozenset[str]:
    """Party offices that re-describe only behind a party prefix ("ÖVP-Chef"), lower-cased."""
    return words("speaker_party_offices.txt")


def redescription(word: str) -> Parties | None:
    """The parties a re-describing noun names (empty when it names none), or None when the
    word is no re-description: "SPD-Politiker" -> {SPD}, "Manager" -> {}, "Sozialdemokratin"
    -> {SPD, SPÖ}, "ÖVP-Chef" -> {ÖVP} (a party office), "Finanzminister" -> None (an office:
    `roles.role_holder` links it)."""
    prefix, base = _split(word)
    member = _parties().get(base)
    if member is not None and member[1]:
        return member[0]
    if base in _offices() and prefix:
        party = _parties().get(prefix)
        return party[0] if party is not None else None  # "ÖVP-Chef"; "Verdi-Chef" is no party
    if base not in _nouns():
        return None
    if not prefix:
        return frozenset()
    party = _parties().get(prefix)
    return party[0] if party is not None else None  # "Kommunalpolitiker" stays unknown


def role_party(role: str | None) -> Parties:
    """The parties a person's role names by a party compound ("SPD-Fraktionschef",
    "Grünen-Politikerin") or a member noun; empty when it names none."""
    found: set[str] = set()
    for word in (role or "").split():
        prefix, base = _split(word)
        for key in (prefix, base):
            party = _parties().get(key) if key else None
            if party is not None:
                found |= party[0]
    return frozenset(found)


def tagged_party(after: str) -> Parties:
    """The parties of a "(SPD)" tag that opens `after`, the text right after a surname:
    "Lars Becker (SPD) sagte"; empty without one. Sentence words leave such tags out."""
    tag = after.lstrip()
    if not tag.startswith("("):
        return frozenset()
    party = _parties().get(tag[1:].partition(")")[0].strip().lower())
    return party[0] if party is not None else frozenset()


def parties_agree(wanted: Parties, known: Parties) -> bool:
    """Whether a person may be the one re-described: either party is unknown, or they
    share one ("Christdemokrat" agrees with CDU and with CSU)."""
    return not wanted or not known or bool(wanted & known)
