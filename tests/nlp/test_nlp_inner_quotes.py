"""Issue 11, session 12: a quote inside a quote is its own speaker's as well (gold README,
news set 3): the outer quote stays the outer speaker's. German sentences written for these
tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract


def quotes(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.speaker_role, q.text) for q in extract(text).quotes]


def test_an_unnamed_speaker_inside_a_quote_gets_the_inner_quote(extract: Extract) -> None:
    text = (
        "„Wir sehen ein ernstes Problem“, sagte Studienleiterin Anna Berg. Berg erinnert "
        "sich an einen Fall: „Ein junger Pfleger kam zu mir und sagte: ‚Wir haben keine "
        "Betten mehr.‘ Das war im Januar.“"
    )
    found = quotes(extract, text)
    assert ("anonymous", "junger Pfleger", "Wir haben keine Betten mehr") in found
    # the outer quote and what follows the inner one stay the doctor's
    outer = [t for s, _, t in found if s == "Anna Berg"]
    assert any(t.startswith("Ein junger Pfleger kam zu mir") for t in outer)
    assert "Das war im Januar" in outer


def test_the_outer_speaker_after_the_quotation_keeps_the_outer_quote(extract: Extract) -> None:
    text = "„Der Nachbar rief nur: ‚Raus hier!‘ Dann brannte das Dach“, erzählte Petra Lang."
    found = quotes(extract, text)
    assert ("Nachbar", None, "Raus hier") in found
    assert next(t for s, _, t in found if s == "Petra Lang").startswith("Der Nachbar rief")


def test_a_pronoun_or_a_plain_quoted_word_makes_no_inner_quote(extract: Extract) -> None:
    """Must not fire: "er" inside the quotation points into the speaker's story; single
    marks around a term are no quote; a colon without a cue introduces no speaker."""
    text = "„Er sagte mir: ‚Wir haben nichts mehr.‘ Dann ging er“, berichtete Petra Lang."
    assert {s for s, _, _ in quotes(extract, text)} == {"Petra Lang"}
    text = "„Das sogenannte ‚Sparpaket‘ ist eine Zumutung“, sagte der Landrat Otto Kern."
    assert {s for s, _, _ in quotes(extract, text)} == {"Otto Kern"}
    text = "„Auf dem Schild stand: ‚Betreten verboten.‘ Wir gingen trotzdem“, sagte Otto Kern."
    assert {s for s, _, _ in quotes(extract, text)} == {"Otto Kern"}
