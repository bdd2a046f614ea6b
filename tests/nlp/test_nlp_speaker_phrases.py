"""The speaker noun phrase (issue 11, wrong speaker family): adverbials, things and time
zones before the cue are no speaker; possessive relatives, partitives, noble particles and a
slashed party name stay inside the phrase. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.attribution.somebody import load_speaker_check
from bot.nlp.speakers import parse_np

Extract = Callable[..., ArticleExtraction]


def speakers(ex: ArticleExtraction) -> list[str | None]:
    return [q.speaker for q in ex.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a compound of a thing noun ("-übernahme") is no speaker; the subject follows the cue
        (
            "Gleich nach der Amtsübernahme kündigte Bürgermeisterin Petra Lang an, "
            "die Gebühren zu senken.",
            "Petra Lang",
        ),
        # clause-opening adverb: "Stellvertretend für …" names no one
        (
            "Stellvertretend für den Verband erklärte die Sprecherin Anna Roth, "
            "man sei enttäuscht.",
            "Anna Roth",
        ),
    ],
)
def test_the_subject_after_the_cue_wins_over_an_adverbial_before_it(
    extract: Extract, text: str, speaker: str
) -> None:
    assert speakers(extract(text)) == [speaker]


def test_an_adverb_opening_the_clause_is_no_speaker(extract: Extract) -> None:
    ex = extract("Damals glaubte niemand, dass die Brücke so lange halten würde.")
    assert "Damals" not in speakers(ex)


def test_a_time_zone_is_no_organisation(extract: Extract) -> None:
    ex = extract("Um 18 Uhr MEZ meldeten dann mehrere Agenturen, der Gipfel sei beendet.")
    assert "MEZ" not in speakers(ex)


def test_a_person_named_like_a_thing_is_still_a_speaker() -> None:
    # negative: only whole thing nouns and their compounds are rejected, not any capitalised word
    words = ["Petra", "Übermann", "sagte", ",", "es", "regne", "."]
    np = parse_np(words, 0, 2)
    assert np is not None and np.name == "Petra Übermann"
    assert parse_np(["die", "Amtsübernahme"], 0, 2) is None


def test_dessen_opens_a_definite_speaker(extract: Extract) -> None:
    ex = extract(
        "Der Bürgermeister war nicht zu erreichen. "
        "Am Abend teilte dessen Stellvertreter mit, die Sitzung falle aus."
    )
    assert speakers(ex) == ["Stellvertreter"]


def test_a_partitive_subject_is_the_speaker_not_the_object(extract: Extract) -> None:
    ex = extract(
        "Einige der betroffenen Anwohner haben Landrat Peter Hoffmann gestern geschrieben, "
        "dass der Lärm unerträglich sei."
    )
    assert len(ex.quotes) == 1
    assert ex.quotes[0].speaker != "Peter Hoffmann"
    assert "Anwohner" in (ex.quotes[0].speaker or "")


def test_a_partitive_reads_as_a_definite_plural() -> None:
    np = parse_np(["Einige", "der", "betroffenen", "Anwohner", "sagten"], 0, 5)
    assert np is not None and np.plural
    assert np.name == "betroffenen Anwohner"  # as written, no article
    assert np.mention == "Einige der betroffenen Anwohner"


def test_a_capitalised_noun_in_liche_before_a_verb_is_the_subject(extract: Extract) -> None:
    ex = extract(
        "Jugendliche haben gegenüber der Lokalzeitung ausgesagt, dass die Party eskaliert sei."
    )
    assert speakers(ex) == ["Jugendliche"]


def test_a_liche_noun_before_a_verb_in_en_heads_its_own_phrase() -> None:
    np = parse_np(["Jugendliche", "haben", "gegenüber", "der", "Lokalzeitung"], 0, 5)
    assert np is not None and np.name == "Jugendliche"
    # negative: a capitalised adjective before a noun still opens an adjective phrase
    np = parse_np(["Russische", "und", "ukrainische", "Medien", "berichten"], 0, 5)
    assert np is not None and np.name == "Russische und ukrainische Medien"


def test_zu_joins_a_noble_surname_only(extract: Extract) -> None:
    ex = extract(
        "Karl-Theodor zu Guttenberg, Obmann der CDU/CSU-Fraktion im Ausschuss, warf der "
        "Regierung daraufhin mangelnde Führung vor."
    )
    assert speakers(ex) == ["Karl-Theodor zu Guttenberg"]
    assert ex.quotes[0].speaker_role == "Obmann der CDU/CSU-Fraktion im Ausschuss"
    assert ex.quotes[0].target == "Regierung"
    # negative: "zu" before a name that is no noble surname ends the phrase
    np = parse_np(["Anelka", "zu", "Domenech", "gesagt"], 0, 4)
    assert np is not None and np.name == "Anelka"


def test_a_slashed_party_name_keeps_the_role_apposition(extract: Extract) -> None:
    ex = extract(
        "Maria Keller, Sprecherin der CDU/CSU-Fraktion im Landtag, sagte, "
        "die Akten müssten offengelegt werden."
    )
    assert speakers(ex) == ["Maria Keller"]
    assert ex.quotes[0].speaker_role == "Sprecherin der CDU/CSU-Fraktion im Landtag"


def test_an_indefinite_role_apposition_belongs_to_the_name(extract: Extract) -> None:
    ex = extract(
        "Tom Becker, ein Sprecher des Wetterdienstes, sagte, der Sturm habe sich abgeschwächt."
    )
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [
        ("Tom Becker", "Sprecher des Wetterdienstes")
    ]


def test_a_bracketed_acronym_stays_in_the_role_apposition() -> None:
    words = [
        "Philip",
        "Aguer",
        ",",
        "ein",
        "Sprecher",
        "der",
        "Befreiungsarmee",
        "(",
        "SPLA",
        ")",
        ",",
        "sagte",
    ]
    np = parse_np(words, 0, len(words))
    assert np is not None and np.role == "Sprecher der Befreiungsarmee (SPLA)"
    # negative: an apposition without a role noun is no role
    words = ["Philip", "Aguer", ",", "ein", "Mann", "aus", "dem", "Dorf", ",", "sagte"]
    np = parse_np(words, 0, len(words))
    assert np is not None and np.role is None and np.end == 2


def test_a_role_with_a_place_and_its_genitive_keeps_the_apposed_name(extract: Extract) -> None:
    ex = extract(
        "Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur für Arbeit, "
        "Peter Clever, hat in einem Interview mit der Lokalzeitung gefordert, dass die "
        "Regeln gelockert werden."
    )
    assert [q.speaker for q in ex.quotes] == ["Peter Clever"]
    # negative: without the apposed name the place phrase is no part of a speaker
    words = ["der", "Sprecher", "im", "Landtag", "der", "Stadt", "sagte"]
    np = parse_np(words, 0, len(words))
    assert np is not None and np.end == 2


def test_an_elliptic_compound_is_no_coordination_of_subjects(extract: Extract) -> None:
    ex = extract(
        "Weber hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont: "
        "„Die Entscheidungen fallen im kleinen Kreis.“"
    )
    assert [q.speaker for q in ex.quotes] == ["Weber"]


def test_a_ruler_noun_is_a_role_before_the_name(extract: Extract) -> None:
    ex = extract("Zuvor hatte der libysche Machthaber Gaddafi gesagt, der Westen werde scheitern.")
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [("Gaddafi", "libyscher Machthaber")]


def test_a_hyphenated_adjective_opens_the_phrase_not_its_head(extract: Extract) -> None:
    ex = extract(
        "Die US-amerikanische Außenministerin Carla Reed hat heute erklärt, "
        "man sei zu Gesprächen bereit."
    )
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [
        ("Carla Reed", "US-amerikanische Außenministerin")
    ]


def test_a_genitive_before_a_thing_compound_is_no_speaker() -> None:
    check = load_speaker_check(nouns=frozenset({"Auftrag", "Brand"}))
    assert not check.is_somebody("Schmidts Rettungsauftrag")
    # negative: a surname equal to a thing noun is no compound of it
    assert check.is_somebody("Lea Brand")


def test_a_surname_that_is_a_thing_noun_stays_a_name(extract: Extract) -> None:
    # negative: "Brand" alone is a thing noun, "Lea Brand" is a person
    ex = extract("Lea Brand sagte, die Feuerwehr sei schnell gewesen.")
    assert [q.speaker for q in ex.quotes] == ["Lea Brand"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a sentence-initial adjective before a role noun belongs to the role, lower-cased
        (
            "Italienischer Außenminister Franco Frattini sagte, man werde Athen helfen.",
            "Franco Frattini",
            "italienischer Außenminister",
        ),
        # the same before an organisation noun with a name: the name speaks
        (
            "Holländische Fluggesellschaft KLM teilte mit, alle Flüge fielen aus.",
            "KLM",
            "holländische Fluggesellschaft",
        ),
        (
            "Staatliche Nachrichtenagentur Sana berichtete, die Straße sei gesperrt.",
            "Sana",
            "staatliche Nachrichtenagentur",
        ),
    ],
)
def test_a_leading_adjective_stays_with_the_role_not_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    ex = extract(text)
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # multi-word names: a capitalised adjective with an organisation noun is the name
        ("Deutsche Bank teilte mit, die Filiale bleibe geschlossen.", "Deutsche Bank"),
        ("Berliner Polizei teilte mit, die Straße bleibe gesperrt.", "Berliner Polizei"),
        ("Rotes Kreuz erklärte, die Helfer seien unterwegs.", "Rotes Kreuz"),
        ("Süddeutsche Zeitung berichtete, der Vertrag sei fertig.", "Süddeutsche Zeitung"),
    ],
)
def test_a_name_made_of_adjective_and_noun_is_not_split(
    extract: Extract, text: str, speaker: str
) -> None:
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == [speaker]
    assert ex.quotes[0].speaker_role is None


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # person nouns of prizes, newsrooms, art and church are roles before a name
        (
            "Friedensnobelpreisträger Adolfo Pérez Esquivel sagte, der Krieg müsse enden.",
            "Adolfo Pérez Esquivel",
            "Friedensnobelpreisträger",
        ),
        (
            "Tschechischer Künstler Martin Zet sagte, das Buch gehöre ins Museum.",
            "Martin Zet",
            "tschechischer Künstler",
        ),
        (
            "Sportredakteurin Lena Vogt schrieb, der Trainer bleibe im Amt.",
            "Lena Vogt",
            "Sportredakteurin",
        ),
        ("Priester Samaan Ibrahim sagte, die Kirche sei zerstört.", "Samaan Ibrahim", "Priester"),
        (
            "Privatdozentin Eva Lorenz sagte, die Studie sei fehlerhaft.",
            "Eva Lorenz",
            "Privatdozentin",
        ),
        (
            "Herausforderer Jan Wolff sagte, die Wahl sei noch offen.",
            "Jan Wolff",
            "Herausforderer",
        ),
        # endings that are also surnames ("Jäger", "Bauer") make a role only before a name
        (
            "Italienischer Mafiajäger Carlo Ferri sagte, die Clans seien geschwächt.",
            "Carlo Ferri",
            "italienischer Mafiajäger",
        ),
        (
            "Die Ernte falle schlecht aus, erklärte Biobauer Max Huber am Dienstag.",
            "Max Huber",
            "Biobauer",
        ),
        (
            "Wie Steuerfahnderin Petra Kühn berichtete, fehlen Millionen.",
            "Petra Kühn",
            "Steuerfahnderin",
        ),
    ],
)
def test_a_person_noun_before_a_name_is_its_role(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    ex = extract(text)
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # an organisation noun in the genitive of a report phrase still describes the name
        (
            "Informationen des Senders Radio Nord zufolge ist die Brücke gesperrt.",
            "Radio Nord",
            "Sender",
        ),
        (
            "Nach einem Bericht des britischen Senders BBC ist der Minister zurückgetreten.",
            "BBC",
            "britischer Sender",
        ),
    ],
)
def test_a_genitive_organisation_noun_is_the_role_of_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    ex = extract(text)
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [(speaker, role)]


def test_a_genitive_organisation_noun_alone_stays_the_speaker(extract: Extract) -> None:
    # negative: without a name after it the noun itself is the source
    ex = extract("Nach Angaben des Konzerns ist der Umsatz gestiegen.")
    assert [q.speaker for q in ex.quotes] == ["Konzern"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a quoted title after an organisation noun is the name; the noun phrase its role
        (
            "Die britische Tageszeitung „Morning Star“ berichtete, der Hafen sei geschlossen.",
            "„Morning Star“",
            "britische Tageszeitung",
        ),
        (
            "Die US-amerikanische Musikzeitschrift „Rolling Stone“ schrieb, die Tour falle aus.",
            "„Rolling Stone“",
            "US-amerikanische Musikzeitschrift",
        ),
        # the marks stay: "Die Woche" alone would read as a time
        (
            "Die Wochenzeitung „Die Woche“ meldet, der Minister sei zurückgetreten.",
            "„Die Woche“",
            "Wochenzeitung",
        ),
    ],
)
def test_a_quoted_title_after_an_organisation_noun_is_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    ex = extract(text)
    assert [(q.speaker, q.speaker_role) for q in ex.quotes] == [(speaker, role)]


def test_a_quoted_name_after_another_group_noun_stays_whole(extract: Extract) -> None:
    # negative: only organisation nouns of the lexicon give their name away
    ex = extract("Die Bürgerinitiative „Deichbau jetzt“ warf dem Minister vor, er habe gelogen.")
    assert [q.speaker for q in ex.quotes] == ["Bürgerinitiative „Deichbau jetzt“"]


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Jäger sagte, die Lage sei ernst.",
        "Die Lage sei ernst, sagte Luisa Neubauer.",
        "Der Politologe Thomas Jäger sagte, die Lage sei ernst.",
        "Laut Hans Fischer ist die Brücke gesperrt.",
    ],
)
def test_a_surname_like_a_role_ending_stays_the_name(extract: Extract, text: str) -> None:
    name = next(n for n in ("Thomas Jäger", "Luisa Neubauer", "Hans Fischer") if n in text)
    assert [q.speaker for q in extract(text).quotes] == [name]
