"""Austrian press releases: "heißt es in einer Aussendung der Polizei", "laut einer
Aussendung", "in einer Presseaussendung" name the release's author as the source, as
"Mitteilung" and "Pressemitteilung" do in German German. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.extract_helpers import Extract, one_quote


def test_heisst_es_in_einer_aussendung_names_its_author(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Der Entwurf sei ein erster Schritt, heißt es in einer Aussendung der Arbeiterkammer.",
    )
    assert (q.speaker, q.text) == ("Arbeiterkammer", "Der Entwurf sei ein erster Schritt")


def test_the_release_continues_into_the_next_sentence(extract: Extract) -> None:
    text = (
        "Die Novelle komme zu spät, hieß es in einer Presseaussendung der Ärztekammer. Viele "
        "Praxen müssten schon jetzt Patienten abweisen."
    )
    assert [(q.speaker, q.text) for q in extract(text).quotes] == [
        ("Ärztekammer", "Die Novelle komme zu spät"),
        ("Ärztekammer", "Viele Praxen müssten schon jetzt Patienten abweisen"),
    ]


def test_laut_einer_aussendung(extract: Extract) -> None:
    q = one_quote(
        extract, "Laut einer Aussendung der Polizei wurde bei dem Unfall niemand verletzt."
    )
    assert (q.speaker, q.kind) == ("Polizei", "according_to")


def test_sending_out_letters_is_no_source(extract: Extract) -> None:
    assert list(extract("Nach der Aussendung der Wahlkarten begann die Auszählung.").quotes) == []
