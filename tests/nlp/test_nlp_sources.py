"""According-to sources (bot.nlp.attribution.sources), shared by quotes and figures. German
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction
from bot.nlp.attribution.sources import back_reference, load_markers, sources_in

Extract = Callable[..., ArticleExtraction]


def tok(sentence: str) -> list[str]:
    """Words of a pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def test_sources_in_names_laut_gemaess_zufolge_and_berufung() -> None:
    markers = load_markers()
    texts = tok("Laut Polizei und gemäß der Feuerwehr brannte es , der Stadt zufolge lange .")
    found = [(s.marker, s.source.name if s.source else None) for s in sources_in(texts, markers)]
    assert ("Laut", "Polizei") in found
    assert ("zufolge", "Stadt") in found
    assert any(m == "gemäß" for m, _ in found)
    nested = tok("Medien berichteten unter Berufung auf Diplomaten , es gebe Gespräche .")
    assert [s.marker for s in sources_in(nested, markers)] == ["unter Berufung auf"]


def test_danach_points_back_only_as_hearsay() -> None:
    markers = load_markers()
    assert back_reference(tok("Danach soll der Zug entgleist sein ."), markers) is not None
    assert back_reference(tok("Danach fuhr der Zug weiter nach Köln ."), markers) is None
    assert back_reference(tok("Demnach fehlen zwei Millionen Euro ."), markers) is not None


def test_demnach_gives_the_statement_to_the_previous_source(extract: Extract) -> None:
    text = (
        "Die Zeitung Nordkurier berichtete über den Haushalt. "
        "Demnach will die Stadt das Hallenbad schließen."
    )
    qs = extract(text).quotes
    demnach = [q for q in qs if q.cue == "Demnach"]
    assert [(q.speaker, q.kind) for q in demnach] == [("Nordkurier", "according_to")]
    assert demnach[0].text.startswith("will die Stadt")


def test_gemaess_is_an_according_to_marker(extract: Extract) -> None:
    qs = extract("Gemäß einer Mitteilung der Bahn fallen am Montag alle Züge aus.").quotes
    assert [(q.speaker, q.kind) for q in qs] == [("Bahn", "according_to")]


def test_nach_angaben_with_an_indefinite_or_possessive_genitive(extract: Extract) -> None:
    for text, word in (
        ("Nach Angaben eines Sprechers wurde die Halle geräumt.", "Sprecher"),
        ("Nach Angaben seines Anwalts ist der Mann unschuldig.", "Anwalt"),
    ):
        qs = extract(text).quotes
        assert len(qs) == 1 and qs[0].kind == "according_to", text
        assert word in f"{qs[0].speaker} {qs[0].speaker_role}", (text, qs[0])
