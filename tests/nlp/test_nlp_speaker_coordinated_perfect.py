"""Coordinated subjects of a perfect ("X und Y hatten … vorgeworfen, …") and feminine role
nouns ("Mitarbeiterinnen", "Ärztinnen"): the subject before the auxiliary speaks, a name in
the middle field is the accused, and a feminine/masculine pair of one noun is one group.
German sentences written for these tests (issue 11, wrong speakers)."""

from __future__ import annotations

from bot.nlp.quotes.coordinated_sources import gender_pair, perfect_after
from bot.nlp.speakers import NP
from bot.nlp.speakers.word_classes import is_role
from tests.nlp.extract_helpers import Extract, one_quote


def _speakers(extract: Extract, text: str) -> list[str]:
    return sorted(q.speaker for q in extract(text).quotes if q.speaker)


def test_the_accused_in_the_middle_field_is_never_the_speaker(extract: Extract) -> None:
    text = (
        "Mehrere Mitarbeiterinnen und Mitarbeiter hatten Bauer in einem offenen Brief "
        "vorgeworfen, ein Klima der Angst geschaffen zu haben."
    )
    q = one_quote(extract, text)
    assert q.speaker == "Mitarbeiterinnen und Mitarbeiter"
    assert q.text == "ein Klima der Angst geschaffen zu haben"


def test_each_coordinated_subject_of_a_perfect_speaks(extract: Extract) -> None:
    text = "Die Polizei und mehrere Zeugen hatten berichtet, der Fahrer sei geflohen."
    assert _speakers(extract, text) == ["Polizei", "Zeugen"]
    text = "Der Bürgermeister und die Landrätin haben am Montag erklärt, die Brücke bleibe zu."
    assert _speakers(extract, text) == ["Bürgermeister", "Landrätin"]
    text = "Peter Klein und Anna Berg hatten der Regierung vorgeworfen, die Bürger zu täuschen."
    assert _speakers(extract, text) == ["Anna Berg", "Peter Klein"]


def test_a_gender_pair_is_one_group(extract: Extract) -> None:
    text = "Die Ärztinnen und Ärzte der Klinik warnten, die Betten reichten nicht aus."
    assert _speakers(extract, text) == ["Ärztinnen und Ärzte"]
    text = "Viele Bürgerinnen und Bürger hatten kritisiert, die Brücke sei zu spät gesperrt worden."
    assert _speakers(extract, text) == ["Bürgerinnen und Bürger"]


def test_a_pair_of_two_nouns_stays_two_speakers(extract: Extract) -> None:
    text = "Kolleginnen und Schüler kritisierten, die Schichten seien zu lang."
    assert _speakers(extract, text) == ["Kolleginnen", "Schüler"]


def test_a_place_pair_before_the_auxiliary_is_no_subject(extract: Extract) -> None:
    text = "Im Mai und Juni hatte der Verband erklärt, die Preise stiegen."
    assert _speakers(extract, text) == ["Verband"]


def test_perfect_after_needs_the_auxiliary_and_a_clause_final_cue() -> None:
    words = ["Zeugen", "hatten", "berichtet", ",", "der", "Fahrer", "sei", "geflohen"]
    assert perfect_after(words, 1, 2)
    words = ["Zeugen", "hatten", "den", "Bericht", "gelesen", "und", "gesagt"]
    assert not perfect_after(words, 1, 6)  # no clause after the cue
    words = ["Zeugen", "wollten", "berichten", ",", "der", "Fahrer", "sei", "geflohen"]
    assert not perfect_after(words, 1, 2)  # no perfect auxiliary


def test_gender_pair_reads_heads_not_tails() -> None:
    def np(name: str, start: int) -> NP:
        return NP(start, start + 1, "description", name, None, False, name, plural=True)

    pair = gender_pair(np("Ärztinnen", 0), np("Ärzte der Klinik", 2))
    assert pair is not None and pair.name == "Ärztinnen und Ärzte der Klinik"
    assert gender_pair(np("Kollegen", 0), np("Kolleginnen", 2)) is not None
    assert gender_pair(np("Ärztinnen", 0), np("Pfleger", 2)) is None
    assert gender_pair(np("Lehrer", 0), np("Schüler", 2)) is None


def test_feminine_roles_are_roles() -> None:
    for word in ("Mitarbeiterin", "Mitarbeiterinnen", "Sprecherinnen", "Polizistinnen"):
        assert is_role(word), word
    for word in ("Berlin", "Termin", "Medizin", "Magazin", "Benjamin", "Kamin"):
        assert not is_role(word), word
