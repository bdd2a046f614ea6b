"""A subject demonstrative ("diese", "dieser") points at the other party, not at the subject
before it: "Die Opposition kritisierte die Regierung, diese weist die Kritik zurück" is the
government's denial (it was given to the opposition, an inverted attribution)."""

from __future__ import annotations

from bot.nlp.quotes.demonstratives import antecedent, candidates
from bot.nlp.speakers import NP, parse_np
from tests.nlp.extract_helpers import Extract


def _person(np: NP) -> bool:
    """Somebody for these tests (the pipeline asks its speaker check): no abstract noun."""
    return np.name.split()[0] not in ("Kritik", "Sehnsucht", "Wahl", "Annullierung")


def _antecedent(sentence: str) -> str | None:
    texts = sentence.split()
    end = next(i for i, w in enumerate(texts) if w.lower() in ("diese", "dieser") and i > 0)
    np = antecedent(texts, end, texts[end], parse_np, lambda np: False, _person)
    return np.name if np is not None else None


def test_demonstrative_skips_the_clause_subject() -> None:
    assert _antecedent("Die Opposition kritisierte die Regierung , diese weist das zurück") == (
        "Regierung"
    )
    assert _antecedent("Der Kanzler traf den Präsidenten . Dieser sagte") == "Präsidenten"


def test_demonstrative_needs_an_agreeing_article() -> None:
    # "dieser" is never "die Kanzlerin", "diese" never "den Minister": nobody rather than a guess
    assert _antecedent("Der Minister lobte die Kanzlerin . Dieser sagte") is None
    assert _antecedent("Die Ministerin lobte den Kanzler . Diese sagte") is None


def test_subjects_and_unknown_bare_words_are_no_candidates() -> None:
    texts = [
        "Der",
        "Kanzler",
        "hatte",
        "Sehnsucht",
        "nach",
        "dem",
        "Präsidenten",
        ".",
        "Dieser",
        "sagte",
    ]
    assert [np.name for np in candidates(texts, 8, parse_np, lambda np: False)] == ["Präsidenten"]
    texts = ["Die", "Ministerin", "hatte", "Sehnsucht", ".", "Diese", "sagte"]
    assert _antecedent(" ".join(texts)) is None


def test_prepositional_object_is_a_candidate() -> None:
    assert _antecedent("Die Stimmen kamen aus der Opposition ; diese befürchtet") == "Opposition"
    assert _antecedent(
        "Mussawi verlangte vom Wächterrat die Annullierung der Wahl . Dieser sagte"
    ) == ("Wächterrat")


def test_demonstrative_statement_goes_to_the_criticised(extract: Extract) -> None:
    quotes = extract(
        "Die Opposition kritisierte die Regierung scharf. Diese wies die Kritik zurück und "
        "sagte, man habe alles richtig gemacht."
    ).quotes
    assert quotes and {q.speaker for q in quotes} == {"Regierung"}


def test_demonstrative_in_the_same_sentence(extract: Extract) -> None:
    quotes = extract(
        "Die Opposition kritisierte die Regierung, diese weist die Kritik zurück."
    ).quotes
    assert [q.speaker for q in quotes] == ["Regierung"]


def test_demonstrative_person_after_a_meeting(extract: Extract) -> None:
    quotes = extract("Der Kanzler traf den Präsidenten. Dieser sagte, er sei zufrieden.").quotes
    assert [q.speaker for q in quotes] == ["Präsident"]


def test_demonstrative_without_fitting_antecedent_has_no_speaker(extract: Extract) -> None:
    quotes = extract(
        "Der Minister lobte die Kanzlerin. Dieser sagte, Europa müsse zusammenhalten."
    ).quotes
    assert all(q.speaker != "Minister" for q in quotes)


def test_an_object_glued_to_the_dative_organisation_is_cut(extract: Extract) -> None:
    """ "wirft der Regierung Versagen vor": the accusative object is no part of the speaker."""
    for text, speaker in [
        (
            "Die Opposition wirft der Regierung Versagen vor, diese weist die Kritik zurück.",
            "Regierung",
        ),
        (
            "Die Grünen warfen der Stadtverwaltung Untätigkeit vor. Diese erklärte, man habe "
            "längst gehandelt.",
            "Stadtverwaltung",
        ),
    ]:
        speakers = [q.speaker for q in extract(text).quotes]
        assert speaker in speakers and not any(" " in (s or "") for s in speakers), speakers


def test_an_organisation_with_its_name_stays_whole(extract: Extract) -> None:
    text = "Der Konzern verklagte die Gewerkschaft Verdi, diese wies die Vorwürfe zurück."
    assert [q.speaker for q in extract(text).quotes] == ["Gewerkschaft Verdi"]
