"""A percentage whose subject is only a party is the party's share of the votes or of a
poll, never a topic "SPD" that joins every number said of the party (issue 12: "SPD: 47,3
Prozent"). German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.elections import is_party, party_share
from bot.nlp.lexicons import rows


def _extract(extractor: Extractor, sentence: str) -> ArticleExtraction:
    paras = (Paragraph(sentence, "report"),)
    return extractor.extract(ParsedArticle("a.txt", "a.txt", "Meldung", None, None, paras, "0"))


def _subject(extractor: Extractor, sentence: str, number: str) -> str | None:
    return next(f.subject for f in _extract(extractor, sentence).figures if number in f.text)


@pytest.mark.parametrize(
    ("sentence", "number", "subject"),
    [
        (
            "Nach dem Endergebnis gewann die SPD deutlich, während die CDU nur auf 32,8 Prozent kam.",
            "32,8",
            "Stimmenanteil CDU",
        ),
        ("In der neuen Umfrage kommt die FDP auf 6 Prozent.", "6 ", "Stimmenanteil FDP"),
        ("Die Linke verharrt in den Umfragen bei zehn Prozent.", "zehn", "Stimmenanteil Linke"),
    ],
)
def test_a_party_alone_before_a_percentage_is_its_share(
    extractor: Extractor, sentence: str, number: str, subject: str
) -> None:
    assert _subject(extractor, sentence, number) == subject


@pytest.mark.parametrize(
    ("sentence", "number", "subject"),
    [
        # the party is the plan's source (its statement), and a source is no topic
        ("Die SPD will nach eigenen Angaben den Beitrag um 2 Prozent senken.", "2 Prozent", None),
        # a bare plan is no statement (bot.nlp.quotes.plans), but its subject is the
        # source of the figure it names, and a source is no topic either
        ("Die SPD will den Beitrag um 2 Prozent senken.", "2 Prozent", None),
        (
            "Die Grünen wollen den Anteil des Ökostroms auf 80 Prozent erhöhen.",
            "80",
            "Grünen",
        ),
    ],
)
def test_a_change_or_a_named_share_is_no_vote_share(
    extractor: Extractor, sentence: str, number: str, subject: str
) -> None:
    assert _subject(extractor, sentence, number) == subject


def test_only_a_lone_party_name_in_percent_is_a_share() -> None:
    assert party_share("SPD (Lötzsch)", "Prozent", ["Die", "SPD"]) == "Stimmenanteil SPD (Lötzsch)"
    assert party_share("SPD", "Euro", ["Die", "SPD"]) == "SPD"
    assert party_share("Konzern", "Prozent", ["Der", "Konzern"]) == "Konzern"
    assert party_share("Wahlbeteiligung", "Prozent", ["Die", "Wahlbeteiligung"]) == (
        "Wahlbeteiligung"
    )


@pytest.mark.parametrize(
    ("sentence", "number", "subject"),
    [
        ("Bei der Europawahl kam Volt auf 2,6 Prozent.", "2,6", "Stimmenanteil Volt"),
        ("In der jüngsten Umfrage liegt Volt bei drei Prozent.", "drei", "Stimmenanteil Volt"),
    ],
)
def test_a_party_of_the_speaker_lexicon_is_a_party_for_the_figures(
    extractor: Extractor, sentence: str, number: str, subject: str
) -> None:
    """One list of party words (lexicons/speaker_parties.tsv) serves the speakers and the
    figures: a party added there has its vote share here."""
    assert (_subject(extractor, sentence, number) or "").startswith(subject)


def test_every_party_word_of_the_speaker_lexicon_is_a_party() -> None:
    parties = [r[0] for r in rows("speaker_parties.tsv")]
    assert all(is_party(w[:1].upper() + w[1:]) for w in parties)
    assert not any(is_party(w) for w in ("Konzern", "Regierung", "Verein", "grünen", "Partei"))
