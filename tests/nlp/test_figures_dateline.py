"""A title's dateline ("Madrid: …", "Pakistan: …") is the place of the article's counts whose
sentence names none (issue 12): "Tote (Anschlag)" of a Madrid article and of a Pakistan
article were one /figures topic, and joined a Baghdad attack's toll. A dateline that names a
topic, a person or a company ("Umfrage: …", "Tesla: …") is no place. German articles written
for these tests."""

from __future__ import annotations

from bot.models import Figure, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.places import dateline_place
from bot.nlp.figures.subjects import subject_group


def deaths(extractor: Extractor, title: str, *paragraphs: str) -> list[Figure]:
    article = ParsedArticle(
        "d.txt", "d.txt", title, None, None, tuple(Paragraph(p) for p in paragraphs), "0"
    )
    found = extractor.extract(article).figures
    return [f for f in found if (f.subject or "").startswith("Tote")]


def test_a_country_dateline_is_a_place() -> None:
    assert dateline_place("Pakistan: Mehr als 20 Tote bei Anschlag", "") == "Pakistan"
    assert dateline_place("Äthiopien: Proteste gegen die Regierung", "") == "Äthiopien"


def test_a_town_dateline_is_a_place_where_the_body_names_it_as_one() -> None:
    body = "Die Feier fand in der spanischen Hauptstadt Madrid statt."
    assert dateline_place("Madrid: Denkmal für die Opfer eingeweiht", body) == "Madrid"
    menden = "Ein Auto fuhr in Menden in einen Festzug."
    assert dateline_place("Menden (Sauerland): Auto rast in Umzug", menden) == "Menden"


def test_a_topic_person_or_company_before_the_colon_is_no_place() -> None:
    assert dateline_place("Umfrage: Mehrheit für Tempolimit", "Die Umfrage in Berlin …") is None
    assert dateline_place("Australian Open: Favoritin scheidet aus", "Sie spielte gut.") is None
    tesla = "Der Betriebsrat bei Tesla droht mit Streik."
    assert dateline_place("Tesla: Streik droht", tesla) is None
    assert dateline_place("Wulff: Ich bleibe im Amt", "Wulff sprach in Berlin.") is None
    assert dateline_place("Ein Jahr nach dem Anschlag", "Gedenken in Madrid.") is None


def test_a_count_without_a_place_takes_the_dateline(extractor: Extractor) -> None:
    [toll] = deaths(
        extractor,
        "Madrid: Denkmal für die Terroropfer eingeweiht",
        "In Madrid ist am Sonntag ein Denkmal eingeweiht worden.",
        "Bei dem Anschlag vor drei Jahren waren 191 Menschen ums Leben gekommen.",
    )
    assert "Madrid" in (subject_group(toll.subject, toll.unit) or ""), toll.subject


def test_a_count_of_the_articles_second_event_takes_the_dateline(extractor: Extractor) -> None:
    """The article's main event is the attack on the police station; the suicide bombing's
    dead are counted in Pakistan too."""
    found = deaths(
        extractor,
        "Pakistan: Mehr als 20 Tote bei Selbstmordattentat",
        "Beim Angriff auf eine Polizeistation starben 24 Menschen. Der Angriff dauerte Stunden.",
        "Bei einem Selbstmordattentat kamen am Abend mehr als 20 Menschen ums Leben.",
    )
    assert found and all("Pakistan" in (f.subject or "") for f in found), [f.subject for f in found]


def test_a_topic_dateline_leaves_the_count_without_place(extractor: Extractor) -> None:
    [toll] = deaths(
        extractor,
        "Rückblick: Die schwersten Anschläge",
        "Bei dem Anschlag vor drei Jahren waren 191 Menschen ums Leben gekommen.",
    )
    assert "Rückblick" not in (toll.subject or ""), toll.subject
    assert subject_group(toll.subject, toll.unit) == "Tote (Anschlag)", toll.subject
