"""Figures take their according-to sources from the shared attribution stage (issue 11):
the marker a reader sees ("laut Polizei") reaches a figure through doc._.attributions, so
quotes and figures name the same marker's source, and a pipeline without that stage says
what is missing instead of finding sources of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from bot.models import Figure
from bot.nlp.figures.component import figures_pipeline
from bot.nlp.speakers import NP
from bot.nlp.stage_records import AskedNames, Attribution, SentenceAttributions
from bot.nlp.stages import MissingStage


@pytest.fixture(scope="module")
def nlp() -> Language:
    return figures_pipeline()


def _with_attributions(nlp: Language, text: str, set_by_hand: object) -> list[Figure]:
    """The figures of `text` with doc._.attributions set by hand in place of the stage."""
    doc: Doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "lagebild_attribution":
            doc._.attributions = set_by_hand
        else:
            doc = proc(doc)
    return list(doc._.figures)


def _marker(source: NP, cue: str, content: tuple[int, int]) -> SentenceAttributions:
    found = Attribution(source, cue, content, marker=True)
    return SentenceAttributions([found], AskedNames(frozenset()), AskedNames(frozenset()))


TEXT = "Laut Polizei starben 12 Menschen."


def test_the_stage_s_marker_names_the_figure_s_source(nlp: Language) -> None:
    assert [f.source for f in nlp(TEXT)._.figures] == ["Polizei"]
    police = NP(1, 2, "name", "Polizei", None, True, "Polizei")
    by_hand = _with_attributions(nlp, TEXT, [_marker(police, "laut", (2, 5))])
    assert [(f.text, f.source) for f in by_hand] == [("12 Menschen", "Polizei")]


def test_a_marker_the_stage_did_not_report_gives_no_source(nlp: Language) -> None:
    """The figure rules do not look for "laut" again: without the stage's marker the
    figure has no source (here the stage is overridden with a sentence without markers)."""
    empty = SentenceAttributions([], AskedNames(frozenset()), AskedNames(frozenset()))
    assert [(f.text, f.source) for f in _with_attributions(nlp, TEXT, [empty])] == [
        ("12 Menschen", None)
    ]


def test_the_stage_s_marker_at_its_own_word_wins(nlp: Language) -> None:
    """Two markers, one figure per clause: each figure takes the stage's marker of its own
    clause, at the word the stage put it."""
    text = "Laut Polizei kamen 2.000 Teilnehmer, laut Veranstaltern 6.000."
    found = [(f.value, f.source) for f in nlp(text)._.figures]
    assert found == [(2000, "Polizei"), (6000, "Veranstalter")]
    only_second = _marker(
        NP(7, 8, "name", "Veranstaltern", None, False, "Veranstaltern"), "laut", (0, 9)
    )
    only_second.attributions[0].gap = (6, 8)
    found = [(f.value, f.source) for f in _with_attributions(nlp, text, [only_second])]
    assert found == [(2000, "Veranstalter"), (6000, "Veranstalter")]


def test_figures_without_the_attribution_stage_say_which_stage_is_missing(
    nlp: Language,
) -> None:
    doc = nlp.make_doc(TEXT)
    doc = nlp.get_pipe("sentencizer")(doc)
    doc = nlp.get_pipe("lagebild_mentions")(doc)
    with pytest.raises(MissingStage, match="lagebild_attribution"):
        nlp.get_pipe("lagebild_figures")(doc)


def test_nach_angaben_needs_the_stage_s_marker_to_name_its_genitive(nlp: Language) -> None:
    """ "nach Informationen des Ministeriums": the report noun's genitive names the source
    when the attribution stage reported the marker; the figure rules do not find it again."""
    text = "Nach Informationen des Ministeriums starben 40 Menschen."
    assert [f.source for f in nlp(text)._.figures] == ["Ministerium"]
    empty = SentenceAttributions([], AskedNames(frozenset()), AskedNames(frozenset()))
    assert [f.source for f in _with_attributions(nlp, text, [empty])] == [None]


def test_a_pronoun_before_zufolge_is_no_source(nlp: Language) -> None:
    """ "Ihnen zufolge": the attribution stage names no one, and the figure no longer calls
    the pronoun its source; a report noun the stage leaves alone still is one."""
    assert [f.source for f in nlp("Ihnen zufolge starben 40 Menschen.")._.figures] == [None]
    found = nlp("Schätzungen zufolge starben 40 Menschen.")._.figures
    assert [f.source for f in found] == ["Schätzungen"]
