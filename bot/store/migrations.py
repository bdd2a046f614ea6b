"""Numbered schema migrations. Index i of MIGRATIONS brings the schema to version i + 1.

The version lives in PRAGMA user_version (in the database header, so it changes atomically
with the migration's transaction). Never edit a released migration; append a new one.
Kept as Python strings, not .sql files, so they ship with the package without package-data.
"""

from __future__ import annotations

SPEAKER_SUMMARY_SET = """
    roles = (SELECT group_concat(role, char(31)) FROM (
        SELECT role FROM speaker_roles WHERE speaker_id = speakers.id
        GROUP BY role ORDER BY count(*) DESC, role LIMIT 20)),
    aliases = (SELECT group_concat(alias, char(31)) FROM (
        SELECT alias FROM speaker_aliases WHERE speaker_id = speakers.id AND alias <> speakers.name
        GROUP BY alias ORDER BY count(*) DESC, alias LIMIT 50))"""
"""Recomputes the roles (most used first) and aliases columns of speakers; CorpusRepo.apply
runs it for the speakers a swap touched."""

_SECTIONS = "('report', 'commentary', 'background', 'teaser')"
_FTS = "tokenize = 'unicode61 remove_diacritics 2'"

_INITIAL = f"""
CREATE TABLE corpus_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    sentences INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    figures INTEGER NOT NULL DEFAULT 0,
    speakers INTEGER NOT NULL DEFAULT 0
);
INSERT INTO corpus_state (id) VALUES (1);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    content_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '[]',
    sentence_count INTEGER NOT NULL DEFAULT 0,
    quote_count INTEGER NOT NULL DEFAULT 0,
    figure_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_newest ON articles ((published IS NULL), published DESC, first_seen DESC, id DESC);
CREATE INDEX articles_first_seen ON articles (first_seen);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    section TEXT NOT NULL CHECK (section IN {_SECTIONS}),
    heading TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph_idx INTEGER NOT NULL,
    section TEXT NOT NULL CHECK (section IN {_SECTIONS}),
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    UNIQUE (article_id, idx)
);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'anonymous')),
    fold_key TEXT NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    latest TEXT
);
CREATE INDEX speakers_fold_key ON speakers (fold_key);
CREATE INDEX speakers_most_quoted ON speakers (quote_count DESC, name);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    alias TEXT NOT NULL
);
CREATE INDEX speaker_aliases_speaker ON speaker_aliases (speaker_id);
CREATE INDEX speaker_aliases_article ON speaker_aliases (article_id);

CREATE TABLE speaker_roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    role TEXT NOT NULL
);
CREATE INDEX speaker_roles_speaker ON speaker_roles (speaker_id);
CREATE INDEX speaker_roles_article ON speaker_roles (article_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id INTEGER,
    speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL,
    speaker_name TEXT,
    speaker_role TEXT,
    speaker_mention TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'according_to')),
    text TEXT NOT NULL,
    cue TEXT,
    sentence TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    -- copies of the article's dates so "a speaker's quotes, newest first" is an index walk
    published TEXT,
    first_seen TEXT NOT NULL
);
CREATE INDEX quotes_speaker_newest
    ON quotes (speaker_id, (published IS NULL), published DESC, first_seen DESC, id);
CREATE INDEX quotes_first_seen ON quotes (first_seen);
CREATE INDEX quotes_article ON quotes (article_id);

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id INTEGER,
    value REAL NOT NULL,
    value_max REAL,
    qualifier TEXT NOT NULL
        CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'at_most', 'range', 'vague')),
    unit TEXT,
    subject TEXT,
    subject_key TEXT,
    text TEXT NOT NULL,
    source TEXT,
    source_speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL,
    sentence TEXT NOT NULL,
    sentence_idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    refers_to TEXT,
    sort_date TEXT,  -- refers_to, else the article's publication date: the figure's "when"
    is_addition INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX figures_subject ON figures (subject_key, (sort_date IS NULL), sort_date, id);
CREATE INDEX figures_article ON figures (article_id);
CREATE INDEX figures_source_speaker ON figures (source_speaker_id);

-- One row per subject, maintained by CorpusRepo.apply so /figures never groups all figures.
CREATE TABLE subjects (
    subject_key TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    unit TEXT,
    figure_count INTEGER NOT NULL,
    latest_figure_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX subjects_most_reported ON subjects (figure_count DESC, subject_key);

-- Folded copies of the texts (see bot.store.folding); rowid = sentences.id / quotes.id /
-- articles.id.
CREATE VIRTUAL TABLE sentence_fts USING fts5 (text, {_FTS});
CREATE VIRTUAL TABLE quote_fts USING fts5 (text, sentence, {_FTS});
CREATE VIRTUAL TABLE title_fts USING fts5 (title, {_FTS});

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    transport TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    guild_id TEXT,
    time TEXT NOT NULL,
    timezone TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    last_slot TEXT,
    intent_slot TEXT,
    last_sent_at TEXT,
    UNIQUE (transport, channel_id)
);

CREATE TABLE digests_sent (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    digest_text TEXT NOT NULL,
    UNIQUE (subscription_id, slot)
);

CREATE TABLE reload_log (
    id INTEGER PRIMARY KEY,
    requested_by TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'ok', 'partial', 'failed')),
    summary TEXT
);
"""

# Roles and aliases per speaker, kept by CorpusRepo.apply: /speakers and the fuzzy lookup read
# them on every command, and DISTINCT over one row per (speaker, article) grew with the corpus.
_SPEAKER_SUMMARY = f"""
ALTER TABLE speakers ADD COLUMN roles TEXT;
ALTER TABLE speakers ADD COLUMN aliases TEXT;
UPDATE speakers SET {SPEAKER_SUMMARY_SET};
"""

# Covering indexes for the per-speaker refresh after a swap (counts, distinct articles, role
# and alias frequencies): without them a much-quoted speaker costs a table walk per reload.
_SPEAKER_REFRESH_INDEXES = """
DROP INDEX speaker_roles_speaker;
CREATE INDEX speaker_roles_speaker ON speaker_roles (speaker_id, role);
DROP INDEX speaker_aliases_speaker;
CREATE INDEX speaker_aliases_speaker ON speaker_aliases (speaker_id, alias);
CREATE INDEX quotes_speaker_article ON quotes (speaker_id, article_id);
"""

# FTS rowids become the NEGATED sentence/quote ids. FTS5 streams a term's matches cheaply only
# in ascending rowid order (descending loads the whole doclist), so with negated ids "the most
# recently ingested N matches" is a cheap LIMIT instead of a walk over a million-entry doclist.
_NEWEST_FIRST_FTS = f"""
CREATE VIRTUAL TABLE sentence_fts_new USING fts5 (text, {_FTS});
INSERT INTO sentence_fts_new (rowid, text) SELECT -rowid, text FROM sentence_fts;
DROP TABLE sentence_fts;
ALTER TABLE sentence_fts_new RENAME TO sentence_fts;
CREATE VIRTUAL TABLE quote_fts_new USING fts5 (text, sentence, {_FTS});
INSERT INTO quote_fts_new (rowid, text, sentence) SELECT -rowid, text, sentence FROM quote_fts;
DROP TABLE quote_fts;
ALTER TABLE quote_fts_new RENAME TO quote_fts;
"""

# Digest slot progress: how many parts (messages) of the intended slot are out, so a send that
# failed or crashed on part 2 resumes at part 2 instead of posting part 1 again; a claim token
# per intent, so only one process resumes an interrupted slot; and when its owner last showed
# activity, so a slot another process is still sending is not mistaken for an interrupted one.
_DIGEST_PROGRESS = """
ALTER TABLE subscriptions ADD COLUMN intent_parts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscriptions ADD COLUMN intent_run TEXT;
ALTER TABLE subscriptions ADD COLUMN intent_at TEXT;
"""

# What a figure's claim allows, as an interval (bot.nlp.figure_intervals): claims on one
# subject and date conflict only when these do not overlap. NULL high = open upwards
# ("mehr als", "mindestens", "Tausende"); "rund" is ±10%. Portable SQL: CASE, no functions.
_FIGURE_INTERVALS = """
ALTER TABLE figures ADD COLUMN interval_low REAL;
ALTER TABLE figures ADD COLUMN interval_high REAL;
UPDATE figures SET
    interval_low = CASE qualifier
        WHEN 'approx' THEN value * 0.9
        WHEN 'at_most' THEN 0
        ELSE value END,
    interval_high = CASE qualifier
        WHEN 'approx' THEN value * 1.1
        WHEN 'at_least' THEN NULL
        WHEN 'more_than' THEN NULL
        WHEN 'vague' THEN NULL
        WHEN 'range' THEN coalesce(value_max, value)
        ELSE value END;
CREATE INDEX figures_subject_date ON figures (subject_key, sort_date, interval_low);
"""

# Editorial corrections, kept apart from the extraction so that /reload, feed updates and
# pipeline upgrades (which re-create quote and figure rows with new ids) never lose them:
# speakers are named by their (folded) names, quotes and figures by a hash of their sentence
# and text (bot.store.curation). Entries are never deleted; /curate undo marks one undone.
# Watches: a channel is told when a watched speaker is quoted anew or a watched figure
# changes; watch_seen holds what it was already told about (or what existed when it began).
_CURATION_WATCHES = """
CREATE TABLE curation_log (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN
        ('merge', 'rename', 'role', 'hide_speaker', 'hide_quote', 'hide_figure')),
    target TEXT NOT NULL,
    value TEXT,
    label TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_by TEXT,
    undone_at TEXT
);

CREATE TABLE watches (
    id INTEGER PRIMARY KEY,
    transport TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    guild_id TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('speaker', 'figure')),
    target TEXT NOT NULL,
    target_key TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_posted_at TEXT,
    UNIQUE (transport, channel_id, kind, target_key)
);

CREATE TABLE watch_seen (
    watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    PRIMARY KEY (watch_id, item_key)
);
"""

# Several subscriptions per channel, one per topic: the one-per-channel UNIQUE becomes
# (transport, channel_id, topic); subscribing again to a topic still moves its time. SQLite
# cannot drop a table constraint, so the
# table is rebuilt; digests_sent is copied aside first, because dropping subscriptions would
# cascade into it.
_SUBSCRIPTION_TOPICS = """
CREATE TABLE subscriptions_new (
    id INTEGER PRIMARY KEY,
    transport TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    guild_id TEXT,
    time TEXT NOT NULL,
    timezone TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    last_slot TEXT,
    intent_slot TEXT,
    last_sent_at TEXT,
    intent_parts INTEGER NOT NULL DEFAULT 0,
    intent_run TEXT,
    intent_at TEXT,
    topic TEXT NOT NULL DEFAULT '',
    mention_role TEXT,
    UNIQUE (transport, channel_id, topic)
);
INSERT INTO subscriptions_new (id, transport, channel_id, guild_id, time, timezone, created_by,
    created_at, enabled, disabled_reason, last_slot, intent_slot, last_sent_at, intent_parts,
    intent_run, intent_at)
SELECT id, transport, channel_id, guild_id, time, timezone, created_by, created_at, enabled,
    disabled_reason, last_slot, intent_slot, last_sent_at, intent_parts, intent_run, intent_at
FROM subscriptions;
CREATE TABLE digests_sent_copy AS SELECT * FROM digests_sent;
DROP TABLE digests_sent;
DROP TABLE subscriptions;
ALTER TABLE subscriptions_new RENAME TO subscriptions;
CREATE INDEX subscriptions_channel ON subscriptions (transport, channel_id);
CREATE TABLE digests_sent (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    digest_text TEXT NOT NULL,
    UNIQUE (subscription_id, slot)
);
INSERT INTO digests_sent (id, subscription_id, slot, sent_at, digest_text)
SELECT id, subscription_id, slot, sent_at, digest_text FROM digests_sent_copy;
DROP TABLE digests_sent_copy;
"""

# What each speaker did (DESIGN.md `act`, `target`): replies say "bestreitet: …" and "wirft X
# vor: …" instead of presenting a denial or an accusation as the speaker's statement.
_QUOTE_ACTS = """
ALTER TABLE quotes ADD COLUMN act TEXT NOT NULL DEFAULT 'claim';
ALTER TABLE quotes ADD COLUMN target TEXT;
"""

# One corpus apply at a time across processes (CorpusRepo): it stages full-text rows into the
# store ahead of its swap, which a second apply would collide with or clean away. A lease, not
# a lock: a crashed holder's lease expires.
_CORPUS_LEASE = """
CREATE TABLE corpus_lease (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    owner TEXT NOT NULL,
    expires TEXT NOT NULL
);
"""

# "The newest quotes" (digests: QuoteRepo.since) walked and sorted every quote without it:
# 2.2 s of a 2.5 s /digest at 100k articles.
_QUOTES_NEWEST_INDEX = """
CREATE INDEX quotes_newest ON quotes ((published IS NULL), published DESC, first_seen DESC, id);
"""

# News feeds (bot/feeds): the feeds followed, the items each feed carried (identity and content
# hash, so a re-dated or re-published item is not new), and the articles they brought with their
# text, so /reload and a pipeline upgrade re-extract them like folder files. Articles get the
# link to the original (feeds, or `url:` in front matter); existing rows learn theirs at the next
# ingest, which the marked content hash forces.
_FEEDS = """
ALTER TABLE articles ADD COLUMN url TEXT;
UPDATE articles SET content_hash = 'before-url:' || content_hash;

CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_fetch TEXT,
    last_new_article TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_fetch TEXT,
    state TEXT NOT NULL DEFAULT 'active'
        CHECK (state IN ('active', 'backing_off', 'disabled'))
);

-- One row per article a feed brought (several feeds may carry the same one: keyed by the
-- normalised link). `file` is the article's name in the articles table.
CREATE TABLE feed_articles (
    id INTEGER PRIMARY KEY,
    link TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    feed_article_id INTEGER REFERENCES feed_articles (id) ON DELETE SET NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX feed_items_article ON feed_items (feed_article_id);
"""

# Several subscriptions per channel for one topic, at different times ("/subscribe 07:00" and
# "/subscribe 18:00"): the UNIQUE becomes (transport, channel_id, topic, time). Subscribing
# again to the same topic and time changes that subscription's zone and mention instead of
# adding a duplicate. Rebuilt as in _SUBSCRIPTION_TOPICS (SQLite cannot drop a constraint);
# the ids stay, so digests_sent keeps pointing at its subscription.
_SUBSCRIPTION_TIMES = """
CREATE TABLE subscriptions_new (
    id INTEGER PRIMARY KEY,
    transport TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    guild_id TEXT,
    time TEXT NOT NULL,
    timezone TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    last_slot TEXT,
    intent_slot TEXT,
    last_sent_at TEXT,
    intent_parts INTEGER NOT NULL DEFAULT 0,
    intent_run TEXT,
    intent_at TEXT,
    topic TEXT NOT NULL DEFAULT '',
    mention_role TEXT,
    UNIQUE (transport, channel_id, topic, time)
);
INSERT INTO subscriptions_new (id, transport, channel_id, guild_id, time, timezone, created_by,
    created_at, enabled, disabled_reason, last_slot, intent_slot, last_sent_at, intent_parts,
    intent_run, intent_at, topic, mention_role)
SELECT id, transport, channel_id, guild_id, time, timezone, created_by, created_at, enabled,
    disabled_reason, last_slot, intent_slot, last_sent_at, intent_parts, intent_run, intent_at,
    topic, mention_role
FROM subscriptions;
CREATE TABLE digests_sent_copy AS SELECT * FROM digests_sent;
DROP TABLE digests_sent;
DROP TABLE subscriptions;
ALTER TABLE subscriptions_new RENAME TO subscriptions;
CREATE INDEX subscriptions_channel ON subscriptions (transport, channel_id);
CREATE TABLE digests_sent (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    digest_text TEXT NOT NULL,
    UNIQUE (subscription_id, slot)
);
INSERT INTO digests_sent (id, subscription_id, slot, sent_at, digest_text)
SELECT id, subscription_id, slot, sent_at, digest_text FROM digests_sent_copy;
DROP TABLE digests_sent_copy;
"""

# A topic digest's articles with a figure on the topic's subjects, newest first (ArticleRepo.
# for_topic): without it the 20k figures of a big subject were read and sorted (35 ms at 100k).
_FIGURES_SUBJECT_ARTICLE = """
CREATE INDEX figures_subject_article ON figures (subject_key, article_id);
"""

# A subject's newest figures (FigureRepo.for_subject) are ordered by date, then by the article's
# first_seen: read through the join, the ~1,000 undated figures of a big subject (one tie
# group) were all fetched with their articles and sorted, 9 ms per subject at 100k articles.
# A copy of first_seen on the figure (an article keeps it for life) lets one index give the
# order, so a limited read stops after `limit` entries. It replaces figures_subject (its prefix).
_FIGURES_FIRST_SEEN = """
ALTER TABLE figures ADD COLUMN first_seen TEXT;
UPDATE figures SET first_seen = (SELECT a.first_seen FROM articles a WHERE a.id = figures.article_id);
DROP INDEX figures_subject;
CREATE INDEX figures_subject_newest
    ON figures (subject_key, (sort_date IS NULL), sort_date, first_seen, id);
"""

# How often each wording (and unit) of a subject occurs among its figures: the subjects row's
# name and unit are the most frequent ones, and with these counts an apply recounts a subject
# from what it changes instead of reading all of the subject's figures (2.1 s of a 2.8 s apply
# of 1,000 articles into 100k). Maintained by CorpusRepo's swap; unit '' = none.
_SUBJECT_WORDINGS = """
CREATE TABLE subject_wordings (
    subject_key TEXT NOT NULL,
    wording TEXT NOT NULL,
    unit TEXT NOT NULL,
    figure_count INTEGER NOT NULL,
    PRIMARY KEY (subject_key, wording, unit)
);
INSERT INTO subject_wordings (subject_key, wording, unit, figure_count)
SELECT subject_key, coalesce(subject, unit, ''), coalesce(unit, ''), count(*) FROM figures
WHERE subject_key IS NOT NULL
GROUP BY subject_key, coalesce(subject, unit, ''), coalesce(unit, '');
"""

MIGRATIONS: tuple[str, ...] = (
    _INITIAL,
    _SPEAKER_SUMMARY,
    _SPEAKER_REFRESH_INDEXES,
    _NEWEST_FIRST_FTS,
    _DIGEST_PROGRESS,
    _FIGURE_INTERVALS,
    _CURATION_WATCHES,
    _SUBSCRIPTION_TOPICS,
    _QUOTE_ACTS,
    _CORPUS_LEASE,
    _QUOTES_NEWEST_INDEX,
    _FEEDS,
    _SUBSCRIPTION_TIMES,
    _FIGURES_SUBJECT_ARTICLE,
    _FIGURES_FIRST_SEEN,
    _SUBJECT_WORDINGS,
)

SCHEMA_VERSION = len(MIGRATIONS)
