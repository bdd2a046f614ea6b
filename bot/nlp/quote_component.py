"""spaCy component `lagebild_quotes`: turns the Doc into word lists per sentence, runs
bot.nlp.quotes.QuoteRules and stores plain Quote records in doc._.quotes."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.extensions import register_extensions
from bot.nlp.quotes import QuoteRules, SentenceInput, Word, doc_words


def sections_or_default(doc: Doc) -> list[tuple[int, int, str]]:
    secs = doc._.sections
    if secs:
        return list(secs)
    # without the Extractor, every blank-line separated block is a report paragraph
    out: list[tuple[int, int, str]] = []
    pos = 0
    for block in doc.text.split("\n\n"):
        out.append((pos, pos + len(block), "report"))
        pos += len(block) + 2
    return out


class QuoteComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()
        self.rules = QuoteRules()

    def __call__(self, doc: Doc) -> Doc:
        toks = [(t.text, t.idx, t.is_sent_start) for t in doc]
        words = doc_words(toks)
        secs = sections_or_default(doc)
        sentences: list[SentenceInput] = []
        wi = 0
        si = 0
        for sent in doc.sents:
            if sent.text.isspace():
                continue
            ws: list[Word] = []
            while wi < len(words) and words[wi][1] < sent.end_char:
                text, idx, inq = words[wi]
                ws.append(Word(text, idx, idx + len(text), inq))
                wi += 1
            start = sent.start_char
            while si + 1 < len(secs) and secs[si][1] < start:
                si += 1
            section = secs[si][2] if secs else "report"
            sentences.append(SentenceInput(ws, section, si))
        doc._.quotes = self.rules.run(sentences, doc.text)
        return doc


@Language.factory("lagebild_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)
