"""Questions a speaker answers: "Auf die Frage, ob er zurücktrete, antwortete X: „Nein.“"
The prefield framing the question (lexicon `quote_question_frames.txt`) holds the asker's
words: they are no statement of the answering speaker, and a verb inside the question ("ob
er um seinen Job fürchte") is no cue of its own. Pure functions over the sentence's words.
"""

from __future__ import annotations

from collections.abc import Sequence

Frames = Sequence[tuple[str, ...]]


def question_frame(texts: Sequence[str], frames: Frames) -> int:
    """The length of the question frame opening the sentence ("Auf die Frage" -> 3), 0
    when it opens with none."""
    low = [t.lower() for t in texts[:5]]
    return max((len(f) for f in frames if tuple(low[: len(f)]) == f), default=0)


def in_question(texts: Sequence[str], c: int, frames: Frames) -> bool:
    """Whether the word at `c` stands in the question clause after a frame ("Auf die Frage,
    ob er um seinen Job fürchte, antwortete …": "fürchte"): after the frame's comma and
    before the comma that closes the question."""
    n = question_frame(texts, frames)
    if not n:
        return False
    opened = next((k for k in range(n, c) if texts[k] == ","), None)
    if opened is None:
        return False  # "Auf die Frage nach seiner Zukunft sagte X": no question clause
    return not any(t in (",", ":", ".") for t in texts[opened + 1 : c])
