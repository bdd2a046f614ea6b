"""Score the figure component alone on the seed articles, before the full pipeline exists.

Builds spacy.blank("de") + sentencizer + the attribution stages + lagebild_figures
(bot.nlp.figures.component.figures_pipeline), runs it over each seed's title and body (first non-empty
line = title, the rest split into paragraphs at blank lines), writes the scorer's
prediction format with empty quotes and prints the scorer's figure numbers.

    .venv/bin/python scripts/score_figures.py [--seeds DIR] [--gold DIR] [--verbose]
    .venv/bin/python scripts/score_figures.py --dump DIR   # print figures of raw texts
    .venv/bin/python scripts/score_figures.py --bench DIR  # CPU words/s of the component alone
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.nlp.figures.component import figures_pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"


def split_article(text: str) -> tuple[str, list[str]]:
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:])
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return title, [p for p in paragraphs if p]


def build() -> Any:
    return figures_pipeline()


def figures_of(nlp: Any, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    return [
        {
            "value": f.value,
            "value_max": f.value_max,
            "qualifier": f.qualifier,
            "unit": f.unit,
            "subject": f.subject,
            "text": f.text,
            "source": f.source,
            "is_addition": f.is_addition,
            "sentence": f.sentence,
        }
        for f in doc._.figures
    ]


def load_scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "seeds")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_extraction.py")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--dump", type=Path, help="print the figures of every .txt in DIR")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--bench", type=Path, help="time lagebild_figures alone over DIR/*.txt")
    args = ap.parse_args(argv)
    nlp = build()
    nlp("Es sind 3.000 Soldaten.")  # load the lemma table before timing
    if args.bench:
        texts = [f.read_text(encoding="utf-8") for f in sorted(args.bench.glob("*.txt"))]
        n_words = sum(len(t.split()) for t in texts)
        with nlp.select_pipes(disable=["lagebild_figures"]):
            docs = list(nlp.pipe(texts))
        component = nlp.get_pipe("lagebild_figures")
        t0 = time.process_time()
        n_figures = sum(len(component(d)._.figures) for d in docs)
        cpu = time.process_time() - t0
        print(
            f"lagebild_figures alone: {n_words:,} words, {n_figures:,} figures, "
            f"{cpu:.2f}s CPU, {n_words / cpu:,.0f} words/s"
        )
        return 0
    if args.dump:
        files = sorted(args.dump.glob("*.txt"))
        if args.limit:
            files = files[: args.limit]
        for f in files:
            title, paragraphs = split_article(f.read_text(encoding="utf-8"))
            for fig in figures_of(nlp, "\n\n".join([title, *paragraphs])):
                print(
                    f.name,
                    "|",
                    fig["value"],
                    fig["value_max"],
                    fig["qualifier"],
                    fig["unit"],
                    "|",
                    fig["text"],
                    "|",
                    fig["source"],
                    "|",
                    fig["subject"],
                )
        return 0
    articles = []
    words = 0
    t0 = time.perf_counter()
    for f in sorted(args.seeds.glob("*.txt")):
        title, paragraphs = split_article(f.read_text(encoding="utf-8"))
        figs = figures_of(nlp, title) + figures_of(nlp, "\n\n".join(paragraphs))
        words += len(title.split()) + sum(len(p.split()) for p in paragraphs)
        articles.append({"file": f.name, "quotes": [], "figures": figs})
        if args.verbose:
            for fig in figs:
                print(
                    "PRED",
                    f.name,
                    fig["value"],
                    fig["qualifier"],
                    fig["unit"],
                    "|",
                    fig["text"],
                    "|",
                    fig["source"],
                    "|",
                    fig["subject"],
                )
    elapsed = time.perf_counter() - t0
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
        json.dump({"articles": articles}, tmp, ensure_ascii=False)
    scorer = load_scorer(args.scorer)
    res, misses, false_pos = scorer.score(str(args.gold), json.loads(Path(tmp.name).read_text()))
    Path(tmp.name).unlink()
    if args.verbose:
        for m in misses:
            if m[1] == "FIGURE":
                print("MISS  ", *m, sep=" | ")
        for m in false_pos:
            if m[1] == "FIGURE":
                print("FALSE+", *m, sep=" | ")
    for k, v in res.items():
        if k.startswith("figure"):
            print(f"{k:28s} {v}")
    print(f"{'words/s (figures only)':28s} {words / elapsed:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
