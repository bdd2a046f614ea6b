"""A name's apposition with two coordinated roles ("X, der Dekan der Fakultät und Vorsitzende
des Ausschusses, …") is one apposition: the name is the subject. German sentences written for
these tests. After a genitive, "der Presse" is the addressee, not a second genitive."""

from __future__ import annotations

from bot.nlp.speakers.appositions import coordinated_role
from bot.nlp.speakers.phrase import addressee_after_genitive
from tests.nlp.extract_helpers import Extract, one_quote


def test_two_coordinated_roles_keep_the_name_the_speaker(extract: Extract) -> None:
    text = (
        "Manfred Kühn, der Dekan der Fakultät und Vorsitzende des Ausschusses, hatte "
        "mitgeteilt, dass die Hochschule neu entscheiden werde."
    )
    q = one_quote(extract, text)
    assert (q.speaker, q.text) == ("Manfred Kühn", "dass die Hochschule neu entscheiden werde")


def test_an_addressee_after_the_apposition_is_no_speaker(extract: Extract) -> None:
    text = (
        "Anna Roth, die Leiterin des Amtes und Sprecherin der Stadt, hatte gegenüber der "
        "Zeitung „Die Post“ erklärt, dass die Brücke gesperrt bleibe."
    )
    assert one_quote(extract, text).speaker == "Anna Roth"


def test_und_before_a_non_role_ends_the_apposition() -> None:
    words = ["Dekan", "der", "Fakultät", "und", "Vorsitzende", "des", "Ausschusses"]
    assert coordinated_role(words, 3, len(words))
    words = ["Dekan", "der", "Fakultät", "und", "Berlin"]
    assert not coordinated_role(words, 3, len(words))


def test_the_press_after_a_genitive_is_the_addressee(extract: Extract) -> None:
    text = "Wie ein Sprecher der Stadtwerke der Presse mitteilte, seien zwei Leitungen beschädigt."
    assert one_quote(extract, text).speaker == "Stadtwerke"
    text = "Ein Sprecher der Stadtwerke der Stadt Bonn sagte, zwei Leitungen seien beschädigt."
    assert one_quote(extract, text).speaker == "Stadtwerke der Stadt Bonn"


def test_addressee_after_genitive_reads_the_noun() -> None:
    assert addressee_after_genitive(["der", "Presse", "mitteilte"], 0, 3)
    assert not addressee_after_genitive(["der", "Stadt", "Bonn"], 0, 3)
