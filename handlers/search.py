"""Handler: search — matching sentences and quotes, ranked, with provenance.

Only the words of the user's text reach the store (punctuation and FTS5 operators are dropped
here, and the store quotes every word again), so no input can break the query.
"""

from __future__ import annotations

import re

from bot.nlp.names import strip_accents
from bot.store.folding import fts_queries
from bot.store.records import QuoteRecord, SearchHit
from handlers.examples import corpus_examples
from handlers.format import (
    chunk_lines,
    hit_provenance,
    inert,
    provenance_markup,
    quote_text,
    speaker_name,
    unique_provenance,
)
from handlers.i18n import count, t
from handlers.syntax import typed_command
from handlers.types import Block, Handler, Reply, Request, Services

SEARCH_LIMIT = 30
MAX_WORDS = 12
MAX_SENTENCE_LOOKUPS = 5  # quote hits shown in their sentence; beyond this the quote alone
_WORD = re.compile(r"\w+")


def _sentence_of(quote: str, sentences: list[str]) -> str | None:
    needle = quote.strip().strip('„“”"')[:60]
    for sentence in sentences:
        if needle and needle in sentence:
            return sentence
    return None


async def _quotes_of(
    hits: list[SearchHit], services: Services
) -> dict[int, dict[str, QuoteRecord]]:
    """The stored quotes behind the quote hits, by article and text, for their kind and act:
    a search hit carries only the words, and showing every hit in „…“ made indirect speech and
    denials look verbatim. One store query for all the hits' articles."""
    ids = list(dict.fromkeys(h.article_id for h in hits if h.kind == "quote"))
    found = await services.store.quotes.for_articles(ids) if ids else {}
    # the first quote of a text wins
    return {a: {q.text: q for q in reversed(quotes)} for a, quotes in found.items()}


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def _mentions(text: str, folded_words: list[str]) -> bool:
    """Whether a search word starts a word of `text` (the store matches word prefixes)."""
    words = _WORD.findall(_fold(text))
    return any(w.startswith(q) for q in folded_words for w in words)


def search_words(text: str) -> list[str]:
    return _WORD.findall(text)[:MAX_WORDS]


async def _no_hits(req: Request, services: Services, words: list[str]) -> Reply:
    """No hits. Words the full-text search drops as too common (bot.store.stopwords: "und",
    "die", but also "Oder", the river, and "Weg") are not searched at all: "Keine Treffer für
    „Oder“" in a corpus about the Oder flood read as a broken search. Say so, and what to
    search for instead."""
    locale = req.locale
    text = inert(" ".join(words))
    if fts_queries(" ".join(words)):
        body = t(locale, "search.none", text=text)
    else:
        topic = (await corpus_examples(services, locale)).topic
        example = typed_command(req, services, "search", text=inert(topic))
        body = t(locale, "search.only_common_words", text=text, typed=example)
    return Reply(
        title=t(locale, "search.title", text=" ".join(words)),
        blocks=[Block(body)],
        kind="info",
    )


async def search(req: Request, services: Services) -> Reply:
    locale = req.locale
    text = req.arg("text") or ""
    words = search_words(text)
    if not words:
        # Not an error: a lone quote or only punctuation simply has nothing to look for.
        topic = (await corpus_examples(services, locale)).topic
        return Reply(
            title=t(locale, "search.title", text=text),
            blocks=[
                Block(
                    t(
                        locale,
                        "search.no_words",
                        text=inert(text),
                        typed=typed_command(req, services, "search", text=inert(topic)),
                    )
                )
            ],
            kind="info",
        )
    hits = await services.store.search.search(" ".join(words), limit=SEARCH_LIMIT)
    if not hits:
        return await _no_hits(req, services, words)
    folded = [_fold(w) for w in words]
    # The match is in the quote's sentence, not its words: show that sentence (for the first
    # MAX_SENTENCE_LOOKUPS such hits; their articles' sentences in one store query).
    in_sentence = [h for h in hits if h.kind == "quote" and not _mentions(h.text, folded)]
    in_sentence = in_sentence[:MAX_SENTENCE_LOOKUPS]
    sentences = await services.store.articles.sentences_of(
        list(dict.fromkeys(h.article_id for h in in_sentence))
    )
    quotes = await _quotes_of(hits, services)
    seen: set[tuple[int, str]] = set()
    lines_per_hit: list[list[str]] = []
    kept = []
    for h in hits:
        if h.kind == "quote":
            speaker = inert(speaker_name(h.speaker, locale))
            sentence = None
            if any(h is other for other in in_sentence):
                sentence = _sentence_of(h.text, [x.text for x in sentences[h.article_id]])
            if sentence:
                body = t(locale, "search.quote_sentence", text=inert(sentence), speaker=speaker)
            else:
                record = quotes[h.article_id].get(h.text)
                shown = quote_text(record, locale) if record else h.text
                body = t(locale, "search.quote", text=inert(shown), speaker=speaker)
        else:
            body = inert(h.text)
        key = (h.article_id, body)
        if key in seen:  # two quotes of one sentence: show the sentence once
            continue
        seen.add(key)
        kept.append(h)
        lines_per_hit.append(
            [
                f"{len(kept)}. {body}",
                "  " + provenance_markup(h.article_title, h.outlet, h.published, locale),
            ]
        )
    intro = t(
        locale, "search.intro", hits=count(locale, "hits", len(kept)), text=inert(" ".join(words))
    )
    if len(hits) >= SEARCH_LIMIT:
        intro += " " + t(locale, "search.limited", n=SEARCH_LIMIT)
    if len(_WORD.findall(text)) > MAX_WORDS:
        intro += " " + t(locale, "search.words_limited", n=MAX_WORDS)
    blocks = chunk_lines([intro])
    for lines in lines_per_hit:
        blocks.extend(chunk_lines(lines))
    return Reply(
        title=t(locale, "search.title", text=" ".join(words)),
        blocks=blocks,
        provenance=unique_provenance(hit_provenance(h) for h in kept),
    )


HANDLERS: dict[str, Handler] = {
    "search": search,
}
