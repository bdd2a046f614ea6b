"""A printed interview: "Ecker: Wir fahren auf einem Netz, das …". A paragraph that opens with
a person's name and a colon is that person's answer, and so is every further sentence of the
paragraph, though none has a speech verb or quotation marks. The label must name a person the
article introduced before ("Infrastrukturvorständin Sabine Ecker sprach mit unserer
Redaktion …"), so a question label ("RP:", "Frage:", "SZ:"), a heading ("Hintergrund:") or an
aside ("Ehrlich gesagt:") answers nothing. Pure functions over a sentence's word texts."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.quotes.model import DocState

Person = tuple[str, str | None, str | None]  # (name, role, gender) as DocState keeps them
MAX_LABEL_WORDS = 3  # "Ecker:", "Sabine Ecker:", "Anna-Lena von Berg:"


def label_end(texts: Sequence[str]) -> int | None:
    """The index of the colon after a label of one to three capitalised words opening the
    sentence, with words after it; None when the sentence opens otherwise."""
    k = next((i for i, t in enumerate(texts[: MAX_LABEL_WORDS + 1]) if t == ":"), None)
    if k is None or k == 0 or k + 1 >= len(texts):
        return None
    if not all(t[:1].isupper() or t in ("von", "van", "de") for t in texts[:k]):
        return None
    return k


def labelled_person(label: Sequence[str], persons: Sequence[Person]) -> Person | None:
    """The person the label names: the last one mentioned whose full name is the label or
    whose surname is its last word (an interview labels answers with the surname)."""
    full = " ".join(label)
    for person in reversed(persons):
        name = person[0]
        if name == full or name.split()[-1] == label[-1]:
            return person
    return None


def answer_at(texts: Sequence[str], state: DocState) -> tuple[Person, int] | None:
    """The person answering and the first word of the answer, for a sentence that opens its
    paragraph with a person's name and a colon."""
    if not state.opens_paragraph:
        return None
    k = label_end(texts)
    if k is None:
        return None
    person = labelled_person(texts[:k], state.persons)
    return None if person is None else (person, k + 1)


def answer_goes_on(state: DocState) -> tuple[str, str | None] | None:
    """The speaker of the answer this sentence continues: a later sentence of the paragraph
    an answer label opened."""
    answer = state.answer
    if answer is None or state.opens_paragraph or answer[2] != state.paragraph:
        return None
    return answer[0], answer[1]
