"""The offset invariant of a quote, shared by the extraction tests."""

from __future__ import annotations

from bot.models import Quote


def cut_from(body: str, q: Quote) -> bool:
    """A quote's text is body[start_char:end_char], or (for an according-to quote) that span
    without a mid-sentence marker's words ("stieg nach Angaben der Polizei auf zwölf"): the
    same first and last word, every word in order."""
    span = body[q.start_char : q.end_char]
    if q.text == span:
        return True
    words, span_words = q.text.split(), span.split()
    rest = iter(span_words)
    return (
        q.kind == "according_to"
        and words[:1] == span_words[:1]
        and words[-1:] == span_words[-1:]
        and all(any(w == r for r in rest) for w in words)
    )
