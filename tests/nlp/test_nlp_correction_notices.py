"""A newsroom's correction notice speaks in the outlet's own voice: "Korrektur: In einer
früheren Fassung hieß es, … Wir bitten, den Fehler zu entschuldigen." was a demand of the
last person quoted ("wir" resolved to her). The reader tags such a paragraph as the outlet's
commentary (bot.corpus.sections), where only explicit quotes count; the corrected number stays
a figure. German sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import read_article
from bot.models import ArticleExtraction
from bot.nlp.pipeline import Extractor

HEAD = "---\ntitle: Sturm legt Stromnetz lahm\npublished: 2026-02-10\noutlet: Testkurier\n---\n"
REPORT = (
    "Der Sturm hat in der Nacht zahlreiche Strommasten umgeknickt. „Wir arbeiten rund um die"
    " Uhr an der Wiederversorgung“, sagte Netzsprecherin Marta Lindqvist."
)


def extract_file(extractor: Extractor, tmp_path: Path, *paragraphs: str) -> ArticleExtraction:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + "\n\n".join((REPORT, *paragraphs)) + "\n", encoding="utf-8")
    return extractor.extract(read_article(path))


@pytest.mark.parametrize(
    "notice",
    [
        "Korrektur: In einer früheren Fassung dieses Artikels hieß es, 40.000 Haushalte seien"
        " ohne Strom. Richtig ist: 14.000. Wir bitten, den Fehler zu entschuldigen.",
        "Anmerkung der Redaktion: Wir haben die Zahl der Haushalte ohne Strom korrigiert. Wir"
        " bitten unsere Leserinnen und Leser um Entschuldigung.",
        "In einer früheren Version hatten wir den Namen des Versorgers falsch geschrieben. Wir"
        " bedauern den Fehler.",
    ],
)
def test_the_newsrooms_apology_is_nobodys_statement(
    extractor: Extractor, tmp_path: Path, notice: str
) -> None:
    result = extract_file(extractor, tmp_path, notice)
    assert [q.speaker for q in result.quotes] == ["Marta Lindqvist"]


def test_the_corrected_number_stays_and_the_superseded_one_goes(
    extractor: Extractor, tmp_path: Path
) -> None:
    notice = (
        "Korrektur: In einer früheren Fassung dieses Artikels hieß es, 40.000 Haushalte seien"
        " ohne Strom. Richtig ist: 14.000."
    )
    values = [f.value for f in extract_file(extractor, tmp_path, notice).figures]
    assert 14000 in values and 40000 not in values


def test_a_report_about_a_correction_is_still_a_statement(
    extractor: Extractor, tmp_path: Path
) -> None:
    """Only a notice that opens with its label is the newsroom's: a paragraph that reports
    someone correcting something keeps its speaker."""
    report = (
        "Der Netzbetreiber korrigierte am Mittag seine Angaben. Sprecher Jonas Berg sagte, es"
        " seien weniger Haushalte betroffen als zunächst gemeldet."
    )
    result = extract_file(extractor, tmp_path, report)
    assert "Jonas Berg" in [q.speaker for q in result.quotes]
