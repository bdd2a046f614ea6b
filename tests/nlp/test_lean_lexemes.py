"""The blank pipeline computes only the lexical attributes our components read
(bot/nlp/tokenizer.py lean_lexemes): whitespace tokens must still be known as such, for the
figure stage skips them by IS_SPACE."""

from __future__ import annotations

from bot.nlp import Extractor


def test_new_whitespace_tokens_are_still_spaces(extractor: Extractor) -> None:
    # whitespace runs of a length no earlier text had: new lexemes, created lean
    doc = extractor.nlp.make_doc("Eins\n\n\n\n\n\n\n   zwei \t\t\t drei")
    spaces = [t.text for t in doc if t.is_space]
    assert spaces == ["\n\n\n\n\n\n\n   ", "\t\t\t "]
