"""Topic noise on corpora of many stories (issue 12): abstract nouns, idioms, ranks, clause
openers and sports scores never become a /figures topic, and shares of different elections
never share one. German sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.models import Figure
from bot.nlp.figures.component import figures_pipeline
from bot.nlp.figures.subjects import subject_group


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = figures_pipeline()
    return pipeline


def figs(nlp: Language, text: str, published: date | None = None) -> list[Figure]:
    doc = nlp.make_doc(text)
    doc._.article_date = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.figures)


def one(nlp: Language, text: str, published: date | None = None) -> Figure:
    found = figs(nlp, text, published)
    assert len(found) == 1, [(f.text, f.subject) for f in found]
    return found[0]


def key(f: Figure) -> str | None:
    return subject_group(f.subject, f.unit)


@pytest.mark.parametrize(
    "text",
    [
        "Der Grund sind 3 Prozent weniger Einnahmen.",
        "Die Chancen in der deutschen Abwehr stehen bei 50 Prozent.",
        "Er belegte den vierten Platz mit 120 Metern.",
        "Im ersten Durchgang sprang sie 98 Meter.",
    ],
)
def test_abstract_nouns_and_ranks_are_no_topic(nlp: Language, text: str) -> None:
    f = one(nlp, text)
    assert key(f) is None, f.subject


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("In erster Linie fehlen 200 Lehrer an den Grundschulen.", "Linie"),
        ("Aufgrund des Sturms wurden 300 Häuser beschädigt.", "Aufgrund"),
        ("Laut BBC News kostete der Umbau 5 Millionen Dollar.", "Laut"),
        ("Nach neuen Erkenntnissen waren 40 Hotels betroffen.", "Erkenntnissen"),
        ("Der Konvoi mit 30 Lastwagen fuhr in Richtung Grenze.", "Richtung"),
        ("Im Vorfeld der Wahl traten 12 Parteien an.", "Vorfeld"),
        ("Um 14 Uhr starteten 20 Sportflugzeuge.", "Uhr"),
    ],
)
def test_idioms_openers_and_frames_never_enter_a_subject(
    nlp: Language, text: str, noise: str
) -> None:
    """The topic names what is counted, never the idiom or the clause opener around it."""
    f = one(nlp, text)
    assert noise not in (f.subject or ""), f.subject
    assert noise.lower() not in (key(f) or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "Bayern gewann 2:1 gegen Dortmund.",
        "Nach dem 3:0 im Hinspiel reichte ein 1:1.",
        "Das Spiel endete 2 : 2.",
    ],
)
def test_sports_scores_are_no_figures(nlp: Language, text: str) -> None:
    assert figs(nlp, text) == []


def test_shares_of_different_elections_are_different_topics(nlp: Language) -> None:
    bavaria = one(nlp, "Die SPD erhielt bei der Landtagswahl in Bayern 8,4 Prozent der Stimmen.")
    federal = one(nlp, "Die SPD erhielt bei der Bundestagswahl 2021 25,7 Prozent der Stimmen.")
    greens = one(nlp, "Die Grünen erhielten bei der Bundestagswahl 2021 14,8 Prozent der Stimmen.")
    assert bavaria.subject == "Stimmenanteil SPD (Landtagswahl in Bayern)"
    assert federal.subject == "Stimmenanteil SPD (Bundestagswahl 2021)"
    assert len({key(bavaria), key(federal), key(greens)}) == 3


def test_a_share_without_a_stated_year_takes_the_year_of_its_date(nlp: Language) -> None:
    """Two articles that just say "bei der Landtagswahl" about elections five years apart."""
    old = one(nlp, "Die CDU kam bei der Landtagswahl auf 27 Prozent.", date(2018, 10, 29))
    new = one(nlp, "Die CDU kam bei der Landtagswahl auf 34,6 Prozent.", date(2023, 10, 9))
    assert old.subject == "Stimmenanteil CDU (Landtagswahl 2018)"
    assert key(old) != key(new) and key(new) is not None


def test_turnout_of_two_years_is_two_topics(nlp: Language) -> None:
    old = one(nlp, "Die Wahlbeteiligung lag bei 61 Prozent.", date(2018, 10, 29))
    new = one(nlp, "Die Wahlbeteiligung lag bei 66 Prozent.", date(2023, 10, 9))
    assert old.subject == "Wahlbeteiligung (2018)"
    assert key(old) != key(new) and key(new) is not None


def test_turnout_keeps_its_election(nlp: Language) -> None:
    f = one(nlp, "Die Wahlbeteiligung bei der Landtagswahl in Hessen lag bei 66 Prozent.")
    assert "Hessen" in (key(f) or "")
    plain = one(nlp, "Die Inflation lag bei 2,4 Prozent.")
    assert plain.subject == "Inflation"  # no election: nothing added


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("30 Menschen sind ums Leben gekommen.", "Die Zahl der Todesopfer stieg auf 31."),
        ("Es gab 40 tote Menschen.", "Es gab 41 Tote."),
        ("Bisher gab es 45 Opfer.", "Retter bargen 46 Leichen."),
    ],
)
def test_the_dead_join_whatever_the_words(nlp: Language, a: str, b: str) -> None:
    assert key(one(nlp, a)) == key(one(nlp, b)) == "Tote"


def test_dead_missing_and_injured_stay_apart(nlp: Language) -> None:
    keys = {
        key(one(nlp, "30 Menschen sind ums Leben gekommen.")),
        key(one(nlp, "30 Menschen werden vermisst.")),
        key(one(nlp, "30 Menschen wurden verletzt.")),
        key(one(nlp, "Es gab 30 verletzte Personen.")),
    }
    assert keys == {"Tote", "Vermisste", "Verletzte"}


def test_measured_subjects_are_whole_words_without_the_unit(nlp: Language) -> None:
    damage = one(nlp, "Der bisher geschätzte Unfallschaden liegt bei 160.000 Euro.")
    assert damage.subject == "bisher geschätzte Unfallschaden"  # never "bishe geschätzte"
    paid = figs(nlp, "Er muss 3.000 Euro Schmerzensgeld zahlen, von denen 1.000 Euro bezahlt sind.")
    assert [f.subject for f in paid] == ["Schmerzensgeld", "Schmerzensgeld"]  # not "Euro …"
    own = one(nlp, "Ihr Umsatz stieg um 12 Prozent.")
    assert own.subject == "Umsatz"  # the possessive is no modifier ("ihre Umsatz")
