"""Articles longer than spaCy's length limit: split at paragraphs, or skipped with a human
reason; never spaCy's raw E088 and never losing the other files' results."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from quote_spans import cut_from

from bot.corpus import read_article
from bot.nlp import Extractor, build_pipeline
from bot.nlp.pipeline import TextTooLong

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
LIMIT = 700  # above every seed paragraph, below every seed article


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline("blank")


@pytest.fixture
def short_limit(nlp):  # type: ignore[no-untyped-def]
    """The same pipeline with a limit the seed articles exceed (restored afterwards)."""
    saved = nlp.max_length
    nlp.max_length = LIMIT
    yield nlp
    nlp.max_length = saved


def test_long_articles_are_extracted_in_paragraph_chunks(short_limit) -> None:
    same = total = 0
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path)
        body = article.body
        assert len(body) > short_limit.max_length  # really split
        short_limit.max_length = len(body) + 1
        whole = Extractor(short_limit).extract(article)
        short_limit.max_length = LIMIT
        chunked = Extractor(short_limit).extract(article)
        # every offset points into the whole body; indices run through the whole article
        assert [s.index for s in chunked.sentences] == list(range(len(chunked.sentences)))
        assert all(body[s.start_char : s.end_char] == s.text for s in chunked.sentences)
        assert [s.paragraph_index for s in chunked.sentences] == [
            s.paragraph_index for s in whole.sentences
        ]
        for q in chunked.quotes:
            assert cut_from(body, q), q
            assert chunked.sentences[q.sentence_index].text == q.sentence
        for f in chunked.figures:
            if f.sentence_index >= 0:
                assert body[f.start_char : f.end_char] == f.text
                assert chunked.sentences[f.sentence_index].text == f.sentence
        # the same sentences and figures, and the quotes that need no earlier paragraph
        assert [s.text for s in chunked.sentences] == [s.text for s in whole.sentences]
        assert {f.text for f in chunked.figures} == {f.text for f in whole.figures}
        quotes = {(q.text, q.speaker) for q in whole.quotes}
        same += len(quotes & {(q.text, q.speaker) for q in chunked.quotes})
        total += len(quotes)
    assert total > 20 and same >= 0.8 * total


def test_a_paragraph_over_the_limit_is_a_clear_reason(short_limit) -> None:
    article = read_article(SEEDS / "001_db4de407f8350440.txt")
    short_limit.max_length = 200
    with pytest.raises(TextTooLong, match=r"file too long for the pipeline .* limit 200\)"):
        Extractor(short_limit).extract(article)


def test_extract_skips_an_overlong_file_and_prints_the_others(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Eine sehr lange Zeile\n\n" + "Wort " * 210_000 + "\n", encoding="utf-8")
    seed = SEEDS / "001_db4de407f8350440.txt"
    r = subprocess.run(
        [sys.executable, "-m", "bot", "extract", str(huge), str(seed), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 1, r.stderr
    assert [a["file"] for a in json.loads(r.stdout)["articles"]] == [seed.name]
    # in the bot's language, with German digit grouping
    assert "huge.txt: zu lang für die Verarbeitung (ein Absatz mit 1.049.999 Zeichen" in r.stderr
    assert "E088" not in r.stderr


async def test_ingest_reports_an_overlong_file_in_words(tmp_path: Path) -> None:
    from bot.ingest import Ingestor
    from bot.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "001_db4de407f8350440.txt", corpus)
    (corpus / "huge.txt").write_text("Lange Zeile\n\n" + "Wort " * 210_000 + "\n", "utf-8")
    store = await Store.open(tmp_path / "s.db")
    ingestor = Ingestor(store, corpus, workers=0)
    try:
        change = await ingestor.run()
    finally:
        await ingestor.close()
        await store.close()
    assert change.added == ("001_db4de407f8350440.txt",)
    (skipped,) = change.skipped
    assert skipped.file == "huge.txt"
    assert str(skipped.reason).startswith(
        "file too long for the pipeline (a paragraph of 1,049,999"
    )
    assert "E088" not in str(skipped.reason)
