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
