"""The own speech-act set (tests/data/acts/own_sentences.tsv): its rows and the check of one
row against the quotes the pipeline extracted. Shared by the parametrised test and by
scripts/act_accuracy.py, which prints the per-act accuracy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.models import Quote

ACTS_DIR = Path(__file__).resolve().parent.parent / "data" / "acts"
OWN_SET = ACTS_DIR / "own_sentences.tsv"
# the second set: registers the first lacks, written before the pipeline was run on them
REGISTERS_SET = ACTS_DIR / "registers.tsv"
# the third set: ten rows per act the way a reviewer tests, and rows that report nothing
FRESH_SET = ACTS_DIR / "fresh.tsv"
# the fourth set: press releases, court, police, sport and parliament, written before the
# pipeline was run on them
FRESH2_SET = ACTS_DIR / "fresh2.tsv"
# the fifth set: every act in several syntaxes and registers, written before the pipeline was
# run on them
FRESH3_SET = ACTS_DIR / "fresh3.tsv"
# the sixth set: tenses, verb-final clauses, fronted objects and noun predicates the older sets
# lack, written before the pipeline was run on them
FRESH4_SET = ACTS_DIR / "fresh4.tsv"
# the seventh set: parliament, court, sport, science, press releases, negations, conditionals,
# indirect questions and noun predicates, written before the pipeline was run on them
FRESH5_SET = ACTS_DIR / "fresh5.tsv"
# the eighth set: courts, coaches, business and unions, health authorities, diplomacy, local
# politics, negations, modal verbs and passives, written before the pipeline was run on them
FRESH6_SET = ACTS_DIR / "fresh6.tsv"
# the ninth set: sport, weather and disaster authorities, science and health, courts and police,
# local business, culture and foreign affairs, written before the pipeline was run on them
FRESH7_SET = ACTS_DIR / "fresh7.tsv"
# the tenth set: everyday local and national news, many bare noun-phrase objects (some that
# report nothing), written before the pipeline was run on them
FRESH8_SET = ACTS_DIR / "fresh8.tsv"
# the eleventh set: education, transport strikes, farming, tech and data protection, sports
# federations, local councils, churches and the military, written before the pipeline was run
# on them
FRESH9_SET = ACTS_DIR / "fresh9.tsv"
# the twelfth set: harder syntax (two speakers in a sentence, mixed quotes, Konjunktiv II,
# reported questions, negated cues, denials by noun, passive accusations), written before the
# pipeline was run on them
FRESH10_SET = ACTS_DIR / "fresh10.tsv"
# the thirteenth set: courts, sport, health, business, local politics and foreign affairs in
# several tenses and word orders, negations and hedges, written before the pipeline was run on them
FRESH11_SET = ACTS_DIR / "fresh11.tsv"
SETS = {
    "own": OWN_SET,
    "registers": REGISTERS_SET,
    "fresh": FRESH_SET,
    "fresh2": FRESH2_SET,
    "fresh3": FRESH3_SET,
    "fresh4": FRESH4_SET,
    "fresh5": FRESH5_SET,
    "fresh6": FRESH6_SET,
    "fresh7": FRESH7_SET,
    "fresh8": FRESH8_SET,
    "fresh9": FRESH9_SET,
    "fresh10": FRESH10_SET,
    "fresh11": FRESH11_SET,
}
# the act of a row that reports no statement: no quote may contain its part word
NO_QUOTE = "none"


@dataclass(frozen=True, slots=True)
class ActRow:
    """One expected statement: act, speaker and target (None for "-"), a word of its text."""

    line: int
    act: str
    speaker: str | None
    target: str | None
    part: str
    text: str
    miss: str | None = None  # why the pipeline gets this row wrong today (a known miss)

    @property
    def id(self) -> str:
        return f"{self.line}-{self.act}-{self.part}"

    @property
    def exact_target(self) -> bool:
        """A target expected in lower case ("früheren Manager") must keep it: a capitalised
        adjective ("Früheren Manager") is no proper form of the text's words."""
        return self.target is not None and self.target[:1].islower()


def load_rows(path: Path = OWN_SET) -> list[ActRow]:
    out: list[ActRow] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        act, speaker, target, part, text, *miss = raw.split("\t")
        out.append(ActRow(n, act, _opt(speaker), _opt(target), part, text, *miss[:1]))
    return out


def _opt(cell: str) -> str | None:
    return None if cell == "-" else cell


def _has(expected: str | None, got: str | None, exact: bool = False) -> bool:
    if expected is None:
        return got is None
    if exact:
        return got is not None and expected in got
    return got is not None and expected.lower() in got.lower()


def judge(row: ActRow, quotes: Sequence[Quote]) -> str | None:
    """None when a quote containing `row.part` has the expected act, speaker and target (for
    a "none" row: when no quote contains it); else what went wrong (for the failure message and the script's listing)."""
    cands = [q for q in quotes if row.part.lower() in q.text.lower()]
    if row.act == NO_QUOTE:
        return f"quote {[(q.speaker, q.act, q.text) for q in cands]}" if cands else None
    if not cands:
        return "no quote: " + repr([(q.speaker, q.act, q.text) for q in quotes])
    q = cands[0]
    got = (q.act, q.speaker, q.target)
    if q.act != row.act:
        return f"act {q.act} (speaker, target: {q.speaker}, {q.target})"
    if not _has(row.speaker, q.speaker):
        return f"speaker {q.speaker!r} {got}"
    if not _has(row.target, q.target, row.exact_target):
        return f"target {q.target!r} {got}"
    return None
