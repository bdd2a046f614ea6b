"""Issue 11: wrong speakers, according-to sources and role nouns. German sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def sources(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract(text).quotes]


def according(extract: Extract, text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if q.kind == "according_to"]


def test_according_source_stops_before_the_clause_object(extract: Extract) -> None:
    """A bare plural after "von" is the source; the noun after it is the clause's object."""
    text = "Die Partei forderte nach Angaben von Teilnehmern Neuwahlen."
    assert according(extract, text) == ["Teilnehmer"]
    text = "Der Vorstand plant nach Angaben von Mitarbeitern Entlassungen im Werk."
    assert according(extract, text) == ["Mitarbeiter"]


def test_a_bare_role_or_name_run_stays_whole(extract: Extract) -> None:
    text = "Nach Angaben von Bürgermeister Peter Kraus wird das Bad im Mai eröffnet."
    assert according(extract, text) == ["Peter Kraus"]
    text = "Laut Anwohner Thomas Bauer brannte die Scheune schon am Abend."
    assert according(extract, text) == ["Thomas Bauer"]


def test_a_swiss_canton_speaks_like_a_municipality(extract: Extract) -> None:
    assert according(extract, "Laut dem Kanton ist die Passstraße bis Freitag gesperrt.") == [
        "Kanton"
    ]
    text = "Die Sanierung kostet laut dem Kanton Graubünden rund zwei Millionen Franken."
    assert according(extract, text) == ["Kanton Graubünden"]
    text = "Der Kanton hatte die Schule im Frühjahr geschlossen, teilte die Gemeinde mit."
    assert [q.speaker for q in extract(text).quotes] == ["Gemeinde"]


def test_the_germans_as_a_source_read_in_the_nominative(extract: Extract) -> None:
    text = "Nach Ansicht der Deutschen ist die Lage auf dem Wohnungsmarkt ernst."
    assert according(extract, text) == ["Deutsche"]
    # a capitalised adjective of a name stays an adjective
    assert according(extract, "Laut dem Deutschen Wetterdienst wird es Sonntag regnen.") == [
        "Deutscher Wetterdienst"
    ]
    assert according(extract, "Nach Angaben der Deutschen Bahn fallen viele Züge aus.") == [
        "Deutsche Bahn"
    ]


def test_hiess_es_weiter_continues_the_running_source(extract: Extract) -> None:
    text = (
        "Die Polizei meldete am Morgen einen Brand in der Lagerhalle. Der Schaden liege im "
        "Millionenbereich, hieß es weiter."
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "Polizei"
    text = (
        "Bürgermeisterin Anna Berg sagte, die Halle werde abgerissen.\n\n"
        "Ein Neubau sei bereits geplant, heißt es zudem."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Anna Berg", "Anna Berg"]


def test_hiess_es_without_a_continuing_adverb_stays_unnamed(extract: Extract) -> None:
    text = (
        "Die Polizei meldete am Morgen einen Brand in der Lagerhalle. Der Schaden liege im "
        "Millionenbereich, hieß es."
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "anonymous"
    text = "Der Schaden liege im Millionenbereich, hieß es weiter."
    assert [q.speaker for q in extract(text).quotes] == ["anonymous"]
    text = "Die Polizei meldete einen Brand. Der Schaden sei hoch, hieß es weiter aus dem Rathaus."
    assert [q.speaker for q in extract(text).quotes][-1] == "Rathaus"


def test_a_role_with_its_place_names_the_person_introduced_with_it(extract: Extract) -> None:
    text = (
        "Die Kreuzberger Bürgermeisterin Clara Herrmann besuchte am Montag die Schule. Die "
        "Räume seien zu klein, sagte die Kreuzberger Bürgermeisterin."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Clara Herrmann"]
    text = (
        "Oberbürgermeister Dieter Reiter lobte die Feuerwehr. Die Einsatzkräfte hätten "
        "schnell gehandelt, erklärte der Münchner Oberbürgermeister."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Dieter Reiter"]


def test_a_role_with_its_place_needs_one_holder(extract: Extract) -> None:
    """Two mayors named before: the place alone does not say which one."""
    text = (
        "Bürgermeisterin Clara Herrmann traf Bürgermeisterin Stefanie Remlinger. Die Räume "
        "seien zu klein, sagte die Kreuzberger Bürgermeisterin."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Kreuzberger Bürgermeisterin"]
    # a repeated bare title stays as written (the gnqa gold keeps it)
    text = (
        "Gemeindepräsident Hans Muster eröffnete die Versammlung. Man werde die Steuern "
        "nicht erhöhen, sagte der Gemeindepräsident."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Gemeindepräsident"]


def test_an_apposed_name_before_a_perfect_keeps_its_object(extract: Extract) -> None:
    """The apposition's closing comma belongs to the subject: the perfect's object after
    it is what was announced or rejected."""
    text = "Der Direktor des Stadtmuseums, Jonas Weber, hat seinen Rücktritt angekündigt."
    assert [(q.speaker, q.text) for q in extract(text).quotes] == [
        ("Jonas Weber", "seinen Rücktritt")
    ]
    text = "Jonas Weber, der Direktor des Stadtmuseums, hat die Vorwürfe zurückgewiesen."
    assert [(q.speaker, q.text) for q in extract(text).quotes] == [("Jonas Weber", "die Vorwürfe")]


def test_an_apposed_name_before_a_perfect_that_says_nothing(extract: Extract) -> None:
    text = "Der Direktor des Stadtmuseums, Jonas Weber, hat am Montag die Ausstellung eröffnet."
    assert not extract(text).quotes


def test_a_possessive_before_words_is_the_person_not_the_organisation(extract: Extract) -> None:
    text = (
        "Mit einem Video hat der Landrat des Kreises, Rainer Tessmann, eine Debatte ausgelöst."
        "\n\nDer Kreis will nach seinen Worten ab Juli 250 Empfänger verpflichten. Wer sich "
        "weigere, müsse mit Kürzungen rechnen."
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if q.kind == "according_to"] == ["Rainer Tessmann"]
    assert quotes[-1].speaker == "Rainer Tessmann"
    text = (
        "Landrätin Anna Berg besuchte am Montag die Schule. Die Stadt werde ihren Worten "
        "zufolge im Sommer neue Räume bauen."
    )
    assert according(extract, text) == ["Anna Berg"]


def test_a_possessive_before_figures_may_be_the_organisation(extract: Extract) -> None:
    """An organisation has "Angaben" of its own: there the subject stays the source."""
    text = "Der Konzern legte Zahlen vor. Der Umsatz stieg nach seinen Angaben um zehn Prozent."
    assert according(extract, text) == ["Konzern"]


def test_a_possessive_in_a_plan_may_be_the_organisation(extract: Extract) -> None:
    """A plan is no quote (quotes/plans.py), but its subject is still the one a possessive
    in it points back to."""
    text = "Peter Kraus traf Anna Berg. Der Verband will nach seinen Angaben vor Gericht ziehen."
    assert according(extract, text) == ["Verband"]
    text = "Anna Berg kam am Montag. Die Behörde will nach ihren Angaben die Brücke sperren."
    assert according(extract, text) == ["Behörde"]
    text = "Peter Kraus traf Anna Berg. Der Verein will seinen Angaben zufolge vor Gericht ziehen."
    assert according(extract, text) == ["Verein"]


def test_an_inverted_plural_subject_after_a_statement(extract: Extract) -> None:
    """ "…, schreiben die Forscher.": the infinitive-like plural is the inverted cue."""
    text = "Die Brücke sei marode und müsse gesperrt werden, schreiben die Forscher."
    assert sources(extract, text) == [("Forscher", "indirect")]
    text = "Ob die Fische sich erholen, lasse sich nicht sagen, schreiben die Autoren der Studie."
    assert [q.speaker for q in extract(text).quotes] == ["Autoren der Studie"]


def test_an_infinitive_after_a_comma_is_no_cue(extract: Extract) -> None:
    assert not extract("Die Kinder lernen im ersten Jahr lesen, schreiben und rechnen.").quotes
    assert not extract("Er wollte nicht mehr lesen, schreiben wollte er auch nicht.").quotes


def test_a_gender_pair_after_the_cue_is_one_speaker(extract: Extract) -> None:
    text = "Die Lage auf der Station sei ernst, sagten die Ärztinnen und Ärzte der Klinik."
    assert [q.speaker for q in extract(text).quotes] == ["Ärztinnen und Ärzte"]
    text = "Die Brücke sei marode, schreiben die Forscherinnen und Forscher."
    assert [q.speaker for q in extract(text).quotes] == ["Forscherinnen und Forscher"]


def test_two_sources_after_the_cue_stay_two(extract: Extract) -> None:
    text = "Drei Menschen seien verletzt worden, sagten Polizei und Feuerwehr."
    assert [q.speaker for q in extract(text).quotes] == ["Polizei", "Feuerwehr"]
