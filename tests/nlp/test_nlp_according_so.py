"""According-to "…, so X": adjuncts after the source (to whom, when, where) belong to the
marker, not to the statement. German sentences written for these tests."""

from __future__ import annotations

from quote_spans import cut_from

from tests.nlp.extract_helpers import Extract, one_quote


def test_adjuncts_after_the_source_are_not_quoted(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Gemeinde saniert die Brücke, so der Bürgermeister gegenüber der Zeitung."
    )
    assert (q.speaker, q.text) == ("Bürgermeister", "Die Gemeinde saniert die Brücke")


def test_a_long_adjunct_tail_still_closes_the_clause(extract: Extract) -> None:
    text = (
        "Die meisten vermissten Kinder werden binnen Tagen gefunden, so eine Mitteilung des "
        "Landeskriminalamtes (LKA) in Stuttgart nach der Suche am Donnerstag."
    )
    q = one_quote(extract, text)
    assert q.speaker == "Landeskriminalamt"
    assert q.text == "Die meisten vermissten Kinder werden binnen Tagen gefunden"


def test_a_clause_about_the_source_is_not_quoted(extract: Extract) -> None:
    for text in (
        "Die Brücke ist marode, so der Bürgermeister am Montag, der die Sanierung lange fordert.",
        "Die Brücke ist marode, so der Bürgermeister, als die Bauarbeiter im Rathaus eintrafen.",
    ):
        q = one_quote(extract, text)
        assert (q.speaker, q.text) == ("Bürgermeister", "Die Brücke ist marode"), text


def test_a_continued_statement_after_so_x_stays_quoted(extract: Extract) -> None:
    text = "Die Lage ist ernst, so der Bürgermeister, und die Hilfe komme zu spät."
    q = one_quote(extract, text)
    assert q.text == "Die Lage ist ernst und die Hilfe komme zu spät"


def test_the_colon_after_so_x_leaves_the_quote(extract: Extract) -> None:
    text = "Die Lage sei ernst, so Innenminister Peter Maier: Man müsse jetzt handeln."
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == ("Peter Maier", "Die Lage sei ernst, Man müsse jetzt handeln")
    assert cut_from(text, q)  # the quote's words are still those of its span


def test_a_dash_after_so_x_leaves_the_quote(extract: Extract) -> None:
    q = one_quote(
        extract, "Die Regierung habe versagt, so der Sprecher – das sei nicht hinnehmbar."
    )
    assert q.text == "Die Regierung habe versagt, das sei nicht hinnehmbar"


def test_so_x_between_commas_still_drops_both_commas(extract: Extract) -> None:
    q = one_quote(extract, "Die Brücke werde, so der Bürgermeister, im Sommer saniert.")
    assert (q.speaker, q.text) == ("Bürgermeister", "Die Brücke werde im Sommer saniert")


def assert_before_so_is_quoted(extract: Extract, cases: dict[str, str]) -> None:
    """Each text's statement is what stands before ", so", said by the speaker it maps to."""
    for text, speaker in cases.items():
        q = one_quote(extract, text)
        assert (q.speaker, q.text) == (speaker, text.split(", so ")[0]), text


def test_so_and_an_inverted_cue_after_the_statement_are_not_quoted(extract: Extract) -> None:
    cases = {
        "Die Reform sei gescheitert, so sagte der Politologe Hans Becker.": "Hans Becker",
        "Die Wahl sei ein Wendepunkt, so schrieb die Zeitung am Montag.": "Zeitung",
        "Der Flug käme einer Folter gleich, so bestätigt das Gericht.": "Gericht",
    }
    assert_before_so_is_quoted(extract, cases)


def test_a_so_dass_clause_is_no_source(extract: Extract) -> None:
    text = (
        "Die Angebote fanden keine Zustimmung, so dass der Vorsitzende am Abend das "
        "Scheitern der Verhandlungen erklärte."
    )
    assert [q.speaker for q in extract(text).quotes if q.speaker == "Vorsitzende"] == []


def test_so_and_a_verb_of_judging_name_the_source(extract: Extract) -> None:
    cases = {
        "Die Reform sei gescheitert, so urteilte der Politologe Hans Becker.": "Hans Becker",
        "Man dürfe nicht nachgeben, so formulierte es der Kanzler am Montag.": "Kanzler",
        "Die Lage ist ernst, so sieht es auch die Regierung.": "Regierung",
    }
    assert_before_so_is_quoted(extract, cases)


def test_so_and_a_verb_of_judging_with_an_object_is_no_marker(extract: Extract) -> None:
    text = "Der Fall war kompliziert, so urteilte das Gericht über den Angeklagten milde."
    assert list(extract(text).quotes) == []
