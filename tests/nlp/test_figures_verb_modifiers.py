"""A verb or a preposition after a number is no adjective of a counted noun (issue 12:
"liege Microsoft" from "auf den Plätzen drei und vier liegen Microsoft", "zwische Karlsruhe"
from "A 5 zwischen Karlsruhe"). German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor
from bot.nlp.figures.lemmas import table_lemmatize
from bot.nlp.figures.phrases import noun_phrase
from bot.nlp.figures.words import is_adjective, is_verb_lemma


def _extract(extractor: Extractor, sentence: str) -> ArticleExtraction:
    paras = (Paragraph(sentence, "report"),)
    return extractor.extract(ParsedArticle("a.txt", "a.txt", "Meldung", None, None, paras, "0"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Auf den Rängen vier und fünf liegen Hessen und Bayern mit je 30 Punkten.", "Hessen"),
        ("Auf der Autobahn A 5 zwischen Karlsruhe und Basel staute sich der Verkehr.", "Karlsruhe"),
        (
            "Auf der Landesstraße 502 zwischen Kaiserslautern und Mainz kam es zu einem Unfall.",
            "Kaiserslautern",
        ),
    ],
)
def test_a_name_after_a_verb_or_preposition_is_not_counted(
    extractor: Extractor, sentence: str, name: str
) -> None:
    figures = _extract(extractor, sentence).figures
    assert not any(f.unit == name for f in figures), figures
    assert not any(f.subject and name in f.subject.split()[1:2] for f in figures), figures


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Bei dem Unfall wurden 12 deutsche Urlauber verletzt.", "deutsche Urlauber"),
        ("Die Bergwacht sucht 40 vermisste Wanderer im Harz.", "vermisste Wanderer"),
    ],
)
def test_adjectives_after_a_number_stay(extractor: Extractor, sentence: str, subject: str) -> None:
    found = _extract(extractor, sentence).figures
    assert any(f.subject and f.subject.startswith(subject) for f in found), found


def test_a_verb_lemma_is_no_inflected_adjective() -> None:
    lemmatize = table_lemmatize()
    assert is_verb_lemma("liegen", lemmatize)
    assert is_verb_lemma("stehen", lemmatize)
    assert not is_verb_lemma("deutschen", lemmatize)
    assert not is_verb_lemma("vermissten", lemmatize)
    assert not is_verb_lemma("neuen", lemmatize)
    assert not is_adjective("zwischen")
    assert is_adjective("schweren")


class _Tok:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_name_split_at_its_apostrophe_stays_whole() -> None:
    toks = [_Tok(w) for w in ["Konzernchef", "Seán", "O", "’", "Brien", "verdiente", "viel"]]
    assert noun_phrase(toks, 0) == (["Konzernchef", "Seán", "O’Brien"], 5)
    plain = [_Tok(w) for w in ["Die", "Firma", "’", "Nordwerk", "’", "baut"]]
    assert noun_phrase(plain, 0) == (["Firma"], 2)  # a quoted name after a noun is no part of it
