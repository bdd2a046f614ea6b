"""Nested reports (issue 11): one sentence, a medium and the source it cites. The statement
is the cited source's, told through the medium, so it makes one quote, not two:

- "Medien berichteten unter Berufung auf Innenminister X, die Grenze werde geschlossen": X
  said it (the according-to marker keeps the report verb's clause as its content, the
  medium's own quote goes);
- "Laut BBC News sagte der Minister, dass …": the minister said it; the marker only names
  the channel, and its "content" would be the speech verb's whole clause.

A cited source without a name ("unter Berufung auf Regierungskreise", "auf Diplomaten") is
left to the medium (here and in `rules._one_report`): a named medium tells a reader more
than "anonymous".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.grammar import FINITE_HABEN
from bot.nlp.stage_records import Attribution

CITING = "unter Berufung auf"


def _speech(attrs: list[Attribution]) -> list[Attribution]:
    """The sentence's speech-verb attributions with a subject and a clause of their own."""
    return [
        at
        for at in attrs
        if not at.marker
        and not at.focus
        and not at.backref
        and not at.passive
        and at.np is not None
        and at.content[0] < at.content[1]
    ]


def _auxiliary(texts: Sequence[str], at: Attribution) -> bool:
    """Whether a perfect's finite auxiliary stands right before the attribution's subject
    ("hat der Minister erklärt, …"), its reported clause after a comma or colon."""
    np = at.np
    return (
        np is not None
        and np.start > 0
        and texts[np.start - 1].lower() in FINITE_HABEN
        and texts[at.content[0] - 1] in (",", ":")
    )


def _outside(marker: Attribution, at: Attribution) -> bool:
    """Whether the cited source stands outside the report verb's clause (it cites for that
    verb, it is not a phrase of what was reported)."""
    np = marker.np
    lo, hi = at.content
    return np is not None and not lo <= np.start < hi


def cited_source_speaks(attrs: list[Attribution]) -> list[Attribution]:
    """The attributions with a named cited source taking over its medium's one report (the
    marker gets the report's clause, the medium's attribution goes), or an unnamed one
    dropped. Only with exactly one report verb in the sentence, so that the citation cannot
    belong to another one."""
    speech = _speech(attrs)
    if len(speech) != 1:
        return attrs
    report = speech[0]
    cited = [m for m in attrs if m.marker and m.cue == CITING and _outside(m, report)]
    if len(cited) != 1:
        return attrs
    if not _named(cited[0]):
        return [at for at in attrs if at is not cited[0]]  # "auf Diplomaten": the medium's
    cited[0].content, cited[0].gap = report.content, None
    return [at for at in attrs if at is not report]


def _named(marker: Attribution) -> bool:
    """Whether a cited source has a name: a person or an organisation named as such, not
    persons only described ("Diplomaten", "Ermittler"), whom a reader knows less than the
    medium citing them."""
    np = marker.np
    return np is not None and (np.kind == "name" or (np.org and not np.plural))


def channel_markers_dropped(attrs: list[Attribution], texts: Sequence[str]) -> list[Attribution]:
    """The attributions without a fronted according-to marker whose content opens with the
    speech verb of another attribution ("Laut BBC News sagte der Minister, …"): such a
    marker names where the statement was reported, its speaker is the verb's subject. Only
    a verb with a reported clause after its comma or colon: "Agenturmeldungen zufolge will
    X das Vorgehen abstimmen" reports an intention the agencies tell, not X's words. A
    marker elsewhere ("Der Bürgermeister sagte, laut Polizei sei …") is left alone."""
    cues = {
        at.cue_at
        for at in _speech(attrs)
        if at.cue_at is not None and texts[at.content[0] - 1] in (",", ":")
    }
    # or the verb's perfect auxiliary before its subject: "Laut CNN hat der Minister erklärt"
    cues |= {at.np.start - 1 for at in _speech(attrs) if at.np and _auxiliary(texts, at)}
    return [at for at in attrs if not (at.marker and at.cue != CITING and at.content[0] in cues)]
