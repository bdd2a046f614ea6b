"""Continuations of session 16 (bot.nlp.quotes.continuation, bot.nlp.attribution.continuation):
a speech verb's participle in a passive or a perfect of "sein" in Konjunktiv ("Die Kollegin
sei gefürchtet gewesen", "Der Plan sei kritisiert worden") names no speaker of its own, so
the running statement goes on through it instead of passing to the clause's subject.
German sentences written for these tests."""

from __future__ import annotations

from bot.nlp.attribution.continuation import (
    fronted_condition_k2,
    load_konjunktiv2,
    under_sein_auxiliary,
)
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


def at(sentence: str, word: str) -> bool:
    texts = tokens(sentence)
    return under_sein_auxiliary(texts, texts.index(word))


def test_under_sein_auxiliary_reads_passives_and_sein_perfects() -> None:
    assert at("Lindholm sei gefürchtet gewesen , aber nie gemein .", "gefürchtet")
    assert at("Der Plan sei im Stadtrat heftig kritisiert worden .", "kritisiert")
    assert at("Die Zahlen wären erst am Abend bekannt geworden .", "bekannt")
    assert at("Die Polizei sei von einem Unfall ausgegangen .", "ausgegangen")
    assert at("Die Mängel seien schon im Frühjahr gemeldet worden .", "gemeldet")


def test_under_sein_auxiliary_leaves_finite_verbs_and_other_clauses() -> None:
    # a comma parts the Konjunktiv clause from the cue of the sentence
    assert not at("Das sei gut , erklärte die Ministerin .", "erklärte")
    # a finite verb after the auxiliary closes no verb bracket
    assert not at("Die Lage sei ernst und sie sagte nichts mehr .", "sagte")
    # a perfect with "habe" is another rule's (`under_reported_perfect`)
    assert not at("Ein Zeuge habe vor Gericht ausgesagt .", "ausgesagt")
    # no Konjunktiv auxiliary: the indicative passive of the author
    assert not at("Der Plan ist im Stadtrat kritisiert worden .", "kritisiert")


# ---- the running statement goes on through such a sentence ---------------------------------


OBITUARY = (
    "„Er war der Erste, der den Chefs die Meinung sagte“, erinnert sich der Musiker Paul "
    "Gruber, der zehn Jahre mit ihm spielte. Brenner sei gefürchtet gewesen, aber nie "
    "ungerecht. Nach den Konzerten habe er für die ganze Band gekocht."
)


def test_a_feared_person_is_no_speaker_and_the_statement_goes_on(extract: Extract) -> None:
    assert speakers_of(extract, OBITUARY, "gefürchtet gewesen") == ["Paul Gruber"]
    assert speakers_of(extract, OBITUARY, "ganze Band gekocht") == ["Paul Gruber"]


def test_a_criticised_plan_in_a_passive_continues_the_speaker(extract: Extract) -> None:
    """A guard: an agentless passive already continued before this rule, and must still."""
    text = (
        "Die Fraktionschefin Miriam Vogt sagte, die Stadt habe zu spät reagiert. Der Plan "
        "des Bürgermeisters sei schon im Frühjahr kritisiert worden. Nun fehle das Geld "
        "für die Sanierung."
    )
    assert speakers_of(extract, text, "kritisiert worden") == ["Miriam Vogt"]
    assert speakers_of(extract, text, "fehle das Geld") == ["Miriam Vogt"]


def test_the_indicative_passive_of_the_author_stays_unattributed(extract: Extract) -> None:
    """The same sentence in the indicative is the author's: no quote."""
    text = (
        "Die Fraktionschefin Miriam Vogt sagte, die Stadt habe zu spät reagiert. Der Plan "
        "des Bürgermeisters war schon im Frühjahr kritisiert worden."
    )
    assert speakers_of(extract, text, "kritisiert worden") == []


def test_a_new_speakers_own_cue_still_takes_the_sentence(extract: Extract) -> None:
    """A finite speech verb with a subject of its own is a new statement, not the running
    speaker's."""
    text = (
        "Die Fraktionschefin Miriam Vogt sagte, die Stadt habe zu spät reagiert. Der "
        "Kämmerer Uwe Brandt erklärte dagegen, das Geld sei schon verplant gewesen."
    )
    assert speakers_of(extract, text, "verplant gewesen") == ["Uwe Brandt"]


# ---- a fronted condition with a Konjunktiv II main clause right after the statement --------


# Konjunktiv I forms of the sentences below (the pipeline reads them from its lemma table)
KONJ1 = frozenset({"anhalte"})


def test_fronted_condition_k2_reads_the_main_clause_after_the_condition() -> None:
    k2 = load_konjunktiv2(past={"stiegen"})

    def fronted(sentence: str) -> bool:
        texts = tokens(sentence)
        return fronted_condition_k2(texts, [False] * len(texts), k2, KONJ1.__contains__)

    assert fronted("Sollte der Regen nicht nachlassen , könnten weitere Orte überflutet werden .")
    assert fronted("Wenn die Zinsen weiter stiegen , würden viele Familien kein Haus mehr bauen .")
    assert fronted("Falls der Streik anhalte , so müssten die Kliniken Operationen verschieben .")
    # an indicative main clause: a fact, not a forecast
    assert not fronted("Wenn es regnet , fällt das Fest aus .")
    # a condition in the indicative: the author's reasoning, not shifted into reported speech
    assert not fronted("Wenn der Damm bricht , würde die Altstadt überflutet .")
    assert not fronted("Falls der Streik anhält , müssten die Kliniken Operationen verschieben .")
    # no condition in front: other rules read these
    assert not fronted("Die Preise würden steigen , wenn der Winter kalt wird .")
    assert not fronted("Trotzdem könnten die Preise , so die Händler , bald sinken .")


def test_a_fronted_condition_continues_a_statement_in_konjunktiv(extract: Extract) -> None:
    text = (
        "Der Feuerwehrsprecher Hannes Petersen sagte, die Lage an der Küste sei ernst. Sollte der "
        "Sturm am Abend nicht abflauen, könnten weitere Keller volllaufen."
    )
    assert speakers_of(extract, text, "Keller volllaufen") == ["Hannes Petersen"]
    text = (
        "Die Ökonomin Sara Lind erklärte, der Markt sei überhitzt. Wenn die Zinsen weiter "
        "stiegen, würden viele Familien auf den Hauskauf verzichten."
    )
    assert speakers_of(extract, text, "Hauskauf verzichten") == ["Sara Lind"]


def test_a_fronted_condition_after_an_indicative_statement_is_the_authors(
    extract: Extract,
) -> None:
    """After a statement in the indicative (a direct quote, a fact) the author may reason
    in Konjunktiv II on their own, so the sentence stays unattributed; and a condition with
    an indicative main clause never reports."""
    text = (
        "„Die Lage an der Küste ist ernst“, sagte der Feuerwehrsprecher Hannes Petersen. Sollte der "
        "Sturm am Abend nicht abflauen, könnten weitere Keller volllaufen."
    )
    assert speakers_of(extract, text, "Keller volllaufen") == []
    text = (
        "Der Feuerwehrsprecher Hannes Petersen sagte, die Lage an der Küste sei ernst. Wenn der Sturm "
        "am Abend nicht abflaut, laufen weitere Keller voll."
    )
    assert speakers_of(extract, text, "Keller voll") == []


def test_a_fronted_condition_after_a_paragraph_break_is_the_authors(extract: Extract) -> None:
    text = (
        "Der Feuerwehrsprecher Hannes Petersen sagte, die Lage an der Küste sei ernst.\n\nSollte der "
        "Sturm am Abend nicht abflauen, könnten weitere Keller volllaufen."
    )
    assert speakers_of(extract, text, "Keller volllaufen") == []
