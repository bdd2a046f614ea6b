"""Report nouns that open a statement without a speech verb ("die Forderung der Gewerkschaft,
die Löhne zu erhöhen", "Merkels Appell, …", "seine Warnung, dass …", "Die Einschätzung der
Polizei: …"): the noun's genitive, von-phrase, possessive or Saxon genitive is the speaker,
the noun gives the act, the clause after it is what was said. German sentences written for
these tests (bot.nlp.quotes.report_nouns)."""

from __future__ import annotations

import pytest

from bot.nlp.quotes.report_nouns import zu_infinitive
from tests.nlp.extract_helpers import Extract


def said(extract: Extract, text: str, needle: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, act, target) of each quote whose text holds `needle`."""
    return [(q.speaker, q.act, q.target) for q in extract(text).quotes if needle in q.text]


@pytest.mark.parametrize(
    ("text", "needle", "speaker", "act"),
    [
        # genitive source, zu-infinitive
        ("Die Pflegekräfte legten am Morgen die Arbeit nieder. Die Forderung der Gewerkschaft, "
         "die Löhne um sieben Prozent anzuheben, stieß bei den Kliniken auf Widerstand.",
         "Löhne um sieben Prozent", "Gewerkschaft", "demand"),
        # genitive plural, indefinite article, inside a prepositional phrase
        ("Der Ausbruch gelang trotz einer Warnung der Aufseher, auf Flüchtende zu schießen.",
         "auf Flüchtende zu schießen", "Aufseher", "warning"),
        # von-phrase with a name, Konjunktiv I clause
        ("Die Aktie des Konzerns fiel am Donnerstag. Die Aussage von Vorstandschefin Maria Lindner, "
         "es gebe keinen Grund zur Sorge, beruhigte die Anleger kaum.",
         "keinen Grund zur Sorge", "Maria Lindner", "claim"),
        # Saxon genitive of a person the article introduced
        ("Bundeskanzlerin Angela Merkel besuchte die Flutgebiete. Merkels Appell, die Betroffenen "
         "nicht allein zu lassen, fand breite Zustimmung.",
         "nicht allein zu lassen", "Angela Merkel", "demand"),
        # possessive pointing back to the subject before it, dass clause
        ("Bürgermeister Peter Kaiser besuchte am Abend den Deich. Seine Warnung, dass die Dämme "
         "nicht halten könnten, verhallte.",
         "nicht halten könnten", "Peter Kaiser", "warning"),
        # an adjective between article and noun; the act of an announcement
        ("Die jüngste Ankündigung des Verkehrsministeriums, die Maut im Herbst zu erhöhen, "
         "sorgt für Ärger.",
         "Maut im Herbst", "Verkehrsministerium", "announcement"),
        # colon after the source
        ("Die Ermittlungen dauern an. Die Einschätzung der Staatsanwaltschaft: Der Täter handelte "
         "allein.",
         "handelte allein", "Staatsanwaltschaft", "estimate"),
        # "lautete" after a von-phrase with an apposition
        ("Die Kernaussage von Jürgen Hallmann, dem Chef der Werft, lautete: „Wir bauen keine "
         "Stellen ab.“",
         "keine Stellen ab", "Jürgen Hallmann", "claim"),
        # a name in apposition to the role source is the speaker
        ("Nach der Saison ist Schluss. Trotz der Ankündigung ihres Sprechers, Peter Lang, die "
         "Gespräche abzubrechen, verhandelten die Parteien weiter.",
         "Gespräche abzubrechen", "Peter Lang", "announcement"),
        # a possessive before a colon
        ("Altkanzler Helmut Kohl meldete sich am Abend zu Wort. Seine Meinung: "
         "„Das ist ein Skandal.“",
         "ein Skandal", "Helmut Kohl", "claim"),
        # a question put by someone
        ("Die Frage des Reporters, ob er zurücktreten werde, ließ der Minister unbeantwortet.",
         "zurücktreten werde", "Reporter", "question"),
    ],
)  # fmt: skip
def test_a_report_noun_with_its_own_source_quotes_that_source(
    extract: Extract, text: str, needle: str, speaker: str, act: str
) -> None:
    assert [(s, a) for s, a, _ in said(extract, text, needle)] == [(speaker, act)]


def test_an_accusation_noun_names_its_addressee_as_the_target(extract: Extract) -> None:
    text = (
        "Im Landtag wurde heftig gestritten. Der Vorwurf der Opposition an die Landesregierung, "
        "sie habe die Zahlen geschönt, wiegt schwer."
    )
    assert said(extract, text, "Zahlen geschönt") == [
        ("Opposition", "accusation", "Landesregierung")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a demand for a thing: no clause says anything
        "Die Beschäftigten streiken. Die Forderung der Gewerkschaft nach mehr Geld ist alt.",
        # no one's demand: the noun has no source
        "Die Forderung, die Löhne zu erhöhen, ist alt.",
        # a question nobody in the sentence asks
        "Die Frage, ob die Brücke hält, beschäftigt die Stadt seit Jahren.",
        # a clause that is no statement (a relative clause in the indicative)
        "Die Warnung des Wetterdienstes, die am Morgen kam, wurde ignoriert.",
    ],
)
def test_a_report_noun_without_source_or_statement_is_no_quote(extract: Extract, text: str) -> None:
    assert extract(text).quotes == ()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("die Löhne zu erhöhen", True),
        ("auf die SPD zuzugehen", True),
        ("Unterlagen weitergegeben zu haben", True),
        ("die am Morgen kam", False),
        ("zu Hause", False),
    ],
)
def test_zu_infinitive(words: str, expected: bool) -> None:
    texts = words.split()
    assert zu_infinitive(texts, 0, len(texts)) is expected
