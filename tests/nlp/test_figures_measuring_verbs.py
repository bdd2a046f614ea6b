"""Measuring and counting verbs ("maß", "verzeichnete", "erfasste", "befragte") make their
subject the source of a figure in their clause, as "zählte" and "registrierte" do; a linking
adverb that opens the clause ("Dabei zählte die Polizei …") is never that subject. Issue 12
(figure sources on unseen text: no source found after a measuring verb). Sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.source) for f in extract(text).figures]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Der Deutsche Wetterdienst maß am Brocken Windböen von bis zu 150 Kilometern pro "
            "Stunde.",
            150,
            "Deutscher Wetterdienst",
        ),
        # perfect tense, the participle closing the clause
        ("Der Wetterdienst hat am Montag in Lingen 38 Grad gemessen.", 38, "Wetterdienst"),
        # inverted subject after a fronted time
        ("Im Oktober verzeichnete das Landesamt 1.200 neue Anträge.", 1200, "Landesamt"),
        ("Die Bundespolizei erfasste bis zum Abend 312 Verstöße.", 312, "Bundespolizei"),
        (
            "Für die Umfrage befragte das Meinungsforschungsinstitut Civey 2.500 Menschen.",
            2500,
            "Meinungsforschungsinstitut Civey",
        ),
        # plural subject, plural verb form
        (
            "Die Amtsgerichte verzeichneten im Oktober 1.200 Firmenpleiten.",
            1200,
            "Amtsgerichte",
        ),
    ],
)
def test_the_subject_of_a_measuring_verb_is_the_source(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert (value, source) in sources(extract, text)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Dabei zählte die Polizei 300 Verstöße.", 300, "Polizei"),
        (
            "Dort registrierte der Wetterdienst 120 Liter Regen pro Quadratmeter.",
            120,
            "Wetterdienst",
        ),
        (
            "Erstmals verzeichnete der Verein einen Verlust von 3 Millionen Euro.",
            3_000_000,
            "Verein",
        ),
    ],
)
def test_a_clause_opening_adverb_is_no_source(
    extract: Extract, text: str, value: float, source: str
) -> None:
    assert (value, source) in sources(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        # the measured thing, not the measurer, opens the clause; passive without an agent
        "An der Station wurden Böen von 120 Kilometern pro Stunde gemessen.",
        # "messen" as "compare": no report ("Gemessen an 2020 sind 120 Fälle wenig")
        "Gemessen an früheren Jahren sind 120 Fälle wenig.",
    ],
)
def test_no_measurer_no_source(extract: Extract, text: str) -> None:
    assert (120, None) in sources(extract, text)
