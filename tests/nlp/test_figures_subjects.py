"""What a figure counts or measures, and which figures compare (issue 12): subjects from the
noun phrase and its attachments, never the bare unit; synonyms grouped, different things apart.
German sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bot.models import Figure
from bot.nlp.figures.component import figures_pipeline
from bot.nlp.figures.subjects import is_bare, subject_group


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = figures_pipeline()
    return pipeline


def figs(nlp: Language, text: str) -> list[Figure]:
    return list(nlp(text)._.figures)


def one(nlp: Language, text: str) -> Figure:
    found = figs(nlp, text)
    assert len(found) == 1, [(f.text, f.subject) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        (
            "Der Verlust der Deutschen Bahn betrug 2,1 Milliarden Euro.",
            "Euro",
            "Verlust der Deutschen Bahn",
        ),
        (
            "Die Pünktlichkeit im Fernverkehr lag bei 62 Prozent.",
            "Prozent",
            "Pünktlichkeit im Fernverkehr",
        ),
        ("Die Stadt meldete einen Verlust von 3 Millionen Euro.", "Euro", "Verlust"),
        ("Die Grünen erhielten 12 Prozent der Stimmen.", "Prozent", "Stimmenanteil Grünen"),
        (
            "Bei dem Erdbeben in Myanmar kamen mindestens 600 Menschen ums Leben.",
            "Mensch",
            "Tote beim Erdbeben in Myanmar",
        ),
        (
            "Die Feuerwehr zählte 14 Verletzte beim Brand in der Altstadt.",
            "Verletzte",
            "Verletzte beim Brand in der Altstadt",
        ),
        ("Derzeit beschäftigt die Reederei rund 900 Matrosen.", "Matrose", "Matrosen (Reederei)"),
        ("Der Wetterdienst registrierte 120 Liter Regen.", "Liter", "Regen"),
        ("Durch den iPod machte Apple 262 Millionen Euro Gewinn.", "Euro", "Gewinn"),
        ("Branchenüblich sind Provisionen von 8 Prozent.", "Prozent", "Provisionen"),
        ("Die Zuschauer sahen fünf Gelbe Karten.", "Karte", "Gelbe Karten"),
        ("Das Feuer zerstörte 500 Hektar Wald.", "Hektar", "Wald"),
        ("Das Tier legte eine Strecke von 80 Kilometern zurück.", "Kilometer", "Strecke"),
    ],
)
def test_subject_is_the_measured_thing_not_the_unit(
    nlp: Language, text: str, unit: str, subject: str
) -> None:
    f = one(nlp, text)
    assert (f.unit, f.subject) == (unit, subject)
    assert not is_bare(f.subject, f.unit)


def test_no_garbage_subjects(nlp: Language) -> None:
    heli = one(nlp, "Die Luftwaffe ist mit vier Black Hawk Hubschraubern vor Ort.")
    assert heli.unit == "Hubschrauber" and "Black" not in (heli.subject or "").split()[0]
    assert figs(nlp, "Im Finale standen die vier Besten des Turniers.") == []


def test_no_cut_words(nlp: Language) -> None:
    dead = one(nlp, "Es gibt 120 bisher bestätigte Tote.")
    assert dead.subject == "bisher bestätigte Tote"
    assert subject_group(dead.subject, dead.unit) == "Tote"
    towns = one(nlp, "Über 100 schwer betroffene Gemeinden meldeten Schäden.")
    assert towns.subject == "schwer betroffene Gemeinden"


def test_ages_and_durations_are_figures_but_no_topics(nlp: Language) -> None:
    age = one(nlp, "Ein 46-jähriger Mann wurde am Abend festgenommen.")
    assert (age.value, age.unit, age.subject) == (46, "Jahr", "Alter (Mann)")
    alt = one(nlp, "Der Fahrer ist 39 Jahre alt.")
    assert (alt.value, alt.unit, alt.subject) == (39, "Jahr", "Alter (Fahrer)")
    talks = one(nlp, "Die Verhandlungen dauerten zwölf Stunden.")
    assert (talks.unit, talks.subject) == ("Stunde", "Dauer (Verhandlungen)")
    assert subject_group(age.subject, age.unit) is None
    assert subject_group(alt.subject, alt.unit) is None
    assert subject_group(talks.subject, talks.unit) is None
    assert subject_group("Euro", "Euro") is None  # a bare unit is never a topic


def test_numbers_in_compounds_before_weitere_after_insgesamt_and_magnitudes(
    nlp: Language,
) -> None:
    # a rule or a goal named by an amount counts as a figure (reviewers' gold does) but is
    # never a topic; a working time's name is no figure
    hurdle = one(nlp, "Die Partei scheiterte an der Fünf-Prozent-Hürde.")
    goal = one(nlp, "Die Nato hält am Zwei-Prozent-Ziel fest.")
    assert (hurdle.value, hurdle.unit, goal.value, goal.unit) == (5, "Prozent", 2, "Prozent")
    assert subject_group(hurdle.subject, hurdle.unit) is None
    assert subject_group(goal.subject, goal.unit) is None
    assert figs(nlp, "Die Gewerkschaft fordert die 35-Stunden-Woche.") == []
    more = one(nlp, "Am Abend starben zwei weitere Menschen.")
    assert (more.value, more.text, more.is_addition) == (2, "zwei weitere Menschen", True)
    assert more.subject == "Tote"
    total = one(nlp, "Unter den Trümmern fanden Helfer insgesamt 47 Tote.")
    assert total.value == 47
    quake = one(nlp, "Das Beben hatte die Stärke 7,8.")
    assert (quake.value, quake.unit) == (7.8, "Stärke")
    quake = one(nlp, "Das Beben hatte eine Stärke von 7,7.")
    assert (quake.value, quake.unit, quake.subject) == (7.7, "Stärke", "Stärke (Beben)")
    for text in ("Das Beben erreichte 7,8 auf der Richterskala.", "Es war eine Magnitude von 6,1."):
        assert one(nlp, text).unit == "Stärke"
    assert subject_group(quake.subject, quake.unit) is None  # describes the quake: no topic
    town = one(nlp, "Die 3000-Einwohner-Gemeinde trauert.")
    assert (town.value, town.unit, town.subject) == (3000, "Einwohner", "Gemeinde")
    suspect = one(nlp, "Der 46-Jährige wurde festgenommen.")
    assert (suspect.value, suspect.unit) == (46, "Jahr")
    assert figs(nlp, "Der G7-Gipfel und die Covid-19-Krise.") == []


def test_elided_noun_takes_its_unit_from_context(nlp: Language) -> None:
    f = one(nlp, "Etwa 600 wurden getötet.")
    assert (f.value, f.qualifier, f.unit, f.subject) == (600, "approx", "Tote", "Tote")
    hurt = one(nlp, "Mindestens 300 wurden verletzt.")
    assert (hurt.value, hurt.qualifier, hurt.unit) == (300, "at_least", "Verletzte")
    found = figs(
        nlp, "Bei dem Angriff wurden 24 Menschen getötet und mehr als 60 Weitere verletzt."
    )
    assert [(f.value, f.subject) for f in found] == [
        (24, "Tote beim Angriff"),
        (60, "Verletzte (Angriff)"),  # the sentence names the event
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Die Zahl der Todesopfer stieg auf 3.000.", "Es gab mehr als 3.100 Tote."),
        ("Mindestens 3.000 Menschen kamen ums Leben.", "Es gab 3.100 Todesopfer."),
        ("Helfer bargen 200 Leichen.", "Insgesamt 250 Menschen starben."),
        ("Die Flut forderte 2.300 Opfer.", "Mehr als 3.000 Menschenleben hat die Flut gefordert."),
        ("Die Zahl der Flutopfer stieg auf 2.000.", "Die Helfer zählten 80 geborgene Tote."),
        (
            "Es wurden 1.500 nordkoreanische Soldaten verlegt.",
            "Mehr als 10.000 nordkoreanische Soldaten sind in Russland.",
        ),
    ],
)
def test_synonyms_group_into_one_subject(nlp: Language, a: str, b: str) -> None:
    fa, fb = one(nlp, a), one(nlp, b)
    assert subject_group(fa.subject, fa.unit) == subject_group(fb.subject, fb.unit) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mindestens 300 Menschen kamen ums Leben.", "Mindestens 300 Menschen werden vermisst."),
        ("Es gab 40 Tote.", "Es gab 40 Verletzte."),
        ("In der Stadt demonstrierten 5.000 Menschen.", "In der Stadt starben 5.000 Menschen."),
        ("Russland verlegte 5.000 Soldaten.", "Es gab 5.000 Tote."),
        ("Es kamen 3.000 nordkoreanische Soldaten.", "Es kamen 3.000 russische Soldaten."),
    ],
)
def test_different_things_stay_apart(nlp: Language, a: str, b: str) -> None:
    fa, fb = one(nlp, a), one(nlp, b)
    assert subject_group(fa.subject, fa.unit) != subject_group(fb.subject, fb.unit)


@pytest.mark.parametrize(
    ("subject", "unit", "key"),
    [
        ("Tote beim Erdbeben in Myanmar", "Mensch", "Tote (Erdbeben Myanmar)"),
        ("Todesopfer des Bebens (in Myanmar)", "Todesopfer", "Tote (Erdbeben Myanmar)"),
        ("Tote bei den Überschwemmungen in Spanien", "Mensch", "Tote (Hochwasser Spanien)"),
        ("Vermisste (Hochwasser in Spanien)", "Mensch", "Vermisste (Hochwasser Spanien)"),
        ("Todesopfer (Bebens in der Türkei)", "Todesopfer", "Tote (Erdbeben Türkei)"),
        ("Verletzte in Krankenhäusern", "Verletzter", "Verletzte"),
        ("Todesopfer", "Todesopfer", "Tote"),
        # troops and protesters belong to no event: places never split them
        ("nordkoreanische Soldaten in Russland", "Soldat", "nordkoreanische Soldaten"),
    ],
)
def test_casualty_keys_carry_their_stated_scope(subject: str, unit: str, key: str) -> None:
    assert subject_group(subject, unit) == key


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Der Gesuchte ist etwa 1,80 Meter groß und schlank.", "Größe"),
        ("Das Dorf liegt 60 Kilometer nördlich der Hauptstadt.", "Entfernung"),
        ("Die Fähre sank etwa sieben Kilometer entfernt von der Küste.", "Entfernung"),
        ("Die Statue ist 13 Meter hoch.", "Höhe"),
    ],
)
def test_a_size_or_position_describes_and_is_no_topic(
    nlp: Language, text: str, subject: str
) -> None:
    """'1,80 Meter groß', '60 Kilometer nördlich': a description of something, never a
    reported figure that /figures lists across articles."""
    f = one(nlp, text)
    assert f.subject == subject
    assert subject_group(f.subject, f.unit) is None


@pytest.mark.parametrize(
    ("subject", "unit", "key"),
    [
        ("Höhe", "Meter", None),
        ("Wert", "Euro", None),
        ("Minus", "Prozent", None),
        ("Darüber", "Euro", None),
        ("Allein", "Dollar", None),
        ("Kilogramm", "Meter", None),
        ("Celsius", "Grad", None),
        ("Rückstand", "Punkt", None),  # whose lead or gap? a sports table of many stories
        ("Höhe des Turms", "Meter", "Höhe des Turms"),
        ("Wahlbeteiligung", "Prozent", "Wahlbeteiligung"),
    ],
)
def test_a_measure_without_owner_is_no_topic(subject: str, unit: str, key: str | None) -> None:
    """A dimension, a unit or an adverb alone says what was measured but not of what: in a
    corpus of many stories it would join unrelated amounts into one topic."""
    assert subject_group(subject, unit) == key


def test_an_article_states_its_scope_by_its_event_or_its_place() -> None:
    from bot.nlp.figures.places import text_scope

    assert text_scope("Schwerer Busunfall in Peru. Der Bus stürzte in eine Schlucht.") == (
        "Unfall",
        "Peru",
    )
    assert text_scope("In Nigeria starben 13 Menschen. Die Regierung in Nigeria trauert.") == (
        None,
        "Nigeria",
    )
    # a place named once is the article's scope only when its lead names it, as reports do
    # ("Streit in Dortmund-Bövinghausen"); a place named once further down is none
    assert text_scope("Die Regierung in Nigeria trauert um 13 Menschen.") == (None, "Nigeria")
    lead = " ".join(["Die Regierung trauert um 13 Menschen."] * 12)
    assert text_scope(f"{lead} Die Regierung in Nigeria trauert.") == (None, None)


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [
        ("Die Ermittler schätzen den Schaden auf rund 2 Millionen Euro.", "Schaden", "Ermittler"),
        (
            "Zudem schätzt die Versicherung den Schaden auf mehr als 5 Millionen Euro.",
            "Schaden",
            "Versicherung",
        ),
        ("Die Polizei beziffert den Sachschaden auf 300.000 Euro.", "Sachschaden", "Polizei"),
        ("Den Schaden schätzt die Polizei auf 300.000 Euro.", "Schaden", "Polizei"),
    ],
)
def test_estimate_verb_measures_its_object_and_its_subject_is_the_source(
    nlp: Language, text: str, subject: str, source: str
) -> None:
    """'X schätzt/beziffert Y auf N': Y is what is measured, X who says so."""
    fig = one(nlp, text)
    assert (fig.subject, fig.source) == (subject, source)


@pytest.mark.parametrize(
    "text",
    [
        "Bei dem Brand in Duisburg wurden 5 Menschen verletzt.",
        "In Duisburg wurden bei dem Brand 5 Menschen verletzt.",
        "Bei dem Brand wurden in Duisburg 5 Menschen verletzt.",
        "Die Feuerwehr zählte in Duisburg 14 Verletzte nach dem Brand.",
        "Nach dem Brand in Duisburg zählte die Feuerwehr 14 Verletzte.",
    ],
)
def test_event_and_place_in_any_order_give_one_subject(nlp: Language, text: str) -> None:
    """One story's injured, however the sentence orders the event and the place, is one
    topic: the scope is the event and the place, not the order they were written in."""
    f = one(nlp, text)
    assert subject_group(f.subject, f.unit) == "Verletzte (Brand Duisburg)"


def test_written_scopes_in_either_order_share_a_key() -> None:
    assert subject_group("Verletzte in Duisburg (Brand)", "Verletzte") == subject_group(
        "Verletzte (Brand in Duisburg)", "Verletzte"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Allein in der Stadt Celje kamen 19 Menschen ums Leben.", "Celje"),
        (
            "Bei Überschwemmungen in der spanischen Region Valencia starben 220 Menschen.",
            "Valencia",
        ),
        ("Beim Erdbeben im Südosten der Türkei starben 50.000 Menschen.", "Türkei"),
    ],
)
def test_a_framed_place_is_the_counts_place(nlp: Language, text: str, place: str) -> None:
    from bot.nlp.figures.places import scope_of

    assert scope_of(one(nlp, text).subject)[1] == place


def test_a_partitive_after_the_comma_keeps_its_place_to_itself(nlp: Language) -> None:
    from bot.nlp.figures.scopes import clause_scope

    sentence = "Demnach kamen 118 Menschen ums Leben, 35 von ihnen in der Region Celje."
    assert clause_scope(sentence, "118 Menschen")[1] is None
    assert clause_scope(sentence, "35 von ihnen")[1] == "Celje"


def test_a_story_naming_its_country_without_in_has_that_place() -> None:
    from bot.nlp.figures.places import text_scope

    text = (
        "Ein Monat nach der Flut: Slowenien zählt 128 Todesopfer\n"
        "Die slowenische Regierung hat eine Bilanz der Flut gezogen."
    )
    assert text_scope(text) == ("Hochwasser", "Slowenien")
    assert text_scope("Die Flut: Slowenien zählt 128 Tote.")[1] is None  # named once only


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Die CDU kam auf 30 Prozent.", "Stimmenanteil CDU"),
        ("In der Umfrage lag die SPD bei 16 Prozent.", "Stimmenanteil SPD"),
        ("Die Freiheitsbewegung kam auf 18 Prozent.", "Stimmenanteil Freiheitsbewegung"),
        (
            "Stärkste Kraft wurde die konservative SDS mit 31 Prozent der Stimmen.",
            "Stimmenanteil SDS",
        ),
    ],
)
def test_a_partys_result_is_its_share_of_the_vote(nlp: Language, text: str, subject: str) -> None:
    assert one(nlp, text).subject == subject


def test_a_result_verb_without_a_party_is_no_vote_share(nlp: Language) -> None:
    assert one(nlp, "Die Inflation lag bei 3 Prozent.").subject == "Inflation"


def test_a_phrase_after_the_verb_is_no_attachment_of_the_count(nlp: Language) -> None:
    found = one(nlp, "Zwei Männer rissen die Handtasche aus dem Kinderwagen und flüchteten.")
    assert "Kinderwagen" not in (found.subject or "").split(" (")[0]
    assert one(nlp, "Drei Männer aus dem Dorf wurden festgenommen.").subject == (
        "Männer aus dem Dorf"
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the injured of a protest: the protest is their event, as a fire is ("(Brand)")
        (
            "Bei den Protesten wurden 12 Demonstranten verletzt.",
            "Verletzte (Demonstranten) (Protest)",
        ),
        (
            "Nach Polizeiangaben wurden drei Demonstranten vorübergehend festgenommen.",
            "Festnahmen (Demonstranten)",
        ),
    ],
)
def test_what_happened_to_protesters_is_no_protest_size(
    nlp: Language, text: str, subject: str
) -> None:
    assert one(nlp, text).subject == subject
    assert subject_group(subject, "Demonstrant") != subject_group("Demonstranten", "Demonstrant")


def test_people_moving_from_one_count_to_another_are_no_total(nlp: Language) -> None:
    moved = one(
        nlp,
        "Drei Menschen, die bisher als vermisst galten, wurden tot geborgen.",
    )
    assert subject_group(moved.subject, moved.unit) is None  # neither dead nor missing total
    injured = one(nlp, "600 Menschen, die bei dem Beben verletzt wurden, werden behandelt.")
    assert injured.subject is not None and injured.subject.startswith("Verletzte")
