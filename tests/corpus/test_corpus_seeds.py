"""The five shipped seed articles: metadata, no boilerplate, every annotated span kept."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from bot.corpus import read_article, scan_corpus
from bot.corpus.decoding import normalise

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
GOLD = REPO.parent / "shared" / "gold" / "seeds"

EXPECTED = {
    "000_ebee99a0112f165b.txt": (
        "Nordkoreanische Soldaten in Russland: Training für den Ukraine-Einsatz?",
        None,
        "OZD.news",
    ),
    "001_db4de407f8350440.txt": (
        "USA bestätigen Entsendung von 3.000 Soldaten aus Nordkorea",
        None,
        None,
    ),
    "002_413bc77aeb3face7.txt": (
        "Nordkoreanische Soldaten in Russland: Ein Zeichen der Schwäche oder kalkulierte Hilfe?",
        date(2024, 10, 24),
        None,
    ),
    "003_4e9918e112ff8eb6.txt": (
        "Nordkoreanische Soldaten an der Front?",
        date(2024, 11, 15),
        None,
    ),
    "004_f2846f6686cc43ba.txt": (
        "Nordkorea gesteht: Soldaten kämpfen erstmals für Russland im Ukraine-Krieg!",
        None,
        None,
    ),
}
BOILERPLATE = (
    "Zum Inhalt springen",
    "Lesen Sie auch",
    "Foto:",
    "Union blockiert Pistorius",
    "Ein Kompromiss reicht der Union nicht",
    "Details |",
    "---|",
    "Hinweise: Alle Angaben",
    "Alle Angaben ohne Gewähr",
    "OZD / ©AFP",
    "News und Nachrichten zum Nachschlagen",
    "Offizielle Website des Pentagon",
    "Wikipedia-Seite der Nato",
    "Politik\n",
    "Military",
)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text)).strip()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(name: str) -> None:
    article = read_article(SEEDS / name)
    assert (article.title, article.published, article.outlet) == EXPECTED[name]
    assert article.file == name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_has_no_boilerplate(name: str) -> None:
    article = read_article(SEEDS / name)
    body = article.body + "\n"
    for marker in BOILERPLATE:
        assert marker not in body, marker
    headings = {p.heading for p in article.paragraphs}
    assert "Union blockiert Pistorius Wehrpflicht-Pläne" not in headings
    # The title is not repeated inside the body.
    assert all(p.text != article.title for p in article.paragraphs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_keeps_every_annotated_span(name: str) -> None:
    gold_file = GOLD / (Path(name).stem + ".json")
    if not gold_file.exists():
        pytest.skip("shared gold annotations not present")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = read_article(SEEDS / name)
    searchable = _collapse(article.title + " " + article.body)
    body = _collapse(article.body)
    for item in gold["quotes"] + gold["figures"]:
        text = _collapse(item["text"])
        # One gold figure of seed 001 stands in the headline; every other span is body text.
        assert text in (searchable if text in _collapse(article.title) else body), text


def test_seed_000_sections() -> None:
    article = read_article(SEEDS / "000_ebee99a0112f165b.txt")
    by_start = {p.text[:40]: p for p in article.paragraphs}
    sections = [p.section for p in article.paragraphs]
    assert sections[0] == "teaser"  # the standfirst under the headline
    assert by_start["Tausende nordkoreanische Soldaten sind n"].text.startswith("Tausende")
    commentary = [p for p in article.paragraphs if p.section == "commentary"]
    assert [p.text[:30] for p in commentary] == [
        "Die Entsendung nordkoreanische",
        "In den nächsten Wochen ist dam",
    ]
    assert commentary[0].heading == "Ein gefährlicher Schulterschluss"
    background = [p for p in article.paragraphs if p.section == "background"]
    assert [p.heading for p in background] == ["Wer ist Lloyd Austin?", "Was ist die Nato?"]
    assert background[0].text.endswith("das Zentralkommando leitete.")
    assert all(p.section == "report" for p in article.paragraphs[1:6])


def test_seed_001_hard_wrapped_lines_become_paragraphs() -> None:
    article = read_article(SEEDS / "001_db4de407f8350440.txt")
    assert len(article.paragraphs) == 5
    assert "\n" not in article.body.replace("\n\n", "")
    assert "habe im Ukraine-Krieg bislang erhebliche Verluste erlitten." in article.body
    assert article.paragraphs[4].text.startswith("Auch Kirby sagte, falls nordkoreanische")
    assert article.paragraphs[4].text.endswith("russischen und nordkoreanischen Soldaten.")


def test_seed_004_one_paragraph_per_line_with_subheadings() -> None:
    article = read_article(SEEDS / "004_f2846f6686cc43ba.txt")
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].text.startswith("Kursk, Russland - Nordkorea hat erstmals")
    assert [p.heading for p in article.paragraphs] == [None, None] + [
        "Einsätze und Auswirkungen"
    ] * 2 + ["Geopolitische Implikationen"] * 3
    assert article.paragraphs[-1].text.endswith("weiterhin umkämpft und instabil.")


def test_seed_003_teaser_of_other_article_removed_but_story_heading_kept() -> None:
    article = read_article(SEEDS / "003_4e9918e112ff8eb6.txt")
    after = [
        p
        for p in article.paragraphs
        if p.heading == "Ein riskantes Bündnis mit globalen Konsequenzen"
    ]
    assert after and after[0].text.startswith("Die Allianz zwischen Moskau und Pjöngjang")


def test_scan_of_seeds_lists_the_five_articles() -> None:
    scan = scan_corpus(SEEDS)
    assert [p.name for p in scan.files] == sorted(EXPECTED)
    assert scan.skipped == ()


def test_content_hash_is_sha256_of_the_bytes() -> None:
    import hashlib

    path = SEEDS / "002_413bc77aeb3face7.txt"
    assert read_article(path).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
