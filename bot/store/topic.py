"""What the store needs to filter a digest by topic in SQL (handlers.digest_topic builds it).

A topic matches by its words (one FTS5 MATCH expression over titles, sentences and quotes), by
speakers (extracted speaker ids) and by figure subjects (subject keys). Each source reads at
most TOPIC_CANDIDATES of its newest matches, so a topic made of a word in every article costs
the same as a rare one; a count that reached that bound is reported as a lower bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.records import ArticleRecord

TOPIC_CANDIDATES = 1_000
"""Newest matches read per source (titles, sentences, a speaker's quotes, a subject's
figures); the count of matching articles is exact below it."""


@dataclass(frozen=True, slots=True)
class TopicQuery:
    match: str | None  # an FTS5 expression from bot.store.folding (never raw user text)
    speaker_ids: tuple[int, ...] = ()
    subject_keys: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self.match is None and not self.speaker_ids and not self.subject_keys


@dataclass(frozen=True, slots=True)
class TopicArticles:
    """The newest matching articles, and how many match (at least `count` when `at_least`).
    `in_sentences`: some sentence holds the topic's words (of all time, whatever `since`); a
    digest of words no sentence holds reads them again as prefixes (handlers.digest_topic)."""

    count: int
    at_least: bool
    articles: list[ArticleRecord]
    in_sentences: bool = False
