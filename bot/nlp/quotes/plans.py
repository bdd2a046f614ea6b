"""A plan is no statement: "Die Stadt will die Brücke sanieren" reports what the city
intends, not something it said. The modal cue "wollen" (lexicons/cue_modals.txt) makes a
quote only when something in its clause shows speech: a cue infinitive that closes it
("will … eine Senkung fordern", read by `Acts.intended`), a "dass" clause or a colon after
it ("will, dass …"), quoted words in its content ("will „sorgfältig prüfen“"), or a
Konjunktiv form that is itself reported speech ("Er wolle …"). "will wissen" and "will
erfahren haben" claim knowledge: speech, not a plan."""

from __future__ import annotations

from bot.nlp.quotes.grammar import QUOTE_CHARS
from bot.nlp.stage_records import Attribution

# the indicative forms of "wollen": what a writer states as the subject's plan; the
# Konjunktiv forms ("wolle", "wollten" as Konjunktiv II reads as the past) are reported
INDICATIVE_WOLLEN = frozenset({"will", "willst", "wollen", "wollt", "wollte", "wollten"})
SPEECH_OPENERS = frozenset({",", ":", "dass"})
# infinitives right after "will" that claim knowledge ("EurActiv will wissen, dass …")
KNOWING = frozenset({"wissen", "erfahren"})


def bare_plan(texts: list[str], c: int, acting: str, content: tuple[int, int]) -> bool:
    """True when the cue at texts[c] is an indicative "wollen" whose act is its own (no cue
    infinitive) and whose content is a plain infinitive clause with nothing quoted: the
    sentence reports a plan, not what anyone said."""
    if texts[c].lower() not in INDICATIVE_WOLLEN or acting != "wollen":
        return False
    after = texts[c + 1].lower() if c + 1 < len(texts) else ""
    if after in SPEECH_OPENERS or after in KNOWING:
        return False
    lo, hi = content
    return not any(t in QUOTE_CHARS for t in texts[lo:hi])


def with_plans(attrs: list[Attribution], plans: list[Attribution]) -> list[Attribution]:
    """The sentence's attributions with its plans among them in the order their cues stand
    (markers, which have no cue position, after all): a plan is no quote, but its subject
    is resolved where it stands, so that it registers the names it introduces and "Der
    Verband will nach seinen Angaben …" reads the possessive as the association's."""
    if not plans:
        return attrs
    out: list[Attribution] = []
    waiting = list(plans)
    for at in attrs:
        at_cue = at.cue_at if at.cue_at is not None and not at.marker else None
        while waiting and (at_cue is None or _cue_of(waiting[0]) < at_cue):
            out.append(waiting.pop(0))
        out.append(at)
    return out + waiting


def _cue_of(at: Attribution) -> int:
    return at.cue_at if at.cue_at is not None else -1
