#!/usr/bin/env python3
"""What config nlp.pos_tagger = "hanta" costs (issue 11 point 2): HanTa's load time and memory,
its raw tagging speed, and the extraction pipeline's words/s with and without it, back to back
on the same articles (rounds alternate; the best round of each counts; CPU time of this
process, so that other processes on a shared machine count less), with how many sentences
it tagged per 1,000 (only candidates are tagged; the cache is cleared before every round, so
every sentence is new to it, as in a real ingest).

Usage: .venv/bin/python bench/pos_tagger_cost.py [--words 100000] [--rounds 3] [--shared ../shared]"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.models import Paragraph, ParsedArticle  # noqa: E402
from bot.nlp import Extractor, build_pipeline  # noqa: E402
from bot.nlp.attribution.pos_tags import PosTagger, load_pos_tagger  # noqa: E402


def corpus(shared: Path, words: int) -> tuple[list[ParsedArticle], int]:
    """Distinct articles (the gnqa2024 train texts, no repetition) up to `words` words."""
    out: list[ParsedArticle] = []
    n = 0
    for path in sorted((shared / "data" / "gnqa2024" / "train" / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras = tuple(Paragraph(b.strip()) for b in text.split("\n\n") if b.strip())
        out.append(ParsedArticle(path.name, "", "", None, None, paras, str(len(out))))
        n += len(re.findall(r"\w+", text))
        if n >= words:
            break
    if not out:
        raise SystemExit(f"no articles under {shared}/data/gnqa2024/train/raw")
    return out, n


def load_cost() -> tuple[float, float, PosTagger]:
    """Seconds and MiB (Python allocations, numpy included) to load HanTa's German model."""
    tracemalloc.start()
    t0 = time.perf_counter()
    pos = load_pos_tagger("hanta")
    seconds = time.perf_counter() - t0
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if pos is None:
        raise SystemExit("HanTa is not installed")
    return seconds, current / 2**20, pos


def raw_speed(pos: PosTagger, arts: list[ParsedArticle]) -> float:
    """HanTa's own tokens/s on whole sentences (what tagging every sentence would cost)."""
    sentences = [
        re.findall(r"\w[\w\-]*|[^\w\s]", s)
        for a in arts[:40]
        for p in a.paragraphs
        for s in re.split(r"(?<=[.!?])\s+", p.text)
    ]
    t0 = time.perf_counter()
    for words in sentences:
        pos._tagger.tag_sent(words, taglevel=0)
    return sum(map(len, sentences)) / (time.perf_counter() - t0)


def run(extractor: Extractor, arts: list[ParsedArticle]) -> tuple[float, int]:
    pos = extractor.nlp.get_pipe("lagebild_attribution").rules.pos
    if pos is not None:
        pos.clear()
    t0 = time.process_time()  # CPU time: other processes on a shared machine do not count
    sentences = sum(len(extractor.extract(a).sentences) for a in arts)
    return time.process_time() - t0, sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    arts, words = corpus(args.shared, args.words)
    seconds, mib, pos = load_cost()
    print(
        f"HanTa load {seconds:.2f}s, {mib:.1f} MiB; raw tagging {raw_speed(pos, arts):,.0f} tokens/s"
    )
    extractors = {name: Extractor(build_pipeline(pos_tagger=name)) for name in ("none", "hanta")}
    for ex in extractors.values():
        ex.extract(arts[0])  # warm-up: lazily loaded tables are not throughput
    best = {name: float("inf") for name in extractors}
    sentences = 0
    for _ in range(args.rounds):
        for name, ex in extractors.items():
            dt, sentences = run(ex, arts)
            best[name] = min(best[name], dt)
    tagger = extractors["hanta"].nlp.get_pipe("lagebild_attribution").rules.pos
    assert tagger is not None
    print(f"{len(arts)} articles, {words} words, {sentences} sentences")
    for name, dt in best.items():
        print(f"pos_tagger={name:5s} words/s {words / dt:,.0f}")
    print(f"cost {100 * (best['hanta'] / best['none'] - 1):+.1f} % time")
    share = 100 * tagger.seconds / best["none"]
    print(
        f"tagging itself (last round) {tagger.seconds:.2f}s = +{share:.1f} % of the run without it"
    )
    per = 1000 * tagger.tagged / max(sentences, 1)
    print(
        f"tagged {tagger.tagged} sentences per round ({per:.1f} per 1,000), cache hits {tagger.hits}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
