"""Cues and subjects the clause analysis used to miss (issue 11: "cue not found / subject NP
not recognised" and "speech act with an NP object"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def speakers(ex: ArticleExtraction) -> list[str | None]:
    return [q.speaker for q in ex.quotes]


# ---- a definite common-noun group is a speaker -----------------------------------------
def test_a_plural_group_before_a_plural_cue_speaks(extract: Extract) -> None:
    ex = extract("Die Landwirte sagten, dass die Ernte in diesem Jahr schlecht sei.")
    assert speakers(ex) == ["Landwirte"]
    assert ex.quotes[0].text == "dass die Ernte in diesem Jahr schlecht sei"


def test_a_group_after_an_inverted_cue_speaks(extract: Extract) -> None:
    ex = extract("Zudem verlangen die Winzer, dass die Regierung die Hilfen verlängert.")
    assert speakers(ex) == ["Winzer"]
    ex = extract("Als Grund für die Kündigung gab die Musikschule an, der Vertrag sei ausgelaufen.")
    assert speakers(ex) == ["Musikschule"]


def test_a_fronted_object_before_a_masculine_subject_is_no_group_speaker(
    extract: Extract,
) -> None:
    # negative: "Die Pläne" is the object; "der Verband" (nominative) is the subject
    ex = extract("Die Pläne kritisierte der Verband, weil sie zu teuer seien.")
    assert "Pläne" not in speakers(ex)


def test_an_abstract_group_is_no_speaker(extract: Extract) -> None:
    # negative: an abstract head says nothing, though the cue agrees with it
    ex = extract("Die Bedingungen erklärten, warum die Ernte so schlecht ausgefallen war.")
    assert speakers(ex) == []


# ---- a one-noun object of a speech act is its content -----------------------------------
def test_an_admitted_noun_is_the_content_and_the_subject_speaks(extract: Extract) -> None:
    # "Fehler" is the object: the subject before the cue is the speaker
    ex = extract("Der Trainer räumte Fehler ein.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [("Trainer", "Fehler", "claim")]
    ex = extract("Die Ministerin gab Versäumnisse zu.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Ministerin", "Versäumnisse")]


def test_a_one_noun_demand_or_promise_keeps_its_act(extract: Extract) -> None:
    ex = extract("Der Bürgermeister forderte Aufklärung.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Bürgermeister", "Aufklärung", "demand")
    ]
    ex = extract("Die Stadtverwaltung versprach Hilfe.")
    assert [(q.text, q.act) for q in ex.quotes] == [("Hilfe", "announcement")]


def test_a_name_after_the_cue_is_still_the_subject_after_a_dative(extract: Extract) -> None:
    # negative: "Der Zeitung" is a dative; the surname after the cue speaks
    ex = extract("Der Zeitung sagte Fischer, die Lage sei ernst.")
    assert speakers(ex) == ["Fischer"]


def test_a_one_noun_object_of_a_plain_claim_or_judgement_is_no_statement(
    extract: Extract,
) -> None:
    # negative: praising a thing or reporting a person says nothing quotable
    assert not extract("Der Trainer lobte Fehler.").quotes
    assert not extract("Die Polizei meldete Fischer.").quotes


# ---- an agentless passive report has an unnamed source ----------------------------------
def test_an_agentless_passive_opinion_has_an_unnamed_source(extract: Extract) -> None:
    ex = extract("Es wird vermutet, dass der Brand in der Küche ausgebrochen ist.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("anonymous", "dass der Brand in der Küche ausgebrochen ist", "estimate")
    ]
    ex = extract("Zudem wurde berichtet, der Fahrer sei geflohen.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [("anonymous", "der Fahrer sei geflohen")]


def test_an_agentless_passive_inside_a_named_text_is_that_texts(extract: Extract) -> None:
    ex = extract(
        "In einer Mitteilung der Feuerwehr, die am Abend erschien, wurde betont, dass niemand "
        "verletzt worden sei."
    )
    assert speakers(ex) == ["Feuerwehr"]


def test_a_passive_without_a_reported_clause_or_with_a_subject_is_no_report(
    extract: Extract,
) -> None:
    # negatives: a plain passive with a subject, or a clause after it that reports nothing
    assert not extract("Die Ergebnisse werden im Mai erwartet.").quotes
    assert not extract("Es wird erwartet, weil die Mannschaft gewonnen hatte.").quotes


# ---- verb-final split verbs ------------------------------------------------------------
def test_a_verb_final_bekannt_gab_is_an_announcement(extract: Extract) -> None:
    ex = extract("Wie die Stadtverwaltung am Montag bekannt gab, steigen die Preise im Mai.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Stadtverwaltung", "steigen die Preise im Mai", "announcement")
    ]
    ex = extract("Die Preise steigen im Mai, wie der Versorger bekannt gab.")
    assert speakers(ex) == ["Versorger"]


def test_a_perfect_bekannt_gegeben_with_an_object_reports_no_clause_after_it(
    extract: Extract,
) -> None:
    # negative: the object is what was announced; the clause after the comma is background
    ex = extract(
        "Im Mai hatte der Minister seinen Rücktritt bekannt gegeben, nachdem die Wahl "
        "verloren gegangen war."
    )
    assert all("nachdem" not in q.text for q in ex.quotes)


# ---- news that became known has an unnamed source --------------------------------------
def test_what_became_known_is_reported_by_an_unnamed_source(extract: Extract) -> None:
    ex = extract("Im April wurde dann bekannt, dass der Verein den Trainer entlässt.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("anonymous", "dass der Verein den Trainer entlässt")
    ]
    ex = extract("Wie gestern bekannt wurde, schließt das Werk zum Jahresende.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("anonymous", "schließt das Werk zum Jahresende")
    ]


def test_something_that_is_known_or_a_famous_person_reports_nothing(extract: Extract) -> None:
    # negatives: a subject that became famous; "bekannt" closing another clause
    assert not extract("Die Sängerin wurde im Mai bekannt, weil sie gewann.").quotes
    ex = extract("Ob der Trainer bleiben wird, ist derzeit noch nicht bekannt.")
    assert speakers(ex) == []


# ---- opinion predicates with "sein" ----------------------------------------------------
def test_an_opinion_predicate_with_sein_reports_its_clause(extract: Extract) -> None:
    ex = extract("Der Verband ist der Ansicht, dass die Reform zu spät komme.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Verband", "dass die Reform zu spät komme")
    ]
    ex = extract("Die Ärztin Eva Roth ist davon überzeugt, dass die Therapie hilft.")
    assert speakers(ex) == ["Eva Roth"]
    ex = extract("Die Landesregierung ist zuversichtlich, die Brücke bis Mai öffnen zu können.")
    assert [q.text for q in ex.quotes] == ["die Brücke bis Mai öffnen zu können"]


def test_an_opinion_predicate_without_a_reported_clause_says_nothing(extract: Extract) -> None:
    # negatives: no clause, or a causal clause that is the reason, not the opinion
    assert not extract("Die Landesregierung ist zuversichtlich.").quotes
    assert not extract("Die Ärztin ist überzeugt, weil sie die Befunde gesehen hat.").quotes


# ---- ausführen ------------------------------------------------------------------------
def test_ausfuehren_with_a_reported_clause_is_a_statement(extract: Extract) -> None:
    ex = extract("Der Richter führte aus, die Zeugin habe die Wahrheit gesagt.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Richter", "die Zeugin habe die Wahrheit gesagt")
    ]
    ex = extract("Wie die Ministerin ausführte, seien die Kassen leer.")
    assert speakers(ex) == ["Ministerin"]


def test_ausfuehren_as_carrying_out_or_exporting_is_no_statement(extract: Extract) -> None:
    # negatives: "führte den Angriff aus", "führt Waren aus"
    assert not extract("Die Armee führte den Angriff aus, nachdem die Frist ablief.").quotes
    assert not extract("Die Firma führt seit Jahren Maschinen aus.").quotes


# ---- a fronted prepositional phrase ----------------------------------------------------
def test_a_noun_inside_a_fronted_phrase_is_no_subject(extract: Extract) -> None:
    # V2: the prepositional phrase before the finite cue is the one fronted constituent;
    # the document after the cue is the subject, not "Gewalt" inside the phrase
    ex = extract(
        "Zum Hintergrund der rechten Gewalt führt der Bericht aus, ein Drittel der Taten "
        "richte sich gegen Linke."
    )
    assert speakers(ex) == ["Bericht"]


def test_an_extended_attribute_before_the_subject_is_part_of_it(extract: Extract) -> None:
    # negative: "Im Exil lebende Oppositionelle" is the subject itself
    ex = extract("Im Exil lebende Oppositionelle sagen, die Wahl sei gefälscht worden.")
    assert speakers(ex) == ["Oppositionelle"]


# ---- a month or a preposition is no subject ----------------------------------------------
def test_a_month_before_the_cue_is_no_subject(extract: Extract) -> None:
    ex = extract("Ende Januar verkündete der Verband offiziell, dass er sich bewerben werde.")
    assert speakers(ex) == ["Verband"]


def test_a_capitalised_preposition_is_no_subject(extract: Extract) -> None:
    ex = extract("Aufgrund der Lage erklärte die Polizei, die Straße bleibe gesperrt.")
    assert speakers(ex) == ["Polizei"]


# ---- the nominative of a passive directive is the one addressed ------------------------
def test_a_passive_directive_without_agent_has_an_unnamed_source(extract: Extract) -> None:
    ex = extract("Wegen des Rauchs wurden Anwohner aufgefordert, die Fenster zu schließen.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("anonymous", "die Fenster zu schließen", "demand")
    ]


def test_a_passive_directive_never_makes_the_addressee_the_speaker(extract: Extract) -> None:
    # "Die Bürger" are asked (also without the comma before the infinitive)
    ex = extract("Die Bürger wurden aufgerufen Wasser zu sparen.")
    assert speakers(ex) == ["anonymous"]


def test_a_thing_after_a_genitive_deren_is_no_subject(extract: Extract) -> None:
    # V2: "Deren Haltung gegenüber der Partei" is the fronted object; the name after the
    # cue judges it
    ex = extract(
        "Deren Haltung gegenüber der Partei bezeichnete Karl Berger als „zutiefst verlogen“."
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Karl Berger", "zutiefst verlogen")]
    # negative: a role after "Dessen" is the subject
    ex = extract("Dessen Sprecher sagte am Abend, die Lage sei ernst.")
    assert speakers(ex) == ["Dessen Sprecher"]


# ---- a document as the source of "zeigt", "sieht vor", "ergab" --------------------------
def test_a_document_subject_reports_with_zeigen_vorsehen_ergeben(extract: Extract) -> None:
    ex = extract("Eine Umfrage des Instituts zeigte, dass die Mehrheit dagegen ist.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Umfrage des Instituts", "dass die Mehrheit dagegen ist")
    ]
    ex = extract("Der Gesetzentwurf sieht vor, dass Betriebe eine Abgabe zahlen müssen.")
    assert [(q.speaker, q.cue) for q in ex.quotes] == [("Gesetzentwurf", "sieht vor")]
    ex = extract("Die Untersuchung ergab, dass der Pilot zu spät gebremst hatte.")
    assert speakers(ex) == ["Untersuchung"]


def test_zeigen_without_a_document_or_a_dass_clause_reports_nothing(extract: Extract) -> None:
    # negatives: pictures are no document; "zeigt das Haus" shows, it does not report
    assert not extract("Die Bilder zeigen, dass es im Hafen brennt.").quotes
    assert not extract("Die Studie zeigt das Haus der Familie.").quotes
    assert not extract("Er sah vor sich die Straße, dass sie leer war.").quotes


# ---- a coordinated clause without its own subject ---------------------------------------
def test_a_subjectless_cue_after_a_comma_shares_the_main_clauses_subject(
    extract: Extract,
) -> None:
    ex = extract(
        "Die Senatorin wollte sich nach dem Treffen nicht festlegen, sagte aber, die Partei "
        "müsse sich besinnen."
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Senatorin", "die Partei müsse sich besinnen")
    ]


def test_a_subordinate_clause_lends_no_subject_to_the_cue(extract: Extract) -> None:
    # negative: "Als die Senatorin kam" is a subordinate clause; the quoted speaker after the
    # cue stays the subject of an inverted "sagte aber der Minister"
    ex = extract("Als die Senatorin kam, sagte aber, die Partei müsse sich besinnen.")
    assert "Senatorin" not in speakers(ex)
    ex = extract("„Das ist falsch“, sagte aber der Minister.")
    assert speakers(ex) == ["Minister"]


# ---- "hatte es geheißen" -----------------------------------------------------------------
def test_the_perfect_of_heisst_es_reports_from_an_unnamed_source(extract: Extract) -> None:
    ex = extract("Am Vormittag hatte es zunächst geheißen, die Opposition habe die Demo abgesagt.")
    assert [(q.speaker, q.text, q.cue) for q in ex.quotes] == [
        ("anonymous", "die Opposition habe die Demo abgesagt", "es geheißen")
    ]


def test_the_perfect_of_heissen_as_naming_reports_nothing(extract: Extract) -> None:
    # negative: "hatte anders geheißen" names, no expletive "es" reports
    assert not extract("Das Projekt hatte früher anders geheißen, weil es neu war.").quotes


def test_a_verb_final_wie_es_in_x_heisst_gives_the_text_as_source(extract: Extract) -> None:
    ex = extract("Der Konflikt sei beendet, wie es in einer Erklärung heißt.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Erklärung", "Der Konflikt sei beendet")]
    ex = extract("Wie es in dem Bericht hieß, seien drei Menschen verletzt worden.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Bericht", "seien drei Menschen verletzt worden")
    ]


def test_a_verb_final_heisst_without_wie_es_names(extract: Extract) -> None:
    # negative: "wie das Dorf heißt" names a place
    assert not extract("Niemand weiß, wie das Dorf in der Landessprache heißt.").quotes


def test_an_agentless_pluperfect_passive_has_an_unnamed_source(extract: Extract) -> None:
    ex = extract("Zunächst war vermutet worden, dass der Täter aus der Stadt stamme.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("anonymous", "dass der Täter aus der Stadt stamme")
    ]


def test_a_pluperfect_passive_with_a_subject_or_dative_is_no_unnamed_report(
    extract: Extract,
) -> None:
    # negatives: "Die Pläne" / "Polizisten" are what the clause is about, not the speaker
    assert not extract("Die Pläne waren kritisiert worden, dass sie zu teuer seien.").quotes
    assert not extract("Polizisten war geraten worden, dass sie warten.").quotes


# ---- "halten" as the plural finite verb after its opening subject ------------------------
def test_a_plural_subject_holding_a_view_speaks(extract: Extract) -> None:
    ex = extract(
        "Die Beobachter halten es für unwahrscheinlich, dass das Gericht den Erlass kippt."
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Beobachter", "dass das Gericht den Erlass kippt")
    ]
    ex = extract("Analysten halten einen Ölpreis von 90 Dollar für wahrscheinlich.")
    assert speakers(ex) == ["Analysten"]


def test_halten_as_an_infinitive_or_idiom_is_no_cue(extract: Extract) -> None:
    # negatives: an infinitive after a modal, a question, an idiom in a relative clause
    ex = extract(
        "Am Gemeinschaftsunternehmen soll die Firma 37 Prozent halten, sagte die Ministerin."
    )
    assert [q.text for q in ex.quotes] == [
        "Am Gemeinschaftsunternehmen soll die Firma 37 Prozent halten"
    ]
    ex = extract("Für wie wahrscheinlich halten Sie es, dass Taten folgen?")
    assert not ex.quotes
    ex = extract("Die Besucher, die nach Elektroautos Ausschau halten, sehen vor allem Sportwagen.")
    assert not ex.quotes


# ---- "erinnern daran, dass" reports a statement; "erinnern an" + noun phrase does not -----
def test_reminding_that_is_a_statement(extract: Extract) -> None:
    ex = extract("Der Sprecher erinnerte daran, dass die Frist am Freitag abläuft.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Sprecher", "dass die Frist am Freitag abläuft")
    ]


def test_commemorating_or_remembering_is_no_statement(extract: Extract) -> None:
    # negatives: "erinnern an" + noun phrase commemorates; "sich erinnern" recalls
    assert not extract("Die Ministerin erinnerte an die Opfer des Anschlags.").quotes
    assert not extract("Viele erinnern sich daran, dass der Winter kalt war.").quotes


# ---- "Wert darauf legen, dass" is a demand; "legen … darauf" without "Wert" is none -------
def test_insisting_that_is_a_demand(extract: Extract) -> None:
    ex = extract("Die Gewerkschaft legte großen Wert darauf, dass die Löhne steigen.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Gewerkschaft", "dass die Löhne steigen", "demand")
    ]


def test_laying_something_on_it_is_no_demand(extract: Extract) -> None:
    # negatives: the idiom's noun is missing; the idiom without a clause reports nothing
    assert not extract("Der Koch legte das Messer darauf, dass es nicht wegrollt.").quotes
    assert not extract("Die Partei legte Wert darauf.").quotes


# ---- "darauf bestehen", "errechnen", "vereinbaren" report their clause --------------------
def test_insisting_on_a_clause_is_a_demand(extract: Extract) -> None:
    ex = extract("Der Verband besteht darauf, dass die Löhne steigen.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Verband", "dass die Löhne steigen", "demand")
    ]


def test_consisting_of_is_no_demand(extract: Extract) -> None:
    # negatives: "bestehen aus" describes; "darauf bestehen" without a clause reports nothing
    assert not extract("Der Vorstand besteht aus drei Frauen und zwei Männern.").quotes
    assert not extract("Die Gewerkschaft besteht darauf.").quotes


def test_a_calculated_result_is_an_estimate(extract: Extract) -> None:
    ex = extract("Die Wahlhelfer errechneten, dass der Kandidat knapp vorne liege.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Wahlhelfer", "dass der Kandidat knapp vorne liege", "estimate")
    ]
    # negative: a calculated noun phrase is a figure, no statement
    assert not extract("Die Statistiker errechneten einen Mittelwert.").quotes


def test_an_agreed_plan_is_reported_but_an_agreed_meeting_is_not(extract: Extract) -> None:
    ex = extract("Beide Regierungen hatten vereinbart, die Truppen bis Mai abzuziehen.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Regierungen", "die Truppen bis Mai abzuziehen")
    ]
    assert not extract("Die Parteien vereinbarten ein Treffen im Herbst.").quotes


# ---- "zur Bedingung machen, dass" is a demand; "entgegensetzen, dass" a rejoinder ---------
def test_a_condition_is_a_demand(extract: Extract) -> None:
    ex = extract("Der Premier machte zur Bedingung, dass die Proteste enden.")
    assert [(q.speaker, q.text, q.act) for q in ex.quotes] == [
        ("Premier", "dass die Proteste enden", "demand")
    ]
    # negative: without its clause the idiom reports nothing
    assert not extract("Die Partei machte das Thema zur Bedingung.").quotes


def test_a_rejoinder_with_its_clause_is_a_statement(extract: Extract) -> None:
    ex = extract("Die Stadträte setzten dem entgegen, dass die Investoren entscheiden.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Stadträte", "dass die Investoren entscheiden")
    ]
    # negative: resisting with a noun phrase is no statement
    assert not extract("Die Verteidiger setzten dem Angriff wenig entgegen.").quotes
