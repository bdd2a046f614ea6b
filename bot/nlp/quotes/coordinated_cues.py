"""Two speech acts of one speaker joined by "und": "Der Angeklagte betonte, er sei unschuldig,
und wies alle Vorwürfe zurück" reports a claim and a denial. The first act's content ends
before the second main clause, which is reported as its own act (the denial is not part of
what was claimed)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.colon_reports import CueAttribution

COORDINATORS = frozenset({"und", "oder", "sowie"})


def clipped_at_coordinated_cue(
    found: list[CueAttribution], texts: Sequence[str]
) -> list[CueAttribution]:
    """The cue attributions with a content ended where ", und" opens another found cue's
    clause inside it: "betonte, das Land sei sicher, und wies die Kritik zurück" claimed
    only "das Land sei sicher"."""
    for c, at in found:
        lo, hi = at.content
        nxt = next(
            (
                k
                for k, _ in found
                if c < k
                and lo + 1 < k - 1 < hi
                and texts[k - 1] in COORDINATORS
                and texts[k - 2] == ","
            ),
            None,
        )
        if nxt is not None and not at.marker:
            at.content = (lo, nxt - 2)
    return found
