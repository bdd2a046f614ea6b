#!/usr/bin/env python3
"""Problems a newsroom editor sees in the /figures topic list of a corpus (issue 12), counted
as stored and as shown, for a before/after on one store:

- brackets that name no scope of the count ("Polizisten (Soldaten)", "Arbeitsplätze
  (Vorstandsvorsitzender)"): stored names, shown names;
- head nouns in their lemma form ("irakische Zivilist"): stored, shown;
- topics whose reports tell several unrelated stories (shown apart in the topic's detail);
- shown names that two topics share.

    python -m bot ingest CORPUS_DIR --db /tmp/corpus.db
    python scripts/figure_topic_problems.py /tmp/corpus.db [--show]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Config  # noqa: E402
from bot.store import Store  # noqa: E402
from handlers.figure_groups import (  # noqa: E402
    SCOPE_SUBJECTS,
    joined_figures,
    joined_subjects,
    stories,
)
from handlers.figure_names import scopes  # noqa: E402
from handlers.figures import FIGURE_LIMIT  # noqa: E402
from handlers.types import Services  # noqa: E402

_BRACKET_RE = re.compile(r"\(([^()]*)\)")
_KINDS = frozenset({"Forderung", "Angebot", "Prognose", "Ziel"})


def unscoped(name: str) -> bool:
    return any(i not in _KINDS and not scopes(i) for i in _BRACKET_RE.findall(name))


async def problems(db: Path) -> dict[str, list[str]]:
    store = await Store.open(db)
    try:
        services = Services(config=Config(), store=store)
        stored = {s.subject_key: s.subject for s in await store.figures.subjects(SCOPE_SUBJECTS)}
        shown = await joined_subjects(services, limit=SCOPE_SUBJECTS)
        found: dict[str, list[str]] = {k: [] for k in _LABELS}
        names = [s.subject.lower() for s in shown]
        for s in shown:
            raw = stored.get(s.subject_key, s.subject)
            if unscoped(raw):
                found["unscoped_stored"].append(raw)
            if unscoped(s.subject):
                found["unscoped_shown"].append(s.subject)
            if raw.split(" (")[0] != s.subject.split(" (")[0] and "(" not in raw.split(" (")[0]:
                found["lemma_mended"].append(f"{raw} -> {s.subject}")
            if names.count(s.subject.lower()) > 1:
                found["same_name"].append(s.subject)
            if s.figure_count > 1:
                figs = await joined_figures(services, s.subject_key, limit=FIGURE_LIMIT)
                if len(stories(figs)) > 1:
                    found["several_stories"].append(s.subject)
        return found
    finally:
        await store.close()


_LABELS = {
    "unscoped_stored": "names with a bracket that scopes nothing, as stored",
    "unscoped_shown": "names with a bracket that scopes nothing, as shown",
    "lemma_mended": "lemma heads shown in the reports' form",
    "several_stories": "topics holding several unrelated stories (shown apart)",
    "same_name": "shown names that two topics share",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--show", action="store_true", help="list each topic")
    args = ap.parse_args(argv)
    found = asyncio.run(problems(args.db))
    for key, label in _LABELS.items():
        print(f"{args.db}: {len(found[key])} {label}")
        for item in found[key] if args.show else []:
            print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
