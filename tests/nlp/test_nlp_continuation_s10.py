"""Continuations of session 10 (bot.nlp.attribution.continuation, bot.nlp.quotes.continuation):
a question the reporter puts to the speaker ("Ob er zurücktrete?") is no statement of the
speaker's, and the answer after it is the speaker's again; a reaction sentence ("Kritik kam
von der Opposition") ends the running statement and names the source of the Konjunktiv after
it; a participle of comparison ("teurer als erwartet") is no source of a sentence's own, nor
is the speaker's own talk in Konjunktiv ("Sie habe darüber mit dem Kanzler gesprochen").
German sentences written for these tests; each rule has cases where it must not fire."""

from __future__ import annotations

from bot.nlp.attribution.continuation import (
    closes_konj1_clause,
    compared,
    put_question,
    reaction_source_at,
)
from bot.nlp.lexicons import words
from tests.nlp.extract_helpers import Extract


def tokens(sentence: str) -> list[str]:
    """A pre-tokenised sentence (punctuation separated by spaces)."""
    return sentence.split()


def unquoted(texts: list[str]) -> list[bool]:
    return [False] * len(texts)


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


# ---- a question put to the speaker ----------------------------------------------------------


def test_put_question_is_a_standalone_question_in_reported_speech() -> None:
    for sentence in (
        "Ob er sich ungerecht behandelt fühle ?",
        "Warum die Mannschaft so schwach gespielt habe ?",
        "Wie viele Stellen die Firma streichen werde ?",
    ):
        texts = tokens(sentence)
        assert put_question(texts, unquoted(texts)), sentence


def test_put_question_needs_the_question_mark_outside_quotation_marks() -> None:
    statement = tokens("Ob die Reform komme , sei noch offen .")
    assert not put_question(statement, unquoted(statement))
    declarative = tokens("Die Lage sei ernst ?")
    assert not put_question(declarative, unquoted(declarative))
    quoted = tokens("„ Ob wir das schaffen ? “")
    assert not put_question(quoted, [False, True, True, True, True, True, False])
    short = tokens("Warum ?")
    assert not put_question(short, unquoted(short))


def test_a_question_put_to_the_speaker_is_not_their_statement(extract: Extract) -> None:
    """ "Ob er sich ungerecht behandelt fühle?" is the reporter asking; the quotation after
    it is the coach's answer."""
    text = (
        "„Wir sind erleichtert“, sagte Trainer Jonas Berg nach dem Spiel. Ob er mit dem "
        "Ergebnis zufrieden sei? „Natürlich nicht, wir wollten gewinnen.“"
    )
    assert speakers_of(extract, text, "zufrieden") == []
    assert speakers_of(extract, text, "gewinnen") == ["Jonas Berg"]


def test_the_answer_in_konjunktiv_after_a_question_is_the_speakers(extract: Extract) -> None:
    text = (
        "Die Ministerin Petra Lang kündigte am Dienstag weitere Hilfen an. Wann das Geld "
        "ausgezahlt werde? Das hänge von den Ländern ab, die Anträge seien noch nicht geprüft."
    )
    assert speakers_of(extract, text, "ausgezahlt") == []
    assert speakers_of(extract, text, "Ländern") == ["Petra Lang"]


def test_a_statement_opening_with_ob_still_continues(extract: Extract) -> None:
    """A main clause after the "ob" clause makes it the speaker's statement."""
    text = (
        "Der Landrat Peter Kraus sagte, die Dämme hielten vorerst. Ob weitere Orte evakuiert "
        "werden müssten, sei noch offen."
    )
    assert speakers_of(extract, text, "evakuiert") == ["Peter Kraus"]


# ---- a reaction sentence names its source ---------------------------------------------------

REACTIONS = words("quote_reaction_nouns.txt")
WEBER = "Das Projekt sei gescheitert, sagte Bürgermeister Klaus Weber am Montag."


def test_reaction_source_at_finds_the_phrase_after_von_behind_the_verb() -> None:
    assert reaction_source_at(tokens("Kritik kam von der Opposition ."), REACTIONS) == 3
    scharf = tokens("Scharfer Widerspruch kommt vom Bund der Steuerzahler .")
    assert reaction_source_at(scharf, REACTIONS) == 4
    lob = tokens("Lob gab es dagegen aus der Wirtschaft .")
    assert reaction_source_at(lob, REACTIONS) == 5


def test_reaction_source_at_needs_noun_verb_and_source() -> None:
    no_source = tokens("Die Kritik kam für ihn überraschend .")
    assert reaction_source_at(no_source, REACTIONS) is None
    no_reaction = tokens("Der Stadtrat kam am Abend von einer Reise zurück .")
    assert reaction_source_at(no_reaction, REACTIONS) is None
    late_noun = tokens("Am Abend kam der Minister mit viel Kritik von der Reise zurück .")
    assert reaction_source_at(late_noun, REACTIONS) is None
    other_clause = tokens("Kritik kam auf , als die Stadt von der Reise berichtete .")
    assert reaction_source_at(other_clause, REACTIONS) is None


def test_konjunktiv_after_a_reaction_is_the_reacting_source(extract: Extract) -> None:
    text = (
        "Der Minister sagte, das Gesetz komme im Herbst. Kritik kam von der Opposition. "
        "Das Gesetz sei verfassungswidrig und müsse gestoppt werden."
    )
    assert speakers_of(extract, text, "verfassungswidrig") == ["Opposition"]


def test_konjunktiv_after_a_reaction_by_a_person_is_theirs(extract: Extract) -> None:
    text = (
        f"{WEBER} Scharfe Kritik kommt vom Grünen-Politiker Jonas Hahn. Das Rathaus habe versagt."
    )
    assert speakers_of(extract, text, "Rathaus") == ["Jonas Hahn"]


def test_a_reaction_sentence_ends_the_running_statement(extract: Extract) -> None:
    """Whatever name the source phrase gets, the Konjunktiv after the reaction is not the
    mayor's."""
    text = (
        f"{WEBER} Widerspruch kommt vom Bund der Steuerzahler. Die Kosten seien von Anfang "
        "an bekannt gewesen."
    )
    speakers = speakers_of(extract, text, "Kosten")
    assert speakers and "Klaus Weber" not in speakers


def test_a_sentence_about_criticism_without_a_source_keeps_the_statement(
    extract: Extract,
) -> None:
    text = f"{WEBER} Die Kritik kam für ihn überraschend. Man habe alles versucht."
    assert speakers_of(extract, text, "alles versucht") == ["Klaus Weber"]


# ---- a participle of comparison is no source of its own -------------------------------------

CITY = "Wie ein Sprecher der Stadt am Dienstag mitteilte, bleibt die Brücke gesperrt."


def test_compared_is_a_participle_right_after_als_or_wie() -> None:
    assert compared(tokens("Die Reparatur sei aufwendiger als erwartet ."), 5)
    assert compared(tokens("Die Brücke werde wie angekündigt freigegeben ."), 4)
    assert not compared(tokens("Die Brücke sei marode , wie der Gutachter erklärte ."), 8)
    assert not compared(tokens("Erwartet werde ein Urteil ."), 0)


def test_a_konjunktiv_sentence_with_a_comparison_continues(extract: Extract) -> None:
    for sentence, needle in (
        ("Die Reparatur sei deutlich aufwendiger als erwartet.", "aufwendiger"),
        ("Die Kosten seien höher als befürchtet, der Zeitplan halte aber.", "Kosten"),
        ("Die Brücke werde wie angekündigt am Freitag freigegeben.", "Freitag"),
    ):
        assert speakers_of(extract, f"{CITY} {sentence}", needle) == ["Stadt"], sentence


def test_a_konjunktiv_sentence_with_another_source_after_wie_does_not_continue(
    extract: Extract,
) -> None:
    text = f"{CITY} Die Pfeiler seien marode, wie der Gutachter Paul Brandt erklärte."
    assert "Stadt" not in speakers_of(extract, text, "Pfeiler")


# ---- the speaker's own talk in Konjunktiv ---------------------------------------------------

AUX = frozenset({"sei", "seien", "habe", "werde"})
LANG = "Die Ministerin Petra Lang sagte am Montag, die Reform komme im Herbst."


def test_closes_konj1_clause_needs_the_auxiliary_in_the_same_clause() -> None:
    talk = tokens("Sie habe darüber mit dem Kanzler gesprochen .")
    assert closes_konj1_clause(talk, 6, AUX)
    parted = tokens("Das Opfer sei tot , sagte der Arzt .")
    assert not closes_konj1_clause(parted, 5, AUX)
    indicative = tokens("Sie hat darüber mit dem Kanzler gesprochen .")
    assert not closes_konj1_clause(indicative, 6, AUX)
    going_on = tokens("Sie habe gesprochen und dann gewartet .")
    assert not closes_konj1_clause(going_on, 2, AUX)


def test_the_speakers_own_talk_in_konjunktiv_continues(extract: Extract) -> None:
    for sentence, needle in (
        ("Sie habe darüber mit dem Bundeskanzler gesprochen.", "Bundeskanzler"),
        ("Darüber habe sie am Morgen mit den Ländern verhandelt.", "Ländern"),
    ):
        assert speakers_of(extract, f"{LANG} {sentence}", needle) == ["Petra Lang"], sentence


def test_another_source_after_the_comma_still_speaks_for_itself(extract: Extract) -> None:
    text = f"{LANG} Die Länder seien nicht gefragt worden, sagte der Landrat Jan Rehm."
    assert speakers_of(extract, text, "Länder") == ["Jan Rehm"]
