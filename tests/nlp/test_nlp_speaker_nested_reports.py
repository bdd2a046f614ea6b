"""Nested reports (issue 11): a medium citing a named source reports that source's words, so
the quote is the cited source's, and "Laut <Medium> sagte X, …" is X's quote alone; a cited
source without a name leaves the statement to the medium. One quote per statement, never a
second one whose text is the other's clause. German sentences written for these tests."""

from __future__ import annotations

from bot.models import Quote
from bot.nlp.quotes.nested_reports import channel_markers_dropped, cited_source_speaks
from bot.nlp.speakers import NP
from bot.nlp.stage_records import Attribution
from tests.nlp.extract_helpers import Extract, one_quote


def _pair(q: Quote) -> tuple[str | None, str]:
    return q.speaker, q.text


def test_media_citing_a_named_minister_report_the_ministers_words(extract: Extract) -> None:
    text = "Medien berichteten unter Berufung auf Innenminister Peter Kraus, die Grenze bleibe zu."
    assert _pair(one_quote(extract, text)) == ("Peter Kraus", "die Grenze bleibe zu")
    text = "Die Zeitung hatte unter Berufung auf das Innenministerium gemeldet, dass die Grenze zu sei."
    assert _pair(one_quote(extract, text)) == ("Innenministerium", "dass die Grenze zu sei")


def test_a_fronted_citation_of_unnamed_persons_is_the_mediums(extract: Extract) -> None:
    text = (
        "Unter Berufung auf Diplomaten meldete die Nachrichtenagentur Reuters, dass in Genf "
        "neue Gespräche vorbereitet werden."
    )
    q = one_quote(extract, text)
    assert "Reuters" in (q.speaker or "")
    assert q.text == "dass in Genf neue Gespräche vorbereitet werden"


def test_laut_medium_before_a_speech_verb_names_the_channel(extract: Extract) -> None:
    text = "Laut BBC News sagte der Minister, dass zehn Millionen investiert werden sollen."
    assert _pair(one_quote(extract, text)) == (
        "Minister",
        "dass zehn Millionen investiert werden sollen",
    )
    text = "Nach Angaben der Zeitung „Bild“ hat Trainerin Anna Berg erklärt, sie bleibe im Amt."
    assert _pair(one_quote(extract, text)) == ("Anna Berg", "sie bleibe im Amt")


def test_a_marker_reporting_an_intention_keeps_its_source(extract: Extract) -> None:
    text = "Agenturberichten zufolge will der Parteichef das Vorgehen mit anderen abstimmen."
    assert any(q.cue == "zufolge" for q in extract(text).quotes)


def test_a_marker_inside_the_reported_clause_stays(extract: Extract) -> None:
    text = "Der Bürgermeister sagte, laut Polizei sei niemand verletzt worden."
    assert "Bürgermeister" in {q.speaker for q in extract(text).quotes}


def _np(start: int, end: int, kind: str, name: str, org: bool = False) -> NP:
    return NP(start, end, kind, name, None, org, name, plural=kind == "description")


def test_cited_source_speaks_needs_one_report_verb() -> None:
    # Medien(0) berichteten(1) unter(2) Berufung(3) auf(4) Peter(5) Kraus(6) ,(7) ...(8-11)
    report = Attribution(_np(0, 1, "description", "Medien"), "berichteten", (8, 12), cue_at=1)
    cited = Attribution(_np(5, 7, "name", "Peter Kraus"), "unter Berufung auf", (0, 2))
    cited.marker = True
    assert cited_source_speaks([report, cited]) == [cited] and cited.content == (8, 12)
    other = Attribution(_np(0, 1, "name", "Anna Berg"), "sagte", (8, 12), cue_at=1)
    assert len(cited_source_speaks([report, other, cited])) == 3


def test_channel_markers_need_a_reported_clause() -> None:
    texts = ["Laut", "BBC", "sagte", "der", "Minister", ",", "dass", "es", "regnet"]
    said = Attribution(_np(3, 5, "description", "Minister"), "sagte", (6, 9), cue_at=2)
    marker = Attribution(_np(1, 2, "name", "BBC", org=True), "laut", (2, 9), marker=True)
    assert channel_markers_dropped([marker, said], texts) == [said]
    texts[5] = "und"  # no clause of its own after the verb
    assert len(channel_markers_dropped([marker, said], texts)) == 2
