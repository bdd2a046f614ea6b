"""A direct quote its cue interrupts: „Wir werden“, sagte sie, „nicht nachgeben.“ Both parts
are the speaker's direct quotes; the part after the cue clause used to be lost (news set 3,
tests/data/news_quotes_dev3). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]


def found(ex: ArticleExtraction) -> list[tuple[str | None, str, str, str | None]]:
    return [(q.speaker, q.kind, q.text, q.cue) for q in ex.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "first", "second"),
    [
        (
            "„Wir werden“, sagte Betriebsrätin Jana Wolff, „keinen Standort aufgeben.“",
            "Jana Wolff",
            "sagte",
            "Wir werden",
            "keinen Standort aufgeben",
        ),
        (
            "„Das Geld ist da“, rief der Bürgermeister den Demonstranten zu, "
            "„aber es reicht nicht für alles.“",
            "Bürgermeister",
            "rief zu",
            "Das Geld ist da",
            "aber es reicht nicht für alles",
        ),
        (
            "„Wir haben Fehler gemacht“, räumte Konzernchef Lars Egger ein, "
            "„und wir werden sie korrigieren.“",
            "Lars Egger",
            "räumte ein",
            "Wir haben Fehler gemacht",
            "und wir werden sie korrigieren",
        ),
    ],
)
def test_the_part_after_the_interrupting_cue_is_the_same_speakers_direct_quote(
    extract: Extract, text: str, speaker: str, cue: str, first: str, second: str
) -> None:
    assert found(extract(text)) == [
        (speaker, "direct", first, cue),
        (speaker, "direct", second, cue),
    ]


def test_a_cue_clause_the_sentence_goes_on_after_unquoted_resumes_nothing(
    extract: Extract,
) -> None:
    # negative: after the cue the reporter goes on; nothing is quoted there
    ex = extract("„Wir werden“, sagte Jana Wolff, und die Halle applaudierte lange.")
    assert found(ex) == [("Jana Wolff", "direct", "Wir werden", "sagte")]


def test_quoted_fragments_of_an_indirect_statement_make_no_second_quote(
    extract: Extract,
) -> None:
    # negative: the fragments belong to one mixed statement; no cue interrupts a quotation
    ex = extract("Wolff sagte, man werde „keinen Standort“ aufgeben, „unter keinen Umständen“.")
    assert len(ex.quotes) <= 1
    assert all(q.kind != "direct" for q in ex.quotes)
