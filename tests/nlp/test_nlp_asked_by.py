"""Who asks and who answers: in "Nachdem er von Moderator Jan Roth gefragt wurde, was er
plane, sagte Müller …" the fronted clause is the author's framing (its Konjunktiv belongs to
the embedded question), never Müller's statement; a passive question with its agent ("wurde
von X gefragt, was …") is X's question. German sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Nachdem er von Moderator Jan Roth gefragt wurde, was seine Partei plane, "
            "entgegnete Müller empört: „Das ist eine Frechheit.“",
            "Müller",
            "Das ist eine Frechheit",
        ),
        (
            "Nachdem sie gefragt worden war, ob sie zurücktrete, sagte Anna Berg, sie denke "
            "nicht daran.",
            "Anna Berg",
            "sie denke nicht daran",
        ),
    ],
)
def test_the_answer_is_not_the_question_before_it(
    extract: Extract, text: str, speaker: str, said: str
) -> None:
    quotes = extract(text).quotes
    answers = [q for q in quotes if q.speaker == speaker]
    assert answers and all(q.text.startswith(said) for q in answers), quotes


def test_a_reason_in_the_konjunktiv_stays_the_statement(extract: Extract) -> None:
    quotes = extract("Da die Lage ernst sei, sagte der Minister, man müsse handeln.").quotes
    assert any(q.text.startswith("Da die Lage ernst sei") for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "question"),
    [
        ("Müller wurde von Moderator Jan Roth gefragt, was er plane.", "Jan Roth", "was er plane"),
        (
            "Die Ministerin wurde am Dienstag von der Richterin Eva Lorenz gefragt, warum die "
            "Akten fehlten.",
            "Eva Lorenz",
            "warum die Akten fehlten",
        ),
    ],
)
def test_a_passive_question_is_its_agents(
    extract: Extract, text: str, speaker: str, question: str
) -> None:
    quotes = extract(text).quotes
    assert [(q.speaker, q.act, q.text) for q in quotes] == [(speaker, "question", question)]


def test_a_question_without_agent_has_no_speaker(extract: Extract) -> None:
    assert list(extract("Er wurde gefragt, was er plane.").quotes) == []
