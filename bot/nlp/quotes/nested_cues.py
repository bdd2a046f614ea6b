"""A cue inside another cue's reported clause reports nothing of its own: in "Wittner sagte,
dass die Ärzte davon abgeraten hätten, ihn mitzunehmen" the doctors' advice is part of what
Wittner says, and the quote is Wittner's. Giving the inner clause to its own subject ("Ärzte")
makes a second, wrongly attributed quote of the same words, so the inner cue is dropped where
the outer quote already holds all of its content and the inner cue is subordinate to it: in
the outer cue's "dass"/"ob" clause in Konjunktiv, or an infinitive ("erklärte, den Tod nicht
bestätigen zu können"). A coordinated cue ("sagte, … und kündigte an") is a statement of its
own and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.nlp.quotes.colon_reports import CueAttribution
from bot.nlp.stage_records import Attribution, Word

# conjunctions that open a reported clause under a cue
REPORTED_CLAUSE = frozenset({"dass", "daß", "ob"})
# conjunctions of an adverbial clause ("Während X erklärte, …, räumte Y ein"): a clause they
# open before a cue is the setting of the main clause, never the main speaker's statement
ADVERBIAL_OPENERS = frozenset(
    {"während", "nachdem", "als", "bevor", "seit", "seitdem", "sobald", "indem", "obwohl"}
)
# words that end the reported clause and start a statement of its own
CLAUSE_BREAKS = frozenset({"und", "sowie", "oder", "aber", "doch", "sondern", ";", ":"})


def _holds(outer: Attribution, c: int, inner: Attribution) -> bool:
    """Whether `outer` reports the cue at `c` with all of its content."""
    lo, hi = outer.content
    return (
        not outer.marker
        and not outer.backref
        and not outer.passive
        and outer.np is not None
        and lo <= c < hi
        and lo <= inner.content[0]
        and inner.content[1] <= hi
    )


def infinitive_cue(texts: Sequence[str], c: int) -> bool:
    """Whether the cue at `c` is an infinitive with "zu" ("bestätigen zu können", "zu
    prüfen"): it has no subject of its own, only the governing clause's."""
    return texts[c - 1 : c] == ["zu"] or texts[c + 1 : c + 2] == ["zu"]


def reported_clause(texts: Sequence[str], outer: int, c: int) -> tuple[int, int] | None:
    """The "dass"/"ob" clause opened after the cue at `outer` that holds the cue at `c`
    (from its conjunction to the next comma), with no coordination or colon between them;
    None where the cue at `c` stands in no such clause."""
    for k in range(c - 1, outer, -1):
        low = texts[k].lower()
        if low in CLAUSE_BREAKS:
            return None
        if low in REPORTED_CLAUSE:
            end = next((m for m in range(c + 1, len(texts)) if texts[m] == ","), len(texts))
            return k, end
    return None


def without_nested_cues(
    found: list[CueAttribution], words: Sequence[Word], konj: Callable[[int, int], bool]
) -> list[CueAttribution]:
    """The cue attributions minus those subordinate to another one's reported clause: an
    infinitive, or a verb of a "dass"/"ob" clause in Konjunktiv (`konj(lo, hi)` tells): the
    mood of reported speech marks the clause as the outer speaker's report, where an
    indicative one ("schreibt, dass die Firma den Bericht zurückweist") states a fact of
    its own subject."""
    texts = [w.text for w in words]

    def nested(o: int, c: int) -> bool:
        if infinitive_cue(texts, c):
            return True
        rng = reported_clause(texts, o, c)
        return rng is not None and konj(*rng)

    return [
        (c, at)
        for c, at in found
        if at.marker
        or not any(
            other is not at and o < c and _holds(other, c, at) and nested(o, c)
            for o, other in found
        )
    ]


def fronted_report(texts: Sequence[str], a: int, cue_idx: frozenset[int]) -> bool:
    """Whether the words before the clause at `a` open with an adverbial clause that has a
    speech cue of its own ("Während Shakira erklärte, …, räumte Lopez ein", "Nachdem er
    gefragt wurde, was …, entgegnete X:"): they report that cue, not the later speaker."""
    if not texts or texts[0].lower() not in ADVERBIAL_OPENERS:
        return False
    comma = next((k for k in range(1, a) if texts[k] == ","), a)
    return any(0 < k < comma for k in cue_idx)


def opens_with_wie(texts: Sequence[str]) -> bool:
    """Whether the sentence opens with a "wie" clause ("Wie Möllring erklärte, sieht …"),
    whose main clause opens with its finite verb and may be what the clause reports."""
    return bool(texts) and texts[0].lower() == "wie"


def without_cue_led_content(
    found: list[CueAttribution], texts: Sequence[str]
) -> list[CueAttribution]:
    """The cue attributions minus those whose content, after the cue, opens with another cue
    of the sentence. A reported clause opens with a conjunction, a subject or a "zu"
    infinitive, never with a finite verb: in "Rechtsanwalt Kemal Yıldız, der mehrere
    Hinterbliebene vertritt, sagte: …" the words after "vertritt," are the main clause's
    own report ("sagte: …"), not what the relative clause's cue reports. A fronted "wie"
    clause is the exception: its main clause opens with the finite verb ("Wie Möllring
    erklärte, sieht die Landesregierung darin kein Hindernis") and is what it reports."""
    if opens_with_wie(texts):
        return found
    cues = frozenset(c for c, _ in found)
    return [
        (c, at) for c, at in found if at.marker or not (c < at.content[0] and at.content[0] in cues)
    ]


def clipped_at_main_clause(
    found: list[CueAttribution], texts: Sequence[str]
) -> list[CueAttribution]:
    """The cue attributions with the content of a cue in a fronted adverbial clause ended
    where the main clause's cue follows its comma: in "Während Roth erklärte, die Lage sei
    ernst, räumte Kern ein, …" Roth said no more than "die Lage sei ernst"."""
    if not texts or texts[0].lower() not in ADVERBIAL_OPENERS:
        return found
    for c, at in found:
        lo, hi = at.content
        main = next((k for k, _ in found if lo < k < hi and k > c and texts[k - 1] == ","), None)
        if not at.marker and main is not None:
            at.content = (lo, main - 1)
    return found


def without_fronted_wie_report(
    found: list[CueAttribution], texts: Sequence[str], opinions: frozenset[int]
) -> list[CueAttribution]:
    """The cue attributions minus a fronted "wie" clause whose main clause is itself a report
    with a speaker of its own: in "Wie die Zeitung berichtet, sagte der Minister, die Lage sei
    ernst" the minister's words are the statement (the cited source has precedence over the
    medium in a nested report); the newspaper only tells that he said it, so "sagte der
    Minister, …" is no statement of the newspaper's. A main clause with an opinion verb
    (`opinions`: "Wie Möllring erklärte, sieht die Landesregierung darin kein Hindernis")
    is the view the wie-clause's speaker reports, and the quote stays that speaker's."""
    if not opens_with_wie(texts):
        return found
    comma = next((k for k in range(1, len(texts)) if texts[k] == ","), None)
    if comma is None:
        return found
    main = next(
        (at for k, at in found if k == comma + 1 and k not in opinions and at.np is not None),
        None,
    )
    if main is None or main.marker:
        return found
    return [(c, at) for c, at in found if c > comma or at.marker]


def clipped_at_next_speaker(
    found: list[CueAttribution], texts: Sequence[str]
) -> list[CueAttribution]:
    """The cue attributions with a content ended where, after a comma, another speaker's own
    report begins: "Die Einsatzleitung spricht von 1.400 Hektar, der Naturschutzbund schätzt
    die Fläche auf 2.500 Hektar" gave the first speaker both clauses, the second's estimate
    among its words. The later cue must follow its subject, which follows the comma (a main
    clause of its own, no apposition between); a cue inside a reported clause in Konjunktiv
    is dropped before this pass (without_nested_cues), so "sagte, der Täter habe erklärt, …"
    stays."""
    for c, at in found:
        if at.marker or at.backref:
            continue
        lo, hi = at.content
        for k, other in found:
            np = other.np
            if (
                other is not at
                and not other.marker
                and np is not None
                and lo < np.start < np.end == k < hi
                and k > c
                and texts[np.start - 1] == ","
                and (at.np is None or np.start != at.np.start)
            ):
                at.content = (lo, np.start - 1)
                break
    return found
