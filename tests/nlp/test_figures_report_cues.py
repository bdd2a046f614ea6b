"""Report and measuring verbs, "demnach" and who they name are the attribution stage's (issue
11 point 4, issue 12 "source from the shared attribution stage"): the stage records each
report cue with where its verb, finite verb and particle stand and its subject, and the
figures take their source from doc._.attributions instead of reading the verbs themselves.
The hand-set doc._.attributions below prove it: what the stage says is what the figure gets,
and what it does not say the figure does not find on its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.attribution.report_verbs import ReportCue, ReportVerb, report_verb
from bot.nlp.figures.component import figures_pipeline
from bot.nlp.figures.lemmas import table_lemmatize
from bot.nlp.figures.report_cues import report_cues
from bot.nlp.figures.speakers import clean_speaker, names_someone
from bot.nlp.figures.words import Tok
from bot.nlp.stage_records import AskedNames, SentenceAttributions


@pytest.fixture(scope="module")
def nlp() -> Language:
    return figures_pipeline()


def _found(reports: list[ReportCue] | None = None, back: int | None = None) -> SentenceAttributions:
    none = AskedNames(frozenset())
    return SentenceAttributions([], none, none, reports=reports or [], back=back)


def _with_attributions(nlp: Language, text: str, by_hand: list[SentenceAttributions]) -> Doc:
    """`text` through the figure pipeline with doc._.attributions set by hand in place of
    the attribution stage."""
    doc: Doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "lagebild_attribution":
            doc._.attributions = by_hand
        else:
            doc = proc(doc)
    return doc


def _sources(doc: Doc) -> list[tuple[str, str | None]]:
    return [(f.text, f.source) for f in doc._.figures]


def _verb(word: str) -> ReportVerb | None:
    """A word as a report verb's form, read through spaCy's lookup lemmatizer (as the stage
    reads it: "gab" is a form of "geben", "gezählt" of "zählen")."""
    return report_verb(word, table_lemmatize())


def _cues(text: str) -> list[tuple[str, str, str | None, str, bool]]:
    """(verb, finite verb, particle, subject, inverted) of each report cue of a sentence."""
    toks = [Tok(w, 0) for w in text.split()]
    out = []
    for r in report_cues(toks, _verb):
        particle = toks[r.particle].text if r.particle is not None else None
        subject = " ".join(t.text for t in toks[r.subject[0] : r.subject[1]])
        out.append((toks[r.cue].text, toks[r.finite].text, particle, subject, r.inverted))
    return out


# ---- the stage's report cues, on sentences of their own --------------------------------


def test_a_measuring_verb_is_a_report_cue_with_its_subject() -> None:
    assert _cues("Die Feuerwehr registrierte am Morgen 14 Einsätze .") == [
        ("registrierte", "registrierte", None, "Die Feuerwehr", False)
    ]


def test_an_inverted_subject_follows_the_verb() -> None:
    assert _cues("Bis Freitag zählte das Gesundheitsamt 31 Fälle .") == [
        ("zählte", "zählte", None, "das Gesundheitsamt", True)
    ]


def test_a_separable_verb_records_where_its_particle_stands() -> None:
    text = "Der Landkreis gab die Zahl der Verletzten am Abend mit 12 an ."
    assert _cues(text) == [("gab", "gab", "an", "Der Landkreis", False)]
    (cue,) = report_cues([Tok(w, 0) for w in text.split()], _verb)
    assert (cue.lemma, cue.cue, cue.particle) == ("angeben", 2, 11)


def test_a_participle_s_finite_verb_is_its_auxiliary() -> None:
    assert _cues("Der Verband hat im Herbst 2.000 Mitglieder gezählt .") == [
        ("gezählt", "hat", None, "Der Verband", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gemeinde teilt sich 3 Fahrzeuge mit dem Nachbarort .",  # no particle closing
        "Die 77 registrierten Taten wurden gestern erfasst .",  # attributive
        "Er meldete am Abend 3 neue Fälle .",  # a bare pronoun names no one
        "Den Schaden schätzt man auf 2 Millionen Euro .",  # fronted object, no subject
        "Der Bau hat 3 Jahre gedauert .",  # no report verb
    ],
)
def test_no_report_cue_where_no_one_reports(text: str) -> None:
    assert _cues(text) == []


def test_a_fronted_object_is_no_subject() -> None:
    """ "Die Zahl der Toten bezifferte die Polizei …": the measured thing is fronted, the
    subject follows the verb."""
    assert _cues("Die Zahl der Toten bezifferte die Polizei auf 12 .") == [
        ("bezifferte", "bezifferte", None, "die Polizei", True)
    ]


@pytest.mark.parametrize(
    "words",
    [
        ["Die", "Polizei"],
        ["er"],
        ["Sie"],
        ["ein", "Sprecher"],
        ["die"],
        ["ein", "Mann"],
        ["Aus", "Sicherheitskreisen"],
        ["der", "ukrainische", "Präsident", "Wolodymyr", "Selenskyj"],
    ],
)
def test_names_someone_agrees_with_the_name_the_figures_build(words: list[str]) -> None:
    assert names_someone(words) == (clean_speaker(words) is not None)


# ---- figures take them from doc._.attributions ------------------------------------------


def test_registrierte_die_polizei_names_the_source_through_the_stage(nlp: Language) -> None:
    text = "Am Wochenende registrierte die Polizei 230 Unfälle."
    assert _sources(nlp(text)) == [("230 Unfälle", "Polizei")]
    doc = nlp(text)
    (cue,) = doc._.attributions[0].reports
    assert (cue.lemma, cue.words, cue.inverted) == ("registrieren", ("die", "Polizei"), True)
    # the stage's subject is the figure's source, whatever the words around the verb say
    fire = ReportCue("registrieren", 2, 2, None, (3, 5), ("die", "Feuerwehr"), True)
    assert _sources(_with_attributions(nlp, text, [_found([fire])])) == [
        ("230 Unfälle", "Feuerwehr")
    ]


def test_without_the_stage_s_report_cue_the_figure_has_no_source(nlp: Language) -> None:
    """The negative: the figures no longer look for "registrierte" themselves."""
    text = "Am Wochenende registrierte die Polizei 230 Unfälle."
    assert _sources(_with_attributions(nlp, text, [_found()])) == [("230 Unfälle", None)]


def test_a_separable_gab_an_reports_through_the_stage(nlp: Language) -> None:
    text = "Das Landratsamt gab die Zahl der Evakuierten am Abend mit 1.200 an."
    assert _sources(nlp(text)) == [("1.200", "Landratsamt")]
    (cue,) = nlp(text)._.attributions[0].reports
    assert (cue.lemma, cue.cue, cue.particle) == ("angeben", 2, 11)
    assert _sources(_with_attributions(nlp, text, [_found()])) == [("1.200", None)]
    office = ReportCue("angeben", 2, 2, 11, (0, 2), ("Das", "Landratsamt"), False)
    assert _sources(_with_attributions(nlp, text, [_found([office])])) == [("1.200", "Landratsamt")]


def test_demnach_points_back_through_the_stage(nlp: Language) -> None:
    text = "Die Behörde legte am Montag eine neue Bilanz vor. Demnach starben 41 Menschen."
    assert _sources(nlp(text)) == [("41 Menschen", "Behörde")]
    assert nlp(text)._.attributions[1].back == 0
    # the stage's back marker is what sends the figure to the sentence before
    assert _sources(_with_attributions(nlp, text, [_found(), _found()])) == [("41 Menschen", None)]
    plain = "Die Behörde legte am Montag eine neue Bilanz vor. Dabei starben 41 Menschen."
    assert _sources(nlp(plain)) == [("41 Menschen", None)]
    assert _sources(_with_attributions(nlp, plain, [_found(), _found(back=0)])) == [
        ("41 Menschen", "Behörde")
    ]


def test_a_sub_heading_keeps_its_report_cue(nlp: Language) -> None:
    """ "Polizei meldet 20 Tote" is shaped like a sub-heading; its report cue is recorded and
    names the figure's source (and, a headline statement, the quotes read it too)."""
    doc = nlp("Polizei meldet 20 Tote")
    assert [r.lemma for r in doc._.attributions[0].reports] == ["melden"]
    assert [a.np.name for a in doc._.attributions[0].attributions if a.np] == ["Polizei"]
    assert _sources(doc) == [("20 Tote", "Polizei")]


# ---- who a marker names: the stage's name where it split a role off ----------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Laut Kommandant Peter Maier wurden 12 Feuerwehrleute verletzt.", "Peter Maier"),
        ("Der Polizeisprecherin Julia Klein zufolge wurden 30 Autos beschädigt.", "Julia Klein"),
        ("Laut der Nachrichtenagentur AFP starben 3 Menschen.", "AFP"),
        # no role split off: the figure rules' nominative reading stays
        ("Laut den afghanischen Behörden starben 17 Menschen.", "afghanische Behörden"),
    ],
)
def test_a_marker_s_source_is_the_name_the_stage_split_from_its_role(
    nlp: Language, text: str, source: str
) -> None:
    assert [f.source for f in nlp(text)._.figures] == [source]


def test_a_speech_attribution_records_where_its_cue_and_particle_stand(nlp: Language) -> None:
    doc = nlp("Die Polizei teilte am Abend mit, der Fahrer sei geflohen.")
    (at,) = doc._.attributions[0].attributions
    words = doc._.mentions[0].words
    assert at.cue_at is not None and at.particle_at is not None
    assert (words[at.cue_at].text, words[at.particle_at].text) == ("teilte", "mit")


def test_the_stage_s_form_cache_gives_the_same_cues_when_it_is_cleared() -> None:
    """The report finder keeps what each word form is; a cache cleared in mid-document (a
    bound of 3 forms) finds the same cues and back markers as one that keeps every form."""
    from bot.nlp.attribution.sources import load_markers
    from bot.nlp.figures.report_cues import ReportFinder

    sentences = [
        "Die Feuerwehr registrierte am Morgen 14 Einsätze .",
        "Demnach starben 3 Menschen .",
        "Bis Freitag zählte das Gesundheitsamt 31 Fälle .",
        "Etwa 600 wurden demnach getötet .",
    ]
    markers = load_markers()
    small = ReportFinder(table_lemmatize(), markers, max_forms=3)
    large = ReportFinder(table_lemmatize(), markers)
    for text in sentences * 2:
        words = [Tok(w, 0) for w in text.split()]
        assert small.read(words) == large.read(words)
    found = [large.read([Tok(w, 0) for w in s.split()]) for s in sentences]
    assert [([c.lemma for c in cues], back) for cues, back in found] == [
        (["registrieren"], None),
        ([], 0),
        (["zählen"], None),
        ([], 3),
    ]


@pytest.fixture(scope="module")
def full() -> Language:
    from bot.nlp import build_pipeline

    return build_pipeline()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In einem Interview erklärte der Direktor der Behörde, Anna Roth, das Land "
            "besitze sechs Raketen.",
            "Anna Roth",
        ),
        (
            "In einem Interview sagte der Chef der Agentur, Peter Hahn, es gebe 6 Raketen.",
            "Peter Hahn",
        ),
        ("Die Polizei meldete am Abend 20 Festnahmen.", "Polizei"),  # a description stays
    ],
)
def test_a_report_cue_that_is_a_speech_cue_names_its_subject_as_the_stage_does(
    full: Language, text: str, source: str
) -> None:
    """Where the report verb is also the stage's speech cue, the figure's source is the name
    the stage gave its subject (the apposition's name, not the genitive before it)."""
    assert [f.source for f in full(text)._.figures] == [source]


def test_the_report_forms_hold_every_form_the_report_verbs_read() -> None:
    """The attribution stage skips the lemma look-ups for a word outside `report_forms`: every
    form `report_verb` reads as a report verb is in it (strong, separable, participles and a
    weak preterite the table lacks), a word that is none may be left out."""
    from bot.nlp.attribution.report_verbs import report_forms
    from bot.nlp.quotes.model import load_lemma_table

    table = load_lemma_table()
    forms = report_forms(table)
    lemmatize = table_lemmatize()
    verbs = ["gab", "gezählt", "prognostizierte", "teilte", "mitgeteilt", "registrierten",
             "sprach", "nannte", "wies", "bilanzierte", "korrigiert", "hieß"]  # fmt: skip
    found = [w for w in verbs if report_verb(w, lemmatize) is not None]
    assert "hieß" not in found and len(found) == len(verbs) - 1
    assert all(w in forms for w in found)
    assert not {"haus", "und", "schnell"} & forms
