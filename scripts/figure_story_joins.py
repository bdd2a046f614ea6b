#!/usr/bin/env python3
"""The /figures topics that join counts of other articles (issue 12): each partial scope
("Tote (Anschlag)") joined into a fuller one ("Tote (Anschlag in Bagdad)") whose reports come
from other articles, with both keys' article titles and dates, so a reader can judge whether
the articles tell one story; and the casualty keys that several stories share as stored
("Tote (Unfall in Peru)" of 2006 and 2018), which no join decides. `--keys-only` shows the joins the keys alone would make (without
reading which story the reports tell), for a before/after count on one store:

    python -m bot ingest CORPUS_DIR --db /tmp/corpus.db
    python scripts/figure_story_joins.py /tmp/corpus.db [--keys-only] [--show]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Config  # noqa: E402
from bot.nlp.figures.lexicon import lexicon  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.folding import fold_key  # noqa: E402
from handlers.figure_groups import (  # noqa: E402
    SCOPE_SUBJECTS,
    one_story,
    scope_groups,
    story_joins,
)
from handlers.types import Services  # noqa: E402


async def cross_article_joins(db: Path, keys_only: bool) -> list[tuple[str, str, str]]:
    """(partial key, fuller key, what each key's articles are) of every join across
    articles."""
    store = await Store.open(db)
    try:
        services = Services(config=Config(), store=store)
        subjects = await store.figures.subjects(limit=SCOPE_SUBJECTS)
        keys = [s.subject_key for s in subjects]
        joins = scope_groups(keys) if keys_only else await story_joins(services, keys)
        found = []
        for key, main in sorted(joins.items()):
            mine = await store.figures.for_subject(key)
            theirs = await store.figures.for_subject(main)
            if {f.article_id for f in mine} <= {f.article_id for f in theirs}:
                continue  # one article's own counts: no join across articles

            def told(records: list) -> str:
                seen = {(f.published, f.article_title) for f in records}
                return "; ".join(f"{d} {t}" for d, t in sorted(seen, key=str))

            found.append((key, main, f"{told(mine)}  ->  {told(theirs)}"))
        return found
    finally:
        await store.close()


async def shared_keys(db: Path) -> list[tuple[str, str]]:
    """(key, its articles) of every casualty key whose reports tell more than one story (no
    join needed: the articles' counts got the same key, "Tote (Unfall in Peru)" of 2006 and
    2018). A limit of keys as stored: /figures shows them as one topic."""
    concepts = frozenset(fold_key(c) for c in lexicon().scoped)
    store = await Store.open(db)
    try:
        found = []
        for s in await store.figures.subjects(limit=SCOPE_SUBJECTS):
            if not set(s.subject_key.split()) & concepts:
                continue
            records = await store.figures.for_subject(s.subject_key)
            by_article = {f.article_id: f for f in records}
            if len(by_article) > 1 and not all(
                one_story([a], [b]) for a in by_article.values() for b in by_article.values()
            ):
                told = sorted(f"{f.published} {f.article_title}" for f in by_article.values())
                found.append((s.subject_key, "; ".join(told)))
        return found
    finally:
        await store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--keys-only", action="store_true", help="join by the keys alone")
    ap.add_argument("--show", action="store_true", help="print each join")
    args = ap.parse_args(argv)
    found = asyncio.run(cross_article_joins(args.db, args.keys_only))
    for key, main, told in found if args.show else []:
        print(f"  {key!r} -> {main!r}: {told}")
    print(f"{args.db}: {len(found)} topic keys join counts of other articles")
    shared = asyncio.run(shared_keys(args.db))
    for key, told in shared if args.show else []:
        print(f"  {key!r}: {told}")
    print(f"{args.db}: {len(shared)} casualty keys hold reports of several stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
