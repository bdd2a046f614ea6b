"""Who the speaker is, session 14 (issue 11): a wrong speaker is worse than a missing one.

- "Initiatorin Svenja Mohr will sie … übergeben": "sie" after the finite verb is the object
  when a person opens the clause; it was read as the subject and resolved to the last
  woman who spoke, and the bare quotation after it went to her too.
- "Er selbst ließ offen, …": "selbst" sets the pronoun against the one who spoke before, so
  it is the person the previous sentence was about, not its speaker.
"""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract

PETITION = (
    "Die Sprecherin Janne Kuhlmann sagte, man bedauere die Schließung. "
    "Anwohner haben eine Petition gestartet. {sentence} „Das Bad gehört zum Stadtteil.“"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Initiatorin Svenja Mohr will sie der Bürgerschaft übergeben.",
        "Svenja Mohr will sie am Montag der Bürgerschaft übergeben.",
        "Die Initiatorin Svenja Mohr wollte sie gestern dem Senat übergeben.",
    ],
)
def test_person_before_the_verb_is_the_subject_not_sie(extract: Extract, sentence: str) -> None:
    quotes = extract(PETITION.format(sentence=sentence)).quotes
    bare = [q for q in quotes if q.text.startswith("Das Bad")]
    assert [q.speaker for q in bare] == ["Svenja Mohr"]
    assert all(q.speaker == "Janne Kuhlmann" for q in quotes if "Schließung" in q.text)
    assert not [q for q in quotes if q.speaker == "Janne Kuhlmann" and "übergeben" in q.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a fronted thing leaves "sie" the subject
        (
            "Die Ministerin Lea Graf stellte den Plan vor. Den Entwurf will sie im Mai "
            "vorlegen, sagte sie.",
            "Lea Graf",
        ),
        # a plural verb: "sie" is the plural subject, not the object of the fronted phrase
        (
            "Die Forscherinnen Katrin Albers und Ute Reim wollen die Bäume untersuchen. "
            "Erste Ergebnisse erwarten sie, wie sie sagten, in zwei Jahren.",
            "Katrin Albers",
        ),
    ],
)
def test_sie_stays_the_subject_after_a_thing_or_a_plural_verb(
    extract: Extract, text: str, speaker: str
) -> None:
    speakers = {q.speaker for q in extract(text).quotes}
    assert "Janne Kuhlmann" not in speakers
    assert speakers <= {speaker, "Ute Reim", None}


@pytest.mark.parametrize(
    "text",
    [
        "Der Parteichef Tim Rademacher sagte, Mehmet Yıldırım sei der richtige Kandidat. "
        "Er selbst ließ offen, ob er im Fall einer Niederlage Fraktionschef bleiben wolle.",
        "Fraktionschef Mehmet Yıldırım will antreten. Mehrere Abgeordnete hätten Yıldırım "
        "nahegelegt, zu verzichten, heißt es in Fraktionskreisen. Er selbst ließ offen, ob "
        "er Fraktionschef bleiben wolle.",
        "Landesvorsitzender Tim Rademacher lobte Mehmet Yıldırım. Er selber hatte am Montag "
        "erklärt, er wolle Fraktionschef bleiben.",
    ],
)
def test_er_selbst_is_the_person_talked_about(extract: Extract, text: str) -> None:
    quotes = extract(text).quotes
    last = max(quotes, key=lambda q: q.start_char)
    assert "Fraktionschef" in last.text
    assert last.speaker == "Mehmet Yıldırım"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the speaker is the only person named before: "sie selbst" is she
        (
            "Bürgermeisterin Anna Keller lobte den Plan. Sie selbst sagte, sie werde nicht "
            "erneut kandidieren.",
            "Anna Keller",
        ),
        # the only other person is a woman: "er selbst" cannot be her
        (
            "Der Trainer Uwe Bach sagte, Anna Brandt habe gut gespielt. Er selbst ließ offen, "
            "ob er bleibe.",
            "Uwe Bach",
        ),
        # no "selbst": the pronoun goes on with the speaker
        (
            "Der Trainer Uwe Bach sagte, Lukas Brandt habe gut gespielt. Er sagte außerdem, "
            "die Abwehr sei schwach gewesen.",
            "Uwe Bach",
        ),
    ],
)
def test_selbst_keeps_the_speaker_without_another_person(
    extract: Extract, text: str, speaker: str
) -> None:
    quotes = extract(text).quotes
    last = max(quotes, key=lambda q: q.start_char)
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("„Das war eine harte Zeit“, sagte die Sängerin Lea Fink.", "Lea Fink", "Sängerin"),
        ("Der Rapper Max Brenner sagte, er sei überrascht gewesen.", "Max Brenner", "Rapper"),
        (
            "Die Kabarettistin Ina Roth hatte erklärt, sie trete nicht mehr auf.",
            "Ina Roth",
            "Kabarettistin",
        ),
    ],
)
def test_artist_nouns_are_roles_not_part_of_the_name(
    extract: Extract, text: str, speaker: str, role: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Airline strich nach eigenen Angaben 120 Flüge.",
        "Die Airline hat am Dienstag nach eigenen Angaben rund 800 Verbindungen gestrichen.",
        "Die Reederei teilte mit, das Schiff sei beschädigt.",
    ],
)
def test_company_nouns_speak_for_the_company(extract: Extract, text: str) -> None:
    quotes = extract(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker in ("Airline", "Reederei")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir waren damals wie eine Familie“, erinnert sich Hans Weber.", "Hans Weber"),
        (
            "„Es war eine harte Zeit“, erinnerte sich die frühere Ministerin Ulla Brandt.",
            "Ulla Brandt",
        ),
        ("Man habe viel gelacht, erinnert sich der Kabarettist Bruno Feil.", "Bruno Feil"),
    ],
)
def test_erinnert_sich_reports_a_recollection(extract: Extract, text: str, speaker: str) -> None:
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Viele erinnern sich an das Hochwasser von 2002.",
        "Sie erinnert sich gut an den Tag, als das Wasser kam.",
        "Der Bürgermeister erinnerte an die Opfer.",
    ],
)
def test_erinnern_without_a_statement_is_no_quote(extract: Extract, text: str) -> None:
    assert not extract(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        "Drei Pflegerinnen sagten vor Gericht aus. Eine von ihnen schilderte, die Chefin habe "
        "gedroht, sie zu entlassen.",
        "Mehrere Zeugen wurden gehört. Einer von ihnen sagte, der Fahrer sei zu schnell gewesen.",
        "Die Polizei befragte fünf Anwohner. Zwei von ihnen berichteten, sie hätten Schüsse "
        "gehört.",
        "Vier Bewohner standen vor dem Haus. „Wir haben genug“, sagte eine von ihnen.",
    ],
)
def test_one_of_them_is_an_unnamed_source(extract: Extract, text: str) -> None:
    quotes = extract(text).quotes
    first = min(quotes, key=lambda q: q.start_char)
    assert first.speaker == "anonymous"
    # the reported clause's own subject ("die Chefin", "der Fahrer") never speaks for it
    assert first.speaker_mention is not None and "von" in first.speaker_mention


def test_one_of_them_without_a_statement_is_no_quote(extract: Extract) -> None:
    text = "Die Kinder spielten im Hof. Einer von ihnen fand eine Granate."
    assert not extract(text).quotes
