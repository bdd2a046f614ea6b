"""Subjects the noun-phrase parser alone misses: an extended attribute before the noun ("die
in Rom geborene Sängerin"), a quoted title after the cue ("schrieb „Die Zeit“"). German
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def speakers(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_role, q.text) for q in extract(text).quotes]


def test_an_extended_attribute_after_the_cue_is_set_aside(extract: Extract) -> None:
    text = "„Das war knapp“, sagte der in der Nähe wohnende Anwohner Peter Kurz."
    assert speakers(extract, text) == [("Peter Kurz", "Anwohner", "Das war knapp")]
    text = (
        "So sagte der für die Region zuständige Koordinator, Michael Weber, gegenüber dem "
        "Radio, dass nur zwölf Boote im Einsatz seien."
    )
    assert [(s, r) for s, r, _ in speakers(extract, text)] == [("Michael Weber", "Koordinator")]


def test_an_object_after_the_cue_stays_no_subject(extract: Extract) -> None:
    # the phrase after the cue is an accusative object, not an attributed subject
    text = "Der Bürgermeister lobte den in Köln lebenden Künstler."
    assert speakers(extract, text) == []


def test_a_quoted_title_after_the_cue_is_the_medium(extract: Extract) -> None:
    text = "„Er bleibt der kreative Kopf der Band“, schrieb „Die Zeit“ in einem Nachruf."
    assert speakers(extract, text) == [("„Die Zeit“", None, "Er bleibt der kreative Kopf der Band")]


def test_a_common_word_title_keeps_its_quotation_marks_after_laut(extract: Extract) -> None:
    qs = extract("Laut „Welt“ soll der Manager in Untersuchungshaft sitzen.").quotes
    assert [(q.speaker, q.kind) for q in qs] == [("„Welt“", "according_to")]
    named = extract("Laut „Spiegel“ soll der Manager in Untersuchungshaft sitzen.").quotes
    assert [q.speaker for q in named] == ["Spiegel"]


def test_a_preposed_statement_before_an_auxiliary_and_its_subject(extract: Extract) -> None:
    text = (
        "Die Brücke sei nicht mehr sicher, hatte Bürgermeister Jan Ott bei einem Treffen mit "
        "Landrat Peter Kurz gesagt."
    )
    assert speakers(extract, text) == [
        ("Jan Ott", "Bürgermeister", "Die Brücke sei nicht mehr sicher")
    ]


def test_a_preposed_subordinate_clause_is_no_statement(extract: Extract) -> None:
    text = "Als die Brücke einstürzte, hatte der Bürgermeister gesagt, er komme später."
    assert [t for _, _, t in speakers(extract, text)] == ["er komme später"]


def test_a_document_after_the_cue_is_an_inanimate_source(extract: Extract) -> None:
    text = "Aus diesem Grund fordert die Resolution, die Grenzen sofort zu öffnen."
    assert speakers(extract, text) == [("Resolution", None, "die Grenzen sofort zu öffnen")]
    qs = extract("Laut diesem Gesetzentwurf wären nur große Firmen betroffen.").quotes
    assert [(q.speaker, q.kind) for q in qs] == [("Gesetzentwurf", "according_to")]


def test_an_abstract_noun_after_the_cue_is_no_source(extract: Extract) -> None:
    text = "Aus diesem Grund fordert die Entwicklung, die Grenzen sofort zu öffnen."
    assert speakers(extract, text) == []


def test_a_coordinated_cue_shares_the_person_subject_of_a_non_cue(extract: Extract) -> None:
    text = "Als der Schaffner kam, stieß der Randalierer ihn weg und rief: „Lasst mich raus!“"
    assert speakers(extract, text) == [("Randalierer", None, "Lasst mich raus!")]
    text = "Der Randalierer stieß den Schaffner weg und rief: „Lasst mich raus!“"
    assert [s for s, _, _ in speakers(extract, text)] == ["Randalierer"]


def test_an_accusative_after_the_first_verb_is_no_shared_subject(extract: Extract) -> None:
    text = (
        "Der Bürgermeister besuchte das Viertel, nahm die Anwohner in Schutz und warnte vor "
        "einer pauschalen Verurteilung."
    )
    assert "Anwohner" not in [s for s, _, _ in speakers(extract, text)]


def test_a_wie_clause_whose_subject_has_an_apposition(extract: Extract) -> None:
    text = "Der Tank stand unter Druck, wie Burt Rutan, Chef der Firma, mitteilte."
    assert speakers(extract, text) == [
        ("Burt Rutan", "Chef der Firma", "Der Tank stand unter Druck")
    ]


def test_a_quoted_title_with_its_article_after_the_cue(extract: Extract) -> None:
    text = "„Die Serben haben aufgegeben, wir nicht“, berichtete die „Rhein-Zeitung“ am Abend."
    assert [s for s, _, _ in speakers(extract, text)] == ["Rhein-Zeitung"]
