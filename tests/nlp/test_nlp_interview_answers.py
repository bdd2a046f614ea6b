"""A printed interview ("Ecker: Wir fahren auf einem Netz, …"): the paragraph a person's name
and a colon open is that person's answer, sentence by sentence, as direct quotes, though no
sentence has a speech verb or quotation marks (news set 3, tests/data/news_quotes_dev3).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import ArticleExtraction

Extract = Callable[..., ArticleExtraction]

INTERVIEW = """
Die Stadtwerke wollen die Preise senken. Geschäftsführerin Miriam Albers sprach mit uns \
über Fernwärme, Schulden und den Winter.

Tagblatt: Frau Albers, warum wird die Fernwärme erst im Frühjahr billiger?

Albers: Weil wir das Gas ein Jahr im Voraus einkaufen. Die Verträge laufen bis März. \
Danach geben wir jeden Cent weiter, das verspreche ich.

Tagblatt: Die Opposition nennt das Hinhaltetaktik.

Miriam Albers: Das sehe ich anders. Niemand hat so früh informiert wie wir.

Die Stadträte wollen im Mai über die Preise beraten.
"""


def answers(ex: ArticleExtraction) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in ex.quotes if q.cue is None]


def test_every_sentence_of_a_labelled_answer_is_the_persons_direct_quote(
    extract: Extract,
) -> None:
    found = answers(extract(INTERVIEW))
    assert found == [
        ("Miriam Albers", "direct", "Weil wir das Gas ein Jahr im Voraus einkaufen"),
        ("Miriam Albers", "direct", "Die Verträge laufen bis März"),
        ("Miriam Albers", "direct", "Danach geben wir jeden Cent weiter, das verspreche ich"),
        ("Miriam Albers", "direct", "Das sehe ich anders"),
        ("Miriam Albers", "direct", "Niemand hat so früh informiert wie wir"),
    ]


def test_the_interviewers_questions_and_the_closing_paragraph_are_no_answers(
    extract: Extract,
) -> None:
    # negative: "Tagblatt:" names no person of the article; the last paragraph has no label
    texts = " ".join(q.text for q in extract(INTERVIEW).quotes)
    assert "Fernwärme erst im Frühjahr" not in texts
    assert "Hinhaltetaktik" not in texts
    assert "im Mai über die Preise" not in texts


def test_a_label_naming_nobody_introduced_answers_nothing(extract: Extract) -> None:
    # negative: "Hintergrund:" and an unknown "Krüger:" open paragraphs, but nobody of the
    # article has that name
    ex = extract(
        "Der Landrat Peter Sommer eröffnete die Brücke.\n\n"
        "Hintergrund: Die alte Brücke war seit 2019 gesperrt.\n\n"
        "Krüger: Ein Leben für den Brückenbau ist eine Ausstellung im Rathaus."
    )
    assert answers(ex) == []


def test_a_colon_inside_a_paragraph_is_no_answer_label(extract: Extract) -> None:
    # negative: "Sommer:" opens no paragraph here, it follows a sentence of the reporter
    ex = extract(
        "Der Landrat Peter Sommer eröffnete die Brücke. Sommer: Ein Name, den hier jeder kennt."
    )
    assert answers(ex) == []
