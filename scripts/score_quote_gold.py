#!/usr/bin/env python3
"""Score the quotes of a directory of articles (tests/data/news_quotes_dev,
tests/data/news_quotes_holdout) against its gold/*.json with the shared scorer.

Usage: python scripts/score_quote_gold.py DIR [--shared ../shared] [--verbose] [--out PRED.json]

The articles are read with the corpus reader and extracted in-process, the way
scripts/evaluate_extraction.py does for the seeds; matching is the shared scorer's
(../shared/tools/score_extraction.py), so the numbers agree with it. Prints quote P/R/F1, the
recall of the gold quotes not marked hard, kind accuracy among the found quotes and the garbage
speakers (bare pronouns, abstract nouns, number phrases). With --verbose every miss and false
positive is listed with the sentence it stands in, so that a miss can be read without opening
the article. --out keeps the predictions (the `extract --format json` contract).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_extraction import check_of, garbage_speakers, load_scorer, read_seed  # noqa: E402

from bot.nlp import Extractor, build_pipeline  # noqa: E402
from bot.nlp.export import corpus_to_json  # noqa: E402

KEYS = ("quote_precision", "quote_recall", "quote_f1", "quote_recall_easy", "quote_kind_accuracy")


@dataclass
class QuoteScore:
    """The scorer's numbers for one directory and the rows a reader checks by hand."""

    result: dict[str, Any]
    garbage: list[str]
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def extract_dir(
    directory: Path, extractor: Extractor
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Predictions for every article of the directory, and each article's sentences."""
    extractions = [extractor.extract(read_seed(f)) for f in sorted(directory.glob("*.txt"))]
    sentences = {ex.article.file: [s.text for s in ex.sentences] for ex in extractions}
    return corpus_to_json(extractions), sentences


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def sentence_of(text: str, sentences: list[str]) -> str:
    """The sentence a gold piece stands in: the one sharing most of its words (gold pieces are
    verbatim, but may span a quotation mark the sentence splitter cut at)."""
    want = _words(text)
    best = max(sentences, key=lambda s: len(want & _words(s)), default="")
    return " ".join(best.split())


def score_dir(
    directory: Path,
    pred: dict[str, Any],
    sentences: dict[str, list[str]],
    scorer: ModuleType,
    extractor: Extractor,
) -> QuoteScore:
    """Score the predictions against DIR/gold; figures are left to score_figure_gold.py."""
    quotes_only = {"articles": [{**a, "figures": []} for a in pred["articles"]]}
    res, misses, fps = scorer.score(str(directory / "gold"), quotes_only)
    out = QuoteScore(dict(res), garbage_speakers(pred, check_of(extractor)))
    full = {
        (a["file"], q["speaker"], (q.get("text") or "")[:80]): q
        for a in pred["articles"]
        for q in a["quotes"]
    }
    for name, speaker, text, why in (m for m in misses if m[1] != "FIGURE"):
        where = sentence_of(text, sentences.get(name, []))
        out.misses.append(f"MISS   {name} | {speaker} | {text} | {why}\n       in: {where}")
    for name, speaker, text in (f for f in fps if f[1] != "FIGURE"):
        q = full.get((name, speaker, text), {})
        where = " ".join((q.get("sentence") or "").split())
        out.false_positives.append(
            f"FALSE+ {name} | {speaker} | {q.get('kind')} | {text}\n       in: {where}"
        )
    return out


def report(score: QuoteScore, verbose: bool) -> list[str]:
    """The lines the script prints."""
    lines = [*score.misses, *score.false_positives] if verbose else []
    lines += [f"{k:28s} {score.result[k]}" for k in KEYS]
    counts = score.result["counts"]
    lines.append(f"{'gold_quotes':28s} {counts['q_gold']} ({counts['q_gold_easy']} not hard)")
    lines.append(f"{'predicted_quotes':28s} {counts['q_pred']}")
    lines.append(f"{'garbage_speakers':28s} {len(score.garbage)} {sorted(set(score.garbage))[:12]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--out", type=Path, help="write the predictions JSON here")
    args = ap.parse_args(argv)
    extractor = Extractor(build_pipeline())
    pred, sentences = extract_dir(args.directory, extractor)
    if args.out:
        args.out.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    score = score_dir(args.directory, pred, sentences, load_scorer(args.shared), extractor)
    print("\n".join(report(score, args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
