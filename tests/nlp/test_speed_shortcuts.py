"""The shortcuts of the extraction speed work (issue 11) answer exactly as the code they
replace: a remembered lemma is the table's, a set of preposition spellings is the lower-case
test, a remembered date is the date of that text and article date, a rules copy is a copy.
The extraction outputs themselves are compared byte for byte by the evaluation script; these
tests pin the equivalences where a later change could break them unnoticed."""

from __future__ import annotations

import copy

import pytest

from bot.nlp.figures.lemmas import lookup_table, memo_lemmatize


def _plain_lemmatize(word: str) -> str | None:
    value = lookup_table().get(word)
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(
    "word", ["Soldaten", "Hilfen", "Todesopfer", "starben", "Xyzzyquux", "", "Soldaten"]
)
def test_a_remembered_lemma_is_the_tables(word: str) -> None:
    lemmatize = memo_lemmatize(lookup_table())
    first = lemmatize(word)
    assert first == _plain_lemmatize(word)
    assert lemmatize(word) == first  # asked again: the remembered answer


def test_the_lemma_memory_starts_anew_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.nlp.lemma_lookup as lemmas

    monkeypatch.setattr(lemmas, "MEMO_WORDS", 2)
    lemmatize = memo_lemmatize(lookup_table())
    words = ["Häuser", "Menschen", "Verletzte", "Häuser", "Xyzzyquux", "Menschen"]
    assert [lemmatize(w) for w in words] == [_plain_lemmatize(w) for w in words]


def test_a_rules_copy_shares_the_lexicons_but_not_the_document_names() -> None:
    """Each stage reads a document on a copy of the shared rules; the document's names go to
    the copy only (quotes/rules.py)."""
    from bot.nlp.quotes.base import load_resources
    from bot.nlp.quotes.rules import QuoteRules

    rules = QuoteRules(load_resources())
    doc_rules = copy.copy(rules)
    assert type(doc_rules) is QuoteRules and doc_rules is not rules
    assert doc_rules.lex is rules.lex and doc_rules.tables is rules.tables
    doc_rules.surnames = frozenset({"Berg"})
    assert rules.surnames == frozenset()
    assert vars(doc_rules).keys() == vars(rules).keys()


@pytest.mark.parametrize(
    ("opening", "end"),
    [
        ("Zu diesem Ergebnis kommt eine Studie der Universität", 3),
        ("zu dem Schluss kam auch die Kommission", 3),
        ("Das geht aus Zahlen des Bundesamts hervor", 1),
        ("DIES ergab eine Umfrage", 1),
        ("Zu diesem", 0),  # shorter than the entry: no pointer
        ("Zudem meldete die Polizei", 0),
        ("", 0),
    ],
)
def test_a_pointing_opening_is_read_once(opening: str, end: int) -> None:
    """The opening that points back to the previous sentence, lower-cased once as far as
    the longest entry reaches: the same answer as lower-casing it per entry."""
    from bot.nlp.quotes.base import load_resources
    from bot.nlp.quotes.marker_documents import _first_words, _pointer_end

    words = load_resources().according.words
    texts = opening.split()
    assert _pointer_end(texts, words.pointers) == end
    assert _first_words(words.presenting) == {e[0] for e in words.presenting}


def test_a_figure_token_made_without_its_constructor_is_a_token() -> None:
    from bot.nlp.figures.component import _new_tok
    from bot.nlp.figures.words import Tok

    tok = _new_tok(("Verletzte", 12))
    assert type(tok) is Tok and tok == Tok("Verletzte", 12)
    assert (tok.text, tok.start, tok.end) == ("Verletzte", 12, 21)


def test_the_loaded_pipeline_is_left_out_of_full_collections() -> None:
    """What build_pipeline loads lives as long as the process: frozen, so that a full
    garbage collection no longer walks the lexicons and tables on every run (issue 11)."""
    import gc

    from bot.nlp import build_pipeline

    nlp = build_pipeline()
    rules = nlp.get_pipe("lagebild_quotes").rules
    assert gc.get_freeze_count() > 0
    tracked = {id(o) for o in gc.get_objects()}
    assert id(rules) not in tracked and id(rules.lex) not in tracked
