"""According-to sources and speakers read in session 6 (issue 11): web addresses, extended
attributes, projections, plans and wishes, definite reports.
German sentences written for these tests; each rule has a case it must take and one it must
leave alone."""

from __future__ import annotations

from bot.nlp.speakers import parse_np
from bot.nlp.speakers.phrase import quoted_title, web_address
from tests.nlp.extract_helpers import Extract, one_quote


def test_quoted_web_address_after_laut_is_the_medium(extract: Extract) -> None:
    q = one_quote(extract, "Laut „spiegel.de“ wurden bei dem Unglück drei Menschen verletzt.")
    assert (q.speaker, q.kind) == ("spiegel.de", "according_to")
    assert q.text == "wurden bei dem Unglück drei Menschen verletzt"
    q = one_quote(extract, "Bei dem Unglück wurden laut „br.de“ drei Menschen verletzt.")
    assert (q.speaker, q.text) == ("br.de", "Bei dem Unglück wurden drei Menschen verletzt")


def test_quoted_lower_case_word_or_abbreviation_is_no_medium(extract: Extract) -> None:
    for text in (
        "Laut „tagesschau“ wurden bei dem Unglück drei Menschen verletzt.",
        "Laut „v.a.“ wurden bei dem Unglück drei Menschen verletzt.",
    ):
        assert list(extract(text).quotes) == [], text


def test_extended_attribute_before_the_document_belongs_to_the_marker(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Laut einer am Dienstag veröffentlichten Pressemitteilung der Hilfsorganisation Care "
        "wurden zunächst 2.000 Menschen mit Lebensmitteln versorgt.",
    )
    assert (q.speaker, q.kind) == ("Care", "according_to")
    assert q.text == "wurden zunächst 2.000 Menschen mit Lebensmitteln versorgt"
    q = one_quote(
        extract,
        "Laut einer am Dienstag in Berlin vorgestellten Studie der Universität Bonn lesen "
        "Jugendliche weniger.",
    )
    assert (q.speaker, q.text) == ("Universität Bonn", "lesen Jugendliche weniger")
    q = one_quote(
        extract, "Laut einem am Montag veröffentlichten Bericht sind die Zahlen gestiegen."
    )
    assert (q.speaker, q.text) == ("Bericht", "sind die Zahlen gestiegen")


def test_extended_attribute_before_a_thing_that_is_no_document(extract: Extract) -> None:
    text = "Laut einer am Montag veröffentlichten Liste sind die Preise gestiegen."
    assert list(extract(text).quotes) == []


def test_projection_after_nach_is_a_source(extract: Extract) -> None:
    q = one_quote(extract, "Nach einer Hochrechnung des Senders ARD liegt die SPD vorn.")
    # the canonical name speaks, the organisation noun is its role (issue 11)
    assert (q.speaker, q.speaker_role, q.kind, q.text) == (
        "ARD",
        "Sender",
        "according_to",
        "liegt die SPD vorn",
    )
    q = one_quote(extract, "Nach der ARD-Hochrechnung liegt die SPD vorn.")
    assert (q.speaker, q.text) == ("ARD-Hochrechnung", "liegt die SPD vorn")


def test_projection_after_nach_with_an_event_verb_is_a_time(extract: Extract) -> None:
    assert list(extract("Nach der Hochrechnung kam es zu Jubel bei der SPD.").quotes) == []


def test_plan_or_wish_after_nach_names_its_holder(extract: Extract) -> None:
    q = one_quote(
        extract, "Nach dem Willen der Regierung soll das Gesetz im Herbst in Kraft treten."
    )
    assert (q.speaker, q.kind) == ("Regierung", "according_to")
    assert q.text == "soll das Gesetz im Herbst in Kraft treten"
    q = one_quote(
        extract, "Nach den Plänen von Verkehrsminister Peter Ramsauer soll die Maut 2013 kommen."
    )
    assert (q.speaker, q.text) == ("Peter Ramsauer", "soll die Maut 2013 kommen")


def test_plan_or_wish_without_a_holder_or_before_an_event_is_no_source(extract: Extract) -> None:
    for text in (
        "Nach dem Wunsch soll das Gesetz im Herbst in Kraft treten.",
        "Nach dem Willen der Regierung kam es zu Protesten.",
    ):
        assert list(extract(text).quotes) == [], text


def test_definite_report_without_a_source_is_unnamed(extract: Extract) -> None:
    q = one_quote(
        extract, "Bei dem Unfall sind laut den Angaben zwei Touristen ums Leben gekommen."
    )
    assert (q.speaker, q.kind) == ("anonymous", "according_to")
    assert q.text == "Bei dem Unfall sind zwei Touristen ums Leben gekommen"
    q = one_quote(extract, "Laut den Angaben der Polizei sind zwei Touristen ums Leben gekommen.")
    assert (q.speaker, q.text) == ("Polizei", "sind zwei Touristen ums Leben gekommen")


def test_definite_plural_after_laut_that_is_no_report_is_no_source(extract: Extract) -> None:
    assert list(extract("Laut den Touristen ist das Hotel schlecht.").quotes) == []


def test_article_before_report_noun_and_zufolge_is_no_part_of_the_statement(
    extract: Extract,
) -> None:
    q = one_quote(extract, "Den Angaben zufolge sind zwei Touristen ums Leben gekommen.")
    assert (q.cue, q.text) == ("Den Angaben zufolge", "sind zwei Touristen ums Leben gekommen")
    q = one_quote(extract, "Ersten Angaben zufolge sind zwei Touristen ums Leben gekommen.")
    assert (q.cue, q.text) == ("Ersten Angaben zufolge", "sind zwei Touristen ums Leben gekommen")


def test_web_address_is_a_speaker(extract: Extract) -> None:
    q = one_quote(extract, "Wie t-online.de berichtet, ist der Trailer im Internet erschienen.")
    assert (q.speaker, q.cue, q.text) == (
        "t-online.de",
        "berichtet",
        "ist der Trailer im Internet erschienen",
    )
    q = one_quote(extract, "Die Seite faz.net berichtete, der Minister sei zurückgetreten.")
    assert (q.speaker, q.text) == ("faz.net", "der Minister sei zurückgetreten")


def test_abbreviation_with_dots_is_no_web_address() -> None:
    assert web_address("t-online.de") and web_address("news.bbc.co.uk")
    assert not web_address("z.B.") and not web_address("u.a.") and not web_address("Dr.Merkel")


def test_first_name_that_is_a_clause_word_opens_a_name_apposition(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Der Korrespondent in Mexiko-Stadt, Will Grant, berichtete, dass die Erde gewackelt habe.",
    )
    assert (q.speaker, q.text) == ("Will Grant", "dass die Erde gewackelt habe")


def test_clause_word_after_the_comma_before_a_lower_case_word_is_no_name() -> None:
    words = ["Der", "Korrespondent", ",", "Will", "man", "das", "glauben", ",", "ist"]
    np = parse_np(words, 0, len(words))
    assert np is not None and (np.kind, np.name, np.end) == ("description", "Korrespondent", 2)


def test_compound_opened_by_a_lower_case_acronym_is_a_noun(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Während der Feiertage sollen die Streiks ruhen, so verdi-Verhandlungsführer Frank Bäsler.",
    )
    assert (q.speaker, q.kind) == ("Frank Bäsler", "according_to")
    assert q.text == "Während der Feiertage sollen die Streiks ruhen"
    q = one_quote(extract, "Der dpa-Korrespondent berichtete, dass die Stadt ruhig sei.")
    assert (q.speaker, q.text) == ("dpa-Korrespondent", "dass die Stadt ruhig sei")


def test_hyphenated_adjective_stays_an_adjective() -> None:
    words = ["die", "pro-russischen", "Separatisten", "sagten"]
    np = parse_np(words, 0, len(words))
    assert np is not None and (np.name, np.end) == ("pro-russischen Separatisten", 3)


def test_quoted_title_after_the_article_is_the_speaking_medium(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 Mitarbeiter sollen entlassen werden.",
    )
    assert (q.speaker, q.cue) == ("Süddeutsche Zeitung", "berichtet")
    assert q.text == "200 Mitarbeiter sollen entlassen werden"


def test_quotation_before_a_comma_or_small_word_stays_a_quotation() -> None:
    assert quoted_title(["„", "Unsinn", "“", ","], 0, 4) is None
    assert quoted_title(["„", "das", "ist", "so", "“", "sagte"], 0, 6) is None
    assert quoted_title(["„", "BBC", "News", "“", "berichtet"], 0, 5) == (4, "BBC News")


def test_proposal_names_its_author_after_laut(extract: Extract) -> None:
    q = one_quote(extract, "Laut Vorschlag der CDU sollen die Gespräche am Mittwoch stattfinden.")
    assert (q.speaker, q.text) == ("CDU", "sollen die Gespräche am Mittwoch stattfinden")


def test_proposal_after_nach_before_an_event_is_a_time(extract: Extract) -> None:
    assert list(extract("Nach dem Vorschlag der Kommission kam es zu Protesten.").quotes) == []


def test_wonach_reaches_a_report_whose_author_has_a_quoted_name(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach der Oppositionsführer "
        "festgenommen worden sein soll, wurde dementiert.",
    )
    assert (q.cue, q.kind) == ("wonach", "according_to")
    assert "Nachrichtenagentur" in (q.speaker or "")
    assert q.text == "der Oppositionsführer festgenommen worden sein soll"


def test_wonach_far_from_any_report_noun_is_no_marker(extract: Extract) -> None:
    text = (
        "Die Kritik richtete sich gegen die Lage der Flüchtlinge in den Lagern an der Grenze "
        "zu Syrien und Jordanien, wonach die Versorgung schlecht sei."
    )
    assert [q for q in extract(text).quotes if q.cue == "wonach"] == []


def test_first_assumptions_are_an_unnamed_report(extract: Extract) -> None:
    q = one_quote(
        extract, "Ursache des Einsturzes dürfte ersten Annahmen zufolge der Schnee gewesen sein."
    )
    assert (q.speaker, q.kind) == ("anonymous", "according_to")
    assert q.text == "Ursache des Einsturzes dürfte der Schnee gewesen sein"


def test_assumptions_as_a_subject_report_nothing(extract: Extract) -> None:
    assert list(extract("Die Annahmen der Forscher waren falsch.").quotes) == []


def test_dated_unnamed_report_before_zufolge(extract: Extract) -> None:
    q = one_quote(
        extract,
        "Ersten Angaben vom gestrigen Mittwoch zufolge gehörte das Flugzeug dem Institut.",
    )
    assert (q.speaker, q.kind) == ("anonymous", "according_to")
    assert q.text == "gehörte das Flugzeug dem Institut"


def test_date_after_a_thing_before_zufolge_is_no_report(extract: Extract) -> None:
    text = "Dem Wetter vom Montag zufolge gehörte das Flugzeug dem Institut."
    assert list(extract(text).quotes) == []
