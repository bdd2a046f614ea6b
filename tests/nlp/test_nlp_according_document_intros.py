"""Documents that speak: a sentence introducing a document of an owner ("Das geht aus Zahlen
des Bundesamts hervor", "Die Behörde legte neue Zahlen vor") attributes the sentence it
points back to, and makes the owner the source of a following "Demnach …" / "Danach …".
German sentences written for these tests."""

from __future__ import annotations

from bot.models import Quote
from tests.nlp.extract_helpers import Extract, one_figure


def _quotes(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in extract(text).quotes]


def _by_text(extract: Extract, text: str) -> dict[str, Quote]:
    return {q.text: q for q in extract(text).quotes}


def test_das_geht_aus_x_hervor_attributes_the_previous_sentence(extract: Extract) -> None:
    found = _by_text(
        extract,
        "Die Zahl der Asylanträge ist im Frühjahr gesunken. Das geht aus Zahlen des "
        "Innenministeriums hervor. Demnach wurden rund 80.000 Anträge gestellt.",
    )
    first = found["Die Zahl der Asylanträge ist im Frühjahr gesunken"]
    assert (first.speaker, first.kind) == ("Innenministerium", "according_to")
    assert found["wurden rund 80.000 Anträge gestellt"].speaker == "Innenministerium"


def test_a_survey_or_study_shows_the_sentence_before(extract: Extract) -> None:
    for text, owner in (
        (
            "Die Mieten in den Großstädten steigen weiter. Dies ergab eine Umfrage des "
            "Mieterbundes.",
            "Mieterbund",
        ),
        (
            "Viele Kinder schlafen zu wenig. Das zeigt eine neue Studie der Universität Jena.",
            "Universität Jena",
        ),
        (
            "Die Wirtschaft schrumpft auch im nächsten Jahr. Zu diesem Ergebnis kommt eine "
            "Analyse der Bundesbank.",
            "Bundesbank",
        ),
    ):
        speakers = [(s, k) for s, k, _ in _quotes(extract, text)]
        assert speakers == [(owner, "according_to")], text


def test_a_presented_report_is_the_source_of_demnach(extract: Extract) -> None:
    found = _quotes(
        extract,
        "Das Finanzministerium hat am Dienstag einen Bericht vorgelegt. Demnach fehlen im "
        "kommenden Jahr rund 30 Milliarden Euro.",
    )
    assert found == [
        ("Finanzministerium", "according_to", "fehlen im kommenden Jahr rund 30 Milliarden Euro")
    ]


def test_presented_data_outrank_an_earlier_speaker(extract: Extract) -> None:
    found = _by_text(
        extract,
        "Der Minister sagte, das Land sei gut vorbereitet. Am Montag veröffentlichte die "
        "Stiftung Warentest eine Untersuchung. Demnach sind viele Rauchmelder mangelhaft.",
    )
    assert found["sind viele Rauchmelder mangelhaft"].speaker == "Stiftung Warentest"


def test_danach_reports_from_presented_figures(extract: Extract) -> None:
    text = (
        "Die Arbeitsagentur legte am Freitag neue Zahlen vor. Danach waren im Mai 2,9 "
        "Millionen Menschen arbeitslos."
    )
    assert [s for s, _, _ in _quotes(extract, text)] == ["Arbeitsagentur"]
    assert one_figure(extract, text).source == "Arbeitsagentur"


def test_no_document_no_source(extract: Extract) -> None:
    for text in (
        "Die Polizei legte die Waffen nieder. Danach ging er nach Hause.",
        "Der Minister legte einen Bericht vor. Danach ging er nach Hause.",
        "Die Lage war schwierig. Das ergab sich aus der Lage an der Grenze.",
        "Die Preise sind gestiegen. Das zeigt, wie schwer die Lage ist.",
        "Der Zug hatte Verspätung. Das geht aus dem Bericht der Bahn nicht hervor.",
    ):
        assert _quotes(extract, text) == [], text


def test_an_announced_result_or_compound_data_is_the_source(extract: Extract) -> None:
    found = _quotes(
        extract,
        "Die Staatsanwaltschaft hat am Montag das Ergebnis der Obduktion bekannt gegeben. "
        "Demnach starb der Mann an einem Herzversagen.",
    )
    assert [s for s, _, _ in found] == ["Staatsanwaltschaft"]
    found = _quotes(
        extract,
        "Die Sparkasse veröffentlichte am Dienstag neue Quartalszahlen. Danach verzeichnet "
        "das Institut Verluste von zwei Milliarden Euro.",
    )
    assert [s for s, _, _ in found] == ["Sparkasse"]


def test_darin_heisst_es_quotes_the_owner(extract: Extract) -> None:
    found = _quotes(
        extract,
        "Die Polizei veröffentlichte am Abend eine Mitteilung. Darin heißt es, die Lage sei "
        "unter Kontrolle.",
    )
    assert found == [("Polizei", "indirect", "die Lage sei unter Kontrolle")]
    found = _quotes(
        extract,
        "Der Verein hat eine Erklärung herausgegeben. Dort hieß es, man werde gegen das "
        "Urteil klagen.",
    )
    assert [s for s, _, _ in found] == ["Verein"]


def test_darin_without_a_document_stays_unnamed(extract: Extract) -> None:
    found = _quotes(
        extract,
        "Die Polizei sperrte die Straße. Darin heißt es, die Lage sei unter Kontrolle.",
    )
    assert [s for s, _, _ in found] == ["anonymous"]


def test_a_figure_shown_by_a_document_has_its_owner_as_source(extract: Extract) -> None:
    figure = one_figure(
        extract,
        "Die Zahl der Einbrüche ist um 12 Prozent gesunken. Das geht aus der Statistik des "
        "Landeskriminalamts hervor.",
    )
    assert figure.source == "Landeskriminalamt"


def test_the_owner_is_named_as_a_whole(extract: Extract) -> None:
    text = (
        "Die Bundesagentur für Arbeit legte am Freitag neue Zahlen vor. Danach waren im Mai "
        "2,9 Millionen Menschen arbeitslos."
    )
    assert [s for s, _, _ in _quotes(extract, text)] == ["Bundesagentur für Arbeit"]
    assert one_figure(extract, text).source == "Bundesagentur für Arbeit"
    text = (
        "Die Schweizer Großbank UBS veröffentlichte neue Quartalszahlen. Danach verzeichnet "
        "das Geldinstitut hohe Verluste."
    )
    assert [s for s, _, _ in _quotes(extract, text)] == ["UBS"]
