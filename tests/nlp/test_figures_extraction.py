"""Figures as a reader of a German news text would list them: value, qualifier, counted
thing, who reported it and when - and numbers that count nothing left out."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.models import Figure, Quote
from bot.nlp.figures.component import figures_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = figures_pipeline()
    return pipeline


def figures(nlp: Language, text: str, **ext: object) -> list[Figure]:
    doc = nlp.make_doc(text)
    for key, value in ext.items():
        setattr(doc._, key, value)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.figures)


def one(nlp: Language, text: str, **ext: object) -> Figure:
    found = figures(nlp, text, **ext)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "qualifier", "unit"),
    [
        ("Es wurden 3.000 Soldaten verlegt.", 3000, None, "exact", "Soldat"),
        ("Es wurden 3000 Soldaten verlegt.", 3000, None, "exact", "Soldat"),
        ("Das Paket umfasst 1,5 Millionen Euro.", 1_500_000, None, "exact", "Euro"),
        ("Die EU sagt 2 Mrd. Euro zu.", 2e9, None, "exact", "Euro"),
        ("Es kamen 12 000 Soldaten.", 12000, None, "exact", "Soldat"),
        ("Es kamen 12\u00a0000 Soldaten.", 12000, None, "exact", "Soldat"),
        ("Es kamen 1 250 000 Menschen.", 1_250_000, None, "exact", "Mensch"),
        ("Die Kosten liegen bei 3 Mio. Dollar.", 3e6, None, "exact", "Dollar"),
        ("Die Hilfe beträgt 50 Milliarden Dollar.", 5e10, None, "exact", "Dollar"),
        ("Der Staat zahlt 20 € pro Kopf.", 20, None, "exact", "Euro"),
        ("Die Inflation stieg auf 2,4 Prozent.", 2.4, None, "exact", "Prozent"),
        ("Die Partei kam auf 12,5 %.", 12.5, None, "exact", "Prozent"),
        ("Zwischen 10.000 und 12.000 Soldaten sind dort.", 10000, 12000, "range", "Soldat"),
        ("Es sind 10.000 bis 12.000 Soldaten.", 10000, 12000, "range", "Soldat"),
        ("Es sind 10.000–12.000 Soldaten.", 10000, 12000, "range", "Soldat"),
        ("Nordkorea schickte dreitausend Soldaten.", 3000, None, "exact", "Soldat"),
        ("Nordkorea schickte zwölftausend Soldaten.", 12000, None, "exact", "Soldat"),
        ("Bei dem Angriff starben drei Piloten.", 3, None, "exact", "Pilot"),
        ("An Bord waren zweihundert Passagiere.", 200, None, "exact", "Passagier"),
        ("Er sprach mit 52 Passagieren.", 52, None, "exact", "Passagier"),
        ("Das Bündnis von 31 Ländern tagt.", 31, None, "exact", "Land"),
        ("Mindestens 3.000 Soldaten sind dort.", 3000, None, "at_least", "Soldat"),
        ("Wenigstens 40 Menschen starben.", 40, None, "at_least", "Mensch"),
        ("Mehr als 10.000 Soldaten sind dort.", 10000, None, "more_than", "Soldat"),
        ("Über 10.000 Soldaten sind dort.", 10000, None, "more_than", "Soldat"),
        ("Bis zu 3000 nordkoreanische Soldaten sind dort.", 3000, None, "at_most", "Soldat"),
        ("Höchstens 200 Menschen passen hinein.", 200, None, "at_most", "Mensch"),
        ("Rund 12.000 Soldaten könnten folgen.", 12000, None, "approx", "Soldat"),
        ("Etwa 80 Prozent stimmten zu.", 80, None, "approx", "Prozent"),
        ("Es kamen ca. 500 Demonstranten.", 500, None, "approx", "Demonstrant"),
        ("Knapp 60.000 Bewohner flohen.", 60000, None, "approx", "Bewohner"),
        ("Fast 50 Methoden wurden geprüft.", 50, None, "approx", "Methode"),
        ("Tausende nordkoreanische Soldaten sind dort.", 1000, None, "vague", "Soldat"),
        ("Hunderte Menschen protestierten.", 100, None, "vague", "Mensch"),
        ("Dutzende Häuser brannten.", 12, None, "vague", "Haus"),
        ("Zehntausende Menschen flohen.", 10000, None, "vague", "Mensch"),
        ("Hunderttausende Menschen flohen.", 100000, None, "vague", "Mensch"),
        # a compound of a nominalised adjective keeps its noun: never "Polizeibeamt"
        ("Rund 280 Polizeibeamte waren im Einsatz.", 280, None, "approx", "Polizeibeamte"),
    ],
)
def test_value_qualifier_and_unit(
    nlp: Language,
    text: str,
    value: float,
    value_max: float | None,
    qualifier: str,
    unit: str,
) -> None:
    f = one(nlp, text)
    assert (f.value, f.value_max, f.qualifier, f.unit) == (value, value_max, qualifier, unit)


def test_text_covers_qualifier_number_and_counted_noun(nlp: Language) -> None:
    text = "Das Amt geht davon aus, dass mindestens 3.000 nordkoreanische Soldaten dort sind."
    f = one(nlp, text)
    assert f.text == "mindestens 3.000 nordkoreanische Soldaten"
    assert text[f.start_char : f.end_char] == f.text
    assert f.sentence == text and f.sentence_index == 0


def test_adjectives_are_skipped_for_the_unit_and_kept_in_the_subject(nlp: Language) -> None:
    a = one(nlp, "Es kamen 1.500 nordkoreanische Soldaten an.")
    b = one(nlp, "Mit tausenden nordkoreanischen Soldaten wächst der Druck.")
    c = one(nlp, "Es sind 11.000 Soldaten aus Nordkorea stationiert.")
    assert a.unit == b.unit == c.unit == "Soldat"
    assert a.subject == b.subject == c.subject == "nordkoreanische Soldaten"


def test_weitere_marks_an_addition(nlp: Language) -> None:
    f = one(nlp, "Am Mittwoch wurde bekannt, dass weitere 1.500 Soldaten entsandt wurden.")
    assert f.is_addition and f.value == 1500 and f.text == "weitere 1.500 Soldaten"
    assert not one(nlp, "Es wurden 1.500 Soldaten entsandt.").is_addition


@pytest.mark.parametrize(
    "text",
    [
        "Die Nato wurde 1949 gegründet.",
        "Austin ist seit Januar 2021 Verteidigungsminister.",
        "Das Treffen ist am 15. November in Berlin.",
        "Das Treffen war am 15.11.2024 in Berlin.",
        "Die Sitzung beginnt um 14:30 Uhr.",
        "Die Sitzung beginnt um 14 Uhr.",
        "Er ist der erste Afroamerikaner in diesem Amt.",
        "Die G7-Staaten sagten Hilfe zu.",
        "Die Ukraine erhält F-16-Kampfjets.",
        "Eine Boeing 747 landete in Frankfurt.",
        "Nach Artikel 5 muss das Bündnis helfen.",
        "Die Hotline ist unter 0800 123456 erreichbar.",
        "Ein militärisches Bündnis zwischen zwei so isolierten Staaten birgt Risiken.",
        "Das geschah vor drei Jahren in Kiew.",
        "Er traf einen Minister und eine Ministerin.",
        "24. Oktober, 2024",
    ],
)
def test_numbers_that_count_nothing_are_not_figures(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_several_figures_in_one_sentence(nlp: Language) -> None:
    found = figures(
        nlp, "Bei dem Unglück starben 16 Menschen, 119 Verletzte kamen ins Krankenhaus."
    )
    assert [(f.value, f.unit) for f in found] == [(16, "Mensch"), (119, "Verletzte")]


def test_sentence_final_number_with_glued_full_stop(nlp: Language) -> None:
    f = one(nlp, "Die Zahl der Soldaten stieg auf 10.000.")
    assert f.value == 10000 and f.text == "10.000"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Laut US-Außenministerium befinden sich mehr als 10.000 Soldaten dort.",
            "US-Außenministerium",
        ),
        ("Schätzungen zufolge könnte Nordkorea rund 12.000 Soldaten schicken.", "Schätzungen"),
        (
            "Nach Angaben des Verteidigungsministeriums starben 40 Soldaten.",
            "Verteidigungsministerium",
        ),
        ("Tausende Soldaten sind nach US-Angaben in Russland.", "US-Regierung"),
        ("Nach Polizeiangaben kamen 3.000 Demonstranten.", "Polizei"),
        (
            "Der südkoreanische Geheimdienst meldete, dass 1.500 Soldaten verlegt worden seien.",
            "südkoreanischer Geheimdienst",
        ),
        (
            "Südkoreanische und westliche Geheimdienste schätzen, dass über 10.000 Soldaten dort sind.",
            "Südkoreanische und westliche Geheimdienste",
        ),
        (
            "Der Kommunikationsdirektor der USA, John Kirby, berichtet, dass bis zu 3000 Soldaten dort sind.",
            "John Kirby",
        ),
        (
            "Im Oktober bestätigte John Kirby, Sprecher des Sicherheitsrats, 3.000 Soldaten.",
            "John Kirby",
        ),
        ("Es seien 3.000 Soldaten, sagte Kirby.", "Kirby"),
        ("Es seien 3.000 Soldaten, so Kirby.", "Kirby"),
        ("Wie das Ministerium mitteilte, starben 40 Soldaten.", "Ministerium"),
        ("Die Zahl der Soldaten liegt bei 3.000.", None),
        ("Am Samstag starben behördlichen Angaben zufolge 12 Menschen.", None),
        ("Wegen der prognostizierten Länge von 13 Metern wird es eng.", None),
        ("Polizeiangaben zufolge kamen 300 Menschen.", "Polizei"),
        ("Es gab 77 registrierten rechtsextremen Gewalttaten.", None),
    ],
)
def test_source_from_attribution_in_the_sentence(
    nlp: Language, text: str, source: str | None
) -> None:
    assert one(nlp, text).source == source


def test_source_of_possessive_angaben_is_the_previous_speaker(nlp: Language) -> None:
    found = figures(
        nlp,
        "Der ukrainische Präsident Wolodymyr Selenskyj berichtete von Kämpfen. "
        "Nach seinen Angaben sind rund 11.000 Soldaten stationiert.",
    )
    assert [f.source for f in found] == ["Wolodymyr Selenskyj"]


def test_source_from_quote_around_the_figure(nlp: Language) -> None:
    text = "Er sagte: „Wir haben 3.000 Soldaten gezählt.“"
    start = text.index("Wir")
    quote = Quote(
        speaker="John Kirby",
        speaker_role=None,
        kind="direct",
        text=text[start : len(text) - 1],
        cue="sagte",
        sentence=text,
        sentence_index=0,
        start_char=start,
        end_char=len(text) - 1,
    )
    assert one(nlp, text, quotes=[quote]).source == "John Kirby"


def test_refers_to_resolves_relative_dates_against_the_article_date(nlp: Language) -> None:
    anchor = date(2024, 11, 15)  # a Friday
    a = one(nlp, "Der Geheimdienst meldete am Mittwoch 1.500 Soldaten.", article_date=anchor)
    b = one(
        nlp, "Nordkorea entsandte im vergangenen Jahr über 10.000 Soldaten.", article_date=anchor
    )
    c = one(nlp, "Es sind 3.000 Soldaten.", article_date=anchor)
    assert a.refers_to == date(2024, 11, 13)
    assert b.refers_to == date(2023, 1, 1)
    assert c.refers_to == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Der Absatz stieg im Zeitraum von 2001 bis 2005 deutlich.",
        "Die nach den Anschlägen des Septembers 2001 beschlossenen Gesetze gelten weiter.",
        "Drei Jahre später folgte das Verbot.",
        "Mit solchen Beben ist alle zehn bis 20 Jahre zu rechnen.",
        "Die 1998 Europameisterin trat nicht an.",
        "Frankfurt gewann gegen Bielefeld 2 : 1.",
        "Der Mann war von 2014 bis 2019 Präsident.",
        "Künstlerischer Leiter wird 2007 Roger M. Buergel sein.",
        "Im Jahr 1294 trat er zurück, und 1415 trat Papst Gregor ab.",
        "Er lebt seit mehr als zehn Jahren in Thailand.",
        "Vor fast genau zwei Jahren schien der Deal sicher.",
        "Seit Ackermann 2002 Vorstandsvorsitzender wurde, sank der Kurs.",
        "Da innerhalb von 30 Minuten niemand kam, ging er.",
    ],
)
def test_years_and_time_references_are_not_figures(nlp: Language, text: str) -> None:
    assert [f.text for f in figures(nlp, text)] == []


def test_zusaetzliche_marks_an_addition_and_is_left_out_of_the_subject(nlp: Language) -> None:
    f = one(nlp, "Über 100 zusätzliche Soldaten sollen folgen.")
    assert f.is_addition and f.qualifier == "more_than" and f.subject == "Soldaten"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Es starben 15 irakische Zivilisten.", "irakische Zivilisten"),
        ("Das Bündnis von 31 Ländern tagt.", "Länder (Bündnis)"),
        ("Er sprach mit 52 Passagieren.", "Passagiere"),
        ("Sie liefen 3 Kilometer.", "Kilometer"),
        ("An Bord waren 309 Insassen.", "Insassen an Bord"),
        ("Zwei Staaten stimmten dagegen.", "Staaten"),
        (
            "Betroffen sind Gemeinden in 19 mexikanischen Bundesstaaten.",
            "mexikanische Bundesstaaten",
        ),
        ("Das gilt in 20 Staaten.", "Staaten"),
        ("Unter den 119 Verletzten war niemand.", "Verletzte"),
        ("Es gab 20 Tote.", "Tote"),
        ("Es kamen 200 Kräfte, mit 40 Kräften mehr.", "Kräfte"),
    ],
)
def test_subject_key_is_the_nominative_plural(nlp: Language, text: str, subject: str) -> None:
    assert {f.subject for f in figures(nlp, text)} == {subject}


def test_named_statement_around_the_figure_beats_the_sentence_marker(nlp: Language) -> None:
    text = "Tausende Soldaten sind nach US-Angaben in Russland."
    direct = Quote("John Kirby", None, "direct", text, None, text, 0, 0, len(text))
    according = Quote("US", None, "according_to", text, "nach", text, 0, 0, len(text))
    assert one(nlp, text, quotes=[direct]).source == "John Kirby"
    # An according-to quote stems from the same marker: the marker rule names it.
    assert one(nlp, text, quotes=[according]).source == "US-Regierung"


def test_bare_subject_takes_the_articles_qualified_subject(nlp: Language) -> None:
    found = figures(
        nlp,
        "Es wurden 1.500 nordkoreanische Soldaten verlegt. Später kamen weitere 1.500 Soldaten.",
    )
    assert [f.subject for f in found] == ["nordkoreanische Soldaten"] * 2


def test_bare_subject_follows_the_dominant_mention(nlp: Language) -> None:
    text = (
        "Die Rolle der nordkoreanischen Soldaten ist unklar. Man sah dort nordkoreanische "
        "Soldaten. Über 10.000 Soldaten sollen es sein."
    )
    assert [f.subject for f in figures(nlp, text)] == ["nordkoreanische Soldaten"]
    mixed = "Russische Soldaten und ukrainische Soldaten kämpfen. Über 10.000 Soldaten fielen."
    assert [f.subject for f in figures(nlp, mixed)] == ["Soldaten"]


def test_zahl_der_names_the_counted_thing(nlp: Language) -> None:
    f = one(nlp, "Die Zahl der Toten stieg auf 47.")
    assert (f.value, f.unit, f.subject) == (47, "Tote", "Tote")


def test_source_inside_quoted_outlet_name(nlp: Language) -> None:
    text = "Laut einem Bericht der „New York Times“ sollen bis zu 12.000 Soldaten beteiligt sein."
    assert one(nlp, text).source == "New York Times"


def test_counts_next_to_years_and_links_stay_figures(nlp: Language) -> None:
    found = figures(nlp, "In den Jahren 2023 und 2024 kamen 2000 Soldaten und 1500 Mitarbeiter.")
    assert [(f.value, f.unit) for f in found] == [(2000, "Soldat"), (1500, "Mitarbeiter")]


def test_quantifying_adjectives_stay_out_of_the_subject(nlp: Language) -> None:
    assert one(nlp, "Damit sind mehr als 250.000 andere Menschen betroffen.").subject == "Menschen"


def test_source_uses_the_articles_full_name_for_the_speaker(nlp: Language) -> None:
    text = "Wir wissen wenig. Es seien 3.000 Soldaten, sagte Kirby."
    quote = Quote("John Kirby", None, "direct", "Wir wissen wenig", None, text, 0, 0, 16)
    assert one(nlp, text, quotes=[quote]).source == "John Kirby"


def test_teasers_of_other_articles_have_no_figures(nlp: Language) -> None:
    text = "Es kamen 3.000 Soldaten.\n\nLesen Sie auch: 500 Panzer für Kiew."
    teaser_start = text.index("Lesen")
    found = figures(nlp, text, sections=[(0, 24, "report"), (teaser_start, len(text), "teaser")])
    assert [f.text for f in found] == ["3.000 Soldaten"]


def test_the_lead_under_the_headline_is_read_though_tagged_teaser(nlp: Language) -> None:
    text = "Mindestens 600 Menschen starben bei dem Beben.\n\nDie Helfer suchen weiter."
    found = figures(nlp, text, sections=[(0, 46, "teaser"), (48, len(text), "report")])
    assert [f.text for f in found] == ["Mindestens 600 Menschen"]


def test_an_age_in_a_compound_is_a_figure_the_year_span_is_not(nlp: Language) -> None:
    found = figures(nlp, "Der 71-Jährige war von 2014 bis 2019 Präsident.")
    assert [(f.text, f.value, f.unit) for f in found] == [("71-Jährige", 71, "Jahr")]


def test_durations_and_ages_that_measure_stay_figures(nlp: Language) -> None:
    found = figures(nlp, "Er erhielt zwei Jahre Haft und ist 75 Jahre alt.")
    assert [(f.value, f.unit) for f in found] == [(2, "Jahr"), (75, "Jahr")]


def test_unit_abbreviations_are_case_sensitive(nlp: Language) -> None:
    found = figures(nlp, "Das Kraftwerk hat 10 MW, der Konvoi ist 60 km lang, das Beben 7,4 Mw.")
    assert [f.unit for f in found] == ["Megawatt", "Kilometer", "Mw"]


def test_separable_report_verb_needs_its_particle_at_the_clause_end(nlp: Language) -> None:
    assert one(nlp, "Das Ministerium teilte mit, dass 300 Soldaten verlegt wurden.").source == (
        "Ministerium"
    )
    text = "Mit weniger als drei Euro am Tag teilt sich Timor-Leste Platz 158 mit Ruanda."
    assert one(nlp, text).source is None
