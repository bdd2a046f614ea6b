"""A count's subject carries one scope qualifier, the event and place that tell its story
apart, and no phrase that is not about the counted thing (issue 12): "Evakuierte (Stadt) (in
Telefonkontakt) (Explosion)" and "Tote (Nachrichtenagentur Reuters) (Hochwasser) (in
Äthiopien)" read as noise. German articles written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_figure

from bot.nlp.figures.subjects import subject_group

ETHIOPIA = """Die Überschwemmungen in Äthiopien halten an. In Äthiopien regnet es seit Wochen.

Durch die Überschwemmungen kamen laut einem Artikel der Nachrichtenagentur Reuters """ + (
    "900 Menschen ums Leben."
)

EVACUATED = """Nach einer Explosion in einer Chemiefabrik mussten die Bewohner eines Stadtteils von
Ludwigshafen ihre Häuser verlassen. Die Behörden sind mit ihnen in Telefonkontakt.

Nach Angaben der Feuerwehr wurden 250 Evakuierte in Notunterkünften untergebracht, """ + (
    "viele stehen in Telefonkontakt mit ihren Angehörigen."
)


def test_a_death_toll_names_its_scope_once_without_the_reporting_agency(
    extract: Extract,
) -> None:
    toll = one_figure(extract, ETHIOPIA)
    assert toll.subject == "Tote (Hochwasser in Äthiopien)"
    assert subject_group(toll.subject, toll.unit) == "Tote (Hochwasser Äthiopien)"


def test_a_state_after_in_is_no_place(extract: Extract) -> None:
    evacuated = one_figure(extract, EVACUATED)
    assert evacuated.subject is not None and "Telefonkontakt" not in evacuated.subject
    assert evacuated.subject.count("(") == 1, evacuated.subject
    assert "Telefonkontakt" not in (subject_group(evacuated.subject, evacuated.unit) or "")


def test_a_town_after_in_is_still_a_place(extract: Extract) -> None:
    injured = one_figure(extract, "Bei einem Brand in Dortmund wurden fünf Menschen verletzt.")
    assert subject_group(injured.subject, injured.unit) == "Verletzte (Brand Dortmund)"


def test_a_country_compound_is_still_a_place(extract: Extract) -> None:
    text = "Bei dem Sturm in Frankreich kamen vier Menschen ums Leben."
    toll = one_figure(extract, text)
    assert subject_group(toll.subject, toll.unit) == "Tote (Sturm Frankreich)"


LANDING = """In Spanien ist ein Ferienflieger notgelandet. Der Flughafen in Spanien war stundenlang gesperrt.

Rund 180 Passagiere mussten betreut werden. Die Landebahn ist 3.000 Meter lang."""


def test_a_bare_count_takes_its_article_place_a_measure_does_not(extract: Extract) -> None:
    found = {f.text: f for f in extract(LANDING).figures}
    passengers = found["Rund 180 Passagiere"]
    assert passengers.subject == "Passagiere (in Spanien)"
    assert subject_group(passengers.subject, passengers.unit) == "Passagier (in Spanien)"
    assert "Spanien" not in (found["3.000 Meter"].subject or "")


def test_bare_people_stay_no_topic(extract: Extract) -> None:
    text = LANDING.replace("Rund 180 Passagiere mussten", "Rund 180 Menschen mussten")
    people = {f.text: f for f in extract(text).figures}["Rund 180 Menschen"]
    assert subject_group(people.subject, people.unit) is None


def test_a_place_frame_after_a_part_frame_names_no_place(extract: Extract) -> None:
    text = (
        "Die Feuerwehr wurde zu einem Waldbrand im Süden der Stadt gerufen. Der Brand im Süden "
        "der Stadt breitete sich schnell aus.\n\nDrei Menschen wurden verletzt."
    )
    assert one_figure(extract, text).subject == "Verletzte (Brand)"  # not "(Brand in Stadt)"


def test_a_share_names_its_owner(extract: Extract) -> None:
    text = "Die spanische ACS war mit einem Aktienanteil von 30 Prozent größter Aktionär."
    assert one_figure(extract, text).subject == "Aktienanteil (ACS)"


@pytest.mark.parametrize(
    "text",
    [
        "Immerhin lag der Konzern mit einem Marktanteil von 12 Prozent vorn.",
        "Der Verband meldete einen Marktanteil von 12 Prozent.",
    ],
)
def test_an_opener_or_a_reporter_is_no_owner(extract: Extract, text: str) -> None:
    subject = one_figure(extract, text).subject or ""
    assert "Immerhin" not in subject and "Verband" not in subject, subject


def test_one_counts_place_is_not_copied_onto_another(extract: Extract) -> None:
    text = (
        "Allein in der Moschee wurden 200 Zivilisten getötet. Seit Beginn der Kämpfe sind rund "
        "900.000 Zivilisten geflohen."
    )
    fled = {f.text: f for f in extract(text).figures}["rund 900.000 Zivilisten"]
    assert "Moschee" not in (fled.subject or ""), fled.subject


def test_a_bare_count_takes_the_modifiers_of_its_group(extract: Extract) -> None:
    text = (
        "Russland hat 1.500 nordkoreanische Soldaten in Kursk stationiert. Später kamen "
        "weitere 500 Soldaten hinzu."
    )
    more = {f.text: f for f in extract(text).figures}["weitere 500 Soldaten"]
    assert more.subject == "nordkoreanische Soldaten"


def test_a_part_place_is_no_scope_of_the_whole(extract: Extract) -> None:
    found = {
        f.text: f
        for f in extract("Die Behörden zählen 12 Tote. Allein in Celje gab es 5 Tote.").figures
    }
    assert subject_group(found["12 Tote"].subject, "Tote") == "Tote", found["12 Tote"].subject
    assert subject_group(found["5 Tote"].subject, "Tote") == "Tote (Celje)"


def test_an_amount_in_brackets_after_a_name_is_that_names(extract: Extract) -> None:
    text = (
        "Am höchsten verschuldet sind die Staaten Europas, Griechenland (180 Prozent) und "
        "Italien (130 Prozent)."
    )
    keys = {f.text: subject_group(f.subject, f.unit) for f in extract(text).figures}
    assert keys["180 Prozent"] != keys["130 Prozent"], keys
    assert "Griechenland" in (keys["180 Prozent"] or ""), keys


def test_a_converted_amount_in_brackets_has_no_owner(extract: Extract) -> None:
    text = "Der Konzern zahlte 100 Millionen US-Dollar (90 Millionen Euro) an die Kläger."
    for f in extract(text).figures:
        assert "(US-Dollar)" not in (f.subject or ""), f.subject
