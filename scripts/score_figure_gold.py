#!/usr/bin/env python3
"""Score the figures of a story directory (tests/data/quake_story, tests/data/figure_holdout)
against its gold/*.json, with what the shared scorer does not measure: the date a figure
refers to, a source given where the gold has none, and source aliases per figure.

Usage: python scripts/score_figure_gold.py DIR [--shared ../shared] [--verbose]

The articles are extracted with `python -m bot extract DIR/*.txt --format json` (the full
pipeline, as a user runs it); matching, unit stems and speaker matching are the shared
scorer's (../shared/tools/score_extraction.py), so the F1, qualifier, unit and source numbers
agree with it. Gold figure fields beyond the shared format:
- `source_aliases`: other names that count as the figure's source ("Gewerkschaft" for Verdi);
- `date`: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the predicted date must start with it), or null
  where the text leaves it open (not scored).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(shared: Path) -> ModuleType:
    """The shared scorer module (its matching helpers)."""
    spec = importlib.util.spec_from_file_location(
        "score_extraction", shared / "tools" / "score_extraction.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(story: Path) -> dict[str, Any]:
    """The pipeline's JSON for every article of the story directory."""
    files = sorted(str(p) for p in story.glob("*.txt"))
    cmd = [sys.executable, "-m", "bot", "extract", *files, "--format", "json"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out))


def score(story: Path, pred: dict[str, Any], sc: ModuleType) -> tuple[dict[str, Any], list[str]]:
    """Counts and the list of wrong or missed figures."""
    preds = {Path(a["file"]).name: a["figures"] for a in pred["articles"]}
    keys = "pred pred_ok gold found qual unit src_n src spurious null_n date_n date"
    n: dict[str, int] = dict.fromkeys(keys.split(), 0)
    notes: list[str] = []
    for path in sorted((story / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        figs = preds.get(gold["article"], [])
        gfs = gold["figures"]
        n["pred"] += len(figs)
        for f in figs:
            ok = any(_hit(sc, f, g) for g in gfs)
            n["pred_ok"] += ok
            if not ok:
                notes.append(f"{gold['article']} FALSE+ {f['value']} {f['text']!r}")
        for g in gfs:
            n["gold"] += 1
            hits = [f for f in figs if _hit(sc, f, g)]
            if not hits:
                notes.append(f"{gold['article']} MISS {g['text']!r}")
                continue
            n["found"] += 1
            _score_found(sc, gold["article"], g, hits, n, notes)
    return n, notes


def _hit(sc: ModuleType, f: dict[str, Any], g: dict[str, Any]) -> bool:
    return bool(sc._num_eq(f.get("value"), g["value"]) and sc.overlaps(f.get("text"), g["text"]))


def _score_found(
    sc: ModuleType,
    name: str,
    g: dict[str, Any],
    hits: list[dict[str, Any]],
    n: dict[str, int],
    notes: list[str],
) -> None:
    """Qualifier, unit, source and date of one found gold figure."""
    say = f"{name} {g['text']!r}:"
    n["qual"] += any(h["qualifier"] == g["qualifier"] for h in hits)
    if any(h.get("unit") and sc.stem(h["unit"]) == sc.stem(g["unit"]) for h in hits):
        n["unit"] += 1
    else:
        notes.append(f"{say} unit {[h.get('unit') for h in hits]} != {g['unit']!r}")
    if g["source"]:
        n["src_n"] += 1
        want = {"speaker": g["source"], "aliases": g.get("source_aliases", [])}
        if any(sc.gold_speaker_match(h.get("source"), want) for h in hits):
            n["src"] += 1
        else:
            notes.append(f"{say} source {[h.get('source') for h in hits]} != {g['source']!r}")
    else:
        n["null_n"] += 1
        if all(h.get("source") for h in hits):
            n["spurious"] += 1
            notes.append(f"{say} source {[h.get('source') for h in hits]}, gold none")
    if g.get("date"):
        n["date_n"] += 1
        if any((h.get("date") or "").startswith(g["date"]) for h in hits):
            n["date"] += 1
        else:
            notes.append(f"{say} date {[h.get('date') for h in hits]} != {g['date']!r}")


def summary(n: dict[str, int]) -> dict[str, float]:
    """The rates a report quotes."""
    p = n["pred_ok"] / n["pred"] if n["pred"] else 0.0
    r = n["found"] / n["gold"] if n["gold"] else 0.0
    found = n["found"] or 1
    return {
        "figure_precision": round(p, 3),
        "figure_recall": round(r, 3),
        "figure_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "qualifier_accuracy": round(n["qual"] / found, 3),
        "unit_accuracy": round(n["unit"] / found, 3),
        "source_accuracy": round(n["src"] / n["src_n"], 3) if n["src_n"] else 0.0,
        "spurious_sources": n["spurious"],
        "date_accuracy": round(n["date"] / n["date_n"], 3) if n["date_n"] else 0.0,
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("story", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    counts, notes = score(args.story, extract(args.story), load_scorer(args.shared))
    if args.verbose:
        print("\n".join(notes))
    for key, value in summary(counts).items():
        print(f"{key:22s} {value}")
    print("counts", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
