#!/usr/bin/env python3
"""Share of figures measured in a unit whose subject says no more than the unit ("Euro",
"Soldaten" for Soldat): the measure of issue 12 (target <= 5% on gnqa dev+test).

Reads prediction files written by scripts/evaluate_extraction.py:

    python scripts/evaluate_extraction.py --test
    python scripts/figure_subject_share.py /tmp/lagebild-eval/dev.json /tmp/lagebild-eval/test.json [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlp.figures.subjects import is_bare, subject_group  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("predictions", type=Path, nargs="+")
    ap.add_argument("--show", type=int, default=0, help="print N bare and N grouped examples")
    args = ap.parse_args(argv)
    figures = [
        f
        for p in args.predictions
        for a in json.loads(p.read_text(encoding="utf-8"))["articles"]
        for f in a["figures"]
    ]
    with_unit = [f for f in figures if f["unit"]]
    bare = [f for f in with_unit if is_bare(f["subject"], f["unit"])]
    topics = Counter(subject_group(f["subject"], f["unit"]) for f in figures)
    share = len(bare) / len(with_unit) if with_unit else 0.0
    print(
        f"figures {len(figures)}, with a unit {len(with_unit)}, subject only the unit "
        f"{len(bare)} = {share:.1%}"
    )
    print(
        f"topics (subject groups) {len([k for k in topics if k])}, "
        f"figures without a topic {topics[None]}"
    )
    for f in bare[: args.show]:
        print("BARE   ", f["unit"], "|", f["subject"], "|", f["text"], "|", f["sentence"][:120])
    return 0


if __name__ == "__main__":
    sys.exit(main())
