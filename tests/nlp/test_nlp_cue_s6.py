"""Cue and subject recall (issue 11, session 6): subjects behind an apposition the phrase
chunker does not read, and more. German sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(extract: Extract, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.act, q.text) for q in extract(text).quotes]


def test_a_name_before_an_indefinite_or_adjective_apposition_speaks(extract: Extract) -> None:
    assert found(
        extract,
        "Anna Berg, eine frühere Richterin am Landgericht, erklärte, das Urteil sei falsch.",
    ) == [("Anna Berg", "claim", "das Urteil sei falsch")]
    assert found(
        extract,
        "Jonas Pohl, ein Abgeordneter aus Kassel und Oberst außer Dienst, sagte, dass der "
        "Einsatz ein Fehler gewesen sei.",
    ) == [("Jonas Pohl", "claim", "dass der Einsatz ein Fehler gewesen sei")]
    assert found(
        extract,
        "Erika Sommer, zuständig für das Exportgeschäft, hatte im Mai angekündigt, den "
        "Vertrieb in Asien auszubauen.",
    ) == [("Erika Sommer", "announcement", "den Vertrieb in Asien auszubauen")]


def test_an_adverb_between_commas_is_no_apposition(extract: Extract) -> None:
    # a sentence adverb and a place between the commas: not a description of the name
    assert found(extract, "Peter Meier, gestern noch in Berlin, sagte, er sei unschuldig.") == []


def test_the_subject_before_a_long_relative_clause_speaks(extract: Extract) -> None:
    assert found(
        extract,
        "Der Verband, der vor zwanzig Jahren von der Industrie gegründet wurde, hat erklärt, "
        "dass keine Gefahr bestehe.",
    ) == [("Verband", "claim", "dass keine Gefahr bestehe")]
    assert found(
        extract,
        "Karl Brandt, der seit 1998 in der Stadt an der Küste als Bürgermeister regiert, hatte "
        "am Montag angekündigt, erneut anzutreten.",
    ) == [("Karl Brandt", "announcement", "erneut anzutreten")]
    assert found(
        extract,
        "Ina Roth, die am Montag auf einer Tagung in der an Polen grenzenden Stadt Görlitz "
        "war, sagte, dass sie auf eine Einigung hoffe.",
    ) == [("Ina Roth", "claim", "dass sie auf eine Einigung hoffe")]


def test_a_fronted_object_or_a_thing_before_a_relative_clause_is_no_speaker(
    extract: Extract,
) -> None:
    qs = found(extract, "Die Vorwürfe, die der Minister gestern erhob, wies Peter Maier zurück.")
    assert [s for s, _, _ in qs] == ["Peter Maier"]
    text = "Die Brücke, die seit 1998 gesperrt ist, hatte am Montag gezeigt, dass sie hält."
    assert found(extract, text) == []


def test_judgements_rulings_orders_and_conclusions_report_their_clause(extract: Extract) -> None:
    assert found(extract, "Die Richterin urteilte, dass die Kündigung unwirksam sei.") == [
        ("Richterin", "claim", "dass die Kündigung unwirksam sei")
    ]
    assert found(extract, "Das Ministerium legte fest, dass nur 30 Wale gejagt werden dürfen.") == [
        ("Ministerium", "announcement", "dass nur 30 Wale gejagt werden dürfen")
    ]
    assert found(extract, "Der Präsident erteilte der Armee den Befehl, die Brücke zu räumen.") == [
        ("Präsident", "demand", "die Brücke zu räumen")
    ]
    assert found(extract, "Beobachter schließen daraus, dass die Regierung geschwächt ist.") == [
        ("Beobachter", "claim", "dass die Regierung geschwächt ist")
    ]


def test_a_ruling_order_or_fixed_date_without_a_clause_is_no_statement(extract: Extract) -> None:
    for text in (
        "Das Gericht urteilte über den Fall des Bürgermeisters.",
        "Der Rat legte den Termin für die Wahl fest.",
        "Der General gab den Befehl. Die Truppen sollten sofort abziehen.",
        "Der Minister wollte sich nicht festlegen, ob die Steuer sinkt.",
    ):
        assert found(extract, text) == [], text


def test_an_ordinal_date_between_subject_and_cue_keeps_the_subject(extract: Extract) -> None:
    assert found(
        extract, "Das Kabinett hat am 19. August entschieden, das Hallenbad zu schließen."
    ) == [("Kabinett", "announcement", "das Hallenbad zu schließen")]


def test_a_justification_as_or_with_a_clause_is_a_statement(extract: Extract) -> None:
    assert found(extract, "Das Ministerium rechtfertigte den Angriff als „reine Notwehr“.") == [
        ("Ministerium", "claim", "reine Notwehr")
    ]
    assert found(
        extract, "Die Stadt rechtfertigte die Sperrung damit, dass die Brücke marode sei."
    ) == [("Stadt", "claim", "dass die Brücke marode sei")]
    assert found(extract, "Die Regierung rechtfertigte ihr Vorgehen vor dem Parlament.") == []


def test_a_quoted_object_after_the_cue_is_never_the_speaker(extract: Extract) -> None:
    # the phrase before the cue is its subject: the quoted words are what it promises
    # (a version is nobody, so there is no speaker at all rather than a reversed one)
    assert found(extract, "Die neue Version verspricht „Suche ohne Werbung“.") == []
    # with nothing before the cue, a quoted title after it is the medium
    assert found(extract, "„Das war ein Fehler“, schrieb „Die Zeit“ in einem Nachruf.") == [
        ("„Die Zeit“", "claim", "Das war ein Fehler")
    ]


def test_a_definite_description_or_an_age_after_a_name_is_its_apposition(
    extract: Extract,
) -> None:
    text = (
        "Peter Sharp, der geschäftsführende Direktor der Reederei Rabaul Shipping, sagte, "
        "die Ursache sei noch unklar."
    )
    assert found(extract, text) == [("Peter Sharp", "claim", "die Ursache sei noch unklar")]
    text = "Alice Kakamara, 30, beschrieb den Hergang: „Die See war wirklich rau.“"
    assert found(extract, text) == [("Alice Kakamara", "claim", "Die See war wirklich rau")]
    text = "Der Minister, ein erfahrener Diplomat aus Bonn, sagte, die Lage sei ernst."
    assert found(extract, text) == [("Minister", "claim", "die Lage sei ernst")]


def test_a_relative_clause_after_a_name_is_no_definite_apposition(extract: Extract) -> None:
    # "der" before a lower-case word opens a relative clause whose verb is no cue of the name
    text = "Peter Meier, der gestern sagte, er sei krank, fehlte am Montag."
    assert [s for s, _, _ in found(extract, text)] == ["Peter Meier"]


def test_a_resolution_clause_or_treaty_states_its_dass_clause(extract: Extract) -> None:
    text = "Der Beschluss sieht vor, dass ein Ausschuss über die Kandidaten entscheidet."
    assert found(extract, text) == [
        ("Beschluss", "claim", "dass ein Ausschuss über die Kandidaten entscheidet")
    ]
    text = "Die Klausel besagt, dass der Käufer seinen Anteil zurückgeben muss."
    assert found(extract, text) == [
        ("Klausel", "claim", "dass der Käufer seinen Anteil zurückgeben muss")
    ]
    for text in ("Das Abkommen zeigte schnell Wirkung.", "Der Vertrag sieht gut aus."):
        assert found(extract, text) == [], text


def test_a_role_apposition_with_a_split_compound_reaches_the_cue(extract: Extract) -> None:
    text = (
        "Karin Lenz, Sprecherin der Lehrer- und Elternvereinigung für den Kreis Kassel, "
        "sagte, die Schule sei „völlig überlastet“."
    )
    assert found(extract, text) == [("Karin Lenz", "claim", "die Schule sei „völlig überlastet“")]


def test_a_quoted_title_inside_the_fronted_phrase_is_no_statement(extract: Extract) -> None:
    text = "Nach der Premiere des Films „Der Sturm“ meldete der Sender, dass die Quote hoch war."
    assert found(extract, text) == [("Sender", "claim", "dass die Quote hoch war")]
    # a quotation opening the sentence before the cue is the statement
    text = "„Wir kommen wieder“, sagte der Trainer am Montag."
    assert found(extract, text) == [("Trainer", "claim", "Wir kommen wieder")]
    # the fronted quotation is what "sprechen von" reports, whatever follows
    text = "Von einem „schweren Fehler“ sprach der Minister, wenn Daten „verloren“ gingen."
    assert [t for _, _, t in found(extract, text)][:1] == ["Von einem „schweren Fehler“"]


def test_a_statement_one_had_made_with_lassen_is_the_subjects(extract: Extract) -> None:
    text = "Die Ministerin ließ über ihren Anwalt mitteilen, dass sie zurücktrete."
    assert found(extract, text) == [("Ministerin", "claim", "dass sie zurücktrete")]
    text = "Am Montag ließ der Verband verlauten, die Gespräche seien gescheitert."
    assert found(extract, text) == [("Verband", "claim", "die Gespräche seien gescheitert")]


def test_an_infinitive_cue_after_a_modal_is_no_statement_yet(extract: Extract) -> None:
    # only "lassen" makes the infinitive the subject's statement: "muss erklären" is a duty
    assert found(extract, "Der Minister muss morgen erklären, warum er zurücktritt.") == []


def test_a_focus_adverb_after_a_back_pointing_cue_keeps_its_speaker(extract: Extract) -> None:
    text = "Die Brücke ist marode. Das sagt zumindest Bürgermeisterin Eva Kurz."
    assert found(extract, text) == [("Eva Kurz", "claim", "Die Brücke ist marode")]
    # without a statement before it, "Das sagt …" reports nothing
    assert found(extract, "Das sagt zumindest Bürgermeisterin Eva Kurz.") == []


def test_a_plural_subject_sees_something_as_a_judgement(extract: Extract) -> None:
    text = "Die Analysten sehen die Zinssenkung als Zeichen einer Schwäche."
    assert found(extract, text) == [
        ("Analysten", "claim", "die Zinssenkung als Zeichen einer Schwäche")
    ]
    for text in ("Die Zuschauer sehen das Spiel im Stadion.", "Wir sehen uns morgen."):
        assert found(extract, text) == [], text


def test_the_members_named_between_commas_leave_the_group_the_speaker(extract: Extract) -> None:
    text = (
        "Die Unterstützer der Vorlage, darunter auch die Bürgerfraktion, verwiesen darauf, "
        "dass die Mieten sinken müssten."
    )
    assert found(extract, text) == [
        ("Unterstützer der Vorlage", "claim", "dass die Mieten sinken müssten")
    ]
    # after a single name "darunter" names no members: no speaker is guessed
    assert found(extract, "Peter Meier, darunter auch Anna, sagte, es sei gut.") == []


def test_a_demonstrative_after_the_cue_is_the_person_named_last(extract: Extract) -> None:
    text = (
        "Reporter befragten den Anwalt Rainer Wittner. Dabei sagte dieser, dass sein "
        "Mandant unschuldig sei."
    )
    assert found(extract, text) == [("Rainer Wittner", "claim", "dass sein Mandant unschuldig sei")]
    # "dieser Bericht": a determiner, not a pronoun standing for a person
    assert found(extract, "Dabei zeigte dieser Bericht nur wenig.") == []


def test_a_magazine_with_its_quoted_title_is_the_subject(extract: Extract) -> None:
    text = "Die Wochenzeitschrift „Neue Welt“ hatte im Mai kritisiert, dass die Stadt spare."
    # the title is the speaker's name, the magazine noun its role (issue 11)
    assert found(extract, text) == [("„Neue Welt“", "claim", "dass die Stadt spare")]
    # a quoted word after a verb of speaking is its content, not a title of the subject
    assert found(extract, "Der Sender sprach von einem „Skandal“.") == [
        ("Sender", "claim", "Skandal")
    ]
