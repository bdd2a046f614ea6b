"""Crossed attributions: two quotes of one sentence whose texts each hold the other's speaker
("Der Landrat spreche aus, was viele dächten, schrieb Brauer": "Landrat" with the text
"was viele dächten, schrieb Brauer" and "Brauer" with "Der Landrat spreche aus, …"). Only one
reading can hold: the cue closing the sentence (", schrieb Brauer") attributes everything
before it, so the cue inside that content ("spreche aus", "was Beschäftigte berichteten") is
part of what was reported, never a quote of its own. A closing cue in Konjunktiv is itself
reported speech and closes nothing: in "Kühnel sagte, die Aussage bestätige die Anklage" the
"Anklage" of "bestätige" is an object inside Kühnel's words, so there the closing reading is
the one dropped. A pure function over the finished quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.models import Quote


def without_crossed(
    quotes: Sequence[Quote], reported: Callable[[str], bool] = lambda cue: False
) -> list[Quote]:
    """`quotes` without each quote that is crossed with a later-named speaker's quote of the
    same sentence (see the module docstring); other quotes keep their order. `reported` says
    whether a cue word is in the mood of reported speech (Konjunktiv): such a closing cue
    loses to the indicative cue it crosses."""
    dropped: set[int] = set()
    for i, inner in enumerate(quotes):
        for j, outer in enumerate(quotes):
            if outer is not inner and _crossed(inner, outer):
                dropped.add(j if _reported_closing(inner, outer, reported) else i)
                break
    return [q for i, q in enumerate(quotes) if i not in dropped]


def _reported_closing(inner: Quote, outer: Quote, reported: Callable[[str], bool]) -> bool:
    """Whether `outer`'s closing cue is reported speech and `inner`'s is the narrator's."""
    assert inner.cue and outer.cue  # _crossed holds only between quotes with cues
    return reported(outer.cue.split()[0]) and not reported(inner.cue.split()[0])


def _crossed(inner: Quote, outer: Quote) -> bool:
    """Whether `inner`'s text holds `outer`'s speaker and `outer`'s text holds `inner`'s, with
    `outer`'s text opening the sentence and its speaker named later (the closing
    attribution). "X sagte, …, und Y erklärte, der X habe recht" crosses nothing: Y's text
    does not open the sentence."""
    if inner.sentence_index != outer.sentence_index or not _opens_sentence(outer):
        return False
    if "according_to" in (inner.kind, outer.kind) or not inner.cue or not outer.cue:
        return False  # "nach Angaben von X" inside a report is a source, no crossed cue
    a, b = inner.speaker_mention, outer.speaker_mention
    if not a or not b or a == b or a not in outer.text or b not in inner.text:
        return False
    if inner.cue.split()[0] not in outer.text or outer.cue.split()[0] not in inner.text:
        return False
    return inner.sentence.rfind(b) > inner.sentence.find(a)


def _opens_sentence(q: Quote) -> bool:
    return bool(q.text) and q.sentence.lstrip(_OPENERS).startswith(q.text[:40])


_OPENERS = " \"„“”»«‚‹›'"

__all__ = ["without_crossed"]
