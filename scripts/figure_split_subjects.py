#!/usr/bin/env python3
"""Articles whose counts of one thing fall under several /figures topics (issue 12: one
article's "Superdelegierte" under "(CNN)", "(Parteitag)" and bare), and measured topics that
several articles of one file share ("Umsatz" of four companies).

Counts only counted things (no measure, no time unit); the thing is the subject's lexicon
concept or its head noun's lemma. Reads prediction files of scripts/evaluate_extraction.py:

    python scripts/evaluate_extraction.py --train --out /tmp/eval
    python scripts/figure_split_subjects.py /tmp/eval/dev.json /tmp/eval/train.json [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlp.figures.lemmas import key_noun  # noqa: E402
from bot.nlp.figures.lexicon import is_measure_unit, lexicon  # noqa: E402
from bot.nlp.figures.subjects import concept_of, subject_group  # noqa: E402


def _thing(subject: str, unit: str) -> str | None:
    """What a count counts: its concept ("Tote") or its head noun's lemma."""
    core = subject.split(" (")[0]
    concept = concept_of(core, unit)
    if concept:
        return concept
    nouns = [w for w in core.split() if w[:1].isupper()]
    return key_noun(nouns[0]) if nouns else None


def split_things(article: dict) -> dict[str, list[str]]:
    """thing -> the article's subjects of it, for things under more than one topic."""
    found: dict[str, dict[str, str]] = {}
    for f in article["figures"]:
        unit, subject = f["unit"], f["subject"]
        if not unit or is_measure_unit(unit) or unit in lexicon().time_units:
            continue
        group = subject_group(subject, unit)
        thing = _thing(subject, unit) if group else None
        if thing:
            found.setdefault(thing, {})[group] = subject
    return {t: sorted(g.values()) for t, g in found.items() if len(g) > 1}


def shared_measures(articles: list[dict]) -> set[str]:
    """The topics of amounts in a unit ("Umsatz") that more than one article reports."""
    found: dict[str, set[str]] = {}
    for a in articles:
        for f in a["figures"]:
            group = subject_group(f["subject"], f["unit"])
            if group and is_measure_unit(f["unit"]):
                found.setdefault(group, set()).add(a["file"])
    return {g for g, files in found.items() if len(files) > 1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("predictions", type=Path, nargs="+")
    ap.add_argument("--show", action="store_true", help="print each split article")
    args = ap.parse_args(argv)
    for path in args.predictions:
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        split = 0
        for a in articles:
            things = split_things(a)
            split += bool(things)
            if things and args.show:
                print(" ", a["file"], things)
        print(f"{path}: {split} of {len(articles)} articles split a counted thing")
        shared = shared_measures(articles)
        print(f"{path}: {len(shared)} measured topics shared by several articles")
        if args.show:
            print(" ", sorted(shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
