"""Quote attribution, one phenomenon per test, on German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction, Quote

Extract = Callable[..., ArticleExtraction]


def quotes(extract: Extract, text: str, **kw: object) -> list[Quote]:
    return list(extract(text, **kw).quotes)


def only(extract: Extract, text: str) -> Quote:
    qs = quotes(extract, text)
    assert len(qs) == 1, qs
    return qs[0]


def test_direct_quote_with_speaker_after_the_cue(extract: Extract) -> None:
    q = only(
        extract, "„Wir reparieren die Brücke bis zum Sommer“, sagte Bürgermeisterin Anna Berger."
    )
    assert (q.kind, q.speaker, q.speaker_role, q.cue) == (
        "direct",
        "Anna Berger",
        "Bürgermeisterin",
        "sagte",
    )
    assert q.text == "Wir reparieren die Brücke bis zum Sommer"


def test_direct_quote_after_colon_with_pronoun_speaker(extract: Extract) -> None:
    text = (
        "Landrat Peter Hoffmann besuchte die Schule. Bei der Eröffnung erklärte er: "
        "„Das Gebäude ist ein Gewinn für alle.“"
    )
    q = only(extract, text)
    assert (q.kind, q.speaker) == ("direct", "Peter Hoffmann")
    assert q.text == "Das Gebäude ist ein Gewinn für alle"


def test_quote_marks_of_every_style(extract: Extract) -> None:
    for open_, close in (("„", "“"), ('"', '"'), ("»", "«"), ("«", "»")):
        text = f"{open_}Der Plan steht fest{close}, sagte Kirsten Maier."
        q = only(extract, text)
        assert q.text == "Der Plan steht fest" and q.speaker == "Kirsten Maier"


def test_indirect_dass_clause(extract: Extract) -> None:
    q = only(extract, "Die Stadtwerke erklärten, dass die Preise im Januar steigen würden.")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Stadtwerke", "erklärten")
    assert q.text.startswith("dass die Preise")


def test_indirect_verb_second_clause_in_konjunktiv(extract: Extract) -> None:
    q = only(extract, "Finanzminister Paul Krämer sagte, die Schulden seien zu hoch.")
    assert (q.kind, q.speaker, q.speaker_role) == ("indirect", "Paul Krämer", "Finanzminister")
    assert q.text == "die Schulden seien zu hoch"


def test_indirect_with_the_cue_after_the_content(extract: Extract) -> None:
    q = only(
        extract, "Die Lieferungen verzögerten sich um Wochen, räumte Konzernchef Olaf Brandt ein."
    )
    assert (q.speaker, q.cue) == ("Olaf Brandt", "räumte ein")
    assert q.text == "Die Lieferungen verzögerten sich um Wochen"


def test_mixed_quote(extract: Extract) -> None:
    q = only(extract, "Krämer warnte, der Haushalt sei „nicht mehr tragfähig“.")
    assert (q.kind, q.speaker) == ("mixed", "Krämer")
    assert "nicht mehr tragfähig" in q.text


def test_according_to_markers(extract: Extract) -> None:
    cases = {
        "Laut dem Deutschen Wetterdienst wird es am Wochenende stürmisch.": "Wetterdienst",
        "Dem Innenministerium zufolge wurden zwölf Beamte verletzt.": "Innenministerium",
        "Nach Angaben der Polizei kam der Fahrer von der Straße ab.": "Polizei",
        "Die Lage sei stabil, so Klinikchef Martin Vogel.": "Martin Vogel",
        "Die Zeitung berichtet unter Berufung auf das Verkehrsministerium von neuen Plänen.": "Verkehrsministerium",
    }
    for text, speaker in cases.items():
        qs = [q for q in quotes(extract, text) if q.kind == "according_to"]
        assert qs and speaker in (qs[0].speaker or ""), (text, qs)


def test_wie_x_mitteilte(extract: Extract) -> None:
    q = only(extract, "Wie die Bahn mitteilte, fallen am Dienstag alle Fernzüge aus.")
    assert (q.speaker, q.cue) == ("Bahn", "mitteilte")
    assert q.text == "fallen am Dienstag alle Fernzüge aus"


def test_apposition_gives_name_and_role(extract: Extract) -> None:
    q = only(
        extract,
        "Maria Schulz, Sprecherin des Umweltamts, erklärte, die Messwerte seien unbedenklich.",
    )
    assert (q.speaker, q.speaker_role) == ("Maria Schulz", "Sprecherin des Umweltamts")


def test_speaker_after_cue_with_trailing_apposition(extract: Extract) -> None:
    text = "Die Schulen bleiben geschlossen, bestätigte Jan Ort, Sprecher des Kultusministeriums."
    q = only(extract, text)
    assert (q.speaker, q.speaker_role) == ("Jan Ort", "Sprecher des Kultusministeriums")
    assert q.text == "Die Schulen bleiben geschlossen"


def test_relative_clause_speaker(extract: Extract) -> None:
    text = "Das folgt auf eine Rede von Ministerin Eva Roth, die bestätigte, dass der Etat wächst."
    qs = quotes(extract, text)
    assert any(q.speaker == "Eva Roth" and q.text.startswith("dass der Etat") for q in qs), qs


def test_separable_cue_verbs(extract: Extract) -> None:
    cases = {
        "Der Trainer wies darauf hin, dass zwei Spieler fehlten.": "wies hin",
        "Der Verband geht davon aus, dass die Zahl der Mitglieder sinkt.": "geht aus",
        "Die Opposition wirft der Regierung vor, die Krise zu verschleppen.": "wirft vor",
        "Der Konzern kündigte an, zweitausend Stellen abzubauen.": "kündigte an",
    }
    for text, cue in cases.items():
        qs = quotes(extract, text)
        assert [q.cue for q in qs] == [cue], (text, qs)


def test_pronoun_resolves_to_last_named_person(extract: Extract) -> None:
    text = "Trainer Jonas Weber sprach nach dem Spiel. Er sagte, die Mannschaft habe gekämpft."
    q = only(extract, text)
    assert q.speaker == "Jonas Weber"


def test_possessive_resolves_to_the_person(extract: Extract) -> None:
    text = (
        "Polizeipräsident Uwe Lenz sagte, die Lage sei ruhig. "
        "Nach seinen Angaben wurden in der Nacht drei Menschen festgenommen."
    )
    qs = quotes(extract, text)
    acc = [q for q in qs if q.kind == "according_to"]
    assert acc and acc[0].speaker == "Uwe Lenz"


def test_pronoun_inside_the_statement_is_not_the_speaker(extract: Extract) -> None:
    text = (
        "Senatorin Ines Kraft kritisierte den Bürgermeister Tom Heller. "
        "Sie sagte, dass er in großen Schwierigkeiten stecke."
    )
    qs = quotes(extract, text)
    assert [q.speaker for q in qs if q.cue == "sagte"] == ["Ines Kraft"]


def test_konjunktiv_sentences_continue_the_statement(extract: Extract) -> None:
    text = (
        "Innensenator Tim Lange sagte, die Polizei habe schnell gehandelt. "
        "Es gebe keinen Grund zur Sorge. "
        "Die Feuerwehr war mit vierzig Kräften vor Ort."
    )
    qs = quotes(extract, text)
    assert [(q.speaker, q.cue) for q in qs] == [("Tim Lange", "sagte"), ("Tim Lange", None)]
    assert qs[1].text == "Es gebe keinen Grund zur Sorge"


def test_bare_quote_paragraph_continues_the_speaker(extract: Extract) -> None:
    text = (
        "Die Ärztin Lea Brand sagte, die Station sei voll.\n\n"
        "„Wir arbeiten seit Tagen am Limit. Niemand kann so weitermachen.“"
    )
    qs = quotes(extract, text)
    assert len(qs) >= 2 and all(q.speaker == "Lea Brand" for q in qs)
    assert any(q.kind == "direct" and "am Limit" in q.text for q in qs)


def test_quote_named_by_the_next_sentence(extract: Extract) -> None:
    text = 'Die Arbeiter seien "völlig erschöpft".Das sagte ein Gewerkschaftssprecher am Freitag.'
    qs = quotes(extract, text)
    assert qs and qs[0].speaker == "anonymous"
    assert qs[0].speaker_role == "Gewerkschaftssprecher"
    assert "völlig erschöpft" in qs[0].text


def test_anonymous_source(extract: Extract) -> None:
    q = only(extract, "Ein Regierungsvertreter bestätigte, dass die Gespräche fortgesetzt würden.")
    assert (q.speaker, q.speaker_role) == ("anonymous", "Regierungsvertreter")


def test_organisation_speakers(extract: Extract) -> None:
    cases = {
        "Der bayerische Verfassungsschutz meldete, dass die Zahl der Extremisten gestiegen sei.": "Verfassungsschutz",
        "Das Bundesgesundheitsministerium teilte mit, die Impfstoffe seien sicher.": "Bundesgesundheitsministerium",
        "Die Nato erklärte, man beobachte die Lage genau.": "Nato",
    }
    for text, speaker in cases.items():
        q = only(extract, text)
        assert speaker in (q.speaker or ""), (text, q)
    speakers = extract(next(iter(cases))).speakers
    assert speakers[0].kind == "organisation"


def test_canonical_speaker_within_an_article(extract: Extract) -> None:
    text = (
        "Verkehrsministerin Julia Brenner sagte, die Maut komme im Herbst. "
        "Brenner betonte, dass die Einnahmen in die Schiene flössen."
    )
    qs = quotes(extract, text)
    assert [q.speaker for q in qs] == ["Julia Brenner", "Julia Brenner"]
    assert all(q.speaker_role == "Verkehrsministerin" for q in qs)


def test_journalist_sentences_are_no_quotes(extract: Extract) -> None:
    text = (
        "Der Winter war mild. In den Bergen fiel kaum Schnee, die Lifte standen still. "
        "Viele Hotels blieben leer, und die Saison endete früh."
    )
    assert quotes(extract, text) == []


def test_commentary_gives_no_quotes_unless_it_attributes(extract: Extract) -> None:
    text = (
        "Die Regierung sei gescheitert. Die Bürger hätten Besseres verdient.\n\n"
        "Der Kanzler sagte selbst, die Reform sei ein Fehler gewesen."
    )
    qs = quotes(extract, text, sections=["commentary", "commentary"])
    assert [(q.speaker, q.cue) for q in qs] == [("Kanzler", "sagte")]


def test_offsets_point_at_the_quote_text(extract: Extract) -> None:
    ex = extract("Vorspann.\n\n„Alles ist bereit“, sagte Kapitänin Nora Lind.")
    q = ex.quotes[0]
    assert ex.article.body[q.start_char : q.end_char] == q.text
    assert ex.sentences[q.sentence_index].text == q.sentence


def test_quotation_over_several_sentences_gets_the_later_speaker(extract: Extract) -> None:
    qs = quotes(
        extract, "„Wir haben alles versucht. Es hat nicht gereicht“, sagte Trainerin Ute Berg."
    )
    assert [(q.speaker, q.kind) for q in qs] == [("Ute Berg", "direct"), ("Ute Berg", "direct")]
    assert qs[0].text == "Wir haben alles versucht"


def test_direct_quote_after_colon_without_speech_verb(extract: Extract) -> None:
    q = only(extract, "Schauspielerin Mara Lenz zur neuen Rolle: „Ich habe lange darauf gewartet.“")
    assert (q.speaker, q.kind) == ("Mara Lenz", "direct")


def test_hiess_es_with_a_named_and_an_unnamed_source(extract: Extract) -> None:
    q = only(extract, "Aus dem Verteidigungsministerium hieß es, die Lieferung sei unterwegs.")
    assert (q.speaker, q.cue) == ("Verteidigungsministerium", "hieß es")
    q = only(extract, "Die Lage sei ernst, hieß es aus Regierungskreisen.")
    assert q.speaker == "anonymous" and "Regierungskreise" in (q.speaker_role or "")


def test_speaker_info_keeps_roles_and_aliases(extract: Extract) -> None:
    ex = extract(
        "Verkehrsministerin Julia Brenner sagte, die Maut komme im Herbst. "
        "Brenner betonte, dass die Einnahmen in die Schiene flössen."
    )
    assert [q.speaker_mention for q in ex.quotes] == ["Verkehrsministerin Julia Brenner", "Brenner"]
    (info,) = ex.speakers
    assert (info.name, info.kind, info.roles, info.aliases) == (
        "Julia Brenner",
        "person",
        ("Verkehrsministerin",),
        ("Brenner",),
    )


def test_coordinated_cues_share_the_subject(extract: Extract) -> None:
    qs = quotes(
        extract,
        "Trotz der Erfolge bestreitet die Regierung die Niederlage und berichtet, "
        "dass ihre Truppen weiter vorrücken.",
    )
    assert [(q.speaker, q.cue, q.text) for q in qs] == [
        ("Regierung", "bestreitet", "die Niederlage"),
        ("Regierung", "berichtet", "dass ihre Truppen weiter vorrücken"),
    ]
    q = only(extract, "Der Landrat besuchte die Stadt und sagte, die Lage sei ernst.")
    assert (q.speaker, q.text) == ("Landrat", "die Lage sei ernst")


def test_plural_sie_resolves_to_the_last_group(extract: Extract) -> None:
    text = "Die Gewerkschaften kritisierten die Reform. Sie forderten, dass die Löhne steigen."
    q = only(extract, text)
    assert (q.speaker, q.cue) == ("Gewerkschaften", "forderten")


def test_party_in_parentheses_does_not_hide_the_speaker(extract: Extract) -> None:
    q = only(
        extract,
        "Die Abgeordnete Lena Vogt (Grüne) warf der Regierung vor, die Bahn zu vernachlässigen.",
    )
    assert (q.speaker, q.cue, q.text) == ("Lena Vogt", "warf vor", "die Bahn zu vernachlässigen")


def test_so_with_its_own_clause_is_no_back_reference(extract: Extract) -> None:
    text = "Der Zug fiel aus. So berichtete die Fahrgastsprecherin Jana Roth, dass viele warten mussten."
    q = only(extract, text)
    assert (q.speaker, q.text) == ("Jana Roth", "dass viele warten mussten")


def test_media_and_documents_name_their_source(extract: Extract) -> None:
    cases = {
        "Laut einem Bericht der Hilfsorganisation Caritas fehlen tausend Betten.": "Caritas",
        "Laut „Tagesblatt“ soll der Minister zurücktreten.": "Tagesblatt",
        "Laut tagesschau.de blieben die Schulen geschlossen.": "tagesschau.de",
        "Einer Mitteilung des Landesamts zufolge stieg der Pegel weiter.": "Landesamt",
    }
    for text, speaker in cases.items():
        q = only(extract, text)
        assert q.kind == "according_to" and speaker in (q.speaker or ""), (text, q)


def test_adjectives_ending_in_e_are_no_konjunktiv(extract: Extract) -> None:
    text = (
        "Der Trainer Ole Wirth sagte, das Team sei bereit. "
        "Dann wird sich die deutsche Mannschaft steigern müssen."
    )
    assert [q.cue for q in quotes(extract, text)] == ["sagte"]
    text = "Die Ministerin Ina Falk sagte, man prüfe alles. Es handle sich um einen Einzelfall."
    assert [q.cue for q in quotes(extract, text)] == ["sagte", None]


def test_genitive_in_the_prefield_is_no_speaker(extract: Extract) -> None:
    text = (
        "Passend zu den Gefahren des Eises warnte eine Moderatorin im Radio: „Fahren Sie langsam.“"
    )
    q = only(extract, text)
    assert (q.speaker, q.speaker_role) == ("anonymous", "Moderatorin"), q


def test_unnamed_spokesperson_speaks_for_the_organisation(extract: Extract) -> None:
    q = only(extract, "Eine Sprecherin des Umweltministeriums sagte, die Werte seien unbedenklich.")
    assert (q.speaker, q.speaker_role) == ("Umweltministerium", "Sprecherin"), q
    q = only(extract, "Ein Experte der Universität sagte, die Werte seien unbedenklich.")
    assert q.speaker == "anonymous", q


def test_cue_forms_used_as_adjectives_are_no_cues(extract: Extract) -> None:
    text = (
        "Der als Wunderheiler bekannte Jonas Brecht soll Patienten betrogen haben, "
        "was zu seiner Anklage führte. Die erste bekannte Tat ereignete sich am 3. Mai, "
        "die letzte im Juni."
    )
    assert quotes(extract, text) == []


def test_soll_with_passive_infinitive_is_a_plan_not_a_continuation(extract: Extract) -> None:
    text = (
        "Bürgermeisterin Anna Berger sagte, die alte Brücke sei marode. "
        "Im nächsten Jahr soll eine neue Brücke gebaut werden."
    )
    assert [q.text for q in quotes(extract, text)] == ["die alte Brücke sei marode"]
    text = (
        "Die Polizei teilte mit, der Täter sei geflohen. Er soll zuvor zwei Autos gestohlen haben."
    )
    assert [q.speaker for q in quotes(extract, text)] == ["Polizei", "Polizei"]


def test_accusative_object_after_the_cue_is_no_speaker(extract: Extract) -> None:
    text = (
        "Die den Brand überlebende Maria Held, 30, beschrieb in einer Klinik den Hergang: "
        "„Es ging alles sehr schnell.“"
    )
    assert all(q.speaker != "Hergang" for q in quotes(extract, text))


def test_subject_stands_next_to_the_auxiliary_of_a_perfect_cue(extract: Extract) -> None:
    text = (
        "Ministerin Karla Wendt hat am Montag in ihrer wöchentlichen Videobotschaft die Bürger "
        "dazu aufgefordert, mehr Strom zu sparen."
    )
    assert only(extract, text).speaker == "Karla Wendt"
    text = "Am Montag hat der Landrat Uwe Brandt angekündigt, dass die Schulen schließen."
    assert only(extract, text).speaker == "Uwe Brandt"


def test_possessor_and_thing_after_the_cue_is_the_object(extract: Extract) -> None:
    q = only(extract, "Müller nannte Schmidts Entscheidung „einen großen Fehler“.")
    assert q.speaker == "Müller", q


def test_pronoun_after_nennen_is_the_object(extract: Extract) -> None:
    text = "Die Abgeordnete Eva Lorenz legte eine Studie vor. Der Präsident des Verbandes nannte sie „völlig überzogen“."
    qs = quotes(extract, text)
    assert [q.speaker for q in qs] == ["Präsident des Verbandes"], qs


def test_a_report_citing_unnamed_circles_is_one_statement(extract: Extract) -> None:
    # the registry reads "Polizeikreise" / "Regierungskreise" as unnamed: one quote, the
    # named medium's, not a second one with the medium's clause in its text
    for text, medium in (
        (
            "Wie die Zeitung „Passauer Bote“ unter Berufung auf Polizeikreise berichtet, "
            "sollen mehrere Keller unter Wasser stehen.",
            "Passauer Bote",
        ),
        (
            "Der Sender meldete unter Berufung auf Regierungskreise, das Treffen sei abgesagt.",
            "Sender",
        ),
    ):
        qs = quotes(extract, text)
        assert len(qs) == 1, qs
        assert medium in (qs[0].speaker or "")
        assert "berichtet" not in qs[0].text and "meldete" not in qs[0].text
