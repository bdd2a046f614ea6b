"""The medium a speaker told it: a quoted title after the cue ("sagte der „Bild“, …") and a
fronted dative medium ("Dem Sender n-tv sagte der Experte, …") are neither the statement nor
the speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract, one_quote


# ---- a quoted title after the cue is the medium, the clause after its comma the statement
@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Der Bundeskanzler sagte im Interview mit der „Süddeutschen Zeitung“, die "
            "Regierung werde nicht nachgeben.",
            "Bundeskanzler",
            "die Regierung werde nicht nachgeben",
        ),
        ("Der Minister sagte der „Bild“, man prüfe den Fall.", "Minister", "man prüfe den Fall"),
        (
            "Die Ministerin erklärte dem „Spiegel“, dass die Reform im Herbst komme.",
            "Ministerin",
            "dass die Reform im Herbst komme",
        ),
        (
            "Bürgermeisterin Anna Roth sagte in der ARD-Sendung „Hart aber fair“, die Stadt "
            "sei pleite.",
            "Anna Roth",
            "die Stadt sei pleite",
        ),
        (
            "Der Minister sagte der Zeitung „Die Welt“, die Steuern werde man nicht erhöhen.",
            "Minister",
            "die Steuern werde man nicht erhöhen",
        ),
        (
            "Der Minister sagte bei „Markus Lanz“, die Lage sei ernst.",
            "Minister",
            "die Lage sei ernst",
        ),
        (
            "Die Ministerin sagte im „Bericht aus Berlin“ der ARD, die Lage sei ernst.",
            "Ministerin",
            "die Lage sei ernst",
        ),
    ],
)
def test_a_quoted_medium_is_no_part_of_the_statement(
    extract: Extract, text: str, speaker: str, statement: str
) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.text, q.kind) == (speaker, statement, "indirect")


def test_a_quoted_medium_before_a_colon_leaves_the_direct_quote(extract: Extract) -> None:
    q = one_quote(extract, "Der Trainer sagte der „Bild“: „Wir haben verdient gewonnen.“")
    assert (q.speaker, q.text, q.kind) == ("Trainer", "Wir haben verdient gewonnen", "direct")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # negative: a quoted fragment of the speaker's own words stays in the statement
        ("Der Minister sprach von einem „Skandal“, die Regierung habe versagt.", "Skandal"),
        ("Die Partei warnte vor der „Spaltung“, die der Kanzler betreibe.", "Spaltung"),
        ("Der Trainer lobte die „Mannschaft“, sie habe gut gekämpft.", "Mannschaft"),
    ],
)
def test_a_quoted_fragment_is_no_medium(extract: Extract, text: str, fragment: str) -> None:
    q = one_quote(extract, text)
    assert fragment in q.text
    assert q.kind == "mixed"


# ---- a fronted dative medium is no speaker -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dem Sender n-tv sagte der Experte, die Gefahr sei groß.", "Experte"),
        (
            "Dem Nachrichtenmagazin Spiegel sagte Innenminister Peter Beck, die Lage sei ernst.",
            "Peter Beck",
        ),
        ("Der Deutschen Presse-Agentur sagte der Minister, die Reform komme.", "Minister"),
        (
            "Der Süddeutschen Zeitung hatte Bürgermeisterin Anna Roth gesagt, die Stadt sei "
            "pleite.",
            "Anna Roth",
        ),
    ],
)
def test_a_fronted_dative_medium_is_no_speaker(extract: Extract, text: str, speaker: str) -> None:
    assert one_quote(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # negative: a nominative "der" phrase ("-e" adjective) and a medium as subject speak
        ("Der Deutsche Bauernverband erklärte, die Ernte sei schlecht.", "Deutscher Bauernverband"),
        ("Der Sender n-tv berichtete, die Gefahr sei groß.", "n-tv"),
        ("Der Experte sagte dem Sender n-tv, die Gefahr sei groß.", "Experte"),
    ],
)
def test_a_nominative_medium_or_subject_still_speaks(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


# ---- a remit "für X und Y" is one phrase of the subject -------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sprecher des Bundesamts für Migration und Flüchtlinge sagte, die Zahlen "
            "gingen zurück.",
            "Bundesamt",
        ),
        (
            "Die Ministerin für Umwelt und Verbraucherschutz sagte, die Werte seien normal.",
            "Ministerin",
        ),
        (
            "Die Zahlen seien gesunken, wie der Sprecher des Bundesamts für Migration und "
            "Flüchtlinge am Montag mitteilte.",
            "Bundesamt",
        ),
    ],
)
def test_a_remit_with_two_nouns_belongs_to_the_subject(
    extract: Extract, text: str, speaker: str
) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_coordinated_subjects_stay_two_speakers(extract: Extract) -> None:
    # negative: "und" between two article phrases joins two subjects, not a remit
    ex = extract("Der Minister und die Kanzlerin sagten, die Reform komme.")
    assert sorted(q.speaker or "" for q in ex.quotes) == ["Kanzlerin", "Minister"]
