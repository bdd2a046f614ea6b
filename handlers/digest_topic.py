"""What "a digest limited to a topic" keeps: a topic is words, a speaker or a figure subject.

The topic is resolved once per digest: when it names a speaker (exactly or by surname), that
speaker's quotes are kept; its words keep quotes that contain them, figure subjects that
contain them, and articles whose title or sentences match them (the full-text search, so German
folding and compounds behave as in /search).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.store.curation import speaker_key
from bot.store.folding import fold_key
from bot.store.records import ArticleRecord, QuoteRecord, SubjectSummary
from handlers.speakers_lookup import fold_name, match_speakers
from handlers.types import Services

SEARCH_LIMIT = 200


@dataclass(slots=True)
class DigestTopic:
    text: str
    words: set[str]
    speakers: set[str] = field(default_factory=set)  # speaker keys
    articles: set[int] = field(default_factory=set)  # ids of articles whose text matches

    def quote(self, q: QuoteRecord) -> bool:
        if q.speaker and speaker_key(q.speaker) in self.speakers:
            return True
        return self.words <= set(fold_key(f"{q.text} {q.sentence}").split())

    def subject(self, s: SubjectSummary) -> bool:
        return self.words <= set(fold_key(s.subject).split())

    def article(self, a: ArticleRecord, quote_articles: set[int]) -> bool:
        if a.id in self.articles or a.id in quote_articles:
            return True
        return self.words <= set(fold_key(a.title).split())


async def resolve_topic(text: str, services: Services) -> DigestTopic:
    topic = DigestTopic(text=text, words=set(fold_key(text).split()))
    wanted = set(fold_name(text).split())
    for m in match_speakers(text, await services.store.speakers.names()):
        # only exact names and surnames: a typo-tolerant match would widen a topic silently
        if wanted and wanted <= set(fold_name(m.matched_name).split()):
            record = await services.store.speakers.get(m.speaker_id)
            topic.speakers.add(speaker_key(record.name if record else m.matched_name))
    hits = await services.store.search.search(text, limit=SEARCH_LIMIT)
    topic.articles = {h.article_id for h in hits}
    return topic
