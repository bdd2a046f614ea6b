"""Speech-act rules of session 15 (issue 11, set fresh7.tsv): German sentences written for
these tests, each rule in several tenses, word orders and speakers, and sentences where it
must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote

from bot.nlp.attribution.act_plans import own_side


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Bäckerei Kramer wird ihre Filiale am Bahnhof im Sommer schließen, wie Inhaber Max Kramer mitteilte.", "Max Kramer", "Filiale"),
        ("Die Verteidigung will das Urteil anfechten, sagte Verteidigerin Anna Roth am Montag.", "Anna Roth", "Urteil"),
        ("Der Konzern will in Sachsen 300 Stellen streichen, teilte ein Sprecher mit.", "anonymous", "Stellen"),
        ("Im Mai will die Stadt das Freibad wieder öffnen, sagte Stadtsprecherin Eva Maurer.", "Eva Maurer", "Freibad"),
        ("Wie das Unternehmen mitteilte, will es im Herbst 200 neue Stellen schaffen.", "Unternehmen", "Stellen"),
        ("Wir werden das Werk in Sachsen ausbauen, sagte Firmenchef Paul Neumann.", "Paul Neumann", "Werk"),
        ("Der Trainer sagte, er wolle den Verein im Sommer verlassen.", "Trainer", "Verein"),
    ],
)  # fmt: skip
def test_a_plan_reported_by_its_own_side_is_an_announcement(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """ "wird … schließen"/"will … öffnen" of the speaker's own firm, party or town, or of
    the speaker (a pronoun), after a neutral cue: the speaker announces the plan."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("announcement", speaker)
    assert part in q.text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # another side's intention, reported by someone else
        ("Russland will die Ukraine erobern, sagte der Außenminister Jan Novak.", "Ukraine"),
        ("Der Verein wird den Trainer entlassen, berichtet die Zeitung.", "Trainer"),
        # a forecast, a passive, a state and a past intention are no plan announced
        ("Die Preise werden weiter steigen, sagte der Ökonom Jan Bauer.", "Preise"),
        ("Die Filiale wird Ende März geschlossen, wie Inhaber Jan Hansen mitteilte.", "Filiale"),
        ("Die Bahn wird im nächsten Jahr pünktlicher sein, sagte Bahnchef Karl Brenner.", "pünktlicher"),
        ("Die Bahn wollte die Strecke im März sperren, teilte die Bahn mit.", "Strecke"),
    ],
)  # fmt: skip
def test_an_intention_of_another_side_or_no_plan_stays_a_claim(
    extract: Extract, text: str, part: str
) -> None:
    q = one_quote(extract, text)
    assert q.act == "claim" and part in q.text


def test_the_own_side_needs_a_word_of_one_family_not_any_shared_letters() -> None:
    assert own_side(["Die", "Verteidigung"], ["Verteidiger", "Holger", "Brandt"], False)
    assert own_side(["Die", "Stadt"], ["Stadtsprecherin", "Eva", "Maurer"], False)
    assert not own_side(["Die", "Verwaltung"], ["Verteidiger", "Holger", "Brandt"], False)
    assert not own_side(["Russland"], ["Außenminister", "Jan", "Novak"], False)


@pytest.mark.parametrize(
    ("text", "speaker", "target", "part"),
    [
        ("Schwere Vorwürfe gegen die Schulleitung erhebt der Elternbeirat.", "Elternbeirat", "Schulleitung", "Vorwürfe"),
        ("Neue Vorwürfe gegen den Bauunternehmer erhob die Staatsanwaltschaft am Freitag.", "Staatsanwaltschaft", "Bauunternehmer", "Vorwürfe"),
        ("Den Vorwurf gegen die Polizei erhob am Montag der Anwalt Jan Berg.", "Jan Berg", "Polizei", "Vorwurf"),
        ("Harte Vorwürfe gegen den Schiedsrichter erhebt Trainer Marc Olsen: Er habe ein klares Foul übersehen.", "Marc Olsen", "Schiedsrichter", "Foul"),
    ],
)  # fmt: skip
def test_a_fronted_charge_against_someone_names_the_speaker_after_the_cue(
    extract: Extract, text: str, speaker: str, target: str, part: str
) -> None:
    """ "Schwere Vorwürfe gegen X erhebt Y": the charge and its accused open the clause, the
    speaker follows the cue; a colon after the speaker opens the charge's words."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", speaker, target)
    assert part in q.text


def test_an_accused_before_a_colon_is_the_target_of_the_charge_after_it(extract: Extract) -> None:
    text = (
        "Der Rechnungshof erhebt schwere Vorwürfe gegen die Stadt: Sie habe Millionen verschwendet."
    )
    q = one_quote(extract, text)
    assert (q.act, q.speaker, q.target) == ("accusation", "Rechnungshof", "Stadt")
    assert "Millionen" in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Einspruch gegen das Urteil erhob der Verein.",  # an objection, no charge
        "Die Stadt erhebt seit Januar höhere Gebühren.",  # a levy, no speech
        "Die Vorwürfe gegen den Minister erhob niemand.",  # nobody raised them
    ],
)
def test_a_fronted_phrase_without_a_charge_or_a_speaker_reports_no_accusation(
    extract: Extract, text: str
) -> None:
    assert not [q for q in extract(text).quotes if q.act == "accusation"]
