"""The seed articles end to end, scored with the shared scorer (../shared exists in CI)."""

from __future__ import annotations

from pathlib import Path

from quote_spans import cut_from
from shared_scorer import load_scorer

from bot.corpus import read_article
from bot.nlp import Extractor
from bot.nlp.export import corpus_to_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_seed_quotes_reach_the_target(extractor: Extractor) -> None:
    scorer = load_scorer()
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
