"""According-to markers whose source is named through a publication or an extended
attribute: "Nach einer Studie im Fachblatt „Science“", "Nach einer Veröffentlichung im
Magazin „Nature“" (alone, "nach der Veröffentlichung" is "after"), "Nach Angaben der in
Hamburg ansässigen Reederei", a news agency in lower case ("laut dpa") and media named by
their origin ("nach israelischen Medien"). German sentences written for these tests
(bot.nlp.quotes.marker_nach, marker_sources, marker_shapes)."""

from __future__ import annotations

from bot.nlp.quotes.marker_shapes import attribute_end
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised phrase (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


def test_a_study_in_a_journal_is_attributed_to_the_journal(extract: Extract) -> None:
    text = "Nach einer Studie im Fachblatt „Science“ leben in dem Wald 300 Käferarten."
    assert speakers_of(extract, text, "Käferarten") == ["Science"]


def test_a_publication_in_a_magazine_is_attributed_to_the_magazine(extract: Extract) -> None:
    text = (
        "Nach einer Veröffentlichung im Wissenschaftsmagazin „Nature“ haben Forscher "
        "ein Ozonloch über der Arktis entdeckt."
    )
    assert speakers_of(extract, text, "Ozonloch") == ["Nature"]


def test_nach_der_veroeffentlichung_alone_is_after(extract: Extract) -> None:
    assert speakers_of(extract, "Nach der Veröffentlichung stiegen die Kurse.", "Kurse") == []
    text = "Nach einer Veröffentlichung im Internet stiegen die Kurse."
    assert speakers_of(extract, text, "Kurse") == []


def test_angaben_of_a_firm_with_an_extended_attribute(extract: Extract) -> None:
    text = "Nach Angaben der in Hamburg ansässigen Reederei sank das Schiff vor der Küste."
    assert speakers_of(extract, text, "Schiff") == ["Reederei"]


def test_an_extended_attribute_may_list_a_place_with_commas(extract: Extract) -> None:
    text = (
        "Nach Angaben der in West Richland, Washington, ansässigen Firma soll das Auto "
        "schneller als 400 Kilometer pro Stunde fahren."
    )
    assert speakers_of(extract, text, "Auto") == ["Firma"]


def test_attribute_end_finds_the_noun_behind_the_participle() -> None:
    words = tokens("der in West Richland , Washington , ansässigen Firma soll")
    assert words[attribute_end(words, 0, len(words))] == "Firma"
    plain = tokens("der in Berlin , die morgen kommt")
    assert attribute_end(plain, 0, len(plain)) == 0


def test_a_news_agency_in_lower_case_after_laut_is_the_source(extract: Extract) -> None:
    text = "Die Grenze zu Polen bleibt laut dpa bis Sonntag geschlossen."
    assert speakers_of(extract, text, "Grenze") == ["dpa"]
    text = "Ausländische Helfer sind im Land laut taz nicht erwünscht."
    assert speakers_of(extract, text, "Helfer") == ["taz"]


def test_laut_as_an_adverb_names_no_source(extract: Extract) -> None:
    text = "Die Fans sangen laut und lange vor dem Stadion."
    assert speakers_of(extract, text, "Fans") == []


def test_media_named_by_their_origin_after_nach_are_an_unnamed_source(extract: Extract) -> None:
    found = [
        (q.speaker, q.speaker_role)
        for q in extract("Bei dem Angriff starben nach israelischen Medien drei Menschen.").quotes
    ]
    assert found == [("anonymous", "israelische Medien")]


def test_nach_den_medien_with_an_article_names_no_source(extract: Extract) -> None:
    text = "Nach den Medien wandte sich der Minister an die Bürger."
    assert speakers_of(extract, text, "Minister") == []


def test_nach_governed_by_a_noun_or_before_a_kind_of_media_names_no_source(
    extract: Extract,
) -> None:
    """ "Nachfrage nach", "Suche nach": the noun's object; "digitale Medien": a kind."""
    assert speakers_of(extract, "Die Nachfrage nach russischen Medien wächst.", "wächst") == []
    assert speakers_of(extract, "Kinder greifen oft nach digitalen Medien.", "Kinder") == []
    text = "Die Suche nach einem Artikel im Magazin „Spiegel“ blieb erfolglos."
    assert speakers_of(extract, text, "erfolglos") == []
