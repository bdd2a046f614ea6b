"""Roles and organisation speakers are shown in one citation form, whatever case the text used."""

from __future__ import annotations

import pytest

from bot.nlp.roles import leading_article, nominative


@pytest.mark.parametrize(
    ("phrase", "article", "expected"),
    [
        ("Der ukrainische Präsident", None, "ukrainischer Präsident"),
        ("ukrainische Präsident", "der", "ukrainischer Präsident"),
        ("US-Verteidigungsministers", "des", "US-Verteidigungsminister"),
        ("US-Verteidigungsministers", None, "US-Verteidigungsminister"),
        ("Südkoreanische Geheimdienst", "der", "Südkoreanischer Geheimdienst"),
        ("dem südkoreanischen Geheimdienst", None, "südkoreanischer Geheimdienst"),
        ("des Geheimdienstes", None, "Geheimdienst"),
        ("des britischen Verteidigungsministeriums", None, "britisches Verteidigungsministerium"),
        ("der französischen Regierung", None, "französische Regierung"),
        ("des Weißen Hauses", None, "Weißes Haus"),
        ("den Präsidenten", None, "Präsident"),
        ("einem Experten", None, "Experte"),
        ("Ein hochrangiger Regierungsvertreter", None, "hochrangiger Regierungsvertreter"),
        ("eine Sprecherin der Nato", None, "Sprecherin der Nato"),
        ("Das italienische Außenministerium", None, "italienisches Außenministerium"),
        # capitalised -ig/-lich adjectives of a name, and the article-less strong dative
        ("Auswärtigen Amts", "des", "Auswärtiges Amt"),
        ("Kassenärztlichen Vereinigung", "der", "Kassenärztliche Vereinigung"),
        ("Auswärtigem Amt", None, "Auswärtiges Amt"),
        ("Statistischem Bundesamt", None, "Statistisches Bundesamt"),
        ("Deutschem Wetterdienst", None, "Deutscher Wetterdienst"),
        # an accusative singular that ends like an "-ern" dative plural keeps its "n"
        ("den Konzern", None, "Konzern"),
        ("den Energiekonzern", None, "Energiekonzern"),
        ("den westlichen Konzern", None, "westlicher Konzern"),
        # article-less datives after "laut": the head's gender sets the ending
        ("vorläufigem Ergebnis", None, "vorläufiges Ergebnis"),
        ("neuem Gutachten", None, "neues Gutachten"),
        ("jüngster Meldung", None, "jüngste Meldung"),
        ("offizieller Statistik", None, "offizielle Statistik"),
        ("amtlicher Bericht", None, "amtlicher Bericht"),
        ("Auswärtigem Amt", None, "Auswärtiges Amt"),
    ],
)
def test_roles_in_citation_form(phrase: str, article: str | None, expected: str) -> None:
    assert nominative(phrase, article) == expected


@pytest.mark.parametrize("name", ["Lloyd Austin", "Bernie Sanders", "Kreml", "Bundeskanzler"])
def test_names_and_nominative_roles_stay_as_written(name: str) -> None:
    assert nominative(name) == name


def test_article_is_read_from_the_mention() -> None:
    assert (
        leading_article("des US-Verteidigungsministers Lloyd Austin", "US-Verteidigungsministers")
        == "des"
    )
    assert leading_article("Der ukrainische Präsident Selenskyj", "ukrainische Präsident") == "der"
    assert leading_article("Kirby", "Sprecher") is None


def test_extracted_roles_and_organisations_are_nominative(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "Der polnische Präsident Andrzej Duda sagte, die Grenze sei sicher.\n\n"
        "Laut dem dänischen Geheimdienst seien die Schiffe abgezogen."
    )
    by_speaker = {q.speaker: q.speaker_role for q in ex.quotes}
    assert by_speaker.get("Andrzej Duda") == "polnischer Präsident"
    assert any(s and s.lower() == "dänischer geheimdienst" for s in by_speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Laut Auswärtigem Amt sind keine Deutschen unter den Opfern.", "Auswärtiges Amt"),
        ("Nach Angaben des Auswärtigen Amts sind zwei Deutsche verletzt.", "Auswärtiges Amt"),
        ("Laut Weißem Haus ist das Treffen abgesagt.", "Weißes Haus"),
    ],
)
def test_according_to_sources_are_named_in_the_nominative(  # type: ignore[no-untyped-def]
    extract, sentence: str, speaker: str
) -> None:
    """One speaker, one name: "/who_said Auswärtiges Amt" finds all three statements."""
    assert [q.speaker for q in extract(sentence).quotes] == [speaker]
