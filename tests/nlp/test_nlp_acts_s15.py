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
