"""Nominal and separable cues of findings, hypotheses, decisions and suspicions (lexicon lines
of nominal_cues.tsv and cue_separable_verbs.tsv): "stellten die These auf, dass …", "fanden
heraus, dass …", "fasste den Beschluss, … zu …", "hegt den Verdacht, …", "brachte zum
Ausdruck: …". German sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def said(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.text, q.act) for q in extract(text).quotes]


def test_a_hypothesis_put_forward_is_a_claim(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die Biologen stellten schon 1990 die These auf, dass die Vögel sich am Magnetfeld orientieren.",
    )
    assert (q.speaker, q.text) == ("Biologen", "dass die Vögel sich am Magnetfeld orientieren")
    q = one_quote(extract, "Ein Ökonom aus Kiel stellte die Theorie auf, die Mieten seien zu hoch.")
    assert q.text == "die Mieten seien zu hoch"


def test_a_finding_is_a_claim(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Forscherinnen fanden heraus, dass der Gletscher schneller schmilzt."
    )
    assert (q.speaker, q.text, q.act) == (
        "Forscherinnen",
        "dass der Gletscher schneller schmilzt",
        "claim",
    )
    # verb-final and perfect: the fused forms
    text = "Die Prüfer haben herausgefunden, dass die Kasse seit Jahren falsch geführt wurde."
    assert one_quote(extract, text).text == "dass die Kasse seit Jahren falsch geführt wurde"


def test_a_decision_taken_is_an_announcement(extract: Extract) -> None:
    q = one_quote(
        extract, "Am Samstag fasste der Parteitag den Beschluss, aus der Koalition auszutreten."
    )
    assert (q.speaker, q.text, q.act) == (
        "Parteitag",
        "aus der Koalition auszutreten",
        "announcement",
    )


def test_a_suspicion_held_is_an_estimate(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Ermittler hegen den Verdacht, dass das Feuer absichtlich gelegt wurde."
    )
    assert (q.speaker, q.text, q.act) == (
        "Ermittler",
        "dass das Feuer absichtlich gelegt wurde",
        "estimate",
    )


def test_a_concern_expressed_introduces_the_quotation(extract: Extract) -> None:
    # the object fronted, the subject with its apposition after the light verb
    text = (
        "Den Ärger der Anwohner brachte die Sprecherin der Initiative, Anna Berg, zum "
        "Ausdruck: „So kann es nicht weitergehen.“"
    )
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == ("Anna Berg", "So kann es nicht weitergehen")


def test_the_verbs_without_their_idiom_report_nothing(extract: Extract) -> None:
    # "stellten … auf" without the hypothesis noun; "fanden" without "heraus"; "fasste"
    # and "hegte" with another object
    for text in (
        "Die Helfer stellten die Zelte auf, damit die Familien schlafen konnten.",
        "Die Polizei fand die Tasche am Montag im Wald.",
        "Die Spaziergänger fanden, das Wetter sei zu kalt für einen Ausflug.",
        "Der Torwart fasste den Ball mit beiden Händen.",
        "Der Gärtner hegte die Rosen, damit sie im Sommer blühen.",
        "Der Minister zeigte sich am Abend erleichtert.",
        "Die Zeugin sah den Wagen um acht Uhr vor dem Haus.",
    ):
        assert extract(text).quotes == (), text
