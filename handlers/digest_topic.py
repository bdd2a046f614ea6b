"""What "a digest limited to a topic" keeps: a topic is words, a speaker or a figure subject.

The topic is resolved once per digest into a store TopicQuery, and the store filters, counts
and limits in SQL (never reading every new article): when the topic names a speaker (exactly
or by surname), that speaker's quotes and articles are kept; its words keep quotes, titles and
sentences that contain them (the full-text index, so German folding behaves as in /search:
whole words, a prefix only when whole words find nothing) and figure subjects: the one the
topic names as /figures shows it, and those whose key holds every word.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.folding import fold_key, fts_queries
from bot.store.topic import TopicQuery
from handlers.figure_groups import subject_scope
from handlers.speakers_lookup import fold_name, match_speakers
from handlers.types import Services

MAX_TOPIC_SUBJECTS = 20  # the digest shows MAX_SUBJECTS (8) of them, changed ones first
_KEPT_NAME_WORDS = "digest.topic.name_words"
_KEPT_SHOWN = "digest.topic.shown_subjects"


async def resolve_topic(text: str, services: Services) -> list[TopicQuery]:
    """The topic as store queries, one per stage of its words (bot.store.folding.fts_queries:
    whole words, then prefixes): a digest reads the first, and the next only when no sentence
    holds its words ("Soldat" finds "Soldaten" only when no sentence says "Soldat"), as the
    article sources tell (TopicArticles.in_sentences). A probe of its own before the reads
    cost a statement per topic digest: for a full name with a common first name ('john' &
    'harris', GIN reading the 530k row ids of 'john') 11-15 ms at a load of 3-6. One stage
    (TopicQuery(None)) when the text has no words."""
    store = services.store
    wanted = set(fold_name(text).split())
    speaker_ids: list[int] = []
    names = await store.speakers.names()
    if not wanted or not wanted <= await _name_words(services, names):
        names = []  # no name holds every word: no speaker can be kept (see below)
    for m in match_speakers(text, names):
        # only exact names and surnames: a typo-tolerant match would widen a topic silently
        if wanted and wanted <= set(fold_name(m.matched_name).split()):
            for member in await store.speakers.members(m.speaker_id):
                if member not in speaker_ids:
                    speaker_ids.append(member)
    subjects = await store.figures.topic_keys(text, MAX_TOPIC_SUBJECTS)
    shown = (await _shown_subjects(services)).get(fold_key(text))
    if shown is not None:
        subjects = list(dict.fromkeys([shown, *subjects]))[:MAX_TOPIC_SUBJECTS]
    stages: list[str | None] = [*fts_queries(text)] or [None]
    return [TopicQuery(match, tuple(speaker_ids), tuple(subjects)) for match in stages]


async def _shown_subjects(services: Services) -> dict[str, str]:
    """Folded name /figures shows -> the subject's key, for the names read time mends
    (handlers.figure_names: "irakische Zivilisten" shown for a stored "irakische Zivilist"),
    which neither the stored name nor the key's words find. The names depend on the corpus
    and its corrections alone: worked out once per corpus version and curation log
    (Store.kept), since joining the subjects reads their reports."""
    kept = await services.store.kept(_KEPT_SHOWN)
    names = kept.get("names")
    if isinstance(names, dict):
        return names
    found: dict[str, str] = {}
    for s in (await subject_scope(services)).joined:
        found.setdefault(fold_key(s.subject), s.subject_key)
    kept["names"] = found
    return found


async def _name_words(services: Services, names: Sequence[tuple[int, str]]) -> frozenset[str]:
    """Every word of every speaker name and alias, folded as `fold_name` folds them. A topic
    keeps a speaker only when the matched name holds each of the topic's words, so a topic with
    a word no name holds ("Washington", a subject, a common word) can skip `match_speakers`,
    whose typo step compared it with every name (about 1,000 at 100k articles: 4-8 ms of a
    place's digest) only to have its matches dropped. The words depend on the corpus and its
    corrections alone: kept per corpus version and curation log (Store.kept)."""
    kept = await services.store.kept(_KEPT_NAME_WORDS)
    words = kept.get("words")
    if isinstance(words, frozenset):
        return words
    found = frozenset(w for _, name in names for w in fold_name(name).split())
    kept["words"] = found
    return found
