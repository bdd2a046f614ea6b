"""A source named in the dative plural ("laut Stadtwerken", "Ärzten zufolge") is shown in
the nominative, so that it is the same speaker as "Die Stadtwerke teilten mit" and reads as
German in a reply ("Stadtwerke: …", not "Stadtwerken: …")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.plurals import nominative_plural
from tests.nlp.extract_helpers import one_quote

Extract = Callable[[str], ArticleExtraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut Stadtwerken ist die Versorgung seit dem Mittag wieder stabil.", "Stadtwerke"),
        ("Die Versorgung ist laut Wasserwerken wieder gesichert.", "Wasserwerke"),
        ("Laut Ärzten ist der Zustand des Patienten stabil.", "Ärzte"),
        ("Anwälten zufolge ist das Urteil rechtskräftig.", "Anwälte"),
        ("Laut Verkehrsbetrieben fallen am Montag alle Busse aus.", "Verkehrsbetriebe"),
        ("Laut örtlichen Ärzten hat sich die Lage entspannt.", "örtliche Ärzte"),
        ("Laut Stadtwerken München ist die Versorgung gesichert.", "Stadtwerke München"),
    ],
)
def test_a_dative_plural_source_is_shown_in_the_nominative(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the nominative plural already ends in -n, or the word is a name
        # (after "laut" a bare group of people is anonymous: test_nlp_according_unnamed_groups)
        ("Experten zufolge droht ein harter Winter.", "Experten"),
        ("Die Bauern fürchten, dass der Regen ausbleibt.", "Bauern"),
        ("Laut Behörden ist die Lage unter Kontrolle.", "Behörden"),
        ("Laut Gewerkschaften streiken morgen die Beschäftigten.", "Gewerkschaften"),
    ],
)
def test_a_plural_in_n_and_a_name_stay_as_written(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_laut_stadtwerken_and_die_stadtwerke_are_one_speaker(extract: Extract) -> None:
    """The story's speaker list showed "Stadtwerke" and "Stadtwerken" as two sources."""
    quotes = extract(
        "Die Stadtwerke teilten am Morgen mit, die Leitung sei repariert.\n\n"
        "Laut Stadtwerken ist die Versorgung seit dem Mittag wieder stabil."
    ).quotes
    assert [q.speaker for q in quotes] == ["Stadtwerke", "Stadtwerke"]


def test_nominative_plural_reads_the_lemma_table() -> None:
    """Only a form that the table lists as the same noun's dative plural changes; a compound
    is read by its last part."""
    table = {
        "Ärzten": "Arzt", "Ärzte": "Arzt", "Kräften": "Kraft", "Kräfte": "Kraft",
        "Staaten": "Staat", "Staate": "Staat", "Experten": "Experte", "Bayern": "Bayer",
        "Bayers": "Bayer", "Anwohnern": "Anwohner", "Anwohners": "Anwohner",
        "Schwestern": "Schwester", "Kindern": "Kind", "Kinder": "Kind",
    }  # fmt: skip
    read = table.get
    assert nominative_plural("Ärzten", read) == "Ärzte"
    assert nominative_plural("Rettungskräften", read) == "Rettungskräfte"
    assert nominative_plural("Anwohnern", read) == "Anwohner"  # "Anwohners": plural = singular
    assert nominative_plural("Kindern", read) == "Kinder"  # "Kinder" is a plural of "Kind"
    assert nominative_plural("Schwestern", read) == "Schwestern"  # feminine: no "-s" form
    assert nominative_plural("Bayern", read) == "Bayern"  # noun_plurals_in_n.txt
    assert nominative_plural("Staaten", read) == "Staaten"  # "Staate": "Staat" + e
    assert nominative_plural("Experten", read) == "Experten"  # "Experte" is the lemma
    assert nominative_plural("Konzern", read) == "Konzern"  # not listed at all
