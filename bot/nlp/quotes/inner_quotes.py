"""Stage 3c: a quote inside a quote. In „Ein Pfleger kam zu mir und sagte: ‚Wir haben keine
Betten mehr.‘“ the outer quote is its speaker's, words of the inner quote included; the inner
quote is also a direct quote of its own speaker, the subject of the cue that introduces it
inside the outer quotation (shared/gold/README.md convention, news set 3). Cues inside a
quotation are otherwise no cues (`CueFinder.find_cues`), so this reads only the one shape
that marks a quote of its own: a cue, a colon and an opening single quotation mark.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution, Word

ParseNP = Callable[[list[str], int, int], NP | None]

# opening and closing marks of a quotation inside a quotation
INNER_OPEN = frozenset({"‚", "›"})
INNER_CLOSE = frozenset({"‘", "‹"})
# words that open a clause inside the outer quotation, so its subject follows them
CLAUSE_START = frozenset({"„", "»", "“", ".", "!", "?", ";", ":"})
# words between a cue and its colon: the addressee and adverbs ("sagte mir nur:")
BEFORE_COLON = frozenset(
    {"mir", "uns", "ihm", "ihr", "ihnen", "nur", "noch", "dann", "immer", "wieder", "laut"}
)


def inner_reports(
    words: Sequence[Word], cue_forms: Mapping[str, str], parse: ParseNP
) -> list[Attribution]:
    """Attributions of the quotes inside a quotation introduced by "X sagte: ‚…‘" (its
    speaker an unnamed or named phrase at the start of that clause; never a pronoun, which
    points into the outer speaker's story and not to anyone the article names)."""
    texts = [w.text for w in words]
    out: list[Attribution] = []
    for k, w in enumerate(words):
        if w.text not in INNER_OPEN or k < 3 or texts[k - 1] != ":" or not words[k - 1].inq:
            continue
        c = k - 2
        while c > 0 and texts[c].lower() in BEFORE_COLON:
            c -= 1
        lemma = cue_forms.get(texts[c].lower())
        if lemma is None:
            continue
        np = _clause_subject(texts, c, parse)
        if np is None:
            continue
        close = next((m for m in range(k + 1, len(texts)) if texts[m] in INNER_CLOSE), len(texts))
        if close - k < 2:
            continue
        at = Attribution(np, texts[c], (k + 1, close))
        at.cue_at = c
        out.append(at)
    return out


def _clause_subject(texts: list[str], c: int, parse: ParseNP) -> NP | None:
    """The noun phrase opening the clause of the cue at `c` inside the quotation."""
    s = c
    while s > 0 and texts[s - 1] not in CLAUSE_START:
        s -= 1
    if s == 0 or s == c:
        return None  # the sentence's own start is outside the quotation, or no subject
    np = parse(texts, s, c)
    if np is None or np.kind == "pronoun":
        return None
    return np
