"""Stage 7: Quote records built from an attribution's word span."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.models import Quote, QuoteKind, SpeechAct
from bot.nlp.attribution.acts import asked_in_quote
from bot.nlp.calendar_words import MONTHS
from bot.nlp.names import canonical_speakers
from bot.nlp.quotes.base import RulesBase
from bot.nlp.quotes.grammar import BOUNDARY, QUOTE_CHARS
from bot.nlp.speakers import is_org
from bot.nlp.stage_records import TEXT_OF, Word


def _not_self_accused(q: Quote | None) -> Quote | None:
    """Nobody accuses themselves: an accusation whose speaker came out as its own target
    ("Der Betreiber weist … zurück. Dem Betreiber wird vorgeworfen, …" carried the running
    speaker into the passive) has an unnamed accuser."""
    if q is None or q.act != "accusation" or q.target is None or q.speaker != q.target:
        return q
    return dataclasses.replace(q, speaker="anonymous", speaker_role=None, speaker_mention=None)


_ELLIPSIS = re.compile(r"\w-\s+(?:und|oder|sowie)\s")


def complete_elliptic(q: Quote) -> Quote:
    """ "schätzte die Industrie- und Handelskammer (Köln)": a speaker cut at the hyphen of
    an elliptic compound shares the head of the word after "und", so the whole
    coordination is the name, never "Industrie-" or "Handelskammer Köln" alone."""
    sp = q.speaker
    if not sp or sp == "anonymous" or _ELLIPSIS.search(q.sentence) is None:
        return q  # no "Industrie- und …" in the sentence: nothing to complete
    if sp.endswith("-"):
        m = re.search(re.escape(sp) + r"\s+(?:und|oder|sowie)\s+[A-ZÄÖÜ][\w-]*", q.sentence)
    else:
        m = re.search(r"[A-ZÄÖÜ]\w*-\s+(?:und|oder|sowie)\s+" + re.escape(sp), q.sentence)
    if m is None:
        return q
    full = m.group(0)
    mention = q.speaker_mention.replace(sp, full, 1) if q.speaker_mention else full
    return dataclasses.replace(q, speaker=full, speaker_mention=mention)


DATELINE_DASHES = frozenset({"–", "-", "—"})
DATELINE_WORDS = 9  # "Frankfurt am Main (dpa/AFP) -", "Berlin, 12. März 2025 –"
PLACE_JOINERS = frozenset({"am", "an", "der", "im", "bei", "ob"})  # "Frankfurt am Main"


def without_dateline(words: list[Word], opens_paragraph: bool) -> list[Word]:
    """Drop a dateline before a paragraph's first sentence ("Berlin, 12. März 2025 – Das
    Ministerium …", "Kiew (AFP) - Die Armee …"): the place is no speaker and no source. It is
    a place of up to four words ("Frankfurt am Main"), then an agency in brackets or a date, then a
    dash; a bare "Berlin – Die …" only opening a paragraph, with a capital after the dash
    (elsewhere a dash after a name is an aside: "Merkel – die Kanzlerin – sagte …")."""
    dash = next(
        (k for k, w in enumerate(words[:DATELINE_WORDS]) if w.text in DATELINE_DASHES), None
    )
    if dash is None or dash == 0 or dash + 1 >= len(words) or words[0].inq:
        return words
    head = [w.text for w in words[:dash]]
    place = 0
    while place < min(4, len(head)) and (
        head[place][:1].isupper() or (place and head[place] in PLACE_JOINERS)
    ):
        place += 1
    if place == 0:
        return words
    rest = head[place:]
    agency = len(rest) >= 3 and rest[0] == "(" and rest[-1] == ")"
    dated = len(rest) >= 2 and rest[0] == "," and all(_date_word(t) for t in rest[1:])
    bare = not rest and opens_paragraph and words[dash + 1].text[:1].isupper()
    return words[dash + 1 :] if agency or dated or bare else words


def _date_word(text: str) -> bool:
    return (
        text.rstrip(".").isdigit()
        or text.lower() in MONTHS
        or bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text))
    )


def without_short_parentheses(words: list[Word]) -> list[Word]:
    """Drop short parenthetical insertions ("(SPD)", "(NEMA)") so that they do not split a
    speaker from its cue; quote texts are cut from the document text and keep them."""
    if "(" not in map(TEXT_OF, words):
        return words
    out: list[Word] = []
    k = 0
    n = len(words)
    while k < n:
        if words[k].text == "(" and not words[k].inq:
            close = next((m for m in range(k + 1, min(n, k + 10)) if words[m].text == ")"), None)
            if close is not None and not any(w.text in QUOTE_CHARS for w in words[k:close]):
                k = close + 1
                continue
        out.append(words[k])
        k += 1
    return out


def _non_speaker(speaker: str | None, non_speakers: frozenset[str]) -> bool:
    """A capitalised date word or preposition taken for a name ("Vom 5. bis 9. Mai …",
    "November: …"), or the "Frage:"/"Antwort:" labels of an interview."""
    return speaker is not None and speaker.lower() in non_speakers


def _canonicalise(quotes: list[Quote]) -> list[Quote]:
    """One speaker name per person in the article: "Austin" -> "Lloyd Austin"."""
    names = [q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper()]
    mapping = {
        short: long_
        for short, long_ in canonical_speakers(names).items()
        if names_organisation(short, long_)
    }
    roles: dict[str, str] = {}
    for q in quotes:
        if q.speaker and q.speaker_role and q.speaker != "anonymous":
            roles.setdefault(mapping.get(q.speaker, q.speaker), q.speaker_role)
    out: list[Quote] = []
    seen: set[tuple[int, int, str | None]] = set()
    from dataclasses import replace

    for q in quotes:
        sp = mapping.get(q.speaker or "", q.speaker)
        key = (q.start_char, q.end_char, sp)
        if key in seen:
            continue
        seen.add(key)
        role = (
            q.speaker_role if q.speaker == "anonymous" else (q.speaker_role or roles.get(sp or ""))
        )
        out.append(replace(q, speaker=sp, speaker_role=role))
    return out


def names_organisation(short: str, long_: str) -> bool:
    """Whether `short` may stand for the longer name `long_`. An organisation's name (its
    first organisation noun and the proper name after it: "Fahrgastverband Pro Bahn",
    "Versicherungsverband GDV") is named by that noun or by the whole proper name, never by
    a word inside it: "Bahn" is not "Pro Bahn", but "Bahn" is "Deutsche Bahn". Names of
    persons keep the surname rule of `canonical_speakers`."""
    words = long_.split()
    head = next((k for k, w in enumerate(words) if is_org(w)), None)
    if short == long_ or head is None or head == len(words) - 1:
        return True
    rest = short.split()
    return rest in ([words[head]], words[head + 1 :]) or len(rest) > len(words) - head - 1


class QuoteRecords(RulesBase):
    """Stage 7: Quote records built from an attribution's word span."""

    def _make(
        self,
        words: Sequence[Word],
        rng: tuple[int, int],
        speaker: str,
        role: str | None,
        cue: str | None,
        si: int,
        text: str,
        marker: bool = False,
        force_quoted: bool = False,
        mention: str | None = None,
        act: SpeechAct = "claim",
        target: str | None = None,
        gap: tuple[int, int] | None = None,
    ) -> Quote | None:
        span = _quote_span(words, rng, act, cue)
        if span is None:
            return None
        lo, hi = span
        kind = _kind(words[lo:hi], marker, force_quoted)
        if kind == "direct" or (force_quoted and any(w.inq for w in words[lo:hi])):
            # "Dies sagte X" after a sentence with a quoted fragment: the fragment is the quote
            lo = next(k for k in range(lo, hi) if words[k].inq)
            hi = max(k for k in range(lo, hi) if words[k].inq) + 1
        lo, hi = trim_marks([w.text for w in words], lo, hi)
        if hi - lo < 1:
            return None
        act = asked_in_quote(act, kind, [w.text for w in words[lo:hi]])  # „…?“, sagte X
        start, end = words[lo].start, words[hi - 1].end
        s_start, s_end = words[0].start, words[-1].end
        return Quote(
            speaker=speaker,
            speaker_role=role,
            kind=kind,
            text=without_gap(words, lo, hi, gap, text),
            cue=cue,
            sentence=text[s_start:s_end],
            sentence_index=si,
            start_char=start,
            end_char=end,
            speaker_mention=mention,
            act=act,
            target=target,
        )


CLAUSE_SEPARATORS = frozenset({":", ";", "–"})


def without_gap(
    words: Sequence[Word], lo: int, hi: int, gap: tuple[int, int] | None, text: str
) -> str:
    """The quote text of words[lo:hi] without a mid-sentence marker's words ("Die Zahl stieg
    nach Angaben des Landratsamts auf 4.000" says "Die Zahl stieg auf 4.000"): the source is
    the speaker, not part of what was said. Commas that only bracketed the marker go too;
    the quote's character span stays the whole range."""
    start, end = words[lo].start, words[hi - 1].end
    if gap is None:
        return text[start:end]
    g0, g1 = gap
    if not lo < g0 < g1 < hi:
        return text[start:end]
    if words[g0 - 1].text == "," and words[g1].text == ",":
        g0, g1 = g0 - 1, g1 + 1  # ", nach Angaben der Polizei," between two clause parts
    if not lo < g0 < g1 < hi:
        return text[start:end]
    if words[g0 - 1].text == "," and words[g1].text in CLAUSE_SEPARATORS and g1 + 1 < hi:
        g1 += 1  # "Die Lage sei ernst, so X: Man müsse handeln": the colon introduced X's words
    return text[start : words[g0 - 1].end] + " " + text[words[g1].start : end]


def trim_marks(texts: Sequence[str], lo: int, hi: int) -> tuple[int, int]:
    """The span texts[lo:hi] without the quotation marks (and final comma or period) that
    enclose it, keeping a mark whose partner lies inside: "wies dies als „haltlos“ zurück"
    keeps its closing mark, "sprach von einem „Totalversagen“ der Regierung" its opening one,
    so a mixed quote's inner quotation marks stay balanced (issue 11, point 6)."""
    start = lo
    while lo < hi and texts[lo] in QUOTE_CHARS:
        lo += 1
    while hi > lo and (texts[hi - 1] in QUOTE_CHARS or texts[hi - 1] in (",", ".")):
        if _closes_inner_quote(texts, lo, hi):
            break
        hi -= 1
    if lo > start and sum(1 for t in texts[lo:hi] if t in QUOTE_CHARS) % 2 == 1:
        lo -= 1  # the first mark inside closes the one just dropped
    return lo, hi


def _closes_inner_quote(texts: Sequence[str], lo: int, hi: int) -> bool:
    """Whether the mark ending texts[lo:hi] closes a quotation opened inside the span."""
    if texts[hi - 1] not in QUOTE_CHARS:
        return False
    return sum(1 for t in texts[lo : hi - 1] if t in QUOTE_CHARS) % 2 == 1


def _quote_span(
    words: Sequence[Word], rng: tuple[int, int], act: SpeechAct, cue: str | None = None
) -> tuple[int, int] | None:
    """The word range without final punctuation, or None when too short to be a statement
    ("wirft X Wahlbetrug vor", "forderte Aufklärung", "versprach Hilfe": for a speech act
    other than a claim one noun is the whole content; so it is for a claim whose separable
    particle closes that noun: "räumte Fehler ein", "gab Versäumnisse zu")."""
    lo, hi = rng
    hi = min(hi, len(words))
    while hi > lo and words[hi - 1].text in (".", "!", "?", ",", ":", ";"):
        hi -= 1
    one_noun = hi - lo == 1 and words[lo].text[:1].isupper()
    closed = (
        cue is not None and " " in cue and hi < len(words) and words[hi].text == cue.split()[-1]
    )
    if hi - lo < 2 and not (one_noun and (act not in ("claim", "question") or closed)):
        return None
    return lo, hi


def _kind(span: Sequence[Word], marker: bool, force_quoted: bool) -> QuoteKind:
    """according_to for a marker; direct when (nearly) all content words are quoted, mixed
    when some are, else indirect (also when a back reference finds no quoted fragment)."""
    content_words = [w for w in span if w.text not in QUOTE_CHARS and w.text not in BOUNDARY]
    quoted = [w for w in content_words if w.inq]
    if marker:
        return "according_to"
    if force_quoted and not any(w.inq for w in span):
        return "indirect"
    if quoted and len(quoted) >= 0.9 * len(content_words):
        return "direct"
    return "mixed" if quoted else "indirect"
