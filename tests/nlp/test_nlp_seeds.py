"""The seed articles end to end, scored with the shared scorer (../shared exists in CI)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from quote_spans import cut_from

from bot.corpus import read_article
from bot.nlp import Extractor
from bot.nlp.export import corpus_to_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _scorer() -> ModuleType:
    path = SHARED / "tools" / "score_extraction.py"
    if not path.exists():
        pytest.skip("../shared/tools/score_extraction.py not available")
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_seed_quotes_reach_the_target(extractor: Extractor) -> None:
    scorer = _scorer()
    files = sorted((SHARED / "seeds").glob("*.txt"))
    assert files
    pred = corpus_to_json(extractor.extract(read_article(f)) for f in files)
    res, _, _ = scorer.score(str(SHARED / "gold" / "seeds"), pred)
    assert res["quote_f1"] >= 0.90, res
    assert res["quote_recall_easy"] >= 0.95, res


def test_seed_offsets_and_sentences_are_consistent(extractor: Extractor) -> None:
    for f in sorted((SHARED / "seeds").glob("*.txt")):
        ex = extractor.extract(read_article(f))
        body = ex.article.body
        for q in ex.quotes:
            assert cut_from(body, q), q
            assert ex.sentences[q.sentence_index].text == q.sentence
