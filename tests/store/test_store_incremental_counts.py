"""The counts an apply keeps by delta (corpus totals; each speaker's quotes, articles, newest
quote, roles and aliases) equal a full recount from the rows, over random sequences of
additions, replacements and removals (issue 14: recounting them made an apply grow with the
store)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sample_corpus import SAMPLE_NOW, F, Q, build_extraction

from bot.models import ArticleExtraction, SpeakerInfo
from bot.store import Store

SPEAKERS = [
    "Olaf Scholz",
    "Scholz",  # resolves to Olaf Scholz (an alias)
    "Annalena Baerbock",
    "John Kirby",
    "Kirby",
    "Lloyd Austin",
    None,
]
ROLES = [None, "Sprecher", "Minister", "Kanzler", "Beobachter"]
ALIASES = ["der Kanzler", "die Ministerin", "der Sprecher", "Scholz"]
SUBJECTS = ["nordkoreanische Soldaten in Russland", "Drohnen in Kursk", "Panzer in der Ukraine"]


def _article(rng: random.Random, n: int, version: int) -> ArticleExtraction:
    sentences: list[str] = []
    quotes: list[Q] = []
    figures: list[F] = []
    for i in range(rng.randint(1, 6)):
        if rng.random() < 0.6:
            said = f"die Lage sei ernst {n} {version} {i}"
            speaker = rng.choice(SPEAKERS)
            sentences.append(f"{speaker or 'Man'} sagte, {said}.")
            quotes.append(Q(i, speaker, said, role=rng.choice(ROLES)))
        else:
            value = rng.randint(1, 50) * 100
            sentences.append(f"Es sind {value} Einheiten {n}.")
            figures.append(F(i, f"{value} Einheiten", value, subject=rng.choice(SUBJECTS)))
    published = None if rng.random() < 0.2 else date(2024, 1, 1) + timedelta(rng.randint(0, 400))
    named = sorted({q.speaker for q in quotes if q.speaker})
    infos = [
        SpeakerInfo(
            name,
            "person",
            roles=tuple(rng.sample(ROLES[1:], rng.randint(0, 2))),
            aliases=tuple(rng.sample(ALIASES, rng.randint(0, 2))),
        )
        for name in named
    ]
    return build_extraction(
        f"{n:04d}.txt",
        f"Bericht {n} v{version}",
        published,
        "Tagesschau",
        sentences,
        quotes=quotes,
        figures=figures,
        speakers=infos,
    )


async def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    cur = await store._db.conn.execute(sql)
    return [tuple(r) for r in await cur.fetchall()]


async def _kept(store: Store) -> tuple[object, ...]:
    """Totals and speaker counts as the store keeps them."""
    totals = await _rows(
        store, "SELECT articles, sentences, quotes, figures, speakers FROM corpus_state"
    )
    speakers = await _rows(
        store,
        """SELECT id, quote_count, article_count, latest, roles, aliases
           FROM speakers ORDER BY id""",
    )
    return totals, speakers


def _top(rows: list[tuple[object, ...]], limit: int) -> dict[object, str]:
    """speaker id -> its texts, most frequent first (ties by text), joined by char(31)."""
    counts: dict[object, dict[str, int]] = {}
    for speaker_id, text in rows:
        by_text = counts.setdefault(speaker_id, {})
        by_text[str(text)] = by_text.get(str(text), 0) + 1
    return {
        sid: "\x1f".join(sorted(by_text, key=lambda t: (-by_text[t], t))[:limit])
        for sid, by_text in counts.items()
    }


async def _recounted(store: Store) -> tuple[object, ...]:
    """The same, counted from every row."""
    totals = await _rows(
        store,
        """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),
                  (SELECT count(*) FROM quotes), (SELECT count(*) FROM figures),
                  (SELECT count(*) FROM speakers)""",
    )
    counted = await _rows(
        store,
        """SELECT speaker_id, count(*), count(DISTINCT article_id), max(published)
           FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY speaker_id""",
    )
    roles = _top(await _rows(store, "SELECT speaker_id, role FROM speaker_roles"), 20)
    aliases = _top(
        await _rows(
            store,
            """SELECT a.speaker_id, a.alias FROM speaker_aliases a
               JOIN speakers s ON s.id = a.speaker_id WHERE a.alias <> s.name""",
        ),
        50,
    )
    speakers = [(*row, roles.get(row[0]), aliases.get(row[0])) for row in counted]
    return totals, speakers


@pytest.mark.parametrize("seed", [1, 2])
async def test_incremental_counts_equal_a_full_recount_after_random_batches(
    store_url: str, seed: int
) -> None:
    rng = random.Random(seed)
    versions: dict[int, int] = {}  # article number -> its content version in the store
    store = await Store.open(store_url)
    try:
        for step in range(8):
            upserts: list[ArticleExtraction] = []
            for n in rng.sample(range(40), rng.randint(3, 12)):
                versions[n] = versions.get(n, 0) + 1  # new, or changed content
                upserts.append(_article(rng, n, versions[n]))
            staged = {ex.article.file for ex in upserts}
            stored = [n for n in versions if f"{n:04d}.txt" not in staged]
            removed = rng.sample(stored, min(len(stored), rng.randint(0, 4)))
            for n in removed:
                del versions[n]
            change = await store.corpus.apply(
                upserts,
                [f"{n:04d}.txt" for n in removed],
                [],
                [],
                now=SAMPLE_NOW + timedelta(hours=step),
            )
            assert change.changed_anything
            kept, recounted = await _kept(store), await _recounted(store)
            assert kept == recounted, f"seed {seed}, step {step}"
            assert kept[0][0][0] == len(versions)  # type: ignore[index]
    finally:
        await store.close()
