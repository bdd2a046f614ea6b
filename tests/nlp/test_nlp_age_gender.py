"""An age noun ("Der 69-Jährige") stands for the last person of its gender. A woman named
again without her role, or as "sie", keeps the gender her role gave her: after
"…, sagte sie." the statement of "Der 69-Jährige" went to her instead of to the man named
before. German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract

STORY = (
    "Bundesinnenministerin Nancy Faeser hat strengere Grenzkontrollen angekündigt. "
    "CDU-Chef Friedrich Merz warf der Ministerin vor, zu spät zu handeln. "
    "Faeser wies das zurück. „Wir handeln entschlossen“, sagte sie. "
    "Der 69-Jährige betonte zudem, er wolle weitermachen."
)


def test_the_age_noun_skips_a_woman_named_again_without_her_role(extract: Extract) -> None:
    said = {q.text: q.speaker for q in extract(STORY).quotes}
    assert said["er wolle weitermachen"] == "Friedrich Merz"
    assert said["Wir handeln entschlossen"] == "Nancy Faeser"


def test_the_age_noun_still_finds_a_woman(extract: Extract) -> None:
    text = STORY.replace("Der 69-Jährige", "Die 54-Jährige").replace("er wolle", "sie wolle")
    said = {q.text: q.speaker for q in extract(text).quotes}
    assert said["sie wolle weitermachen"] == "Nancy Faeser"
