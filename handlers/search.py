"""Handler: search — matching sentences and quotes, ranked, with provenance.

Only the words of the user's text reach the store (punctuation and FTS5 operators are dropped
here, and the store quotes every word again), so no input can break the query.
"""

from __future__ import annotations

import re

from bot.nlp.names import strip_accents
from bot.store.records import QuoteRecord, SearchHit
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
from handlers.types import Block, Handler, Reply, Request, Services

SEARCH_LIMIT = 30
MAX_WORDS = 12
MAX_SENTENCE_LOOKUPS = 5  # each is a store round trip; beyond this the quote alone is shown
_WORD = re.compile(r"\w+")


async def _sentence_of(
    article_id: int, quote: str, services: Services, cache: dict[int, list[str]]
) -> str | None:
    if article_id not in cache:
        cache[article_id] = [s.text for s in await services.store.articles.sentences(article_id)]
    needle = quote.strip().strip('„“”"')[:60]
    for sentence in cache[article_id]:
        if needle and needle in sentence:
            return sentence
    return None


async def _quote_of(
    hit: SearchHit, services: Services, cache: dict[int, dict[str, QuoteRecord]]
) -> QuoteRecord | None:
    """The stored quote behind a hit, for its kind and act: a search hit carries only the
    words, and showing every hit in „…“ made indirect speech and denials look verbatim.
    One store query per article with quote hits (at most SEARCH_LIMIT)."""
    if hit.article_id not in cache:
        quotes = await services.store.quotes.for_article(hit.article_id)
        cache[hit.article_id] = {q.text: q for q in reversed(quotes)}  # the first one wins
    return cache[hit.article_id].get(hit.text)


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def _mentions(text: str, folded_words: list[str]) -> bool:
    """Whether a search word starts a word of `text` (the store matches word prefixes)."""
    words = _WORD.findall(_fold(text))
    return any(w.startswith(q) for q in folded_words for w in words)


def search_words(text: str) -> list[str]:
    return _WORD.findall(text)[:MAX_WORDS]


async def search(req: Request, services: Services) -> Reply:
    locale = req.locale
    text = req.arg("text") or ""
    words = search_words(text)
    if not words:
        # Not an error: a lone quote or only punctuation simply has nothing to look for.
        return Reply(
            title=t(locale, "search.title", text=text),
            blocks=[Block(t(locale, "search.no_words", text=inert(text)))],
            kind="info",
        )
    hits = await services.store.search.search(" ".join(words), limit=SEARCH_LIMIT)
    if not hits:
        return Reply(
            title=t(locale, "search.title", text=" ".join(words)),
            blocks=[Block(t(locale, "search.none", text=inert(" ".join(words))))],
            kind="info",
        )
    sentences_cache: dict[int, list[str]] = {}
    quotes_cache: dict[int, dict[str, QuoteRecord]] = {}
    folded = [_fold(w) for w in words]
    lookups = 0
    seen: set[tuple[int, str]] = set()
    lines_per_hit: list[list[str]] = []
    kept = []
    for h in hits:
        if h.kind == "quote":
            speaker = inert(speaker_name(h.speaker, locale))
            sentence = None
            if lookups < MAX_SENTENCE_LOOKUPS and not _mentions(h.text, folded):
                # The match is in the quote's sentence, not its words: show that sentence.
                lookups += 1
                sentence = await _sentence_of(h.article_id, h.text, services, sentences_cache)
            if sentence:
                body = t(locale, "search.quote_sentence", text=inert(sentence), speaker=speaker)
            else:
                record = await _quote_of(h, services, quotes_cache)
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
