"""Speaker names in the nominative: an article-less dative plural after a marker ("laut
israelischen Medien", "politischen Beobachtern zufolge") and "den Beobachtern" name their
source as "israelische Medien", "politische Beobachter". German phrases written for these
tests."""

from __future__ import annotations

from bot.nlp.roles import nominative
from tests.nlp.extract_helpers import Extract, one_quote


def test_an_article_less_dative_plural_is_named_in_the_nominative() -> None:
    assert nominative("Politischen Beobachtern") == "Politische Beobachter"
    assert nominative("israelischen Medien") == "israelische Medien"
    assert nominative("staatlichen Behörden") == "staatliche Behörden"
    assert nominative("Beobachtern", "den") == "Beobachter"


def test_a_weak_singular_and_a_nominative_plural_stay() -> None:
    assert nominative("israelischen Präsidenten") == "israelischen Präsidenten"
    assert nominative("Russische Medien") == "Russische Medien"
    assert nominative("Eltern", "den") == "Eltern"


def test_the_speaker_of_a_marker_reads_in_the_nominative(extract: Extract) -> None:
    q = one_quote(extract, "Politischen Beobachtern zufolge war der Streit im Rathaus inszeniert.")
    assert q.speaker == "Politische Beobachter"


def test_a_bare_plural_after_von_reads_in_the_nominative(extract: Extract) -> None:
    q = one_quote(extract, "Nach Angaben von Anwohnern wurden zwei Häuser zerstört.")
    assert q.speaker == "Anwohner"
    q = one_quote(extract, "Nach Angaben von Augenzeugen wurden zwei Häuser zerstört.")
    assert q.speaker == "Augenzeugen"
