"""The modern-news gold sets (tests/data/news_quotes_*): every gold file belongs to an article
the corpus reader reads with the same title, outlet and date, every annotated quote and figure
stands verbatim in that article, and the shared scorer reads the gold (the gold given back as
predictions scores 1.0). A gold piece that is not in its article can never be matched, so a
typo there would silently lower recall for every engineer scoring the set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from shared_scorer import load_scorer

from bot.corpus import read_article
from bot.nlp import Extractor
from bot.nlp.export import corpus_to_json

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SETS = (
    "news_quotes_dev",
    "news_quotes_holdout",
    "news_quotes_dev2",
    "news_quotes_holdout2",
    "news_quotes_dev3",
    "news_quotes_holdout3",
    "news_quotes_dev4",
    "news_quotes_holdout4",
    "news_quotes_dev5",
    "news_quotes_holdout5",
)
KINDS = {"direct", "indirect", "mixed", "according_to"}
# The newest pair's quote and figure F1 floors, a little under their first run (dev5 0.864 and
# 0.957, holdout5 0.827 and 0.950): a change that loses what the pipeline found on unseen text
# fails here. Totals only: the holdout's misses are never printed.
FLOORS = {"news_quotes_dev5": (0.84, 0.93), "news_quotes_holdout5": (0.80, 0.92)}
QUALIFIERS = {"exact", "approx", "at_least", "more_than", "at_most", "range", "vague"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _gold(directory: Path) -> dict[str, dict[str, Any]]:
    return {
        f.stem: json.loads(f.read_text(encoding="utf-8"))
        for f in sorted((directory / "gold").glob("*.json"))
    }


@pytest.mark.parametrize("name", SETS)
def test_gold_pieces_stand_in_their_articles(name: str) -> None:
    directory = DATA / name
    gold = _gold(directory)
    articles = sorted(directory.glob("*.txt"))
    assert len(articles) == 10
    assert sorted(gold) == [a.stem for a in articles]
    for path in articles:
        g = gold[path.stem]
        article = read_article(path)
        assert g["article"] == path.name
        assert (g["title"], g["outlet"]) == (article.title, article.outlet)
        assert g["published"] == str(article.published)
        body = _flat(article.body)
        for q in g["quotes"]:
            assert q["kind"] in KINDS, (path.name, q)
            assert _flat(q["text"]) in body, (path.name, q["text"])
            if q["speaker"] == "anonymous":
                assert _flat(q["speaker_mention"]) in body, (path.name, q)
        for f in g["figures"]:
            assert f["qualifier"] in QUALIFIERS, (path.name, f)
            assert isinstance(f["unit"], str), (path.name, f)  # score_figure_gold stems it
            assert _flat(f["text"]) in body, (path.name, f["text"])


@pytest.mark.parametrize("name", SETS)
def test_the_shared_scorer_reads_the_gold(name: str) -> None:
    """The gold handed back as predictions: every quote and figure found, none spurious."""
    scorer = load_scorer()
    directory = DATA / name
    pred = {
        "articles": [
            {"file": g["article"], "quotes": g["quotes"], "figures": g["figures"]}
            for g in _gold(directory).values()
        ]
    }
    res, misses, false_positives = scorer.score(str(directory / "gold"), pred)
    assert (misses, false_positives) == ([], [])
    assert res["counts"]["q_gold"] == sum(len(a["quotes"]) for a in pred["articles"]) > 100
    assert res["quote_f1"] == res["figure_f1"] == 1.0


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_pipeline_stays_above_the_first_run_of_the_fifth_pair(
    name: str, extractor: Extractor
) -> None:
    scorer = load_scorer()
    directory = DATA / name
    articles = sorted(directory.glob("*.txt"))
    pred = corpus_to_json(extractor.extract(read_article(f)) for f in articles)
    res, _, _ = scorer.score(str(directory / "gold"), pred)
    quote_floor, figure_floor = FLOORS[name]
    assert res["quote_f1"] >= quote_floor, (name, res["quote_f1"])
    assert res["figure_f1"] >= figure_floor, (name, res["figure_f1"])
