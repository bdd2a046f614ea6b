"""Tokenizer and sentence rules: boundaries that blank("de") gets wrong."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction


def sentences(extract: Callable[..., ArticleExtraction], text: str) -> list[str]:
    return [s.text for s in extract(text).sentences]


def test_sentence_final_numbers_end_the_sentence(extract: Callable[..., ArticleExtraction]) -> None:
    got = sentences(
        extract, "Die Stadt zählt jetzt 10.000. Im Jahr davor waren es 2023. Nun ist Ruhe."
    )
    assert got == ["Die Stadt zählt jetzt 10.000.", "Im Jahr davor waren es 2023.", "Nun ist Ruhe."]


def test_opening_quote_after_full_stop_starts_the_next_sentence(
    extract: Callable[..., ArticleExtraction],
) -> None:
    got = sentences(extract, "Das sagte er am Morgen. „Es ist ernst.“ Dann ging er.")
    assert got == ["Das sagte er am Morgen.", "„Es ist ernst.“", "Dann ging er."]


def test_quote_mark_touching_the_next_word_is_split(
    extract: Callable[..., ArticleExtraction],
) -> None:
    got = sentences(extract, 'Er sprach von "einem Fehler."Das sagte er gestern.')
    assert got == ['Er sprach von "einem Fehler."', "Das sagte er gestern."]


def test_abbreviations_and_ordinals_do_not_split(extract: Callable[..., ArticleExtraction]) -> None:
    got = sentences(extract, "Dr. Weber kam am 15. März z. B. mit dem Zug. Er blieb.")
    assert got == ["Dr. Weber kam am 15. März z. B. mit dem Zug.", "Er blieb."]


def test_paragraph_break_always_splits(extract: Callable[..., ArticleExtraction]) -> None:
    ex = extract("Eine Überschrift ohne Punkt\n\nDer Text beginnt hier.")
    assert [s.text for s in ex.sentences] == [
        "Eine Überschrift ohne Punkt",
        "Der Text beginnt hier.",
    ]
    assert [s.paragraph_index for s in ex.sentences] == [0, 1]


def test_closing_quote_with_comma_continues_the_sentence(
    extract: Callable[..., ArticleExtraction],
) -> None:
    got = sentences(extract, "„Wir kommen wieder!“, rief der Trainer. Alle jubelten.")
    assert got == ["„Wir kommen wieder!“, rief der Trainer.", "Alle jubelten."]


def test_sentence_offsets_point_into_the_body(extract: Callable[..., ArticleExtraction]) -> None:
    ex = extract("Erster Satz hier.\n\nZweiter Satz dort.")
    body = ex.article.body
    assert all(body[s.start_char : s.end_char] == s.text for s in ex.sentences)


def test_a_single_letter_name_can_end_a_sentence(
    extract: Callable[..., ArticleExtraction],
) -> None:
    """ "Plattform X." is a name, not an initial: the according-to sentence after it is a
    statement of its own, not glued to the previous speaker's words."""
    ex = extract(
        "Deutschland stehe an der Seite der Menschen, schrieb sie auf der Plattform X. "
        "Laut Auswärtigem Amt sind bislang keine Deutschen unter den Opfern."
    )
    assert [s.text for s in ex.sentences] == [
        "Deutschland stehe an der Seite der Menschen, schrieb sie auf der Plattform X.",
        "Laut Auswärtigem Amt sind bislang keine Deutschen unter den Opfern.",
    ]
    laut = [q for q in ex.quotes if q.kind == "according_to"]
    assert [q.text for q in laut] == ["sind bislang keine Deutschen unter den Opfern"]


def test_initials_in_names_still_do_not_split(extract: Callable[..., ArticleExtraction]) -> None:
    got = sentences(
        extract,
        "Das sagte John F. Kennedy. Er war Präsident. Die Firma Müller & Co. Die Aktie stieg.",
    )
    assert got == [
        "Das sagte John F. Kennedy.",
        "Er war Präsident.",
        "Die Firma Müller & Co.",
        "Die Aktie stieg.",
    ]


def test_small_number_before_a_sentence_opener_ends_the_sentence(
    extract: Callable[..., ArticleExtraction],
) -> None:
    """The tokenizer keeps "76." whole (an ordinal's form); before "Die", "Laut", "Er" it is
    a cardinal that ends its sentence, and the next sentence's source is not its own."""
    text = (
        "Die Zahl der Opfer stieg am Abend auf 76. Laut Polizei wurden 12 Menschen verletzt. "
        "Der Index lag bei 1,2. Er war am 3. Oktober noch höher."
    )
    assert sentences(extract, text) == [
        "Die Zahl der Opfer stieg am Abend auf 76.",
        "Laut Polizei wurden 12 Menschen verletzt.",
        "Der Index lag bei 1,2.",
        "Er war am 3. Oktober noch höher.",
    ]
    figures = {f.value: f for f in extract(text).figures}
    assert figures[76].source is None
    assert figures[12].source == "Polizei"


def test_ordinals_and_dates_keep_their_stop(extract: Callable[..., ArticleExtraction]) -> None:
    text = "Am 3. Oktober feierte sie ihren 76. Geburtstag. Die 2. Liga spielt am 12. Mai."
    assert sentences(extract, text) == [
        "Am 3. Oktober feierte sie ihren 76. Geburtstag.",
        "Die 2. Liga spielt am 12. Mai.",
    ]
