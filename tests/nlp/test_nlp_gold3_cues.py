"""Cue verbs and role nouns news set 3 (tests/data/news_quotes_dev3) showed missing: praise
and joke verbs after a quote ("schwärmte der Manager"), "rechnete … vor" for a figure someone
works out, and "Coach" / "Dezernentin" as the role of a speaker followed by a time or place
("sagte der Coach am Montag"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(ex: ArticleExtraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "„Die Mannschaft hat heute Charakter gezeigt“, schwärmte Trainerin Eva Brandt.",
            "Eva Brandt",
            "Die Mannschaft hat heute Charakter gezeigt",
        ),
        (
            "Der Verein habe endlich wieder einen echten Torjäger, schwärmt der Manager.",
            "Manager",
            "Der Verein habe endlich wieder einen echten Torjäger",
        ),
        (
            "„Wir sind zurück in der ersten Liga!“, jubelte Kapitän Tim Rösler nach dem Abpfiff.",
            "Tim Rösler",
            "Wir sind zurück in der ersten Liga!",
        ),
        (
            "Er sei eben kein Frühaufsteher, scherzte der Minister bei der Pressekonferenz.",
            "Minister",
            "Er sei eben kein Frühaufsteher",
        ),
    ],
)
def test_praise_cheer_and_joke_verbs_are_cues(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert found(extract(text)) == [(speaker, content)]


def test_rechnete_vor_is_a_cue_in_both_word_orders(extract: Extract) -> None:
    ex = extract(
        "Allein die Reinigung der Parks koste die Gemeinde jährlich 80.000 Euro, "
        "rechnete Kämmerer Jens Ott vor."
    )
    assert found(ex) == [
        ("Jens Ott", "Allein die Reinigung der Parks koste die Gemeinde jährlich 80.000 Euro")
    ]
    ex = extract("Die Kämmerin Lena Voigt rechnete vor, dass das neue Dach 2 Millionen Euro koste.")
    assert found(ex) == [("Lena Voigt", "dass das neue Dach 2 Millionen Euro koste")]


def test_vor_as_a_preposition_makes_no_cue(extract: Extract) -> None:
    # negative: "rechnete … durch" with "vor der Sitzung" states nothing
    ex = extract("Die Kämmerin rechnete die Kosten vor der Sitzung noch einmal durch.")
    assert found(ex) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Abwehr müsse stabiler werden, sagte der Coach am Rande des Trainings.", "Coach"),
        (
            "Man werde die Ampel prüfen, sagte die Dezernentin am Dienstag im Ausschuss.",
            "Dezernentin",
        ),
        (
            "Die Stadt habe kein Geld, erklärte der Kulturdezernent nach der Sitzung.",
            "Kulturdezernent",
        ),
    ],
)
def test_coach_and_dezernent_are_roles_before_a_time_or_place(
    extract: Extract, text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_cheering_without_content_is_no_quote(extract: Extract) -> None:
    # negative: the verbs need a statement; cheering about a thing is none
    assert found(extract("Die Fans jubelten über den späten Ausgleich.")) == []
    assert found(extract("Der Coach scherzte am Rande des Trainings mit den Kindern.")) == []


# ---- "…, schreiben die Autoren.": an inverted plural reporting clause ---------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Betroffen seien vor allem Kliniken, schreiben die Autoren.",
            "Autoren",
            "Betroffen seien vor allem Kliniken",
        ),
        (
            "Der Lärm der Baustelle sei nachts unerträglich, klagen die Anwohner.",
            "Anwohner",
            "Der Lärm der Baustelle sei nachts unerträglich",
        ),
        (
            "Die Stadt habe sie jahrelang vergessen, klagen die Bewohner der Siedlung.",
            "Bewohner der Siedlung",
            "Die Stadt habe sie jahrelang vergessen",
        ),
    ],
)
def test_a_plural_present_cue_after_a_comma_before_the_closing_subject_speaks(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    assert found(extract(text)) == [(speaker, content)]


def test_the_same_form_before_an_object_or_as_an_infinitive_is_no_cue(extract: Extract) -> None:
    # negative: "sprechen die Pläne … eine Sprache" goes on after its subject; "zu sprechen"
    # is an infinitive
    ex = extract("Die Lage ist klar, sprechen die Zahlen doch eine deutliche Sprache.")
    assert found(ex) == []
    ex = extract("Er blieb noch eine Stunde, um mit den Anwohnern zu sprechen.")
    assert found(ex) == []
