"""Speech-act rules of session 16 (issue 11, bare noun-phrase objects, set fresh8.tsv): German
sentences written for these tests, each rule in several tenses, word orders and speakers, and
sentences where it must not fire."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Der Unfall auf der Autobahn forderte drei Verletzte.", "Verletzte"),
        ("Die Flut forderte zahlreiche Todesopfer.", "Todesopfer"),
        ("Das Unglück im Bergwerk forderte viele Verletzte.", "Verletzte"),
        ("Die Explosion im Hafen hat mindestens zwölf Tote gefordert.", "Tote"),
        ("Der Zusammenstoß zweier Züge forderte am Morgen zwei Opfer.", "Opfer"),
    ],
)  # fmt: skip
def test_casualties_an_event_claimed_are_no_demand(extract: Extract, text: str, part: str) -> None:
    """ "forderte drei Verletzte": an accident claims casualties; nobody demanded anything."""
    assert not [q for q in extract(text).quotes if part in q.text], text


@pytest.mark.parametrize(
    ("text", "speaker", "part"),
    [
        ("Die Opposition forderte Hilfe für die Verletzten.", "Opposition", "Hilfe"),
        ("Die Angehörigen fordern eine Entschädigung für die Opfer.", "Angehörigen", "Entschädigung"),
        ("Der Verband hat mehr Schutz für Verkehrsopfer gefordert.", "Verband", "Schutz"),
        ("Die Gewerkschaft fordert höhere Löhne.", "Gewerkschaft", "Löhne"),
    ],
)  # fmt: skip
def test_a_demand_for_the_victims_stays_a_demand(
    extract: Extract, text: str, speaker: str, part: str
) -> None:
    """The casualty noun inside the object ("Hilfe für die Verletzten") is no casualty count:
    the object's head decides."""
    q = one_quote(extract, text)
    assert (q.act, q.speaker) == ("demand", speaker)
    assert part in q.text


@pytest.mark.parametrize(
    ("text", "target", "part"),
    [
        ("Die Opposition wirft dem Bürgermeister Bestechlichkeit vor.", "Bürgermeister", "Bestechlichkeit"),
        ("Die Opposition warf dem früheren Bürgermeister Bestechlichkeit vor.", "Bürgermeister", "Bestechlichkeit"),
        ("Die Staatsanwaltschaft legt dem Bürgermeister Bestechlichkeit in drei Fällen zur Last.", "Bürgermeister", "Bestechlichkeit"),
        ("Der Aufsichtsrat hat dem Vorstand Nachlässigkeit vorgeworfen.", "Vorstand", "Nachlässigkeit"),
        ("Der Elternbeirat wirft dem Schulleiter Untätigkeit vor.", "Schulleiter", "Untätigkeit"),
    ],
)  # fmt: skip
def test_an_abstract_charge_after_a_role_is_no_surname(
    extract: Extract, text: str, target: str, part: str
) -> None:
    """ "wirft dem Bürgermeister Bestechlichkeit vor": an abstract noun the lemma table lacks
    ("-keit") after a role is the charge, not the role holder's surname."""
    q = one_quote(extract, text)
    assert q.act == "accusation" and q.target is not None and target in q.target
    assert part in q.text and part not in q.target


def test_a_surname_after_a_role_stays_the_accused(extract: Extract) -> None:
    q = one_quote(extract, "Die Opposition wirft dem Bürgermeister Weber Untätigkeit vor.")
    assert q.act == "accusation" and q.target is not None and "Weber" in q.target
    assert "Untätigkeit" in q.text


def test_keineswegs_negates_a_denial_like_nicht(extract: Extract) -> None:
    """One negation lexicon (negation_words.tsv): "bestritt keineswegs, dass …" concedes it,
    as "bestritt nicht, dass …" does."""
    for word in ("nicht", "keineswegs"):
        q = one_quote(extract, f"Der Minister bestritt {word}, dass es Fehler gegeben habe.")
        assert q.act == "claim", word


@pytest.mark.parametrize("word", ["nicht", "keineswegs", "nie"])
def test_a_negated_accusation_accuses_nobody(extract: Extract, word: str) -> None:
    text = f"Die Ministerin warf dem Kanzler {word} vor, gelogen zu haben."
    assert not [q for q in extract(text).quotes if q.act == "accusation"], text
