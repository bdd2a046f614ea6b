"""Who the speaker is (issue 11, session 15). German sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from bot.nlp.names import same_person
from bot.nlp.tokenizer import customize_tokenizer
from tests.nlp.extract_helpers import Extract


@pytest.fixture(scope="module")
def tokenize() -> spacy.language.Language:
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    return nlp


def test_a_quoted_title_in_a_compound_splits_at_its_closing_mark(
    tokenize: spacy.language.Language,
) -> None:
    """ "„Bild“-Zeitung" stayed one token `Bild“-Zeitung`, so the quotation never closed."""
    assert [t.text for t in tokenize("Die „Bild“-Zeitung berichtete")] == [
        "Die", "„", "Bild", "“", "-", "Zeitung", "berichtete",
    ]  # fmt: skip
    assert [t.text for t in tokenize('der "Welt"-Redaktion')] == [
        "der", '"', "Welt", '"', "-", "Redaktion",
    ]  # fmt: skip
    # a plain compound and a dash after a quotation keep their tokens
    assert [t.text for t in tokenize("CDU-Chef")] == ["CDU-Chef"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die „Bild“-Zeitung berichtete unter Berufung auf Sicherheitskreise, der Minister "
            "werde zurücktreten.",
            "Bild-Zeitung",
        ),
        (
            "Wie die „Welt“-Redaktion am Montag meldete, ist der Vertrag unterschrieben.",
            "Welt-Redaktion",
        ),
        (
            "Der „Spiegel“-Bericht zitierte einen Beamten, die Akten seien vernichtet worden.",
            "Spiegel-Bericht",
        ),
        ("Laut „Bild“-Zeitung soll die Ministerin am Freitag zurücktreten.", "Bild-Zeitung"),
        ("Nach Informationen der „Bild“-Zeitung soll der Minister gehen.", "Bild-Zeitung"),
        ("Wie aus einem Bericht der „Welt“-Redaktion hervorgeht, soll er gehen.", "Welt-Redaktion"),
        ("Der Minister soll laut einem Bericht der „Bild“-Zeitung gehen.", "Bild-Zeitung"),
    ],
)
def test_a_medium_named_by_a_quoted_compound_speaks(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert "Zeitung" not in quotes[0].text  # the compound's head is no part of the content


def test_a_quoted_compound_inside_the_content_is_no_speaker(extract: Extract) -> None:
    text = "Der Minister sprach von einem „Stopp“-Signal, sagte Anna Berg."
    assert [q.speaker for q in extract(text).quotes] == ["Anna Berg"]


def test_the_defence_of_a_person_is_not_that_person(extract: Extract) -> None:
    """ "Die Verteidigung von Bernd Hollmann" ended in his name, so all his own quotes were
    given to his defence; the defence speaks for him, but his quotes stay his."""
    text = (
        "Bernd Hollmann sagte am ersten Prozesstag, er sei unschuldig. "
        "Die Verteidigung von Bernd Hollmann erklärte, ihr Mandant habe kein Motiv gehabt. "
        "Hollmann sagte später, er habe niemanden bedroht."
    )
    assert [q.speaker for q in extract(text).quotes] == [
        "Bernd Hollmann",
        "Verteidigung von Bernd Hollmann",
        "Bernd Hollmann",
    ]


@pytest.mark.parametrize(
    ("long_", "short", "same"),
    [
        ("Familie von Anna Berg", "Berg", False),
        ("Anwalt von Hollmann", "Hollmann", False),
        ("Sprecher des Ministers Max Huber", "Max Huber", False),
        # a nobility particle is part of the person's own name
        ("Ursula von der Leyen", "Leyen", True),
        ("Richard von Weizsäcker", "Weizsäcker", True),
        ("Bernd Hollmann", "Hollmann", True),
    ],
)
def test_a_relation_phrase_names_somebody_else(long_: str, short: str, same: bool) -> None:
    assert same_person(long_, short) is same
    assert same_person(short, long_) is same


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Verordnung schreibt vor, dass alle Betriebe einen Notfallplan vorlegen.",
            "Verordnung",
        ),
        ("Die Satzung schrieb vor, dass der Vorstand jedes Jahr gewählt wird.", "Satzung"),
        ("Aus dem Bericht geht hervor, dass die Kosten deutlich gestiegen sind.", "Bericht"),
        (
            "Aus dem Gutachten des Rechnungshofs ging hervor, dass die Stadt zu viel bezahlt hat.",
            "Gutachten des Rechnungshofs",
        ),
    ],
)
def test_a_document_states_what_it_prescribes_or_shows(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].text.startswith("dass")


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage zeigt, dass die Regierung handeln muss.",
        "Aus dem Rathaus geht hervor, dass niemand im Büro ist.",
        "Aus der Erfahrung geht hervor, dass Streiks teuer sind.",
        "Das Gesetz schreibt eine Frist von vier Wochen vor.",
    ],
)
def test_no_document_no_statement(extract: Extract, text: str) -> None:
    """A situation, a building or experience is no document; a prescription without a
    dass-clause reports nothing."""
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Die Summe kann steigen“, sagte Verbandssprecher Henrik Moll. "
            "Moll rief Betroffene auf, Schäden schnell zu melden.",
            "Henrik Moll",
        ),
        (
            "Bürgermeisterin Jana Kruse besuchte die Halle. "
            "Kruse forderte Betroffene auf, sich im Rathaus zu melden.",
            "Jana Kruse",
        ),
        # a lone word opening the sentence that the story did not introduce may be an adverb
        ("Sinngemäß sagte Weber, es gehe voran.", "Weber"),
    ],
)
def test_a_surname_the_story_introduced_calls_on_others(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Moll rief Betroffene auf, …" made the addressees the speaker of Moll's appeal (found on
    a storm story): a lone word before the cue may be an adverb read as a name, so the name
    after the cue was taken as the subject, even when the word is a surname the story
    introduced. Such a surname is the subject; the phrase after the cue is whom it calls on."""
    quotes = extract(text).quotes
    assert quotes and quotes[-1].speaker == speaker
