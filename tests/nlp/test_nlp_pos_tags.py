"""POS tags from HanTa on candidate sentences (config nlp.pos_tagger, issue 11 point 2): the
tagger's answers where the word lists cannot know, the rules that ask it, and the pipeline
without it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp import Extractor, build_pipeline
from bot.nlp.attribution.pos_tags import (
    PosTagger,
    attributive_candidate,
    is_attributive_adjective,
    is_nominal,
    is_noun_phrase,
    is_proper_noun_phrase,
    is_separable_particle,
    load_pos_tagger,
)
from tests.nlp.conftest import make_article

pytest.importorskip("HanTa")


@pytest.fixture(scope="module")
def tagger() -> PosTagger:
    pos = load_pos_tagger("hanta")
    assert pos is not None
    return pos


@pytest.fixture(scope="module")
def tagged_extract() -> Callable[[str], ArticleExtraction]:
    extractor = Extractor(build_pipeline(pos_tagger="hanta"))
    return lambda text: extractor.extract(make_article(text))


def split(sentence: str) -> list[str]:
    """A sentence's words as the rules read them (punctuation set apart by spaces)."""
    return sentence.split()


def speakers(ex: ArticleExtraction) -> list[str | None]:
    return [q.speaker for q in ex.quotes]


# ---- the tagger's answers ------------------------------------------------------------


def test_a_foreign_two_word_name_is_a_proper_noun_phrase(tagger: PosTagger) -> None:
    words = split("Der Anwalt Kwame Mensah-Bonsu erklärte , der Prozess sei unfair .")
    tags = tagger.tags(words)
    assert is_proper_noun_phrase(tags, 2, 4)  # "Kwame Mensah-Bonsu": NE NE
    assert not is_proper_noun_phrase(tags, 1, 4)  # "Anwalt" is a common noun
    assert is_noun_phrase(tags, 0, 4)


def test_a_fronted_noun_is_a_noun_not_a_name(tagger: PosTagger) -> None:
    words = split("Als einen gefährlichen Weg bezeichnete die Ministerin den Plan .")
    tags = tagger.tags(words)
    assert tags[3] == "NN"  # "Weg"
    assert is_nominal(tags[3])
    assert not is_proper_noun_phrase(tags, 3, 4)


def test_a_capitalised_adverb_at_the_clause_start_is_not_nominal(tagger: PosTagger) -> None:
    words = split(
        "Unterdessen haben mehrere Abgeordnete angekündigt , sie würden dagegen stimmen ."
    )
    tags = tagger.tags(words)
    assert not is_nominal(tags[0])
    assert is_nominal(tags[3])


def test_a_separable_particle_and_a_postposition(tagger: PosTagger) -> None:
    cancelled = split("Der Minister sagte das Treffen am Montag ab .")
    assert is_separable_particle(tagger.tags(cancelled)[7])
    opinion = split("Sie sagte , das sei ihrer Meinung nach falsch .")
    assert not is_separable_particle(tagger.tags(opinion)[7])


def test_an_attributive_participle_is_told_from_a_verb(tagger: PosTagger) -> None:
    pub = split("Er sang im Keller der bekannten Kneipe .")
    assert attributive_candidate(pub[4], pub[5], pub[6])
    assert is_attributive_adjective(tagger.tags(pub)[5])
    verb = split("Das bestätigte Ministerpräsident Müller am Montag .")
    assert attributive_candidate(verb[0], verb[1], verb[2])
    assert not is_attributive_adjective(tagger.tags(verb)[1])


def test_only_forms_between_an_article_and_a_noun_are_candidates() -> None:
    assert not attributive_candidate(",", "sagte", "Müller")  # "…, sagte Müller"
    assert not attributive_candidate("der", "bekannten", "und")
    assert not attributive_candidate("der", "Bekannten", "Kneipe")


# ---- the cache -------------------------------------------------------------------------


class CountingTagger:
    """HanTa's tagger, counting its calls (the cache must save them)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.calls = 0

    def tag_sent(self, words: list[str], taglevel: int = 1) -> list[str]:
        self.calls += 1
        return self.inner.tag_sent(words, taglevel=taglevel)  # type: ignore[attr-defined]


def test_a_sentence_is_tagged_once_and_the_cache_is_bounded(tagger: PosTagger) -> None:
    counting = CountingTagger(tagger._tagger)
    pos = PosTagger(counting, cache_size=2)
    a, b, c = (split("Er sagte das ab ."), split("Sie kam ."), split("Wir gehen ."))
    first = pos.tags(a)
    assert pos.tags(a) == first and counting.calls == 1 and pos.hits == 1
    pos.tags(b)
    pos.tags(c)  # evicts a, the least recently used
    pos.tags(a)
    assert counting.calls == 4 and pos.tagged == 4


# ---- the rules that ask it, on whole articles --------------------------------------------


def test_a_clause_initial_adverb_is_no_speaker(
    tagged_extract: Callable[[str], ArticleExtraction],
) -> None:
    ex = tagged_extract(
        "Unterdessen haben mehrere Abgeordnete angekündigt, sie würden gegen das Gesetz stimmen."
    )
    assert speakers(ex) == ["Abgeordnete"]
    ex = tagged_extract(
        "Monatelang hatte die Stadtverwaltung bestritten, dass die Brücke marode sei."
    )
    assert speakers(ex) == ["Stadtverwaltung"]


def test_an_attributive_participle_is_no_speech_verb(
    tagged_extract: Callable[[str], ArticleExtraction],
) -> None:
    assert not tagged_extract(
        "Am Freitag soll der Wirt im Hof der bekannten Gaststätte „Zum Anker“ gestürzt sein."
    ).quotes
    assert not tagged_extract(
        "Aufgrund der prognostizierten Größe von zehn Metern wird ein warmes Klima angenommen."
    ).quotes


def test_ordinary_attributions_are_unchanged_with_the_tagger(
    tagged_extract: Callable[[str], ArticleExtraction],
) -> None:
    ex = tagged_extract("Der Anwalt Kwame Mensah-Bonsu erklärte, der Prozess sei unfair gewesen.")
    assert speakers(ex) == ["Kwame Mensah-Bonsu"]


# ---- without the tagger ------------------------------------------------------------------


def test_the_pipeline_works_with_the_tagger_off(extractor: Extractor) -> None:
    assert extractor.nlp.get_pipe("lagebild_attribution").rules.pos is None
    ex = extractor.extract(
        make_article("Die Ermittlerin Oyelaran Tuyishime sagte, man habe keine Spuren gefunden.")
    )
    assert speakers(ex) == ["Oyelaran Tuyishime"]


def test_without_the_package_the_pipeline_runs_on_word_lists(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "HanTa", None)  # "import HanTa" raises ImportError
    with caplog.at_level(logging.WARNING):
        nlp = build_pipeline(pos_tagger="hanta")
    assert nlp.get_pipe("lagebild_attribution").rules.pos is None
    assert "HanTa is not installed" in caplog.text
    ex = Extractor(nlp).extract(make_article("Die Polizei teilte mit, der Täter sei gefasst."))
    assert speakers(ex) == ["Polizei"]


def test_an_unknown_tagger_is_refused() -> None:
    assert load_pos_tagger("none") is None
    with pytest.raises(ValueError, match=r"nlp\.pos_tagger"):
        load_pos_tagger("treetagger")
