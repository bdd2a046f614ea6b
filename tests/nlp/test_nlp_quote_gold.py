"""scripts/score_quote_gold.py on one article of the news_quotes_dev set: the shared scorer's
numbers, and a gold quote the pipeline cannot match listed as a miss with its sentence
(skipped when ../shared is not beside the repository)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bot.nlp import Extractor

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
ARTICLE = ROOT / "tests" / "data" / "news_quotes_dev" / "01_haushalt.txt"


def _script() -> ModuleType:
    if not (SHARED / "tools" / "score_extraction.py").exists():
        pytest.skip("../shared/tools/score_extraction.py not available")
    spec = importlib.util.spec_from_file_location(
        "score_quote_gold", ROOT / "scripts" / "score_quote_gold.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclass looks the module up
    spec.loader.exec_module(mod)
    return mod


def _one_article(tmp_path: Path, speaker_of_first: str | None = None) -> Path:
    """DIR with the article and its gold; optionally the first gold quote given to someone
    the article never names."""
    (tmp_path / "gold").mkdir()
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    gold = json.loads((ARTICLE.parent / "gold" / "01_haushalt.json").read_text(encoding="utf-8"))
    if speaker_of_first:
        gold["quotes"][0].update(speaker=speaker_of_first, aliases=[])
    (tmp_path / "gold" / "01_haushalt.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_one_article_is_scored_with_the_shared_scorer(extractor: Extractor, tmp_path: Path) -> None:
    mod = _script()
    directory = _one_article(tmp_path)
    pred, sentences = mod.extract_dir(directory, extractor)
    score = mod.score_dir(directory, pred, sentences, mod.load_scorer(SHARED), extractor)
    gold = json.loads((directory / "gold" / "01_haushalt.json").read_text(encoding="utf-8"))
    counts = score.result["counts"]
    assert counts["q_gold"] == len(gold["quotes"])
    assert counts["q_pred"] == len(pred["articles"][0]["quotes"]) > 0
    # figures are score_figure_gold.py's: none listed here
    assert not any("FIGURE" in row for row in score.misses + score.false_positives)
    assert score.result["quote_recall"] > 0.5
    assert score.garbage == []
    lines = mod.report(score, verbose=False)
    assert any(line.startswith("quote_f1") for line in lines)


def test_a_miss_is_listed_with_its_sentence(extractor: Extractor, tmp_path: Path) -> None:
    """The first gold quote given to someone else: the prediction that found it becomes a
    false positive and the gold quote a miss, both shown with the article's sentence."""
    mod = _script()
    directory = _one_article(tmp_path, speaker_of_first="Irmgard Zwiebelmann")
    _, sentences = mod.extract_dir(directory, extractor)
    said = next(s for s in sentences[ARTICLE.name] if "Wir legen einen soliden" in s)
    quote = {
        "speaker": "Markus Feldhaus",
        "kind": "direct",
        "text": "Wir legen einen soliden Haushalt vor, der die Schuldenbremse einhält",
        "cue": "sagte",
        "sentence": said,
    }
    pred = {"articles": [{"file": ARTICLE.name, "quotes": [quote], "figures": []}]}
    score = mod.score_dir(directory, pred, sentences, mod.load_scorer(SHARED), extractor)
    miss = next(m for m in score.misses if "Irmgard Zwiebelmann" in m)
    assert "speaker given: Markus Feldhaus" in miss
    assert "in: „Wir legen einen soliden Haushalt vor" in miss
    assert "sagte der SPD-Politiker am Mittwoch in Berlin." in miss
    assert len(score.misses) == score.result["counts"]["q_gold"]
    (false_positive,) = score.false_positives
    assert "Markus Feldhaus | direct" in false_positive
    assert "in: „Wir legen" in false_positive
    assert miss in mod.report(score, verbose=True)
    assert miss not in mod.report(score, verbose=False)
