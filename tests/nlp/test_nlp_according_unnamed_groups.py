"""After "laut", a bare common noun for people ("Leser", "Lesern", "Experten", "Anwohnern")
names nobody: the source is anonymous with the noun as its description, while a surname, an
organisation or a bare office stay the speaker (issue 11). German sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.nlp.attribution.unnamed import unnamed_group
from tests.nlp.extract_helpers import Extract, one_quote


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Laut Leser sind 100 Menschen betroffen.", "Leser"),
        ("Laut Lesern waren die Straßen am Morgen glatt.", "Leser"),
        ("Laut Anwohnern brannte das Lager die ganze Nacht.", "Anwohner"),
        ("Laut Experten wird der Winter mild.", "Experten"),
        ("Die Fähre fuhr laut Augenzeugen viel zu schnell.", "Augenzeugen"),
    ],
)
def test_people_nobody_named_are_anonymous(extract: Extract, text: str, role: str) -> None:
    q = one_quote(extract, text)
    assert (q.speaker, q.speaker_role) == ("anonymous", role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut Müller sind 100 Menschen betroffen.", "Müller"),
        ("Laut Polizei sind 100 Menschen betroffen.", "Polizei"),
        ("Laut Bundesamt sind 100 Menschen betroffen.", "Bundesamt"),
        ("Laut Staatsanwalt ist der Mann geflohen.", "Staatsanwalt"),
        ("Laut Bauer ist die Ernte gut.", "Bauer"),
        ("Laut Anklage hatte der Fahrer getrunken.", "Anklage"),
        ("Laut Hersteller ist das Gerät sicher.", "Hersteller"),
    ],
)
def test_names_organisations_and_offices_stay(extract: Extract, text: str, speaker: str) -> None:
    assert one_quote(extract, text).speaker == speaker


def test_a_surname_the_article_introduced_stays_a_name(extract: Extract) -> None:
    text = "Die Ärztin Eva Leser leitet die Klinik. Laut Leser sind 100 Menschen betroffen."
    assert [q.speaker for q in extract(text).quotes][-1] == "Eva Leser"


def test_the_rule_reads_the_word_alone() -> None:
    nouns, heads = frozenset({"anwohner"}), ("leser",)
    assert unnamed_group("Anwohnern", nouns, heads, frozenset()) == "Anwohner"
    assert unnamed_group("Anwohner", nouns, heads, frozenset()) is None  # one definite party
    assert unnamed_group("Leser", nouns, heads, frozenset()) == "Leser"
    assert unnamed_group("Leser", nouns, heads, frozenset({"Leser"})) is None
    assert unnamed_group("Polizei", nouns, heads, frozenset()) is None
