"""Cleaning must not eat story text: annotated quotes of a real German news dataset survive.

The dataset (German news quotation attribution, Wikinews; CC BY-NC-SA) lives beside the
repository in ../shared for evaluation only; the test is skipped where it is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.corpus import read_article
from bot.corpus.decoding import normalise

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gnqa2024"


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text)).strip()


@pytest.mark.parametrize("split", ["train", "dev"])
def test_annotated_quotes_are_still_in_the_body(split: str) -> None:
    gold_dir = DATA / split / "gold"
    if not gold_dir.is_dir():
        pytest.skip("German news quotation dataset not present")
    found = total = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = read_article(DATA / split / "raw" / gold["article"])
        assert article.title, gold["article"]
        body = _collapse(article.body)
        for quote in gold["quotes"]:
            total += 1
            found += _collapse(quote["text"]) in body
    assert total > 500
    assert found / total >= 0.995, f"{found}/{total}"
