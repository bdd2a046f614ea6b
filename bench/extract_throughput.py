#!/usr/bin/env python3
"""Throughput of the extraction pipeline on one core: words per second of
`Extractor.extract` over a large corpus built by replicating the seed articles (and, if
present, gnqa2024 raw texts) until --words words are reached.

Usage: .venv/bin/python bench/extract_throughput.py [--words 300000] [--shared ../shared]"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.models import Paragraph, ParsedArticle  # noqa: E402
from bot.nlp import Extractor, build_pipeline  # noqa: E402

# used when no corpus is available: the benchmark still runs, on a small synthetic article
_SYNTHETIC = (
    "Der Sprecher des Ministeriums, Max Beispiel, sagte am Montag, die Lage sei ernst. "
    "„Wir beobachten die Entwicklung genau“, erklärte er. Laut der Regierung wurden "
    "rund 1.500 Soldaten verlegt. Die Behörde meldete, dass mindestens 300 Menschen "
    "betroffen seien.\n\nDer Bürgermeister warnte, es könne zu weiteren Ausfällen kommen."
)


def texts(shared: Path) -> list[str]:
    out: list[str] = []
    for pattern in ("seeds/*.txt", "data/gnqa2024/train/raw/*.txt"):
        out.extend(p.read_text(encoding="utf-8") for p in sorted(shared.glob(pattern)))
    return out or [_SYNTHETIC]


def article(i: int, text: str) -> ParsedArticle:
    paras = tuple(Paragraph(b.strip()) for b in text.split("\n\n") if b.strip())
    return ParsedArticle(f"bench_{i}.txt", "", "", None, None, paras, str(i))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    t0 = time.perf_counter()
    extractor = Extractor(build_pipeline())
    load = time.perf_counter() - t0
    base = texts(args.shared)
    corpus: list[ParsedArticle] = []
    words = 0
    while words < args.words:
        for t in base:
            corpus.append(article(len(corpus), t))
            words += len(re.findall(r"\w+", t))
            if words >= args.words:
                break
    extractor.extract(article(0, base[0]))  # warm-up: lazily loaded tables are not throughput
    t0 = time.perf_counter()
    quotes = figures = 0
    for a in corpus:
        ex = extractor.extract(a)
        quotes += len(ex.quotes)
        figures += len(ex.figures)
    dt = time.perf_counter() - t0
    print(f"pipeline load {load:.2f}s; {len(corpus)} articles, {words} words in {dt:.2f}s")
    print(f"quotes {quotes}, figures {figures}")
    print(f"words/s {words / dt:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
