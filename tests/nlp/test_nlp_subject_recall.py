"""Subjects the clause analysis used to miss (issue 11, "cue not found / subject NP not
recognised" and "wrong speaker" families). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def speakers(ex: ArticleExtraction) -> list[str | None]:
    return [q.speaker for q in ex.quotes]


def test_an_adverb_between_the_inverted_cue_and_its_subject(extract: Extract) -> None:
    # V2 with a fronted time phrase: "meldete dann die Feuerwehr" — "dann" is no object
    ex = extract("Am Abend meldete dann die Feuerwehr, der Brand sei gelöscht.")
    assert speakers(ex) == ["Feuerwehr"]
    ex = extract("Später erklärte anschließend der Bürgermeister, man werde helfen.")
    assert speakers(ex) == ["Bürgermeister"]


def test_an_object_after_the_cue_is_still_no_subject(extract: Extract) -> None:
    # negative: an accusative object after the adverb is not taken as the speaker
    ex = extract("Am Abend lobte dann den Einsatz der Helfer, die Lage sei ruhig.")
    assert "Einsatz" not in speakers(ex) and "Helfer" not in speakers(ex)


def test_a_document_as_the_subject_of_the_cue_speaks(extract: Extract) -> None:
    ex = extract("Die Studie kommt zu dem Ergebnis, dass immer mehr Pendler das Rad nehmen.")
    assert speakers(ex) == ["Studie"]
    ex = extract("Der neue Bericht des Ausschusses stellt fest, dass die Mittel fehlten.")
    assert speakers(ex) == ["Bericht des Ausschusses"]


def test_a_document_inside_a_prepositional_phrase_is_no_subject(extract: Extract) -> None:
    # negative: "In der Studie" is a place; the person after the cue speaks
    ex = extract("In der Studie schreibt die Forscherin Anna Weber, dass mehr Pendler radeln.")
    assert speakers(ex) == ["Anna Weber"]
    ex = extract("Die Studie wurde am Montag in Berlin vorgestellt.")
    assert speakers(ex) == []


def test_a_fronted_indefinite_object_is_no_unnamed_source(extract: Extract) -> None:
    # "Eine Verschiebung …" is the object of "bezeichnete … als"; the speaker follows the cue
    ex = extract("Eine Verschiebung der Wahl bezeichnete Jonas Keller als gefährlich.")
    assert "anonymous" not in speakers(ex)
    # nor does its genitive become a speaker of the passive report
    ex = extract("Im Laufe des Tages wird eine Anhebung der Alarmstufe erwartet.")
    assert speakers(ex) == []


def test_an_indefinite_person_is_still_an_unnamed_source(extract: Extract) -> None:
    # negative: "ein Sprecher" is somebody, only its name is unknown
    ex = extract("Ein Sprecher der Stadtwerke erklärte, die Leitung sei repariert.")
    assert len(ex.quotes) == 1 and ex.quotes[0].speaker is not None
    assert ex.quotes[0].speaker != "Leitung"


def test_zitieren_with_man_or_a_web_address_quotes_the_person_after_it(extract: Extract) -> None:
    text = "Der Sender berichtete ausführlich. „Wir bleiben hier“, zitierte man Lena Vogt."
    assert speakers(extract(text))[-1] == "Lena Vogt"
    text = "„Die Lage ist ernst“, zitiert stern.de Feuerwehrsprecher Max Braun."
    assert speakers(extract(text)) == ["Max Braun"]


def test_zitieren_with_man_and_an_object_phrase_names_nobody(extract: Extract) -> None:
    # negative: "man" is no speaker; without a name nothing is attributed to "man"
    ex = extract("„Das ist selten“, zitiert man den Bericht.")
    assert "man" not in speakers(ex) and "Bericht" not in speakers(ex)


def test_an_article_less_plural_group_after_the_cue_speaks(extract: Extract) -> None:
    ex = extract("Der Damm sei gebrochen. Das berichten örtliche Medien.")
    assert speakers(ex) == ["örtliche Medien"]  # as written
    ex = extract("Die Brücke bleibe gesperrt, sagten mehrere lokale Behörden.")
    assert speakers(ex) == ["lokale Behörden"]


def test_an_adjective_before_a_thing_after_the_cue_is_no_speaker(extract: Extract) -> None:
    # negative: "neue Zahlen" is no group that speaks
    ex = extract("Die Brücke bleibe gesperrt, zeigten neue Zahlen.")
    assert "neue Zahlen" not in speakers(ex) and "Zahlen" not in speakers(ex)


def test_a_surname_that_is_also_a_noun_is_the_person_named_before(extract: Extract) -> None:
    text = "Die Autorin Maria Williams stellte ihr Buch vor. Williams sagte, es sei ihr letztes."
    assert speakers(extract(text)) == ["Maria Williams"]


def test_a_noun_never_introduced_as_a_surname_is_no_speaker(extract: Extract) -> None:
    # negative: without "Maria Williams" before, a bare "Williams" stays a noun
    ex = extract("Williams sagte, es sei ihr letztes Buch.")
    assert "Williams" not in speakers(ex)


def test_coordinated_speakers_after_a_plural_cue_each_get_the_quote(extract: Extract) -> None:
    ex = extract("Der Damm halte, versicherten Stadtwerke und Feuerwehr.")
    assert speakers(ex) == ["Stadtwerke", "Feuerwehr"]


def test_sowohl_als_auch_speakers_each_get_the_quote(extract: Extract) -> None:
    ex = extract("Sowohl die Polizei als auch die Feuerwehr bestätigten, dass niemand starb.")
    assert speakers(ex) == ["Polizei", "Feuerwehr"]


def test_a_singular_inverted_speaker_takes_no_partner_from_the_content(extract: Extract) -> None:
    # negative: after a singular cue the speaker stands alone; "und" continues the sentence
    ex = extract("Der Damm halte, versicherte die Feuerwehr und warnte vor weiterem Regen.")
    assert speakers(ex)[:1] == ["Feuerwehr"] and "Regen" not in speakers(ex)


def test_a_known_surname_beats_the_noun_ending_heuristics(extract: Extract) -> None:
    # "Jung" looks like an adjective and "-ung" like a noun ending; the article named him
    text = "Der Minister Franz Jung reiste an. Jung sagte, die Truppe sei bereit."
    assert speakers(extract(text)) == ["Franz Jung"]


def test_a_described_person_before_a_relative_clause_is_the_subject(extract: Extract) -> None:
    text = "Der 70-jährige Kowalski, der als Kritiker gilt, hofft, dass der Damm hält."
    assert speakers(extract(text)) == ["70-jähriger Kowalski"]  # citation form


def test_a_thing_before_a_relative_clause_is_no_subject(extract: Extract) -> None:
    # negative: "Der Vorschlag" cannot speak, the relative clause does not make it a speaker
    ex = extract("Der Vorschlag, der gestern kam, sieht vor, dass die Steuer sinkt.")
    assert "Vorschlag" not in speakers(ex)


def test_a_quotation_before_a_passive_zitieren_belongs_to_its_subject(extract: Extract) -> None:
    ex = extract("„Wir halten durch“, wird die Bürgermeisterin Eva Lorenz zitiert.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Eva Lorenz", "Wir halten durch")]


def test_a_question_before_a_passive_fragen_is_not_the_subjects(extract: Extract) -> None:
    # negative: "wurde X gefragt": X is asked, not the one who speaks
    ex = extract("„Wie geht es weiter?“, wurde die Bürgermeisterin Eva Lorenz gefragt.")
    assert "Eva Lorenz" not in speakers(ex)


def test_a_known_surname_the_chunker_takes_for_a_noun_is_the_subject(extract: Extract) -> None:
    # "Papier" is a document noun to the phrase chunker; after "Anna Papier" it is her name
    text = (
        "Die Richterin Anna Papier äußerte sich. Heute schreibt Papier, dass die Frage offen sei."
    )
    assert speakers(extract(text)) == ["Anna Papier"]


def test_a_document_noun_never_introduced_as_a_name_is_no_subject(extract: Extract) -> None:
    # negative: without "Anna Papier" before, "Papier" stays a document after the cue
    ex = extract("Heute schreibt Papier, dass die Frage offen sei.")
    assert "Papier" not in speakers(ex)
