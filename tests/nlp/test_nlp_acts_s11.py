"""Speech-act rules of session 11 (issue 11, set fresh3.tsv): German sentences written for
these tests, each rule in several word orders and tenses, and sentences where it must not
fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        ("Die FDP will im Bundestag eine Senkung der Stromsteuer fordern.", "FDP", "demand"),
        ("Die Gewerkschaft will am Montag höhere Zuschläge für Nachtschichten verlangen.", "Gewerkschaft", "demand"),
        ("Die Opposition will im Ausschuss fragen, ob die Ministerin von den Plänen wusste.", "Opposition", "question"),
        ("Der Wetterdienst will die Bevölkerung vor dem Sturm warnen.", "Wetterdienst", "warning"),
        ("Der Konzern will die Vorwürfe der Umweltschützer zurückweisen.", "Konzern", "denial"),
        ("Ab Montag will der Landrat die Bürger um Mithilfe bitten.", "Landrat", "demand"),
    ],
)  # fmt: skip
def test_an_intention_to_perform_a_speech_act_is_that_act(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said"),
    [
        ("Mit dem Austritt aus der Koalition drohte am Sonntag die CSU.", "CSU", "warning", "Austritt"),
        ("Mit einem unbefristeten Streik drohte am Abend die Gewerkschaft.", "Gewerkschaft", "warning", "Streik"),
        ("Vor einer Eskalation warnte im Sicherheitsrat der Generalsekretär.", "Generalsekretär", "warning", "Eskalation"),
        ("Mehr Geld forderte am Montag im Landtag die Opposition.", "Opposition", "demand", "Geld"),
        ("Die Kritik wies am Freitag in Berlin der Sprecher des Ministeriums zurück.", "Ministerium", "denial", "Kritik"),
    ],
)  # fmt: skip
def test_a_fronted_object_is_said_when_a_time_or_place_precedes_the_subject(
    extract: Extract, text: str, speaker: str, act: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and said in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Mit einem Messer drohte am Abend der Täter.",  # a tool: nothing said
        "Die Vorwürfe wies am Mittwoch der Bürgermeister nicht zurück.",  # negated: unsaid
        "Den Sieg feierte am Sonntag die Mannschaft.",  # no speech act
    ],
)
def test_a_fronted_phrase_before_a_time_and_subject_reports_nothing_without_an_act(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said"),
    [
        ("Die Vorwürfe der Opposition wies der Bürgermeister am Mittwoch entschieden zurück.", "Bürgermeister", "denial", "Vorwürfe der Opposition"),
        ("Die Forderungen der Gewerkschaft lehnte der Vorstand am Freitag ab.", "Vorstand", "denial", "Forderungen der Gewerkschaft"),
        ("Die Kritik der Anwohner weist die Stadt zurück.", "Stadt", "denial", "Kritik der Anwohner"),
        ("Den Rücktritt des Ministers forderte am Montag die Opposition.", "Opposition", "demand", "Rücktritt des Ministers"),
    ],
)  # fmt: skip
def test_the_genitive_of_a_fronted_object_is_part_of_what_was_said_not_the_speaker(
    extract: Extract, text: str, speaker: str, act: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and said in q.text, q


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Sprecherin der Opposition wies die Vorwürfe zurück.", "Opposition"),
        ("Die Fraktion der Grünen wies die Vorwürfe am Montag zurück.", "Fraktion der Grünen"),
    ],
)
def test_a_genitive_after_the_subject_before_the_cue_stays_with_the_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("denial", speaker) and "Vorwürfe" in q.text, q


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said"),
    [
        ("Der Gemeinderat sprach sich am Donnerstag mit großer Mehrheit für einen Neubau des Hallenbads aus.", "Gemeinderat", "demand", "Hallenbads"),
        ("Die Ärztin mahnte mit Nachdruck zur Vorsicht.", "Ärztin", "warning", "Vorsicht"),
        ("Die Pendler klagten ohne Ausnahme über die vielen Zugausfälle.", "Pendler", "claim", "Zugausfälle"),
    ],
)  # fmt: skip
def test_a_phrase_of_manner_before_the_frame_keeps_the_framed_act(
    extract: Extract, text: str, speaker: str, act: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and said in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin sprach sich mit ihrem Kollegen aus.",  # talked it out
        "Die Lehrerin mahnte mit strenger Stimme die Schüler zur Ruhe.",  # persons admonished
    ],
)
def test_a_phrase_of_manner_without_the_frame_reports_nothing(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Der Sportwagenhersteller will auch in Zukunft klein und exklusiv bleiben.",
        "Die Hafenstadt will bis 2035 klimaneutral werden.",
        "Neue Kunden in Asien will man mit günstigeren Modellen gewinnen.",
        "Um die Kosten zu senken, will der Landkreis zwei Kliniken zusammenlegen.",
        # a plan with no speech act infinitive, no marker and nothing quoted is no statement
        # (bot.nlp.quotes.plans); a cue in another clause makes no quote of the plan
        "Das Ministerium will die Vorwürfe prüfen.",
        "Der Autobauer will ab 2030 in Europa nur noch Elektroautos verkaufen.",
        "Die Stadt will den Platz umbauen, obwohl Anwohner einen Baustopp fordern.",
    ],
)
def test_an_intention_that_announces_nothing_is_no_quote(extract: Extract, text: str) -> None:
    assert [q for q in extract(text).quotes if q.cue == "will"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Der Landkreis will nach eigenen Angaben zwei Kliniken zusammenlegen, um die Kosten zu senken.", "Landkreis", "Kliniken"),
        ("Der Autobauer will nach eigenen Angaben ab 2030 nur noch Elektroautos verkaufen.", "Autobauer", "Elektroautos"),
        ("Die Stadt will laut Bürgermeister Jan Roth die Kita am Marktplatz nicht schließen.", "Jan Roth", "Kita"),
    ],
)  # fmt: skip
def test_an_announced_action_stays_an_announcement(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, speaker in (q.speaker or ""), said in q.text) == ("announcement", True, True), q


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Gegen die Innenministerin erhob die Opposition im Landtag schwere Vorwürfe.", "Opposition", "Innenministerin", "schwere Vorwürfe"),
        ("Gegen den Schiedsrichter erhob der Verein am Sonntag massive Vorwürfe.", "Verein", "Schiedsrichter", "massive Vorwürfe"),
        ("Gegen die Stadtverwaltung erheben die Anwohner neue Vorwürfe.", "Anwohner", "Stadtverwaltung", "neue Vorwürfe"),
    ],
)  # fmt: skip
def test_a_fronted_accused_leaves_the_charge_after_the_subject(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", speaker, target)
    assert q.text == charge


def test_a_fronted_gegen_phrase_without_a_charge_noun_keeps_its_reading(extract: Extract) -> None:
    quotes = extract("Gegen den Bescheid erhob die Firma Einspruch.").quotes
    assert all("Einspruch" not in q.text for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Die Kosten des Umbaus veranschlagt die Stadt auf rund 12 Millionen Euro.", "Stadt", "Kosten des Umbaus"),
        ("Den Gesamtschaden beziffert die Polizei auf etwa 30.000 Euro.", "Polizei", "Gesamtschaden"),
        ("Den Schaden bezifferte am Montag die Versicherung mit 40 Millionen Euro.", "Versicherung", "Schaden"),
    ],
)  # fmt: skip
def test_a_fronted_thing_estimated_before_the_subject_and_its_amount_is_an_estimate(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("estimate", speaker) and said in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Den Schaden bezifferte die Versicherung nicht.",
        "Die Kosten bezifferte die Stadt auf Nachfrage nicht.",
    ],
)
def test_a_fronted_thing_without_an_amount_is_no_estimate(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker", "act", "said"),
    [
        ("Die Meteorologen erwarten für das Wochenende schwere Gewitter.", "Meteorologen", "estimate", "Gewitter"),
        ("Der Handelsverband erwartete im Herbst steigende Preise.", "Handelsverband", "estimate", "Preise"),
        ("Die Händler befürchten sinkende Umsätze.", "Händler", "warning", "Umsätze"),
        ("Die Experten empfehlen regelmäßige Kontrollen.", "Experten", "demand", "Kontrollen"),
    ],
)  # fmt: skip
def test_an_article_less_object_led_by_an_adjective_is_what_was_expected(
    extract: Extract, text: str, speaker: str, act: str, said: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and said in q.text, q


@pytest.mark.parametrize(
    "text",
    [
        "Die Familie erwartet zahlreiche Besucher.",  # people awaited: a visit
        "Die Stadt erwartet Besucher.",  # a bare noun
    ],
)
def test_an_article_less_object_of_people_or_a_bare_noun_is_no_estimate(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()
