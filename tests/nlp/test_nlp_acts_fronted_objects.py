"""Fronted objects before an inverted subject ("Einen Rücktritt lehnte der Minister am Abend
ab"): the object before the finite cue is what was said, the definite group after it the
speaker, and adverbs or a time phrase after that subject are no content. German sentences
written for these tests, with sentences where the rules must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.attribution.acts import adverbials_only
from bot.nlp.quotes.grammar import PREPOSITIONS


@pytest.mark.parametrize(
    ("text", "act", "speaker", "part"),
    [
        ("Einen Rücktritt lehnte der Minister am Abend ab.", "denial", "Minister", "Rücktritt"),
        ("Eine Verlängerung der Frist lehnt die Behörde weiterhin ab.", "denial", "Behörde", "Verlängerung"),
        ("Eine Entscheidung kündigte die Kommission für Freitag an.", "announcement", "Kommission", "Entscheidung"),
        ("Neue Gespräche kündigte der Verband für den Herbst an.", "announcement", "Verband", "Gespräche"),
        ("Einen Rückgang der Buchungen erwartet der Reiseverband.", "estimate", "Reiseverband", "Rückgang"),
        ("Einen Anstieg der Preise erwartet das Institut für Wirtschaftsforschung.", "estimate", "Institut für Wirtschaftsforschung", "Anstieg"),
        ("Aufklärung verlangen die Angehörigen.", "demand", "Angehörigen", "Aufklärung"),
        ("Lückenlose Aufklärung forderte die Opposition am Dienstag.", "demand", "Opposition", "Aufklärung"),
    ],
)  # fmt: skip
def test_a_fronted_object_is_what_the_subject_after_the_cue_said(
    extract: Extract, text: str, act: str, speaker: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == (act, speaker) and part in q.text


@pytest.mark.parametrize(
    ("text", "speaker", "target", "charge"),
    [
        ("Tarifflucht warf die Gewerkschaft dem Konzern vor.", "Gewerkschaft", "Konzern", "Tarifflucht"),
        ("Betrug wirft die Staatsanwaltschaft dem früheren Geschäftsführer vor.", "Staatsanwaltschaft", "Geschäftsführer", "Betrug"),
    ],
)  # fmt: skip
def test_a_fronted_charge_is_no_speaker(
    extract: Extract, text: str, speaker: str, target: str, charge: str
) -> None:
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("accusation", speaker)
    assert q.target is not None and target in q.target and charge in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Den Bericht bestätigte das Ministerium am Freitag.",  # a claim reads no fronted object
        "Gestern verlangten die Angehörigen.",  # a time word is no object
        "Am Montag lehnte der Stadtrat ab.",  # a time phrase is no object
        "Ich lehne sie folglich ab.",  # a pronoun is no object
        "Auch lehnte die Ministerin den Vorschlag ab, die Aufsicht zu bündeln.",  # no fronted object
        "Den Namen der Sendung gab das ZDF bekannt: „Geheimnisse eines Papstes“.",  # ambiguous "das"
    ],
)
def test_no_fronted_object_where_none_is_said(extract: Extract, text: str) -> None:
    qs = extract(text).quotes
    assert not any(
        q.text.startswith(("Den Bericht", "Gestern", "Am Montag", "Ich", "Den Namen")) for q in qs
    )
    assert not any(q.text in ("am Freitag", "auch", "") for q in qs)


def test_the_cues_own_frame_after_the_subject_stays_content(extract: Extract) -> None:
    q = one_quote(extract, "Nun rechnet der Arzt mit einem zunehmenden Bedarf an der Therapie.")
    assert q.act == "estimate" and "Bedarf" in q.text


@pytest.mark.parametrize(
    ("words", "tail"),
    [
        ("am Abend", True),
        ("nun kategorisch", True),
        ("für kommende Woche", True),
        ("in seinem Bericht", True),
        ("für das Wochenende Temperaturen von 35 Grad", False),
        ("eine zentrale Datei", False),
    ],
)
def test_adverbials_only_tells_a_time_phrase_from_an_object(words: str, tail: bool) -> None:
    texts = words.split()
    assert adverbials_only(texts, 0, len(texts), PREPOSITIONS) is tail
