"""According-to with "nach": opinion nouns with a bare genitive plural, opinion compounds,
adjectives before a report noun. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract(text).quotes]


def test_opinion_noun_with_a_genitive_plural_names_the_source(extract: Extract) -> None:
    text = "Nach Einschätzung politischer Beobachter war der Streit im Rathaus inszeniert."
    assert sources(extract, text) == [("politische Beobachter", "according_to")]
    text = "Nach Meinung vieler Ärzte wird die Grippewelle im März ihren Höhepunkt erreichen."
    assert sources(extract, text) == [("Ärzte", "according_to")]


def test_opinion_compound_names_its_first_part(extract: Extract) -> None:
    qs = extract("Nach Juristenmeinung ist die neue Satzung der Stadt unwirksam.").quotes
    assert [(q.speaker, q.kind) for q in qs] == [("Juristen", "according_to")]
    assert qs[0].text.startswith("ist die neue Satzung")


def test_adjective_before_a_report_noun_without_article(extract: Extract) -> None:
    qs = extract("Nach ukrainischen Militärangaben wurden zwei Brücken zerstört.").quotes
    assert [(q.speaker, q.kind) for q in qs] == [("Militär", "according_to")]


def test_nach_as_after_or_alternative_is_no_source(extract: Extract) -> None:
    for text in (
        "Nach heftiger Kritik trat der Bürgermeister am Montag zurück.",
        "Nach eingehenden Untersuchungen wurde die Brücke wieder freigegeben.",
        "Das Auto fährt 100, nach anderen Angaben 110 Kilometer mit einer Ladung.",
    ):
        assert sources(extract, text) == [], text


def test_nach_a_statement_before_an_event_verb_is_temporal(extract: Extract) -> None:
    for text in (
        "Nach der Erklärung des Ministers kam es zu Protesten.",
        "Nach der Mitteilung der Polizei wurde die Straße gesperrt.",
        "Nach einem Bericht der Zeitung begannen die Ermittlungen.",
        "Es kam nach der Erklärung des Ministers zu Protesten.",
    ):
        assert list(extract(text).quotes) == [], text


def test_nach_a_report_without_article_stays_a_source_before_an_event_verb(
    extract: Extract,
) -> None:
    qs = list(extract("Nach Angaben der Polizei kam es zu Ausschreitungen.").quotes)
    assert [(q.speaker, q.text) for q in qs] == [("Polizei", "kam es zu Ausschreitungen")]


def test_nach_a_statement_before_a_state_verb_stays_a_source(extract: Extract) -> None:
    qs = list(extract("Nach der Erklärung des Ministers ist die Lage ruhig.").quotes)
    assert [(q.speaker, q.text) for q in qs] == [("Minister", "ist die Lage ruhig")]


def test_findings_of_a_court_or_investigators_are_a_source(extract: Extract) -> None:
    for text, source in (
        (
            "Insgesamt erbeutete die Bande nach den Feststellungen des Gerichts 90.000 Euro.",
            "Gericht",
        ),
        ("Nach Feststellung der Ermittler war der Fahrer betrunken.", "Ermittler"),
        ("Den Feststellungen der Prüfer zufolge fehlen in der Kasse 40.000 Euro.", "Prüfer"),
    ):
        assert sources(extract, text) == [(source, "according_to")], text


def test_a_finding_of_a_fact_names_no_source(extract: Extract) -> None:
    text = "Nach der Feststellung des Todes brachten die Helfer den Mann weg."
    assert sources(extract, text) == []
