"""Examples that answer on the loaded corpus, for /help, usage lines and hints.

The catalogue's examples are templates (`/who_said {person}`, `/search {topic}`,
`/figures {subject}`): written with the seed story's names ("/who_said Kirby", "/search
Wladiwostok") they told a newsroom following another story to ask for people and places its
corpus does not have, and "kenne ich nicht" was the answer. The values come from the corpus
(its most quoted person, a word of its newest title that the search finds, its most reported
figure subject) or, for an empty corpus, are the catalogue's neutral placeholders.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from handlers.format import inert
from handlers.i18n import t
from handlers.types import Services

# a word of a title that can stand as a topic: capitalised (a German noun or a name), letters
# and hyphens only, long enough not to be an article or a preposition at the sentence start
_TOPIC_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß]+)*\b")
_TOPIC_MIN = 5
_TOPIC_TRIES = 4
_TOPIC_TITLES = 3


@dataclass(frozen=True, slots=True)
class Examples:
    """The values of the catalogue's example templates, already made inert."""

    person: str
    topic: str
    subject: str

    def params(self) -> dict[str, str]:
        return {"person": self.person, "topic": self.topic, "subject": self.subject}


def neutral_examples(locale: str) -> Examples:
    """Placeholders for an empty corpus, or where no store is at hand (a line that does not
    parse): neutral, never a name from another story."""
    return Examples(
        person=t(locale, "common.example_name"),
        topic=t(locale, "common.example_topic"),
        subject=t(locale, "common.example_subject"),
    )


async def _example_person(services: Services) -> str | None:
    """The most quoted named person of this corpus, for examples in replies: the catalogue's
    "Kirby" is unknown to a newsroom following another story. None for an empty corpus."""
    return next(
        (
            s.name
            for s in await services.store.speakers.all()
            if s.kind == "person" and s.name != "anonymous"
        ),
        None,
    )


async def example_topic(services: Services) -> str | None:
    """A word of a recent article's title that /search finds: the newest title first, its
    longest capitalised words first (nouns and names say more than "Neue" or "Streit").
    At most _TOPIC_TRIES searches; None if none finds anything."""
    candidates: list[str] = []
    for article in await services.store.articles.list(limit=_TOPIC_TITLES):
        words = sorted(set(_TOPIC_WORD.findall(article.title)), key=lambda w: (-len(w), w))
        candidates += [w for w in words if len(w) >= _TOPIC_MIN and w not in candidates]
    for word in candidates[:_TOPIC_TRIES]:
        if await services.store.search.search(word, limit=1):
            return word
    return None


async def example_subject(services: Services) -> str | None:
    """The most reported figure subject, as /figures shows it."""
    subjects = await services.store.figures.subjects(limit=1)
    return subjects[0].subject if subjects else None


_KEPT_EXAMPLES = "examples"


async def corpus_examples(services: Services, locale: str) -> Examples:
    """The example values for this corpus; each missing one is the neutral placeholder. They
    depend on the corpus and its corrections alone, so they are found once per version and
    curation log (Store.kept): an error reply or a hint would otherwise read every speaker
    and run up to four searches (about 18 ms at 100k articles on PostgreSQL)."""
    async with services.store.snapshot() as store:  # an error reply runs outside its handler's
        kept = await store.kept(_KEPT_EXAMPLES)
        found = kept.get(locale)
        if isinstance(found, Examples):
            return found
        examples = await _found_examples(dataclasses.replace(services, store=store), locale)
        kept[locale] = examples
        return examples


async def _found_examples(services: Services, locale: str) -> Examples:
    neutral = neutral_examples(locale)
    person = await _example_person(services)
    topic = await example_topic(services)
    subject = await example_subject(services)
    return Examples(
        person=inert(person) if person else neutral.person,
        topic=inert(topic) if topic else neutral.topic,
        subject=inert(subject) if subject else neutral.subject,
    )
