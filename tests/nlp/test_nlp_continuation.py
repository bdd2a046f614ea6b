"""Konjunktiv continuation (bot.nlp.attribution.continuation): reported speech goes on
without a new cue while the main verb is Konjunktiv; Konjunktiv II only right after the
statement and never in the author's own conditionals. German sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction
from bot.nlp.attribution.continuation import konj2_at, load_konjunktiv2, strong_forms

Extract = Callable[..., ArticleExtraction]


def at(sentence: str) -> int | None:
    """konj2_at over a pre-tokenised sentence (punctuation separated by spaces)."""
    texts = sentence.split()
    return konj2_at(texts, [False] * len(texts), load_konjunktiv2(["käme", "gäbe"]))


def test_wuerde_and_strong_forms_report_in_the_main_clause() -> None:
    assert at("Sie würden sich per Telefon verständigen .") == 1
    assert at("Offen bliebe die Frage nach dem Geld .") == 1
    assert at("Bald käme es zu Engpässen .") == 1
    assert at("Bei dem Schusswechsel , der dann stattfand , soll er getötet worden sein .") == 8
    assert at("Streit im Verein : Der Kassenwart soll Geld genommen haben .") == 6


def test_the_authors_konjunktiv_ii_does_not_report() -> None:
    assert at("Wenn es regnet , würde das Spiel ausfallen .") is None
    assert at("Das Spiel würde ausfallen , falls es regnet .") is None
    assert at("Hätte er gewartet , wäre nichts passiert .") is None
    assert at("Dass er gehen würde , war allen klar .") is None
    assert at("Die Partei stimmte zu , die Kosten würden steigen .") is None
    assert at("Die Brücke soll im Mai gebaut werden .") is None  # a plan, not hearsay


def test_strong_forms_need_an_umlaut_the_infinitive_lacks() -> None:
    table = {"käme": "kommen", "kam": "kommen", "fährt": "fahren", "gefährdete": "gefährden"}
    table |= {"möge": "mögen", "stünden": "stehen"}
    assert strong_forms(table, frozenset({"kommen", "fahren", "gefährden", "mögen", "stehen"})) == {
        "käme",
        "stünden",
    }


def speakers_of(result: ArticleExtraction, needle: str) -> list[str | None]:
    return [q.speaker for q in result.quotes if needle in q.text]


def test_wuerde_continues_the_statement_right_after_it(extract: Extract) -> None:
    text = (
        "Der Einsatzleiter Peter Kühnel sagte, die Lage sei ernst. "
        "Die Helfer würden rund um die Uhr an den Deichen arbeiten."
    )
    assert speakers_of(extract(text), "Helfer") == ["Peter Kühnel"]


def test_konjunktiv_ii_after_a_gap_or_in_a_condition_is_the_authors(extract: Extract) -> None:
    gap = (
        "Der Einsatzleiter Peter Kühnel sagte, die Lage sei ernst. "
        "Das Wasser stieg am Abend weiter an. "
        "Die Helfer würden rund um die Uhr an den Deichen arbeiten."
    )
    assert speakers_of(extract(gap), "Helfer") == []
    condition = (
        "Der Einsatzleiter Peter Kühnel sagte, die Lage sei ernst. "
        "Wenn der Damm bricht, würde die Altstadt überflutet."
    )
    assert speakers_of(extract(condition), "Altstadt") == []


def test_a_zu_infinitive_is_no_cue_of_its_own(extract: Extract) -> None:
    """ "um … zu begründen" names no new source: the statement goes on."""
    text = (
        "Die Exil-Uiguren weisen die Anschuldigungen zurück. "
        "Peking übertreibe die Gefahr, um die Überwachung der Moscheen zu begründen."
    )
    assert speakers_of(extract(text), "Peking übertreibe") == ["Exil-Uiguren"]


def test_another_person_entering_ends_the_running_statement(extract: Extract) -> None:
    """The Konjunktiv sentence after a sentence about another named person is not the
    running speaker's (it is the new person's, whom no cue names)."""
    text = (
        "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. "
        "Auch die Fraktionschefin der Grünen, Renate Künast, äußerte sich kritisch. "
        "Sie rate zum Kauf japanischer Hybridautos."
    )
    assert "Karl Weber" not in speakers_of(extract(text), "Hybridautos")
    kept = (
        "Der Verkehrsminister Karl Weber sagte, die Lage sei ernst. "
        "Die Straßen in der Stadt blieben am Abend gesperrt. "
        "Die Räumdienste seien rund um die Uhr im Einsatz."
    )
    assert speakers_of(extract(kept), "Räumdienste") == ["Karl Weber"]
