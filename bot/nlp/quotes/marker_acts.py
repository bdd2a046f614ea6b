"""The speech act an according-to statement reports ("Laut Polizei warnten die Beamten vor
Glätte"): read from the cue attributions of the marker's own clause, after both the marker and
the cue stages have run, so it lives with the quote rules that hold both."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.stage_records import Attribution


def reported_act(
    marker: Attribution, cues: Sequence[Attribution], texts: list[str]
) -> Attribution | None:
    """The speech act an according-to statement reports, when its clause has one: "Laut
    Polizei warnten die Beamten vor Glätte" warns, "Rheinmetall will nach eigenen Angaben ein
    Werk errichten" announces. What the source gives out is that act: the cue's attribution,
    whose act and target the statement takes. The cue stands in the marker's own clause (no
    comma or semicolon between them): "Die Veranstalter schätzten 1.500; nach Polizeiangaben
    waren es 1.000" and "laut Polizei ist die Demonstration, zu der X aufgerufen hatte, …"
    report a claim. A marker whose noun names an act keeps it ("nach Schätzungen der UN"),
    and a clause with a plain claim stays a claim (None)."""
    if marker.act != "claim":
        return None
    lo, hi = marker.content
    gap = marker.gap or ((hi, hi) if lo == 0 else (lo, lo))
    for at in cues:
        c = at.cue_at
        if at.marker or at.focus or at.backref or at.act == "claim" or c is None:
            continue
        if not lo <= c < hi or gap[0] <= c < gap[1]:
            continue
        between = texts[c + 1 : gap[0]] if c < gap[0] else texts[gap[1] : c]
        if not any(t in (",", ";", ":", "–") for t in between):
            return at
    return None
