#!/usr/bin/env python3
"""Per-act accuracy of the pipeline on the project's own speech-act set
(tests/data/acts/own_sentences.tsv), on its second set in registers the first lacks
(tests/data/acts/registers.tsv) and on the third, reviewer-style set with rows that report
nothing (tests/data/acts/fresh.tsv, act "none") and on the fourth in a new phrasing mix
(tests/data/acts/fresh2.tsv: press releases, court, police, sport, parliament) and on the fifth
(tests/data/acts/fresh3.tsv: every act in several syntaxes, registers incl. social media) and on
the sixth (tests/data/acts/fresh4.tsv: tenses, verb-final clauses, fronted objects, noun
predicates) and on the seventh (tests/data/acts/fresh5.tsv: parliament, court, sport, science,
negations, conditionals, indirect questions) and on the eighth (tests/data/acts/fresh6.tsv: courts,
coaches, unions, health authorities, diplomacy, local politics, modal verbs, passives) and on the
ninth (tests/data/acts/fresh7.tsv: sport, weather and disaster authorities, science, courts and
police, local business, culture, foreign affairs) and on the tenth (tests/data/acts/fresh8.tsv:
everyday local and national news, bare noun-phrase objects) and on the eleventh
(tests/data/acts/fresh9.tsv: education, transport strikes, farming, tech and data protection,
sports federations, local councils, churches, military) and on the twelfth
(tests/data/acts/fresh10.tsv: harder syntax, two speakers in a sentence, mixed quotes, negated
cues, reported questions) and on the thirteenth (tests/data/acts/fresh11.tsv: courts, sport,
health, business, local politics, foreign affairs, negations and hedges): a row is right when a quote containing its
marker word has the expected act, speaker and target. Prints one line per act, the total, and with
--verbose every wrong row with what came out.

Usage: python scripts/act_accuracy.py [--verbose] [--set own|registers|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|all]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "nlp"))

from acts_own_set import SETS, judge, load_rows  # noqa: E402

from bot.models import Paragraph, ParsedArticle  # noqa: E402
from bot.nlp import Extractor, build_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    args = ap.parse_args()
    paths = list(SETS.values()) if args.set == "all" else [SETS[args.set]]
    extractor = Extractor(build_pipeline())
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    for row in (r for p in paths for r in load_rows(p)):
        art = ParsedArticle(
            "t.txt", "t.txt", "Titel", None, None, (Paragraph(row.text, "report"),), "0"
        )
        wrong = judge(row, extractor.extract(art).quotes)
        total[row.act] = total.get(row.act, 0) + 1
        right[row.act] = right.get(row.act, 0) + (wrong is None)
        if wrong and args.verbose:
            print(f"  WRONG {row.act:12} {row.text}\n        -> {wrong}")
    for act in sorted(total):
        print(f"{act:13} {right[act]:3}/{total[act]:3}  {right[act] / total[act]:.2f}")
    n, ok = sum(total.values()), sum(right.values())
    print(f"{'all':13} {ok:3}/{n:3}  {ok / n:.2f}")


if __name__ == "__main__":
    main()
