"""Quotes missed on modern news text (issue 11, session 12): statements made through someone
else ("…“, ließ er über seinen Anwalt mitteilen"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(ex: ArticleExtraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes]


# ---- "…, ließ X (über Y) mitteilen": the statement stands before the comma --------------
@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "„Ich habe mir nichts vorzuwerfen“, ließ die Bürgermeisterin über ihren Anwalt "
            "mitteilen.",
            "Bürgermeisterin",
            "Ich habe mir nichts vorzuwerfen",
        ),
        (
            "Der Vertrag sei rechtzeitig gekündigt worden, ließ der Vermieter erklären.",
            "Vermieter",
            "Der Vertrag sei rechtzeitig gekündigt worden",
        ),
        (
            "„Wir bauen das Werk wie geplant“, lässt der Autobauer Brenner Motoren verlauten.",
            "Brenner Motoren",
            "Wir bauen das Werk wie geplant",
        ),
        (
            "Man prüfe alle Optionen, ließen die Gewerkschaften über einen Sprecher mitteilen.",
            "Gewerkschaften",
            "Man prüfe alle Optionen",
        ),
    ],
)
def test_a_statement_made_through_someone_else_is_quoted(
    extract: Extract, sentence: str, speaker: str, text: str
) -> None:
    assert (speaker, text) in found(extract(sentence))


def test_lassen_with_the_content_after_it_keeps_that_content(extract: Extract) -> None:
    # must not fire: the reported clause follows the infinitive
    ex = extract("Nach der Sitzung ließ die Ministerin mitteilen, sie bleibe im Amt.")
    assert found(ex) == [("Ministerin", "sie bleibe im Amt")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a time clause of the author's before the comma states nothing
        "Als das Gericht am Montag tagte, ließ die Ministerin ihre Unschuld erklären.",
        # reflexive "sich erklären lassen": nothing is said
        "Die Verzögerung sei ärgerlich, ließ sich aber nicht erklären.",
    ],
)
def test_lassen_before_no_statement_quotes_nothing_before_it(
    extract: Extract, sentence: str
) -> None:
    before = sentence.split(",")[0]
    assert all(not text.startswith(before[:12]) for _, text in found(extract(sentence)))


# ---- "Kritik kommt von X. …, heißt es in einer Mitteilung": X's document -----------------
def test_an_ownerless_document_after_a_reaction_is_the_reacting_organisations(
    extract: Extract,
) -> None:
    ex = extract(
        "Kritik kommt vom Naturschutzbund Waldfreunde. Die Rodung zerstöre wertvolle "
        "Lebensräume, heißt es in einer Mitteilung. Der Kreis müsse die Pläne stoppen."
    )
    assert found(ex)[:2] == [
        ("Naturschutzbund Waldfreunde", "Die Rodung zerstöre wertvolle Lebensräume"),
        ("Naturschutzbund Waldfreunde", "Der Kreis müsse die Pläne stoppen"),
    ]


def test_a_document_with_its_owner_or_far_from_the_reaction_keeps_its_source(
    extract: Extract,
) -> None:
    # must not fire: the owner is named, or a sentence stands between
    ex = extract(
        "Kritik kommt vom Naturschutzbund Waldfreunde. Die Rodung zerstöre Lebensräume, heißt "
        "es in einer Mitteilung des Landesjagdverbands."
    )
    assert [s for s, _ in found(ex)] == ["Landesjagdverband"]
    ex = extract(
        "Kritik kommt vom Naturschutzbund Waldfreunde. Am Dienstag tagte der Kreistag erneut. "
        "Die Rodung sei rechtens, heißt es in einer Vorlage."
    )
    assert "Naturschutzbund Waldfreunde" not in [s for s, _ in found(ex)]


# ---- "X und Y warnen gemeinsam vor „…“": the quotation, not the adverb --------------------
@pytest.mark.parametrize(
    ("sentence", "speakers", "text"),
    [
        (
            "Der Bauernverband und der Naturschutzring warnen gemeinsam vor „einem Ausverkauf "
            "der Äcker“.",
            ["Bauernverband", "Naturschutzring"],
            "einem Ausverkauf der Äcker",
        ),
        (
            "Die Mieterinitiative und der Mieterbund warnten am Montag eindringlich vor "
            "einer „Verdrängung ganzer Viertel“.",
            ["Mieterinitiative", "Mieterbund"],
            "Verdrängung ganzer Viertel",
        ),
    ],
)
def test_coordinated_speakers_warning_in_a_quotation_are_quoted_with_it(
    extract: Extract, sentence: str, speakers: list[str], text: str
) -> None:
    quotes = found(extract(sentence))
    assert sorted(s or "" for s, _ in quotes) == sorted(speakers)
    assert all(t == text for _, t in quotes)


def test_coordinated_speakers_keep_an_object_that_goes_on_after_the_quotation(
    extract: Extract,
) -> None:
    # the framed object goes on after the quotation: all of it, the marks balanced
    ex = extract(
        "Der Bauernverband und der Naturschutzring warnen vor einem „Ausverkauf“ der Äcker."
    )
    assert {t for _, t in found(ex)} == {"vor einem „Ausverkauf“ der Äcker"}


# ---- "Bundesweit fehlen 2.500 Fachkräfte, schätzt der Verband": an indicative estimate ---
@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Landesweit fehlen derzeit rund 1.800 Erzieherinnen, schätzt die Gewerkschaft.",
            "Gewerkschaft",
            "Landesweit fehlen derzeit rund 1.800 Erzieherinnen",
        ),
        (
            "Die Reparatur der Brücke dauert mindestens bis zum Sommer, vermutet das Bauamt.",
            "Bauamt",
            "Die Reparatur der Brücke dauert mindestens bis zum Sommer",
        ),
        (
            "Der Umsatz sank im dritten Quartal deutlich, erwarten Analysten der Landesbank.",
            "Analysten der Landesbank",
            "Der Umsatz sank im dritten Quartal deutlich",
        ),
    ],
)
def test_an_indicative_clause_before_an_inverted_estimate_is_estimated(
    extract: Extract, sentence: str, speaker: str, text: str
) -> None:
    assert (speaker, text) in found(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a verbless time phrase before the comma
        "Am 3. Mai 1925, also vor hundert Jahren schrieb die Schriftstellerin Ida Kern ihren "
        "ersten Roman.",
        # a question put to the speaker
        "All diese Warnungen, glauben Sie wirklich daran?",
        # a preposed condition of the author's
        "Wenn die Ernte ausfällt, schätzt der Bauer den Schaden.",
    ],
)
def test_no_clause_before_an_estimate_cue_is_no_estimate(extract: Extract, sentence: str) -> None:
    before = sentence.split(",")[0]
    assert all(not text.startswith(before) for _, text in found(extract(sentence)))


# ---- "Umfragen zufolge …": a plural survey is a source like "Studien zufolge" -------------
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Umfragen zufolge lehnt eine knappe Mehrheit den Neubau ab.", "Umfragen"),
        ("Prognosen zufolge wächst die Stadt bis 2040 um 20.000 Einwohner.", "Prognosen"),
        ("Analysen zufolge hat sich die Luft in der Innenstadt verbessert.", "Analysen"),
    ],
)
def test_a_plural_survey_is_an_according_to_source(
    extract: Extract, sentence: str, speaker: str
) -> None:
    assert [s for s, _ in found(extract(sentence))] == [speaker]


def test_a_plural_survey_named_as_a_topic_is_no_source(extract: Extract) -> None:
    # must not fire: no marker, the surveys are what is talked about
    ex = extract("Umfragen gehören zum Alltag der Meinungsforscher.")
    assert found(ex) == []


# ---- a speech verb inside the "ob"/"dass" clause of a Konjunktiv sentence ----------------
def test_a_cue_form_in_the_complement_of_a_continuation_names_no_new_source(
    extract: Extract,
) -> None:
    ex = extract(
        "Die Stadtwerke kündigten eine Untersuchung an. Ein Sprecher erklärte, die Leitung sei "
        "erst im Mai geprüft worden. Man werde klären, ob das Rohr als marode eingestuft war."
    )
    assert "Man werde klären, ob das Rohr als marode eingestuft war" in [t for _, t in found(ex)]


def test_a_cue_with_its_own_subject_after_a_continuation_still_names_its_source(
    extract: Extract,
) -> None:
    # must not fire: the "dass" clause opens the sentence's own indicative report
    ex = extract(
        "Ein Sprecher erklärte, die Leitung sei erst im Mai geprüft worden. Der Bürgermeister "
        "betonte, dass die Stadt die Kosten trage."
    )
    assert ("Bürgermeister", "dass die Stadt die Kosten trage") in found(ex)
