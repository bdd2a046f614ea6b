"""The quote engine runs as staged spaCy components (issue 11): each stage is registered with
what it assigns and requires, reads its lexicons in `initialize()`, and passes its result on
a Doc extension that the next stage reads."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from bot.nlp import Extractor
from bot.nlp.quote_component import MissingStage, NotInitialized
from bot.nlp.stage_records import AskedNames

STAGES = [
    "lagebild_sentences",
    "lagebild_mentions",
    "lagebild_attribution",
    "lagebild_quotes",
    "lagebild_figures",
]
RULE_STAGES = ["lagebild_mentions", "lagebild_attribution", "lagebild_quotes"]


def _blank_with(names: list[str]) -> Language:
    import bot.nlp.figures.component
    import bot.nlp.quote_component
    import bot.nlp.segmenter
    import bot.nlp.stages  # noqa: F401  (register the factories)

    nlp = spacy.blank("de")
    for name in names:
        nlp.add_pipe(name)
    return nlp


def test_the_pipeline_lists_its_stages_in_order_without_problems(extractor: Extractor) -> None:
    nlp = extractor.nlp
    assert nlp.pipe_names == STAGES
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in STAGES}
    assert analysis["summary"]["lagebild_attribution"]["requires"] == ["doc._.mentions"]
    assert analysis["summary"]["lagebild_quotes"]["assigns"] == ["doc._.quotes", "doc._.plans"]


def test_analyze_pipes_names_a_missing_stage() -> None:
    """Without the attribution stage the quotes stage's requirement is reported (the
    declarations are real, not decoration)."""
    nlp = _blank_with(["lagebild_sentences", "lagebild_mentions", "lagebild_quotes"])
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems["lagebild_quotes"] == ["doc._.attributions"]


@pytest.mark.parametrize("stage", RULE_STAGES)
def test_each_stage_fails_clearly_before_initialize(stage: str) -> None:
    nlp = _blank_with(["lagebild_sentences", *RULE_STAGES])
    doc = nlp.make_doc("Der Minister sagte, die Lage sei ernst.")
    with pytest.raises(NotInitialized, match=rf"{stage}.*nlp\.initialize\(\)"):
        nlp.get_pipe(stage)(doc)


def test_a_stage_without_its_predecessor_says_which_one_to_add() -> None:
    nlp = _blank_with(["lagebild_sentences", "lagebild_quotes"])
    nlp.initialize()
    with pytest.raises(MissingStage, match=r"doc\._\.mentions: add 'lagebild_mentions'"):
        nlp("Der Minister sagte, die Lage sei ernst.")


def test_the_stages_share_the_lexicons_the_first_one_read() -> None:
    """One read of the lemma tables per pipeline, and a second `initialize()` reads them
    again (a changed lexicon file is picked up) instead of keeping the old ones."""
    nlp = _blank_with(["lagebild_sentences", *RULE_STAGES])
    nlp.initialize()
    first = [nlp.get_pipe(name).rules for name in RULE_STAGES]
    assert first[0] is first[1] is first[2]
    nlp.initialize()
    again = [nlp.get_pipe(name).rules for name in RULE_STAGES]
    assert again[0] is again[1] is again[2] and again[0] is not first[0]


def test_mentions_and_attributions_are_passed_on_per_sentence(extractor: Extractor) -> None:
    doc = extractor.nlp(
        "Landrat Peter Hoffmann besuchte am Montag die Baustelle. "
        "Die Polizei teilte mit, der Fahrer sei geflohen."
    )
    mentions = doc._.mentions
    assert [m.persons for m in mentions] == [[("Peter Hoffmann", "Landrat", "m")], []]
    assert doc._.attributions[0].attributions == []
    (at,) = doc._.attributions[1].attributions
    assert (at.np.name if at.np else None, at.cue) == ("Polizei", "teilte mit")
    words = mentions[1].words
    assert " ".join(w.text for w in words[at.content[0] : at.content[1]]) == (
        "der Fahrer sei geflohen"
    )


def test_the_quotes_stage_reads_the_attribution_layer(extractor: Extractor) -> None:
    """A sentence whose attributions are taken away before the quotes stage runs yields no
    quote: the quotes stage takes who-said-what from doc._.attributions."""
    nlp = extractor.nlp
    text = "Der Minister sagte, die Lage sei ernst."
    doc = nlp.make_doc(text)
    for name in ("lagebild_sentences", "lagebild_mentions", "lagebild_attribution"):
        doc = nlp.get_pipe(name)(doc)
    quotes = nlp.get_pipe("lagebild_quotes")
    assert [q.text for q in quotes(doc)._.quotes] == ["die Lage sei ernst"]
    doc._.attributions[0].attributions = []
    assert quotes(doc)._.quotes == []


def test_a_name_only_resolution_introduced_is_read_again(extractor: Extractor) -> None:
    """ "sagte Hans-Jürgen Papier" names a person no mention rule finds (a hyphenated first
    name), so the attribution stage reads the next sentence's "Papier" as a noun; the quotes
    stage, whose registry knows the surname, reads that sentence again and finds Papier's
    statement."""
    doc = extractor.nlp(
        "Ein Verbot wäre ein Fehler, sagte Hans-Jürgen Papier am Sonntag. "
        "Am Montag schreibt Papier, dass die Frage offen sei."
    )
    assert doc._.attributions[1].attributions == []  # the earlier stage did not know Papier
    assert [(q.speaker, q.text) for q in doc._.quotes] == [
        ("Hans-Jürgen Papier", "Ein Verbot wäre ein Fehler"),
        ("Hans-Jürgen Papier", "dass die Frage offen sei"),
    ]


def test_asked_names_tell_whether_another_registry_answers_alike() -> None:
    names = AskedNames(frozenset({"Müller", "Papier"}))
    assert "Müller" in names and "Weg" not in names
    assert names.answers_alike(frozenset({"Müller", "Schmidt"}))  # "Papier" was not asked
    assert not names.answers_alike(frozenset({"Müller", "Weg"}))
    assert not names.answers_alike(frozenset({"Papier"}))
    assert not names.listed
    assert sorted(names) == ["Müller", "Papier"]  # listing them all: only the same set does
    assert names.listed and not names.answers_alike(frozenset({"Müller", "Papier", "Schmidt"}))
    assert names.answers_alike(frozenset({"Müller", "Papier"}))


@pytest.mark.parametrize("stale", [False, True])
def test_the_quotes_stage_takes_the_mention_records_unless_the_registry_differs(
    extractor: Extractor, stale: bool
) -> None:
    """The persons of doc._.mentions enter the entity registry (a person set there by hand
    is who "Er" is), unless the names the quotes stage knows answer one of the mention scan's
    questions differently: then the sentence is scanned again ("Präsident Papier")."""
    nlp = extractor.nlp
    doc = nlp.make_doc(
        "Ein Verbot wäre ein Fehler, sagte Hans-Jürgen Papier am Sonntag. "
        "Am Montag besuchte Präsident Papier die Stadt. Er sagte, die Lage sei ernst."
    )
    for name in ("lagebild_sentences", "lagebild_mentions", "lagebild_attribution"):
        doc = nlp.get_pipe(name)(doc)
    record = doc._.mentions[1]
    record.persons = [("Karl Beispiel", "Präsident", "m")]
    if stale:  # as if the scan had asked whether "Papier" is a known surname
        record.surnames.asked["Papier"] = False
    quotes = nlp.get_pipe("lagebild_quotes")(doc)._.quotes
    speaker = "Hans-Jürgen Papier" if stale else "Karl Beispiel"
    assert [(q.speaker, q.text) for q in quotes][1:] == [(speaker, "die Lage sei ernst")]
