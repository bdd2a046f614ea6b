#!/usr/bin/env python3
"""Throughput of the extraction pipeline on one core: words per second of
`Extractor.extract` over a large corpus built by replicating the seed articles (and, if
present, gnqa2024 raw texts) until --words words are reached.

With --stages it also says what each stage costs (issue 11): the time spent in the spaCy
tokenizer (the "model" of the blank pipeline; with --model a trained pipeline's own components
show up as stages too), in each pipeline component's __call__ (the quote engine's stages
lagebild_mentions, lagebild_attribution and lagebild_quotes each on its own line), and the
Extractor's own bookkeeping around them (sentences, roles, figure scoping), as milliseconds
and share of the total, in CPU time of this process (so a loaded machine does not inflate
them); and how many sentences the quotes stage read again because speaker
resolution had named someone the earlier stages did not know (bot/nlp/quotes/rules.py).

With --ceiling it also splits each stage's per-sentence work (the mention scan, the
attribution of cues and markers, the report cues, the quotes stage's sentence, the figure
finder on candidate sentences) by whether the sentence gave the stage anything (a mention, an
attribution, a quote, a figure): the time on sentences that gave nothing is the most a
per-sentence gate at the stage's entry could save.

Usage: .venv/bin/python bench/extract_throughput.py [--words 300000] [--shared ../shared]
       [--stages] [--ceiling] [--sample] [--workers N] [--model blank|NAME] [--pos-tagger hanta|none]

With --sample it also prints a sampling profile of the loop (class Sampler): the source
lines the process's CPU time was spent on and the functions on the stack, without cProfile's
cost per call (which misranks loops of cheap calls).

words/s is wall-clock time; on a shared machine the line "words/s of CPU time" (the process's
own CPU seconds for the same loop) is the one to compare between runs.

Measured (session 15, the 2-core development host under load 10-13, --stages): 14.7k words/s
of CPU time (150,084 words in 10.2 s CPU; the lead's idle figure at session start was 17.3k,
the target 40k). CPU shares: lagebild_figures 29 %, lagebild_attribution 19 %,
lagebild_quotes 19 %, lagebild_mentions 13 %, tokenizer 8-9 %, Extractor bookkeeping 8 %,
lagebild_sentences 3 %; no single function above ~3 % of the total (a flat profile).

Session 16 (same host, load 11-14, CPU time): 15.1k words/s of CPU time (150k words, 9.9 s
CPU; 3 alternating pairs against the session's main export, median ratio 0.97, within the
noise of ~4 %). --ceiling on 100k words: sentences that gave a stage nothing cost 3.3 % of
the total in the mention scan, 5.7 % in the attribution of cues and markers (of which ~2.5 %
is the per-word form test a gate would repeat), 1.7 % in the report cues, 8.6 % in the quotes
stage and 1.1 % in the figure finder (already gated by a digit or number word). The mention
scan and the quotes stage must read every sentence (entity registry, running speaker), so a
gate at a stage's entry saves ~4-5 % at most; noun-phrase parses repeat for ~2 % of calls
(10,135 parses, 9,905 distinct on 60k words). The 40k target needs fewer passes per word
across the stages, not gates.

Session 18 (same host, load 10-13, CPU time, 150k words, --stages): main 19.2k-22.2k words/s
of CPU time (5 runs, median 20.9k); no change to the pipeline was kept, so none is measured
against it. --sample on 250k words (2,753 samples): on the stack lagebild_figures 31 % (the
figure finder 10 %, figure dates 3.5 %), lagebild_attribution 20 % (cues and markers 16 %, of
which the clause's speaker 7.5 %, the cue finder 3.5 %, the markers 3.6 %), lagebild_quotes
18 %, lagebild_mentions 12.5 % (the mention scan 8 %), tokenizer 7 %, sentences 3 %, the
article's scoping 3 %; the noun-phrase chunker (speakers/phrase.py parse_np) 7.7 % across
the stages, no line above 3 % of its own. The per-word loops are already cheap: timed in
this process against main's versions on the same 100k words (4.6 s of extraction, min of 5),
the sentence starts take 27 ms, the cue finder 99 ms, the markers 105 ms, the mention scan
221 ms and the figure candidates 23 ms. Rewriting each loop to skip in one comprehension to
the words a lexicon knows (or a capitalised one, or a punctuation mark) made them no faster
(28, 109, 111, 222, 30 ms): reverted. The figure stage's token array (`to_array().tolist()`)
and candidates take 52 ms; read off the cached token texts, 30 ms (0.4 % of 5.2 s: below the
noise, not kept). parse_np repeats 11 %
of its calls (7,116, 6,333 distinct on 200 articles): a cache would save under 1 %. The word
caches do not overflow at 100k words (is_role 12k of 65k entries, event_of 6k of 8k) and the
garbage collector takes 0.04 s of 4.3 s (the pipeline freezes the lexicons). The time is in
the rules at candidate positions, spread over some fifty functions: 40k needs that rule work
itself halved (fewer positions reaching the chunker and the clause readers, or compiled
code), not faster loops.

Session 20 (same host, load 11-14): run from a git worktree, the default --shared pointed at
a missing folder and the bench measured the synthetic article only (5.0k words/s of CPU
time); it now finds the shared folder beside the checkout's parent and prints a "corpus:"
line. On the real corpus (150k words, CPU time, 3 alternating pairs against main): main
10.8k-11.6k (median 11.3k), this branch 11.5k-12.8k (median 12.7k): the difference is within
the noise of CPU time on this loaded host (main's own runs spread 7 %); the one change kept
(predicate_concept) took its calls from 51 ms to 8 ms on 100k words, about 0.5 %. The
misses of the cached event_of cost 24 ms of 8.6 s (0.3 %): not changed. --stages on the
real corpus (150k words, 12.1k words/s of CPU time): tokenizer 8.2 %, lagebild_sentences
3.3 %, lagebild_mentions 12.9 %, lagebild_attribution 20.2 %, lagebild_quotes 18.2 %,
lagebild_figures 29.6 %, Extractor bookkeeping 7.6 % (the blank pipeline has no trained
spaCy component: the spaCy share is the tokenizer's 8 %, ours the other 92 %). --workers 2
gave 2.6k-3.0k words/s of wall clock against 1.9k-3.4k for one pinned process: at load 13
on 2 cores a second process finds no free core, so measure it on an idle machine before
quoting it against the 40k target."""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.models import Paragraph, ParsedArticle  # noqa: E402
from bot.nlp import Extractor, build_pipeline  # noqa: E402

TOKENIZER = "tokenizer (spaCy)"

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


def default_shared(root: Path = ROOT) -> Path:
    """The shared folder beside the checkout, else beside the folder holding it (a git
    worktree under wt/): without it the benchmark reads only the synthetic article, which is
    denser in quotes and figures than news and measured some 2.5 times slower (session 20)."""
    for base in (root.parent, root.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return root.parent / "shared"


def corpus_line(shared: Path, base: list[str]) -> str:
    """What the words/s were measured on, so a number from the synthetic fallback is never
    taken for the published one."""
    if base == [_SYNTHETIC]:
        return f"corpus: the synthetic article only (no texts under {shared}; pass --shared)"
    return f"corpus: {len(base)} texts from {shared}"


def pool_run(
    corpus: list[ParsedArticle], model: str, pos_tagger: str, workers: int
) -> tuple[float, int, int]:
    """Wall seconds, quotes and figures of `corpus` extracted by `workers` processes the way
    ingest does it (bot.ingest_work.extract_article in a spawn pool, the extractions pickled
    back to this process); every worker builds its pipeline and reads a few articles before
    the clock starts."""
    from bot.ingest_work import extract_article, warm_up

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=warm_up, initargs=(model, pos_tagger)
    ) as pool:
        warm = corpus[: 2 * workers]
        list(pool.map(extract_article, repeat(model), warm, repeat(pos_tagger)))
        t0 = time.perf_counter()
        quotes = figures = 0
        for ex in pool.map(extract_article, repeat(model), corpus, repeat(pos_tagger), chunksize=8):
            quotes += len(ex.quotes)
            figures += len(ex.figures)
        return time.perf_counter() - t0, quotes, figures


def article(i: int, text: str) -> ParsedArticle:
    paras = tuple(Paragraph(b.strip()) for b in text.split("\n\n") if b.strip())
    return ParsedArticle(f"bench_{i}.txt", "", "", None, None, paras, str(i))


class Timed:
    """Stands in for a pipeline stage and adds the CPU seconds of each call (the process's
    own, so other processes on a loaded machine do not inflate a stage) to `spent[name]`."""

    def __init__(self, name: str, inner: Callable[..., Any], spent: dict[str, float]) -> None:
        self.name, self.inner, self.spent = name, inner, spent
        spent.setdefault(name, 0.0)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.spent[self.name] += time.process_time() - t0

    def __getattr__(self, attr: str) -> Any:  # get_pipe("x").rules etc. still work
        return getattr(self.inner, attr)


def time_stages(extractor: Extractor) -> dict[str, float]:
    """Wrap the tokenizer and every component of the bench's own pipeline object in a Timed
    proxy (the Extractor calls whatever `nlp.pipeline` holds); returns the dict they fill.
    Benchmark-only: it swaps entries of spaCy's component list of this one Language."""
    spent: dict[str, float] = {}
    nlp = extractor.nlp
    nlp.tokenizer = Timed(TOKENIZER, nlp.tokenizer, spent)
    components = nlp._components  # the list `nlp.pipeline` and `get_pipe` read
    for i, (name, proc) in enumerate(components):
        components[i] = (name, Timed(name, proc, spent))
    return spent


def stage_table(spent: dict[str, float], total: float, articles: int) -> list[str]:
    """CPU ms, ms per article and share of the total per stage; what no stage covers is the
    Extractor's bookkeeping."""
    rows = dict(spent)
    rows["Extractor bookkeeping"] = max(0.0, total - sum(spent.values()))
    lines = [f"{'stage':32} {'ms':>10} {'ms/article':>11} {'share':>7}"]
    for k, seconds in rows.items():
        ms = seconds * 1000
        lines.append(f"{k:32} {ms:10.0f} {ms / max(articles, 1):11.2f} {seconds / total:7.1%}")
    lines.append(f"{'total Extractor.extract':32} {total * 1000:10.0f} "
                 f"{total * 1000 / max(articles, 1):11.2f} {1:7.1%}")  # fmt: skip
    return lines


# one stage's per-sentence work for --ceiling: a label, the class or module holding it, the
# attribute, what to note before a call (from its arguments) and whether the call yielded
# something (from that note, the arguments and the result)
Snap = Callable[[tuple[Any, ...]], Any]
Yielded = Callable[[Any, tuple[Any, ...], Any], bool]


def _registry(args: tuple[Any, ...]) -> tuple[int, int, int]:
    state = args[2]  # scan_mentions(self, words, state) appends to the registry
    return len(state.persons), len(state.groups), len(state.orgs)


def _ceiling_points() -> list[tuple[str, Any, str, Snap, Yielded]]:
    import bot.nlp.figures.component as figures
    from bot.nlp.figures.report_cues import ReportFinder
    from bot.nlp.quotes.rules import QuoteRules

    def nothing(_args: tuple[Any, ...]) -> None:
        return None

    return [
        ("lagebild_mentions: mention scan", QuoteRules, "scan_mentions", _registry,
         lambda before, args, _r: _registry(args) != before),
        ("lagebild_attribution: cues, markers", QuoteRules, "_attributions_and_plans", nothing,
         lambda _b, _a, r: bool(r[0] or r[1])),
        ("lagebild_attribution: report cues", ReportFinder, "read", nothing,
         lambda _b, _a, r: bool(r[0]) or r[1] is not None),
        # _sentence(self, read, prev_words, si, explicit_only, state, quotes, text)
        ("lagebild_quotes: one sentence", QuoteRules, "_sentence", lambda args: len(args[6]),
         lambda before, args, _r: len(args[6]) > before),
        ("lagebild_figures: candidate sentence", figures, "find_figures", nothing,
         lambda _b, _a, r: bool(r)),
    ]  # fmt: skip


def time_ceiling() -> dict[tuple[str, bool], list[float]]:
    """Wrap each stage's per-sentence work (_ceiling_points) to add its CPU seconds and calls
    to `spent[(label, yielded)]`: how much of a stage's time goes to sentences that give it
    nothing (no mention, no cue, no quote, no figure), the most a per-sentence gate at the
    stage's entry could save (issue 11). Benchmark-only: it replaces the functions on their
    classes and modules for the rest of the process."""
    spent: dict[tuple[str, bool], list[float]] = {}

    def timed(label: str, inner: Any, snap: Snap, yielded: Yielded) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            before = snap(args)
            t0 = time.process_time()
            result = inner(*args)
            row = spent.setdefault((label, yielded(before, args, result)), [0.0, 0])
            row[0] += time.process_time() - t0
            row[1] += 1
            return result

        return call

    for label, owner, attr, snap, yielded in _ceiling_points():
        setattr(owner, attr, timed(label, getattr(owner, attr), snap, yielded))
    return spent


def ceiling_table(spent: dict[tuple[str, bool], list[float]], total: float) -> list[str]:
    """Per stage's per-sentence work: CPU ms and share of the total on the sentences that
    gave it nothing and on those that gave it something."""
    lines = [f"{'per-sentence work':38} {'yields':>6} {'calls':>7} {'ms':>8} {'share':>7}"]
    for (label, hit), (seconds, calls) in sorted(spent.items()):
        lines.append(
            f"{label:38} {'yes' if hit else 'no':>6} {calls:7.0f} {seconds * 1000:8.0f} "
            f"{seconds / total:7.1%}"
        )
    return lines


class Sampler:
    """A sampling profile of the extraction loop (--sample): every `interval` seconds of this
    process's CPU time (SIGPROF), the Python line running and every function on its stack.

    cProfile charges a cost to every call it records, builtins included (each `str.lower`,
    each `dict.get`): under it the extraction loop took 12.1 s of CPU instead of 4.4 s
    (session 18, 100k words), and code of many cheap calls looks dearer than code that
    spends its time inside one call (a regex, the tokenizer). Samples cost nothing per call. A signal is
    handled between two bytecodes, so C work (a regex, spaCy's tokenizer) counts toward the
    Python line that runs next: a Python callback of the tokenizer ("search") shows the
    tokenizer's own time, while stack shares (inclusive) stay right."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.samples = 0
        self.lines: Counter[tuple[str, int, str]] = Counter()
        self.stacks: Counter[tuple[str, int, str]] = Counter()

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        if frame is not None:
            self.lines[
                (_short(frame.f_code.co_filename), frame.f_lineno, frame.f_code.co_name)
            ] += 1
        seen: set[tuple[str, int, str]] = set()
        while frame is not None:
            code = frame.f_code
            seen.add((_short(code.co_filename), code.co_firstlineno, code.co_name))
            frame = frame.f_back
        self.stacks.update(seen)

    def table(self, top: int = 40) -> list[str]:
        """The lines with most samples of their own, then the functions on most stacks."""
        n = max(self.samples, 1)
        out = [f"{self.samples} samples of {self.interval * 1000:g} ms CPU", "own (line):"]
        out += [
            f"{c / n:7.1%}  {f}:{line} {name}" for (f, line, name), c in self.lines.most_common(top)
        ]
        out.append("on the stack (function):")
        out += [
            f"{c / n:7.1%}  {f}:{line} {name}"
            for (f, line, name), c in self.stacks.most_common(top)
        ]
        return out


def _short(path: str) -> str:
    """A source path relative to the repository or to site-packages."""
    for root in (str(ROOT) + os.sep, "site-packages" + os.sep):
        if root in path:
            return path.split(root, 1)[1]
    return path


def replay_line(extractor: Extractor) -> str:
    """How many sentences the quotes stage read again (attributions, mention scans)."""
    if "lagebild_quotes" not in extractor.nlp.pipe_names:
        return ""
    r = extractor.nlp.get_pipe("lagebild_quotes").replays
    return (
        f"lagebild_quotes read again: attributions of {r.attributions} and mention scans of "
        f"{r.mentions} of {r.sentences} sentences"
    )


def pos_line(extractor: Extractor, sentences: int) -> str:
    """How many sentences the POS tagger tagged (config nlp.pos_tagger): only candidates are,
    once each (bot/nlp/attribution/pos_tags.py)."""
    if "lagebild_attribution" not in extractor.nlp.pipe_names:
        return ""
    pos = extractor.nlp.get_pipe("lagebild_attribution").rules.pos
    if pos is None:
        return "pos tagger: none"
    per = 1000 * pos.tagged / max(sentences, 1)
    return (
        f"pos tagger: tagged {pos.tagged} of {sentences} sentences ({per:.1f} per 1,000), "
        f"cache hits {pos.hits}"
    )


def build_corpus(base: list[str], target: int) -> tuple[list[ParsedArticle], int]:
    """The texts repeated in order until `target` words; the articles and their words."""
    corpus: list[ParsedArticle] = []
    words = 0
    while words < target:
        for t in base:
            corpus.append(article(len(corpus), t))
            words += len(re.findall(r"\w+", t))
            if words >= target:
                break
    return corpus, words


def main_pool(args: argparse.Namespace) -> int:
    """--workers N: wall-clock words/s of N extraction processes on all cores (no CPU-time
    line: the work is in the children)."""
    base = texts(args.shared)
    corpus, words = build_corpus(base, args.words)
    print(corpus_line(args.shared, base))
    dt, quotes, figures = pool_run(corpus, args.model, args.pos_tagger, args.workers)
    print(f"{args.workers} worker processes; {len(corpus)} articles, {words} words in {dt:.2f}s")
    print(f"quotes {quotes}, figures {figures}")
    print(f"words/s {words / dt:,.0f} (wall clock, {os.cpu_count()} cores)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--stages", action="store_true", help="also print each stage's cost")
    ap.add_argument(
        "--ceiling",
        action="store_true",
        help="also split each stage's per-sentence work by whether the sentence yielded anything",
    )
    ap.add_argument(
        "--sample",
        action="store_true",
        help="also print a sampling profile of the loop (lines, and functions on the stack)",
    )
    ap.add_argument("--model", default="blank", help="spaCy pipeline (default: blank de)")
    ap.add_argument(
        "--pos-tagger", choices=["hanta", "none"], default="none", help="config nlp.pos_tagger"
    )
    ap.add_argument(
        "--workers",
        type=int,
        default=0,
        help="measure N extraction processes (as ingest's workers) instead of one core",
    )
    args = ap.parse_args()
    if args.workers > 0:
        return main_pool(args)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    t0 = time.perf_counter()
    extractor = Extractor(build_pipeline(args.model, pos_tagger=args.pos_tagger))
    load = time.perf_counter() - t0
    base = texts(args.shared)
    corpus, words = build_corpus(base, args.words)
    print(corpus_line(args.shared, base))
    extractor.extract(article(0, base[0]))  # warm-up: lazily loaded tables are not throughput
    spent = time_stages(extractor) if args.stages else {}
    ceiling = time_ceiling() if args.ceiling else {}
    sampler = Sampler() if args.sample else None
    t0, cpu0 = time.perf_counter(), time.process_time()
    quotes = figures = sentences = 0
    with sampler or contextlib.nullcontext():
        for a in corpus:
            ex = extractor.extract(a)
            quotes += len(ex.quotes)
            figures += len(ex.figures)
            sentences += len(ex.sentences)
    dt, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(f"pipeline load {load:.2f}s; {len(corpus)} articles, {words} words in {dt:.2f}s")
    print(f"quotes {quotes}, figures {figures}")
    print(f"words/s {words / dt:,.0f}")
    print(f"words/s of CPU time {words / cpu:,.0f} ({cpu:.2f}s CPU)")
    print(pos_line(extractor, sentences))
    if args.stages:
        print()
        print("\n".join(stage_table(spent, cpu, len(corpus))))
        print(replay_line(extractor))
    if args.ceiling:
        print()
        print("\n".join(ceiling_table(ceiling, cpu)))
    if sampler is not None:
        print()
        print("\n".join(sampler.table()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
