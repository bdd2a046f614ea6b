#!/usr/bin/env python3
"""Run the extraction pipeline over the seed articles and the gnqa2024 dev split (and test
with --test), write the predictions JSON per set and print the shared scorer's numbers.

Usage: .venv/bin/python scripts/evaluate_extraction.py [--shared ../shared] [--out DIR]
       [--test] [--train] [--verbose] [--only seeds|dev|test|train] [--families]
       [--score FILE.json --only SET]   (score saved predictions, e.g. an older run's)

Every set also prints the number of garbage speakers (bare pronouns, abstract nouns, number
phrases: bot.nlp.attribution.somebody) and, with --families, the misses and false positives
per phenomenon family of issue 11 (a coarse classification by the gold cue and the text).

gnqa raw files have no title line: their ParsedArticle is built directly from the text with
every blank-line block as a report paragraph. The dataset never enters the repository; the
predictions go to --out (default /tmp/lagebild-eval)."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.models import Paragraph, ParsedArticle  # noqa: E402
from bot.nlp import Extractor, build_pipeline  # noqa: E402
from bot.nlp.attribution.somebody import SpeakerCheck, load_speaker_check  # noqa: E402
from bot.nlp.export import corpus_to_json  # noqa: E402

ACCORDING_BACK = ("demnach", "danach", "wonach", "gemäß", "zufolge", "laut", "nach", "so")
DASS_OR_KONJ = re.compile(r"\b(dass|sei|seien|habe|haben|werde|würde|müsse|könne|solle)\b")


def check_of(extractor: Extractor) -> SpeakerCheck:
    """The speaker rule with the pipeline's lemma tables (nouns, adjectives)."""
    rules = extractor.nlp.get_pipe("lagebild_quotes").rules
    return load_speaker_check(rules.tables.nouns | rules.tables.noun_lemmas, rules.tables.lowers)


def garbage_speakers(pred: dict[str, Any], check: SpeakerCheck) -> list[str]:
    """Predicted speakers that are nobody: a pronoun, an abstract noun, a number phrase."""
    return [
        q["speaker"]
        for a in pred["articles"]
        for q in a["quotes"]
        if q["speaker"] is not None and not check.is_somebody(q["speaker"])
    ]


def family(gold_q: dict[str, Any], why: str) -> str:
    """The issue-11 family of a missed gold quote (coarse: by its cue, kind and text)."""
    cue = (gold_q.get("cue") or "").lower()
    text = gold_q.get("text") or ""
    if why.startswith("speaker given"):
        if gold_q["speaker"] == "*" or gold_q["speaker"].lower() in ("er", "sie"):
            return "pronoun resolution"
        return "wrong speaker (NP / running speaker / nested)"
    if not cue:
        return "Konjunktiv continuation / no cue"
    if cue.split()[0] in ACCORDING_BACK or "angaben" in cue or "bericht" in cue:
        return "according-to marker"
    if not DASS_OR_KONJ.search(text) and len(text.split()) <= 8:
        return "speech act with an NP object"
    return "cue not found / subject NP not recognised"


def families(gold_dir: Path, misses: list[tuple[str, ...]]) -> dict[str, int]:
    golds: dict[str, list[dict[str, Any]]] = {}
    for f in gold_dir.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        golds[g["article"]] = g["quotes"]
    out: dict[str, int] = {}
    for m in misses:
        if m[1] == "FIGURE":
            continue
        gq = next((q for q in golds.get(m[0], []) if q["text"][:80] == m[2]), None)
        if gq is not None:
            key = family(gq, m[3])
            out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def load_scorer(shared: Path) -> ModuleType:
    path = shared / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def article_from_text(path: Path) -> ParsedArticle:
    """A raw gnqa article: no title line, every block is a report paragraph."""
    raw = path.read_bytes()
    text = raw.decode("utf-8").replace("\r\n", "\n")
    blocks = [b.strip() for b in text.split("\n\n")]
    paras = tuple(Paragraph(" ".join(b.split("\n"))) for b in blocks if b)
    return ParsedArticle(
        file=path.name,
        path=str(path),
        title="",
        published=None,
        outlet=None,
        paragraphs=paras,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )


def read_seed(path: Path) -> ParsedArticle:
    try:
        from bot.corpus import read_article

        return read_article(path)
    except Exception:  # the corpus reader may be missing in a partial checkout
        art = article_from_text(path)
        title = art.paragraphs[0].text.split("\n")[0] if art.paragraphs else ""
        return ParsedArticle(
            art.file, art.path, title, None, None, art.paragraphs[1:], art.content_hash
        )


def run_set(
    name: str,
    files: list[Path],
    gold: Path,
    extractor: Extractor,
    scorer: ModuleType,
    out: Path,
    seeds: bool,
    verbose: bool,
    show_families: bool = False,
    saved: Path | None = None,
) -> dict[str, Any]:
    t0 = time.perf_counter()
    if saved is not None:
        pred = json.loads(saved.read_text(encoding="utf-8"))
        pred_path = saved
    else:
        arts = [read_seed(f) if seeds else article_from_text(f) for f in files]
        pred = corpus_to_json(extractor.extract(a) for a in arts)
        out.mkdir(parents=True, exist_ok=True)
        pred_path = out / f"{name}.json"
        pred_path.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    dt = time.perf_counter() - t0
    res, misses, fps = scorer.score(str(gold), pred)
    if verbose:
        for m in misses:
            print("MISS  ", *m, sep=" | ")
        for m in fps:
            print("FALSE+", *m, sep=" | ")
    keys = [
        "quote_precision",
        "quote_recall",
        "quote_f1",
        "quote_recall_easy",
        "quote_kind_accuracy",
    ]
    if seeds:
        keys += ["figure_f1", "figure_qualifier_accuracy", "figure_source_accuracy"]
    print(f"== {name}: {len(files)} articles in {dt:.1f}s -> {pred_path}")
    for k in keys:
        print(f"   {k:28s} {res[k]}")
    n_quotes = sum(len(a["quotes"]) for a in pred["articles"])
    garbage = garbage_speakers(pred, check_of(extractor))
    print(f"   {'garbage_speakers':28s} {len(garbage)} of {n_quotes} {sorted(set(garbage))[:12]}")
    if show_families:
        print(f"   misses by family ({len([m for m in misses if m[1] != 'FIGURE'])}):")
        for fam, n in families(gold, misses).items():
            print(f"      {n:4d}  {fam}")
    return dict(res)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/lagebild-eval"))
    ap.add_argument("--test", action="store_true", help="also score the gnqa2024 test split")
    ap.add_argument("--train", action="store_true", help="also score the gnqa2024 train split")
    ap.add_argument("--only", choices=["seeds", "dev", "test", "train"])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--families", action="store_true", help="misses per phenomenon family")
    ap.add_argument("--score", type=Path, help="score this saved predictions file (with --only)")
    ap.add_argument(
        "--pos-tagger", choices=["hanta", "none"], default="none", help="config nlp.pos_tagger"
    )
    args = ap.parse_args(argv)
    if args.score and not args.only:
        ap.error("--score needs --only SET")
    shared: Path = args.shared
    scorer = load_scorer(shared)
    extractor = Extractor(build_pipeline(pos_tagger=args.pos_tagger))
    sets: list[tuple[str, list[Path], Path, bool]] = [
        ("seeds", sorted((shared / "seeds").glob("*.txt")), shared / "gold" / "seeds", True)
    ]
    gnqa = shared / "data" / "gnqa2024"
    for split, wanted in (("dev", True), ("train", args.train), ("test", args.test)):
        if wanted or args.only == split:
            sets.append(
                (split, sorted((gnqa / split / "raw").glob("*.txt")), gnqa / split / "gold", False)
            )
    for name, files, gold, seeds in sets:
        if args.only and name != args.only:
            continue
        run_set(
            name,
            files,
            gold,
            extractor,
            scorer,
            args.out,
            seeds,
            args.verbose,
            args.families,
            args.score,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
