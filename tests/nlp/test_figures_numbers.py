"""German numerals: what a reader sees written must become the value they understand."""

from __future__ import annotations

import pytest

from bot.nlp.numbers import multiplier, parse_digits, parse_number_word, vague_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.000", 3000),
        ("3000", 3000),
        ("12.000", 12000),
        ("1,5", 1.5),
        ("1.500.000", 1_500_000),
        ("47.879.927", 47_879_927),
        ("100.000,-", 100_000),
        ("12,5", 12.5),
    ],
)
def test_digits_with_german_separators(text: str, value: float) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["15.11.2024", "14:30", "G7", "3.00.0", "1,5,5", ""])
def test_non_numerals_are_rejected(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("drei", 3),
        ("zwölf", 12),
        ("siebzehn", 17),
        ("dreiundzwanzig", 23),
        ("einundzwanzig", 21),
        ("zweihundert", 200),
        ("zweihundertfünfzig", 250),
        ("dreitausend", 3000),
        ("zwölftausend", 12000),
        ("zehntausend", 10000),
        ("hunderttausend", 100_000),
        ("zweihunderttausend", 200_000),
        ("Dreitausendfünfhundert", 3500),
    ],
)
def test_number_words(word: str, value: int) -> None:
    assert parse_number_word(word) == value


@pytest.mark.parametrize(
    "word", ["erste", "zweiten", "Tausende", "hunderte", "acht-", "Nacht", "und"]
)
def test_ordinals_and_vague_plurals_are_not_cardinals(word: str) -> None:
    assert parse_number_word(word) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("Tausende", 1000),
        ("tausenden", 1000),
        ("Hunderte", 100),
        ("Dutzende", 12),
        ("Zehntausende", 10_000),
        ("Hunderttausende", 100_000),
    ],
)
def test_vague_amounts(word: str, value: float) -> None:
    assert vague_amount(word) == value


def test_multiplier_words_and_abbreviations() -> None:
    assert multiplier("Millionen") == 1e6
    assert multiplier("Mio.") == 1e6
    assert multiplier("Mrd.") == 1e9
    assert multiplier("Milliarden") == 1e9
    assert multiplier("Tsd.") == 1e3
    assert multiplier("Soldaten") is None


def test_a_number_before_a_sentence_opener_is_a_count_not_an_ordinal(extractor) -> None:
    from tests.nlp.conftest import make_article

    text = (
        "Die Zahl der bestätigten Todesopfer stieg unterdessen auf 112. Wie aus "
        "Regierungskreisen verlautete, werden noch rund 60 Menschen vermisst."
    )
    values = [f.value for f in extractor.extract(make_article(text)).figures]
    assert 112 in values and 60 in values
    ordinal = extractor.extract(make_article("Am 15. November kamen 30 Menschen.")).figures
    assert [f.value for f in ordinal] == [30]


def test_a_rules_amount_in_a_compound_is_a_figure_but_no_topic(extractor) -> None:
    from bot.nlp.figures.subjects import subject_group
    from tests.nlp.conftest import make_article

    [hurdle] = extractor.extract(
        make_article("Die Grünen scheiterten an der Fünf-Prozent-Hürde.")
    ).figures
    assert (hurdle.value, hurdle.unit, hurdle.text) == (5, "Prozent", "Fünf-Prozent-Hürde")
    assert subject_group(hurdle.subject, hurdle.unit) is None
    week = extractor.extract(make_article("Die Gewerkschaft fordert die 35-Stunden-Woche."))
    assert not week.figures


def test_ueber_after_an_amount_noun_states_the_amount(extractor) -> None:
    from tests.nlp.conftest import make_article

    text = "Die Regierung will einen Wiederaufbaufonds über 2,5 Milliarden Euro auflegen."
    [fund] = extractor.extract(make_article(text)).figures
    assert (fund.qualifier, fund.subject) == ("exact", "Wiederaufbaufonds")
    [heat] = extractor.extract(make_article("Die Temperatur stieg auf über 30 Grad.")).figures
    assert heat.qualifier == "more_than"
