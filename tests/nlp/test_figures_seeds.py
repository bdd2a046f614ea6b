"""The seed articles end to end through blank("de") + sentencizer + lagebild_figures, scored
with the shared scorer against the hand annotations (the issue's figure targets)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from shared_scorer import load_scorer

from bot.nlp.figures.component import figures_pipeline

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS, GOLD = SHARED / "seeds", SHARED / "gold" / "seeds"
SCORER = SHARED / "tools" / "score_extraction.py"

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and GOLD.is_dir() and SCORER.is_file()), reason="shared seeds not present"
)


def _split(text: str) -> tuple[str, str]:
    lines = text.strip().split("\n")
    body = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", "\n".join(lines[1:]))]
    return lines[0].strip(), "\n\n".join(p for p in body if p)


def _predictions() -> dict[str, Any]:
    nlp = figures_pipeline()
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, body = _split(path.read_text(encoding="utf-8"))
        figs = [*nlp(title)._.figures, *nlp(body)._.figures]
        articles.append(
            {
                "file": path.name,
                "quotes": [],
                "figures": [
                    {
                        "value": f.value,
                        "value_max": f.value_max,
                        "qualifier": f.qualifier,
                        "unit": f.unit,
                        "text": f.text,
                        "source": f.source,
                    }
                    for f in figs
                ],
            }
        )
    return {"articles": articles}


def test_seed_figures_meet_the_targets() -> None:
    scorer = load_scorer()
    res, _misses, _fps = scorer.score(str(GOLD), _predictions())
    assert res["figure_f1"] >= 0.95
    assert res["figure_qualifier_accuracy"] >= 0.95
    assert res["figure_source_accuracy"] >= 0.85
