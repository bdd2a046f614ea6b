"""A question the speaker answers ("Auf die Frage, ob er um seinen Job fürchte, antwortete
Wolff: „Nein.“") is the asker's: the statement is the answer after the speaker, and a verb
inside the question is no cue. The question was given to the speaker as his statement."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "speaker", "answer"),
    [
        (
            "Auf die Frage, ob die Steuern steigen, sagte die Ministerin, das sei nicht geplant.",
            "Ministerin",
            "das sei nicht geplant",
        ),
        (
            "Auf die Frage, ob er zurücktreten werde, hatte Karl Huber geantwortet, er bleibe "
            "im Amt.",
            "Karl Huber",
            "er bleibe im Amt",
        ),
        (
            "Auf eine Frage, wann die Brücke öffne, antwortete die Stadt: „Im Herbst.“",
            "Stadt",
            "Im Herbst",
        ),
        (
            "Gefragt, ob er um seinen Job fürchte, erwiderte der Trainer, er mache sich keine "
            "Sorgen.",
            "Trainer",
            "er mache sich keine Sorgen",
        ),
        (
            "Auf Nachfrage, ob weitere Stellen wegfallen, erklärte die Firma Brandt, das sei "
            "nicht vorgesehen.",
            "Brandt",
            "das sei nicht vorgesehen",
        ),
    ],
)
def test_the_answer_is_the_statement_not_the_question(
    extract: Extract, text: str, speaker: str, answer: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, answer)]


def test_a_verb_in_the_question_is_no_cue(extract: Extract) -> None:
    text = (
        "Auf die Frage, ob er um seinen Job fürchte, antwortete Stefan Wolff knapp: "
        "„Nein, ich mache mir über andere Dinge Gedanken.“"
    )
    quotes = extract(text).quotes
    assert [q.cue for q in quotes] == ["antwortete"]
    assert "fürchte" not in quotes[0].text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no question clause: the statement after the speaker, as before
        ("Auf die Frage nach seiner Zukunft sagte der Trainer, er bleibe.", "er bleibe"),
        # a statement before an inverted cue without a question frame stays the statement
        ("Die Steuern steigen nicht, sagte die Ministerin.", "Die Steuern steigen nicht"),
    ],
)
def test_without_a_question_frame_nothing_changes(
    extract: Extract, text: str, content: str
) -> None:
    assert [q.text for q in extract(text).quotes] == [content]
