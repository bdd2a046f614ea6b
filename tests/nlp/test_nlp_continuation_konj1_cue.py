"""A Konjunktiv I sentence whose only cue reports nothing ("Er sei jedoch zuversichtlich.":
"sei zuversichtlich" reads as an opinion cue with no clause) continues the running speaker,
as a sentence without any cue does; it used to be dropped. German sentences
written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract

STORY = (
    "Der Einsatzleiter Jonas Berger sagte, die Lage in dem Hochhaus sei unübersichtlich. "
    "Er sei jedoch zuversichtlich."
)


def test_a_konjunktiv_opinion_without_a_clause_continues_the_speaker(extract: Extract) -> None:
    said = {q.text.split()[0]: q.speaker for q in extract(STORY).quotes}
    assert said.get("Er") == "Jonas Berger"


def test_an_indicative_opinion_does_not_continue(extract: Extract) -> None:
    text = STORY.replace("Er sei jedoch zuversichtlich", "Er ist jedoch zuversichtlich")
    assert all(not q.text.startswith("Er ") for q in extract(text).quotes)
