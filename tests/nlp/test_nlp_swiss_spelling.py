"""Swiss German writes "ss" for every "ß" ("heisst", "äusserte", "gemäss"): every lexicon
lookup finds both spellings, and a Swiss cue keeps the lemma the rules know (issue 11)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction
from bot.nlp.cues import build_lexicon
from bot.nlp.lexicons import swiss, words

Extract = Callable[..., ArticleExtraction]


def test_word_lists_hold_the_swiss_spelling_beside_the_standard_one() -> None:
    gap = words("quote_gap_words.txt")
    assert {"außerdem", "ausserdem", "anschließend", "anschliessend"} <= gap
    assert swiss("Straße") == "Strasse"
    assert swiss("Prozess") == "Prozess"  # no "ß", nothing to respell


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("heisst", "heißen"), ("hiess", "heißen"), ("äusserte", "äußern"), ("mutmasste", "mutmaßen")],
)
def test_swiss_cue_forms_keep_the_standard_lemma(form: str, lemma: str) -> None:
    assert build_lexicon().lemma(form) == lemma


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Die Waldbrandgefahr bleibe hoch, heisst es in einer Mitteilung der Feuerwehr.",
            "Feuerwehr",
            "heisst es",
        ),
        (
            "Die Bauern seien verunsichert, hiess es aus dem Bauernverband.",
            "Bauernverband",
            "hiess es",
        ),
        (
            "Man sei enttäuscht über den Entscheid, äusserte der Präsident des Skiclubs.",
            "Skiclub",
            "äusserte",
        ),
        (
            "Die Gemeinde Flims schliesst nicht aus, dass weitere Häuser geräumt werden.",
            "Gemeinde Flims",
            "schliesst aus",
        ),
    ],
)
def test_swiss_cues_attribute_like_their_standard_spelling(
    extract: Extract, text: str, speaker: str, cue: str
) -> None:
    quotes = extract(text).quotes
    assert [q.cue for q in quotes] == [cue]
    assert speaker in (quotes[0].speaker or "")


def test_a_swiss_cue_carries_its_konjunktiv_chain(extract: Extract) -> None:
    text = (
        "Der Hang rutsche weiter ab, heisst es in einer Mitteilung des Kantons Uri. "
        "Die Strasse bleibe gesperrt. Eine Rückkehr sei frühestens im Mai möglich."
    )
    quotes = extract(text).quotes
    assert len(quotes) == 3
    assert all("Kanton" in (q.speaker or "") for q in quotes)


def test_gemaess_in_swiss_spelling_is_according_to(extract: Extract) -> None:
    quotes = extract("Gemäss der Kantonspolizei wurden zwei Personen leicht verletzt.").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("according_to", "Kantonspolizei")]


@pytest.mark.parametrize(
    "text",
    [
        "So heisst ein neues Projekt der Stadt Zürich.",  # names, reports nothing
        "Die Strasse zum Dorf bleibt wegen der Schneemassen gesperrt.",
    ],
)
def test_swiss_spelling_makes_no_quote_where_the_standard_one_makes_none(
    extract: Extract, text: str
) -> None:
    assert not extract(text).quotes
