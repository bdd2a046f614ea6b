"""Speaker names an editor can trust (issue 11): one citation form per organisation whatever
case the text used, unnamed circles as anonymous sources, the role before a name, surnames
resolved to the full name the article introduced. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.roles import nominative

Extract = Callable[..., ArticleExtraction]


def speakers(ex: ArticleExtraction) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in ex.quotes]


@pytest.mark.parametrize(
    ("phrase", "article", "expected"),
    [
        ("Deutschen Wetterdienstes", "des", "Deutscher Wetterdienst"),
        ("Der Deutsche Wetterdienst", None, "Deutscher Wetterdienst"),
        ("Roten Kreuzes", "des", "Rotes Kreuz"),
        # cut after its article ("Angaben des | Roten Kreuzes"): the genitive still shows
        ("Roten Kreuzes", None, "Rotes Kreuz"),
        ("Deutschen Wetterdienstes", None, "Deutscher Wetterdienst"),
        ("dem Deutschen Roten Kreuz", None, "Deutsches Rotes Kreuz"),
        ("Grünen Jugend", "der", "Grüne Jugend"),
        # a name whose first word is no inflected adjective stays as written
        ("Erwerbslosen Forum Deutschland", "des", "Erwerbslosen Forum Deutschland"),
    ],
)
def test_capitalised_adjectives_of_a_name_reinflect(
    phrase: str, article: str | None, expected: str
) -> None:
    assert nominative(phrase, article) == expected


def test_an_organisation_in_genitive_and_nominative_is_one_speaker(extract: Extract) -> None:
    ex = extract(
        "Ein Sprecher des Deutschen Wetterdienstes sagte, der Regen lasse ab Mittwoch nach.\n\n"
        "Der Deutsche Wetterdienst warnte am Abend vor neuen Gewittern."
    )
    assert {q.speaker for q in ex.quotes} == {"Deutscher Wetterdienst"}
    assert len(ex.quotes) == 2


def test_red_cross_reads_in_the_nominative(extract: Extract) -> None:
    ex = extract(
        "Eine Sprecherin des Roten Kreuzes sagte, es fehle an Feldbetten.\n\n"
        "Das Rote Kreuz erklärte später, weitere Helfer seien unterwegs."
    )
    assert {q.speaker for q in ex.quotes} == {"Rotes Kreuz"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Aus Kreisen der Stadtverwaltung hieß es, das Projekt sei an Klagen gescheitert.",
         "Kreise der Stadtverwaltung"),
        ("In Kreisen der Koalition hieß es, der Haushalt werde nicht mehr geändert.",
         "Kreise der Koalition"),
        ("Aus Sicherheitskreisen hieß es, der Täter sei den Behörden bekannt gewesen.",
         "Sicherheitskreise"),
        ("Aus Regierungskreisen verlautete, der Gipfel werde verschoben.", "Regierungskreise"),
    ],
)  # fmt: skip
def test_circles_are_anonymous_in_the_nominative(
    extract: Extract, sentence: str, role: str
) -> None:
    assert speakers(extract(sentence)) == [("anonymous", role)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        # a surname that is also a role noun ("Richter", "Kanzler") is no second role
        ("Verkehrsminister Paul Richter dementierte, dass die Brücke gesperrt werde.",
         "Paul Richter", "Verkehrsminister"),
        ("Innenministerin Nancy Kanzler sagte, die Grenzkontrollen würden verlängert.",
         "Nancy Kanzler", "Innenministerin"),
    ],
)  # fmt: skip
def test_the_role_noun_before_a_name_is_the_role(
    extract: Extract, sentence: str, speaker: str, role: str
) -> None:
    assert speakers(extract(sentence)) == [(speaker, role)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Physiker Sebastian Pflugbeil sagte, die Strahlung sei gefährlich.",
         "Sebastian Pflugbeil", "Physiker"),
        ("Die Chemikerin Jana Wolf erklärte, das Wasser sei nicht belastet.",
         "Jana Wolf", "Chemikerin"),
        ("Der Landwirt Peter Krause sagte, die Ernte sei verloren.", "Peter Krause", "Landwirt"),
    ],
)  # fmt: skip
def test_a_profession_before_a_name_is_the_role(
    extract: Extract, sentence: str, speaker: str, role: str
) -> None:
    assert speakers(extract(sentence)) == [(speaker, role)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("„Es ist ein Bild der Verwüstung“, sagte die Rentnerin Ingrid Voigt, deren Keller "
         "noch unter Wasser steht.", "Ingrid Voigt", "Rentnerin"),
        ("„Wir haben alles verloren“, sagte Anwohnerin Petra Lenz, die seit 40 Jahren am "
         "Fluss wohnt.", "Petra Lenz", "Anwohnerin"),
        ("„Die Ernte ist dahin“, sagte der Landwirt Peter Krause, dessen Felder überflutet "
         "wurden.", "Peter Krause", "Landwirt"),
    ],
)  # fmt: skip
def test_a_relative_clause_after_the_speaker_keeps_the_quote(
    extract: Extract, sentence: str, speaker: str, role: str
) -> None:
    ex = extract(sentence)
    assert speakers(ex) == [(speaker, role)]
    assert ex.quotes[0].kind == "direct"


def test_a_surname_carries_the_full_name_the_article_introduced(extract: Extract) -> None:
    ex = extract(
        "Landrat Henrik Gräfe besuchte am Sonntag den Deich an der Mulde.\n\n"
        "Gräfe sagte, die Lage sei ernst. Zuerst müssten Statiker die Gebäude prüfen, "
        "erklärte Oberbürgermeisterin Katrin Lorenz.\n\n"
        "Viele Keller stünden noch unter Wasser, sagte Lorenz am Abend."
    )
    assert speakers(ex) == [
        ("Henrik Gräfe", "Landrat"),
        ("Katrin Lorenz", "Oberbürgermeisterin"),
        ("Katrin Lorenz", "Oberbürgermeisterin"),
    ]


def test_a_surname_of_two_persons_stays_as_written(extract: Extract) -> None:
    ex = extract(
        "Die Geschwister Thomas Brandner und Anna Brandner führen den Hof seit 2010.\n\n"
        "Brandner sagte, der Schaden sei groß."
    )
    assert [q.speaker for q in ex.quotes] == ["Brandner"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Medienberichten zufolge soll der Minister noch heute zurücktreten.", "Medienberichte"),
        ("Laut Presseberichten wurde der Verdächtige in Lyon gefasst.", "Presseberichte"),
    ],
)
def test_reports_are_an_unnamed_source_in_the_nominative(
    extract: Extract, sentence: str, role: str
) -> None:
    assert speakers(extract(sentence)) == [("anonymous", role)]


def test_a_compound_report_still_names_its_source(extract: Extract) -> None:
    ex = extract("Nach Polizeiangaben wurden drei Menschen verletzt.")
    assert speakers(ex) == [("Polizei", None)]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Die Anwältin der Frau sagte, ihre Mandantin sei unschuldig.", "Anwältin der Frau"),
        ("Der Anwalt des Opfers erklärte, sein Mandant sei schwer verletzt.",
         "Anwalt des Opfers"),
        ("Nach Aussage des Angestellten seien die Frachtpapiere gefälscht worden.",
         "Angestellte"),
    ],
)  # fmt: skip
def test_a_person_described_but_not_named_is_anonymous(
    extract: Extract, sentence: str, role: str
) -> None:
    assert speakers(extract(sentence)) == [("anonymous", role)]


def test_a_spokesperson_speaks_for_the_organisation(extract: Extract) -> None:
    ex = extract(
        "Martin Behrsing, Sprecher des Erwerbslosen Forum Deutschland kommentierte den "
        "Brief mit den Worten: „Das ist eine Zumutung.“\n\n"
        "Sprecherin der Gewerkschaft Verdi erklärte, der Streik gehe weiter."
    )
    assert speakers(ex) == [
        ("Erwerbslosen Forum Deutschland", "Sprecher"),
        ("Gewerkschaft Verdi", "Sprecherin"),
    ]


def test_a_family_name_first_resolves_to_the_full_name(extract: Extract) -> None:
    ex = extract(
        "Li Fei, der stellvertretende Vorsitzende des Ausschusses, sagte, die Proteste "
        "änderten nichts.\n\n"
        "Li erklärte auch, dass der künftige Regierungschef das Land lieben müsse."
    )
    assert speakers(ex) == [("Li Fei", "stellvertretender Vorsitzender des Ausschusses")] * 2


@pytest.mark.parametrize(
    ("phrase", "article", "expected"),
    [
        ("stellvertretende Vorsitzende des Ausschusses", "der",
         "stellvertretender Vorsitzender des Ausschusses"),
        ("Abgeordneten", "dem", "Abgeordnete"),
        ("die Vorsitzende", None, "Vorsitzende"),
    ],
)  # fmt: skip
def test_nominalised_adjective_roles_inflect(
    phrase: str, article: str | None, expected: str
) -> None:
    assert nominative(phrase, article) == expected


def test_a_short_title_is_the_person_named_with_the_full_one(extract: Extract) -> None:
    ex = extract(
        "Bundeskanzlerin Angela Merkel besuchte am Montag Paris.\n\n"
        "Die Kanzlerin sagte, die Gespräche seien gut gewesen. Innenminister Thomas Berger "
        "reiste nach Dresden.\n\nDer Minister sagte, die Polizei bekomme mehr Geld."
    )
    assert speakers(ex) == [
        ("Angela Merkel", "Bundeskanzlerin"),
        ("Thomas Berger", "Innenminister"),
    ]


def test_a_short_title_with_two_holders_is_nobody_in_particular(extract: Extract) -> None:
    ex = extract(
        "Innenminister Thomas Berger und Finanzminister Karl Roth trafen sich in Dresden.\n\n"
        "Der Minister sagte, die Polizei bekomme mehr Geld."
    )
    assert [q.speaker for q in ex.quotes] == ["Minister"]


def test_a_resolved_surname_is_the_latest_person_for_a_pronoun(extract: Extract) -> None:
    ex = extract(
        "Im Finale schlug Rafael Nadal den Russen Daniil Medvedev. Es fehlte Novak Djokovic.\n\n"
        "Medvedev sagte, er sei müde. Er erklärte, Nadal sei sehr stark gewesen."
    )
    assert [q.speaker for q in ex.quotes] == ["Daniil Medvedev", "Daniil Medvedev"]


def test_a_first_name_that_is_also_a_verb_form_stays_in_the_name(extract: Extract) -> None:
    for text, role in (
        ("Der Sprecher Will Grant sagte, die Lage sei ruhig.", "Sprecher"),
        ("Die Lage sei ruhig, so der BBC-Reporter Will Grant.", "BBC-Reporter"),
    ):
        assert speakers(extract(text)) == [("Will Grant", role)], text


def test_a_time_phrase_after_a_role_noun_is_no_name(extract: Extract) -> None:
    ex = extract("Die Lage sei ruhig, sagte der Minister Ende Januar.")
    assert speakers(ex) == [("Minister", None)]
