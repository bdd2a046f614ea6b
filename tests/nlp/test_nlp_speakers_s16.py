"""Who the speaker is (issue 11, session 16). German sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.nlp.speakers.agreement import bare_plural
from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die neue Verordnung des Landes schreibt vor, dass Hausbesitzer ihre Dächer prüfen.",
            "neue Verordnung des Landes",
        ),
        (
            "Die italienische Regierung erklärte, sie werde gegen das Urteil klagen.",
            "italienische Regierung",
        ),
        ("Wie die zuständige Behörde mitteilte, bleibt die Brücke gesperrt.", "zuständige Behörde"),
        # written capitalised: kept so (the adjective takes the ending it has without article)
        ("Der Oberste Gerichtshof entschied, dass die Wahl gültig ist.", "Oberster Gerichtshof"),
        ("Russische Medien berichteten, der Konvoi sei umgekehrt.", "Russische Medien"),
        ("Der dpa-Korrespondent berichtete, die Stadt sei ruhig.", "dpa-Korrespondent"),
    ],
)
def test_a_described_speaker_keeps_its_words_as_written(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Die neue Verordnung des Landes schreibt vor, …" gave the speaker "Neue Verordnung
    des Landes": the first word of a description was re-capitalised, so an adjective read
    like part of a name. A speaker phrase keeps its words as written, the article dropped."""
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Bürgermeisterin Anna Roth bat um Geduld: Laut Stadtwerken dauert die Reparatur "
            "bis Freitag.",
            "Stadtwerk",
            "dauert die Reparatur bis Freitag",
        ),
        (
            "Die Lage am Hafen bleibt angespannt: Nach Angaben der Feuerwehr brennen noch drei "
            "Lagerhallen.",
            "Feuerwehr",
            "brennen noch drei Lagerhallen",
        ),
        (
            "Der Zug fährt wieder: Der Bahn zufolge ist die Strecke seit dem Morgen frei.",
            "Bahn",
            "ist die Strecke seit dem Morgen frei",
        ),
    ],
)
def test_a_marker_after_a_colon_starts_its_own_attribution(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    """ "Roth bat um Geduld: Laut Stadtwerken dauert die Reparatur bis Freitag" gave the
    Stadtwerke the whole sentence, Roth's request included: a marker that opens the part
    after a colon has its own source and covers only that part."""
    quotes = [q for q in extract(text).quotes if speaker in (q.speaker or "")]
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben der Feuerwehr brennen noch drei Lagerhallen am Hafen.",
        "Die Reparatur dauert laut Stadtwerken bis Freitag.",
    ],
)
def test_a_marker_without_a_colon_covers_its_whole_clause(extract: Extract, text: str) -> None:
    quote = one_quote(extract, text)
    assert quote.kind == "according_to"
    assert len(quote.text.split()) >= 5


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname the story never introduced, before a singular cue
        ("Müller rief Betroffene auf, Schäden schnell zu melden.", "Müller"),
        ("Weber forderte Angehörige auf, sich im Rathaus zu melden.", "Weber"),
        ("Die Ministerin forderte Kunden auf, ihre Verträge zu prüfen.", "Ministerin"),
        ("Brandt rief Bürgerinnen und Bürger auf, wählen zu gehen.", "Brandt"),
        ("Lehmann bat Angehörige, sich bei der Polizei zu melden.", "Lehmann"),
    ],
)
def test_a_bare_plural_after_a_singular_cue_is_the_addressee(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Müller rief Betroffene auf, …" in a story that never introduced Müller made the
    addressees the speaker: a lone word before the cue may be an adverb, so the word after
    it was taken as the subject. A singular verb has no plural subject: a bare plural noun
    after it is whom the speaker calls on."""
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural verb: the plural after it is its subject
        ("Gestern riefen Betroffene die Stadt auf, schneller zu helfen.", "Betroffene"),
        ("Am Abend forderten Anwohner, die Straße zu sperren.", "Anwohner"),
        # a singular surname after the cue is the subject, also one that is a noun
        ("Sinngemäß sagte Weber, es gehe voran.", "Weber"),
        ("Sinngemäß sagte Fischer, es gehe voran.", "Fischer"),
    ],
)
def test_a_subject_after_the_cue_stays_the_subject(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_bare_plural_words() -> None:
    """Nominalised adjectives and feminine plurals are plural without an article; inflected
    forms of a noun count only when they are no lemma of their own (nor a genitive name)."""
    nouns = frozenset({"Kunden", "Kunde", "Merkels", "Fischer"})
    lemmas = frozenset({"Kunde", "Merkel", "Fischer"})
    assert bare_plural("Betroffene", nouns, lemmas)
    assert bare_plural("Jugendliche", nouns, lemmas)
    assert bare_plural("Bürgerinnen", nouns, lemmas)
    assert bare_plural("Kunden", nouns, lemmas)
    assert not bare_plural("Kunde", nouns, lemmas)
    assert not bare_plural("Merkels", nouns, lemmas)
    assert not bare_plural("Fischer", nouns, lemmas)
    assert not bare_plural("Weber", nouns, lemmas)
    assert not bare_plural("betroffene", nouns, lemmas)
    assert not bare_plural("Irene", nouns, lemmas)  # a given name
    assert not bare_plural("Balkenende", nouns, lemmas)  # "-ende" ends surnames too


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Wie die Zeitung berichtet, sagte ein Sprecher der Firma, man werde klagen.",
            "Firma",
            "man werde klagen",
        ),
        (
            "Wie die Polizei am Abend mitteilte, erklärte der Fahrer, er habe nichts gesehen.",
            "Fahrer",
            "er habe nichts gesehen",
        ),
        (
            "Wie der Sender meldet, sagte Ministerin Eva Lorenz am Montag, sie trete nicht zurück.",
            "Eva Lorenz",
            "sie trete nicht zurück",
        ),
    ],
)
def test_a_wie_report_before_the_cue_is_not_what_the_speaker_said(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    """ "Wie die Zeitung berichtet, sagte ein Sprecher, die Firma werde klagen" gave the
    spokesman the words "Wie die Zeitung berichtet": the clause before "sagte X" was read as
    the inverted "„…“, sagte X". A wie-clause names where the report comes from; what the
    speaker said follows the cue's comma."""
    quotes = [q for q in extract(text).quotes if q.speaker == speaker]
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Wie die Zeitung berichtet, sagte ein Sprecher der Firma, man werde klagen.", "Zeitung"),
        ("Wie der Sender meldet, sagte Ministerin Eva Lorenz, sie trete nicht zurück.", "Sender"),
        ("Wie die Agentur erfuhr, erklärte der Vorstand, man prüfe den Verkauf.", "Agentur"),
    ],
)
def test_a_medium_that_reports_a_speakers_words_says_nothing_itself(
    extract: Extract, text: str, medium: str
) -> None:
    """The medium of "Wie die Zeitung berichtet, sagte ein Sprecher, …" was given the quote
    "sagte ein Sprecher der Firma, man werde klagen": a nested report is the cited speaker's
    statement, and the speaker's quote is the only one."""
    quotes = extract(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker != medium


@pytest.mark.parametrize(
    ("text", "medium", "content"),
    [
        # the main clause states a fact, no report of its own: the medium reports it
        (
            "Wie die Zeitung berichtet, hat die Firma Klage eingereicht.",
            "Zeitung",
            "hat die Firma Klage eingereicht",
        ),
        (
            "Wie Müller sagte, lehnte die Regierung den Plan ab.",
            "Müller",
            "lehnte die Regierung den Plan ab",
        ),
    ],
)
def test_a_medium_that_reports_a_fact_keeps_its_quote(
    extract: Extract, text: str, medium: str, content: str
) -> None:
    quotes = [q for q in extract(text).quotes if q.speaker == medium]
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the statement stands before the cue: it stays the content
        ("Die Lage sei ernst, sagte der Minister am Montag.", "Die Lage sei ernst"),
        ("„Wir sind bereit“, sagte der Minister, „aber nicht um jeden Preis.“", "Wir sind bereit"),
    ],
)
def test_a_statement_before_the_cue_stays_the_content(
    extract: Extract, text: str, content: str
) -> None:
    quotes = [q for q in extract(text).quotes if q.speaker == "Minister"]
    assert quotes and quotes[0].text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Dienstag bat der Landrat Angehörige, sich bei der Polizei zu melden.", "Landrat"),
        ("Am Dienstag bat Landrat Frey Angehörige, sich bei der Polizei zu melden.", "Frey"),
        ("Gestern rief Bürgermeisterin Kamp Jugendliche auf, das Fest zu besuchen.", "Kamp"),
        # names and organisations keep their words
        (
            "Der niederländische Ministerpräsident Jan Peter Balkenende sagte, man werde helfen.",
            "Jan Peter Balkenende",
        ),
        ("Die Freiwillige Feuerwehr teilte mit, der Brand sei gelöscht.", "Freiwillige Feuerwehr"),
        ("Sprecherin Irene Kamp sagte, die Lage sei ruhig.", "Irene Kamp"),
    ],
)
def test_a_nominalised_plural_after_a_role_or_name_is_no_part_of_the_name(
    extract: Extract, text: str, speaker: str
) -> None:
    """ "Am Dienstag bat der Landrat Angehörige, sich zu melden" gave the speaker
    "Angehörige" (read as the Landrat's name), "bat Landrat Frey Angehörige" the speaker
    "Frey Angehörige": a nominalised plural after the first word of a capitalised run is
    the cue's object, not a name."""
    assert one_quote(extract, text).speaker == speaker


def test_a_fire_chiefs_title_is_a_role_and_a_later_title_and_surname_the_same_person(
    extract: Extract,
) -> None:
    """A new user's wildfire story listed "Kreisbrandmeister Thomas Weidler" and
    "Kreisbrandmeister Weidler" as two speakers: the title was read as part of the name
    (lexicon line "brandmeister" in speaker_role_suffixes.txt)."""
    quotes = extract(
        "Der Waldbrand ist noch nicht unter Kontrolle. Kreisbrandmeister Thomas Weidler sagte, "
        "die Lage sei angespannt.\n\nKreisbrandmeister Weidler erklärte am Abend, man brauche "
        "mehr Löschflugzeuge."
    ).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Thomas Weidler", "Kreisbrandmeister"),
        ("Thomas Weidler", "Kreisbrandmeister"),
    ]
