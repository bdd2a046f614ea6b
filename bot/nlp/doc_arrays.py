"""Fast access to token texts and offsets: iterating spaCy Token objects costs more than all
the quote rules together, so components read numpy arrays instead."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

TEXT_KEY = "lagebild.text"
TOKENS_KEY = "lagebild.tokens"


def doc_text(doc: Doc) -> str:
    """doc.text without rebuilding it: Doc.text joins every token on each access, which costs
    more than the quote rules. The Extractor (or the first caller) caches it in user_data."""
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def token_table(doc: Doc) -> tuple[list[str], list[int], list[int]]:
    """(texts, char offsets, sentence-start flags: 1 start, -1 not, 0 unset). The texts and
    offsets are built once per Doc (the sentence rules, the mention stage and the Extractor
    each read them; slicing every token out of the text was a pass of its own each time) and
    kept in user_data; the flags are read fresh, since the sentence rules set them after
    their first read. Callers must not change the lists."""
    if len(doc) == 0:
        return [], [], []
    texts, idx = _texts_and_offsets(doc)
    starts = doc.to_array(SENT_START).astype("int64").tolist()
    return texts, idx, starts


def _texts_and_offsets(doc: Doc) -> tuple[list[str], list[int]]:
    cached = doc.user_data.get(TOKENS_KEY)
    if isinstance(cached, tuple) and cached[0] == len(doc):  # not retokenized since
        return cached[1], cached[2]
    arr = doc.to_array([IDX, LENGTH]).astype("int64")
    idx = arr[:, 0].tolist()
    lens = arr[:, 1].tolist()
    text = doc_text(doc)
    texts = [text[i : i + n] for i, n in zip(idx, lens, strict=True)]
    doc.user_data[TOKENS_KEY] = (len(doc), texts, idx)
    return texts, idx


def set_sentence_starts(doc: Doc, flags: list[bool]) -> None:
    if len(doc) == 0:
        return
    values = numpy.array([1 if f else -1 for f in flags], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], values.reshape(-1, 1))  # type: ignore[arg-type]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, trailing whitespace excluded; whitespace-only
    sentences are dropped so that sentence indices agree across components."""
    texts, idx, starts = token_table(doc)
    out: list[tuple[int, int]] = []
    begin = -1
    last_end = -1
    for t, i, s in zip(texts, idx, starts, strict=True):
        if s == 1 and begin >= 0:
            if last_end > begin:
                out.append((begin, last_end))
            begin = -1
        if t.isspace():
            continue
        if begin < 0:
            begin = i
        last_end = i + len(t)
    if begin >= 0 and last_end > begin:
        out.append((begin, last_end))
    return out
