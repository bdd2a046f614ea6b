"""Who reported a figure (issue 12): "demnach" points back, headline attributions, measuring
verbs, unnamed sources. German sentences written for these tests, run through the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bot.models import ArticleExtraction, Paragraph, ParsedArticle
from bot.nlp import Extractor


def _extract(extractor: Extractor, body: str, title: str = "Titel") -> ArticleExtraction:
    article = ParsedArticle(
        "t.txt", "t.txt", title, date(2025, 4, 1), None, (Paragraph(body),), "0"
    )
    return extractor.extract(article)


@pytest.fixture
def sources(extractor: Extractor) -> Callable[..., list[tuple[str, str | None]]]:
    def run(body: str, title: str = "Titel") -> list[tuple[str, str | None]]:
        return [(f.text, f.source) for f in _extract(extractor, body, title).figures]

    return run


def test_demnach_points_back_to_the_previous_sentence(sources) -> None:
    assert sources(
        "Die Behörden legten am Montag neue Zahlen vor. Demnach starben 3.700 Menschen."
    ) == [("3.700 Menschen", "Behörden")]
    assert sources(
        "Die Militärregierung teilte mit, dass bisher 2.056 Menschen ums Leben gekommen seien. "
        "Etwa 600 wurden demnach in Mandalay getötet."
    ) == [("2.056 Menschen", "Militärregierung"), ("Etwa 600", "Militärregierung")]


def test_without_demnach_the_article_states_the_figure(sources) -> None:
    assert sources("Die Behörden legten neue Zahlen vor. Am Abend starben 3.700 Menschen.") == [
        ("3.700 Menschen", None)
    ]


def test_headline_attribution(sources) -> None:
    found = sources(
        "Die Lage bleibt unklar.", title="Nordkorea schickt 1.500 Soldaten – Geheimdienst"
    )
    assert found == [("1.500 Soldaten", "Geheimdienst")]
    found = sources(
        "Die Lage bleibt unklar.", title="Geheimdienst: Nordkorea schickt 1.500 Soldaten"
    )
    assert found == [("1.500 Soldaten", "Geheimdienst")]
    # body sentences end with a full stop: a dash or a colon there names no source
    assert sources("Bilanz: 40 Tote.") == [("40 Tote", None)]
    assert sources("Es gab 40 Tote – Frauen.") == [("40 Tote", None)]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Die Polizei zählte 5.000 Demonstranten.", "Polizei"),
        ("Der Wetterdienst registrierte 120 Liter Regen pro Quadratmeter.", "Wetterdienst"),
        ("Das Gesundheitsministerium meldete 45 neue Fälle.", "Gesundheitsministerium"),
    ],
)
def test_measuring_verbs_name_the_source(sources, body: str, source: str) -> None:
    assert [s for _, s in sources(body)] == [source]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Wie die Feuerwehr mitteilte, wurden 30 Menschen verletzt.", "Feuerwehr"),
        (
            "Wie das Innenministerium am Montag bekannt gab, wurden 200 Personen festgenommen.",
            "Innenministerium",
        ),
        ("30 Menschen wurden verletzt, teilte die Polizei mit.", "Polizei"),
        ("Nach Polizeiangaben wurden 30 Menschen verletzt.", "Polizei"),
    ],
)
def test_report_clauses_name_the_source(sources, body: str, source: str) -> None:
    assert [s for _, s in sources(body)] == [source]


def test_unnamed_source_keeps_its_description(sources) -> None:
    found = sources(
        "Ein Mitarbeiter der Rettungskräfte, der nicht genannt werden wollte, sprach von 200 Toten."
    )
    assert found == [("200 Toten", "Mitarbeiter der Rettungskräfte")]


def test_subject_never_names_the_source(extractor: Extractor) -> None:
    [f] = _extract(extractor, "Die Polizei zählte 5.000 Demonstranten.").figures
    assert f.subject == "Demonstranten"
    for body, source in (
        ("Nach Angaben der Veranstalter kamen 20.000 Menschen.", "Veranstalter"),
        ("Die Veranstalter sprachen von 20.000 Menschen.", "Veranstalter"),
        ("Nach Angaben des Roten Kreuzes wurden 300 Menschen obdachlos.", "Rotes Kreuz"),
    ):
        [f] = _extract(extractor, body).figures
        assert f.source == source and source.split()[-1] not in (f.subject or ""), f.subject


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Laut Feuerwehr wurden 14 Menschen verletzt.", "Feuerwehr"),
        ("Gemäß dem Landesamt fielen 80 Liter Regen.", "Landesamt"),
        ("Laut Angaben des Innenministeriums wurden 40 Menschen festgenommen.", "Innenministerium"),
        ("Der Stadtverwaltung zufolge sind 300 Häuser beschädigt.", "Stadtverwaltung"),
        ("Angaben des Roten Kreuzes zufolge sind 300 Häuser beschädigt.", "Rotes Kreuz"),
        ("Behördenangaben zufolge sind 300 Häuser beschädigt.", "Behörden"),
        ("Nach Angaben der Küstenwache wurden 12 Seeleute gerettet.", "Küstenwache"),
        ("Nach ukrainischen Angaben wurden 12 Drohnen abgeschossen.", "Ukraine"),
        (
            "Die Agentur meldete unter Berufung auf Sanitäter 25 Verletzte.",
            "Sanitäter",
        ),
        ("Rund 60 Häuser sind unbewohnbar, so der Bürgermeister.", "Bürgermeister"),
    ],
)
def test_according_to_markers_of_the_shared_stage(sources, body: str, source: str) -> None:
    """laut, gemäß, zufolge and 'unter Berufung auf' come from the shared attribution stage
    (lexicons/according_to.tsv); the figure rules read report nouns and compounds."""
    assert [s for _, s in sources(body)] == [source]


def test_unnamed_report_noun_is_an_anonymous_source(sources) -> None:
    assert sources("Ersten Angaben zufolge sind 300 Häuser beschädigt.") == [
        ("300 Häuser", "anonymous")
    ]


def test_a_back_marker_after_the_verb_points_back(sources) -> None:
    """'demnach' anywhere and 'demzufolge' point back; 'danach' with hearsay, or right
    after a sentence that presents a document ("legte eine Bilanz vor")."""
    assert sources(
        "Die Küstenwache legte am Abend eine Bilanz vor. Gerettet wurden demzufolge 40 Menschen."
    ) == [("40 Menschen", "Küstenwache")]
    assert sources(
        "Die Küstenwache legte am Abend eine Bilanz vor. Danach sollen 40 Menschen gerettet "
        "worden sein."
    ) == [("40 Menschen", "Küstenwache")]
    assert sources(
        "Die Küstenwache legte am Abend eine Bilanz vor. Danach wurden 40 Menschen gerettet."
    ) == [("40 Menschen", "Küstenwache")]
    assert sources(
        "Die Küstenwache suchte am Abend die Bucht ab. Danach wurden 40 Menschen gerettet."
    ) == [("40 Menschen", None)]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Die Polizei hat 5.000 Demonstranten gezählt.", "Polizei"),
        ("Das Landesamt bezifferte den Schaden auf 3 Millionen Euro.", "Landesamt"),
        ("Die Behörde gab die Zahl der Toten mit 35 an.", "Behörde"),
        ("Das Amt prognostizierte 4 Prozent Wachstum.", "Amt"),
    ],
)
def test_report_verb_forms_come_from_lemmas(sources, body: str, source: str) -> None:
    """Finite forms, participles after an auxiliary and separable verbs with their particle
    are found through the lemma lookup (lexicons/cue_report_verbs.tsv, read by the
    attribution stage)."""
    assert [s for _, s in sources(body)] == [source]


def test_a_separable_verb_without_its_particle_reports_nothing(sources) -> None:
    assert sources("Der Verein teilt sich Platz 4 mit Ruanda.") in ([], [("Platz 4", None)])
    assert all(s is None for _, s in sources("Der Verein gab 3 Millionen Euro aus."))


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Nach Berichten der Zeitung wurden 12 Menschen verletzt.", "Zeitung"),
        ("Nach Schätzung der Vereinten Nationen flohen 4.000 Menschen.", "Vereinte Nationen"),
        ("Mindestens 60 Häuser sind zerstört, so die Feuerwehr, und 12 beschädigt.", "Feuerwehr"),
    ],
)
def test_report_nouns_and_so_come_from_the_shared_stage(sources, body: str, source: str) -> None:
    """'nach' + any report noun of lexicons/report_nouns.tsv and '…, so X' are found by the
    shared attribution stage (report_noun_source, so_source)."""
    assert {s for _, s in sources(body)} == {source}


def test_heisst_es_in_names_the_document(sources) -> None:
    """ "In dem Bericht des Umweltamts heißt es, …": the statement stage names the document's
    author, and the figure inside the statement takes it."""
    assert sources("In dem Bericht des Umweltamts heißt es, 300 Seen seien verschmutzt.") == [
        ("300 Seen", "Umweltamt")
    ]


@pytest.mark.parametrize(
    ("body", "subject", "source"),
    [
        ("Die Zahl der Toten bezifferte die Polizei auf 12.", "Tote", "Polizei"),
        ("Die Zahl der Toten bezifferte die Polizei am Abend auf 12.", "Tote", "Polizei"),
        ("Den Schaden beziffert der Verband auf 3 Millionen Euro.", "Schaden", "Verband"),
        ("Die Kosten bezifferte das Ministerium auf 40 Millionen Euro.", "Kosten", "Ministerium"),
        ("Die Schäden schätzt die Versicherung auf 2 Milliarden Euro.", "Schäden", "Versicherung"),
        ("Das Ministerium bezifferte die Kosten auf 40 Millionen Euro.", "Kosten", "Ministerium"),
        ("Die Zahl der Verletzten gab das Rote Kreuz mit 40 an.", "Verletzte", "Rotes Kreuz"),
    ],
)
def test_a_fronted_object_is_what_is_measured_never_the_source(
    extractor: Extractor, body: str, subject: str, source: str
) -> None:
    """'Die Zahl der Toten bezifferte die Polizei auf 12': the feminine or neuter object in
    front looks like a subject, but the police reported and the dead are counted."""
    [f] = _extract(extractor, body).figures
    assert (f.subject, f.source) == (subject, source)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Das Rote Kreuz registrierte bis zum Abend 300 Verletzte.", "Rotes Kreuz"),
        ("In der Nacht zählte die Feuerwehr 14 Verletzte.", "Feuerwehr"),
        ("Die Behörden meldeten 12 weitere Tote.", "Behörden"),
    ],
)
def test_measuring_verbs_name_the_source_in_any_order(sources, body: str, source: str) -> None:
    assert [s for _, s in sources(body)] == [source]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Nach Angaben aus Sicherheitskreisen wurden 30 Menschen getötet.", "Sicherheitskreise"),
        ("Aus Regierungskreisen hieß es, 200 Soldaten seien verlegt worden.", "Regierungskreise"),
        (
            "Wie aus Sicherheitskreisen verlautete, wurden 25 Menschen verletzt.",
            "Sicherheitskreise",
        ),
        ("Sicherheitskreisen zufolge starben 17 Menschen.", "Sicherheitskreise"),
        ("Ein Sprecher sagte, 14 Menschen seien verletzt worden.", "Sprecher"),
        ("Laut einem Sprecher wurden 9 Menschen verletzt.", "Sprecher"),
        ("Ein Regierungssprecher sagte, es gebe 40 Tote.", "Regierungssprecher"),
        (
            "Nach Informationen aus Militärkreisen sind 500 Soldaten getötet worden.",
            "Militärkreise",
        ),
    ],
)
def test_an_unnamed_source_keeps_its_description_like_a_quote(
    extractor: Extractor, body: str, source: str
) -> None:
    """As a quote's anonymous speaker keeps its description in speaker_role, a figure keeps it
    in source (the contract has no role field), in the nominative; it is never the subject."""
    [f] = _extract(extractor, body).figures
    assert f.source == source
    assert "kreise" not in (f.subject or "").lower()


def test_demnach_after_a_fronted_time_phrase_finds_the_presenter(sources) -> None:
    assert sources(
        "Eine Woche nach der Flut haben die Behörden neue Zahlen vorgelegt. "
        "Demnach kamen insgesamt 118 Menschen ums Leben."
    ) == [("118 Menschen", "Behörden")]


def test_hiess_es_continues_the_report_before_it(sources) -> None:
    found = sources(
        "Bislang sind mindestens 23 Menschen gestorben, meldete der Zivilschutz. "
        "Die Lage sei unübersichtlich. Mehr als 300 Menschen würden noch vermisst, hieß es."
    )
    assert found[-1] == ("Mehr als 300 Menschen", "Zivilschutz")


def test_the_authority_and_the_ministry_refer_back_to_the_named_one(sources) -> None:
    found = sources(
        "Nach Angaben des Innenministeriums starben 57 Menschen. "
        "Drei weitere Leichen seien geborgen worden, teilte das Ministerium mit. "
        "Nach Angaben des Zivilschutzes werden 210 Menschen vermisst. "
        "Rettungskräfte hätten 14 Menschen gerettet, teilte die Behörde mit."
    )
    assert dict(found)["Drei weitere Leichen"] == "Innenministerium"
    assert dict(found)["14 Menschen"] == "Zivilschutz"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Vier Monate nach der Flut hat das Innenministerium die Zahl der Toten auf 131 "
            "korrigiert.",
            "Innenministerium",
        ),
        (
            "Für den Bau neuer Deiche veranschlagt das Umweltministerium rund 900 Millionen Euro.",
            "Umweltministerium",
        ),
    ],
)
def test_correcting_and_budgeting_verbs_name_the_source(sources, body: str, source: str) -> None:
    assert sources(body)[0][1] == source


def test_people_are_no_speaker_of_a_figure(sources) -> None:
    found = sources(
        "Nach Polizeiangaben beteiligten sich 2.500 Menschen, die Organisatoren sprachen von "
        "6.000 Teilnehmern."
    )
    assert all(source != "Menschen" for _, source in found)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Laut Ärzten wurden 35 Patienten behandelt.", "Ärzte"),
        ("Nach Angaben von Helfern wurden 35 Menschen gerettet.", "Helfer"),
        ("Laut Behörden wurden 35 Menschen gerettet.", "Behörden"),
        ("Laut Experten wurden 35 Menschen gerettet.", "Experten"),
        # compounds the lemma table lacks, read by their last part ("Werken" -> "Werke")
        ("Laut Stadtwerken waren am Abend 4.200 Haushalte ohne Strom.", "Stadtwerke"),
        ("Nach Angaben von Wasserwerken sank der Verbrauch um 9 Prozent.", "Wasserwerke"),
        ("Laut Rettungskräften wurden 17 Menschen verletzt.", "Rettungskräfte"),
        ("Laut Krankenkassen fehlen 3 Milliarden Euro.", "Krankenkassen"),
    ],
)
def test_a_plural_source_in_the_dative_reads_nominative(sources, body: str, source: str) -> None:
    assert sources(body)[0][1] == source


def test_nach_eigenen_angaben_names_the_sentences_subject(extractor: Extractor) -> None:
    body = "Das Deutsche Rote Kreuz sammelte nach eigenen Angaben bislang 1,2 Millionen Euro an Spenden."
    [found] = _extract(extractor, body).figures
    assert (found.source, found.subject) == ("Deutsches Rotes Kreuz", "Spenden")


def test_a_genitive_source_with_an_adjective_reads_nominative(sources) -> None:
    body = "Nach Angaben des marokkanischen Innenministeriums starben 296 Menschen."
    assert sources(body) == [("296 Menschen", "marokkanisches Innenministerium")]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Nach dem amtlichen Endergebnis der Wahlbehörde erhielt die Partei 41,3 Prozent.",
            "Wahlbehörde",
        ),
        ("Nach den Berechnungen des Instituts fehlen bundesweit 400.000 Wohnungen.", "Institut"),
        ("Nach einem Bericht der Zeitung fehlen an den Schulen 300 Lehrer.", "Zeitung"),
        ("Nach der jüngsten Auszählung des Vereins brüten dort 45 Storchenpaare.", "Verein"),
    ],
)
def test_a_report_noun_after_an_article_names_its_author(sources, body: str, source: str) -> None:
    [(_text, found)] = sources(body)
    assert found == source


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Nach dem Unfall wurden 12 Menschen in Kliniken gebracht.", None),  # no report noun
        ("Nach dem Ende der Saison zählte der Club 30 neue Mitglieder.", "Club"),  # the verb's
        ("Nach dem Bericht fehlen an den Schulen 300 Lehrer.", None),  # no author named
    ],
)
def test_nach_with_an_article_but_no_authored_report_names_no_author(
    sources, body: str, source: str | None
) -> None:
    [(_text, found)] = sources(body)
    assert found == source


@pytest.mark.parametrize(
    ("body", "second"),
    [
        # a second party's number in a main clause of its own: not the first party's report
        (
            "Die Klägerin verlangt 50.000 Euro, das Gericht schlug einen Vergleich über "
            "20.000 Euro vor.",
            ("20.000 Euro", "Gericht"),  # its own proposal (figure_kinds.tsv)
        ),
        (
            "Der Verband erwartet 300 Aussteller, die Messe plant mit 20.000 Besuchern.",
            ("20.000 Besuchern", None),
        ),
        # a reported clause stays the report's: Konjunktiv, or a clause right after the verb
        (
            "Die Polizei meldete 40 Festnahmen, die Zahl der Verletzten sei auf 120 gestiegen.",
            ("120", "Polizei"),
        ),
        (
            "Die Polizei teilte mit, die Randalierer hätten 35 Autos beschädigt.",
            ("35 Autos", "Polizei"),
        ),
        (
            "Die Feuerwehr meldete 12 Verletzte, die Retter brachten 4 davon in Kliniken.",
            ("4", None),
        ),
    ],
)
def test_a_clause_with_its_own_subject_is_not_the_first_clauses_report(
    sources, body: str, second: tuple[str, str | None]
) -> None:
    found = sources(body)
    assert found[-1] == second, found


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Die Bundesagentur für Arbeit registrierte im Mai 2,9 Millionen Arbeitslose.",
            "Bundesagentur für Arbeit",
        ),
        (
            "Das Bundesamt für Migration zählte im Vorjahr rund 330.000 Asylanträge.",
            "Bundesamt für Migration",
        ),
    ],
)
def test_a_name_built_with_fuer_is_the_measuring_verbs_subject(
    sources, body: str, source: str
) -> None:
    [(_text, found)] = sources(body)
    assert found == source


def test_an_acronym_after_the_speakers_noun_stays_in_the_source(sources) -> None:
    [(_text, found)] = sources(
        "Das Zentrum des Bebens lag in einer Tiefe von 10 Kilometern, wie die "
        "EU-Erdbebenwarte EMSC mitteilte."
    )
    assert found == "EU-Erdbebenwarte EMSC"


def test_report_name_keeps_a_trailing_acronym_only() -> None:
    from bot.nlp.figures.speakers import report_name

    assert report_name("US-Erdbebenwarte", "US-Erdbebenwarte USGS") == "US-Erdbebenwarte USGS"
    assert report_name("Polizei", "Polizei Köln") == "Polizei"  # no acronym
    assert report_name("Wolodymyr Selenskyj", "Präsident Wolodymyr Selenskyj") == (
        "Wolodymyr Selenskyj"
    )
    assert report_name(None, "Feuerwehr") == "Feuerwehr"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Laut Statistischem Bundesamt stieg die Zahl der Firmenpleiten um 12 Prozent.",
            "Statistisches Bundesamt",
        ),
        ("Laut Deutschem Wetterdienst fielen in Passau 120 Liter Regen.", "Deutscher Wetterdienst"),
    ],
)
def test_a_source_without_article_is_named_in_the_nominative(
    sources, body: str, source: str
) -> None:
    [(_text, found)] = sources(body)
    assert found == source


def test_a_plural_report_noun_names_its_genitive_author(sources) -> None:
    [(_text, found)] = sources(
        "Das Feuer zerstörte nach Schätzungen der Behörden 1.500 Hektar Wald, teilte ein "
        "Sprecher mit."
    )
    assert found == "Behörden"


def test_a_report_noun_without_a_genitive_author_names_no_one(sources) -> None:
    found = sources("Nach Informationen vom späten Abend wurden 31 Personen verletzt.")
    assert all(src is None or "Abend" not in src for _text, src in found)


def test_a_report_noun_is_never_a_subjects_context(extractor: Extractor) -> None:
    found = _extract(
        extractor, "Die Zahl der Streikenden lag nach Gewerkschaftsangaben bei 12.000."
    ).figures
    assert [f.subject for f in found] == ["Streikende"]
    found = _extract(extractor, "Nach Berechnungen des Verbands fehlen 20.000 Pflegekräfte.")
    assert [f.subject for f in found.figures] == ["Pflegekräfte"]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Laut dem Institut für Wirtschaftsforschung sank die Produktion um 2 Prozent.",
            "Institut für Wirtschaftsforschung",
        ),
        ("Das Bundesamt für Statistik meldete 3.000 Firmenpleiten.", "Bundesamt für Statistik"),
        ("Der Verband zahlte für die Opfer 2 Millionen Euro, sagte sein Sprecher.", "Sprecher"),
    ],
)
def test_an_institution_named_with_fuer_keeps_its_whole_name(
    sources, body: str, source: str
) -> None:
    [(_text, found)] = sources(body)
    assert found == source


def test_an_unnamed_source_is_anonymous_in_the_json_with_its_description(
    extractor: Extractor,
) -> None:
    """The extract contract names an unnamed source "anonymous" and describes it in
    `source_role`, as it does a quote's speaker; a named source keeps its name."""
    from bot.nlp.export import extraction_to_json

    body = (
        "Nach Angaben eines Gerichtssprechers sind 12 weitere Verhandlungstage angesetzt. "
        "Laut Feuerwehr wurden 40 Menschen evakuiert."
    )
    figures = extraction_to_json(_extract(extractor, body))["figures"]
    sources = [(f["text"], f["source"], f["source_role"]) for f in figures]
    assert sources == [
        ("12 weitere Verhandlungstage", "anonymous", "Gerichtssprecher"),
        ("40 Menschen", "Feuerwehr", None),
    ]
