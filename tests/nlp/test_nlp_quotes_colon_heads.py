"""Colon quotes headed by what was said ("Sein Fazit: „…“", "Ihre Botschaft: …"): the noun
names the statement, not its speaker; the quote is the running speaker's or that of the
person the sentence before introduced. German sentences written for these tests
(bot.nlp.quotes.colon_heads)."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.colon_heads import statement_head
from tests.nlp.extract_helpers import Extract


def speakers_of(extract: Extract, text: str, needle: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if needle in q.text]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Der Trainer Jan Kolb sprach nach dem Spiel lange mit der Mannschaft. "
         "Seine Botschaft: „Wir geben nicht auf.“", "Jan Kolb", "nicht auf"),
        ("Gewerkschaftschef Tim Vogt äußerte sich am Montag. "
         "Sein Urteil: „Das ist ein schlechter Tag für die Beschäftigten.“", "Tim Vogt", "schlechter Tag"),
        ("„Wir haben viel erreicht“, sagte die Ministerin Eva Lorenz. "
         "Ihr knappes Fazit: „Es geht voran.“", "Eva Lorenz", "geht voran"),
        ("Die Klinikchefin Maria Sommer hat die Zahlen am Dienstag vorgestellt. "
         "Ihre Bilanz fiel gemischt aus: „Wir sind noch nicht am Ziel.“", "Maria Sommer", "am Ziel"),
    ],
)  # fmt: skip
def test_a_statement_head_before_a_colon_quotes_the_person_it_points_back_to(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    assert speakers_of(extract, text, said) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the noun is a place, the head names no statement of anyone
        "Die Stadt plant einen Neubau. Die Botschaft der USA: ein Neubau am Fluss.",
        # nobody is running or introduced to point back to
        "Das Wetter war schlecht. Das Fazit: Der Ausflug fiel aus.",
    ],
)
def test_a_colon_without_a_statement_head_or_a_person_before_it_is_no_quote(
    extract: Extract, text: str
) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Sein Fazit", True),
        ("Die Antwort lautete", True),
        ("Ihr knappes Urteil", True),
        ("Die Botschaft der USA", False),
        ("Der Bürgermeister", False),
        ("Fazit", False),
    ],
)
def test_statement_head_reads_determiner_noun_and_copula(head: str, expected: bool) -> None:
    texts = [*head.split(), ":"]
    assert statement_head(texts, 0, len(texts) - 1) is expected
