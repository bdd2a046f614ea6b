"""The Extractor's shortcuts for speed (issue 11) give what the long way gives: sentence
offsets read off the mentions stage's sentences, a figure's date read stretch by stretch
through a cache, and the article scope asked twice of one article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.models import ArticleExtraction
from bot.nlp import Extractor
from bot.nlp.doc_arrays import sentence_spans
from bot.nlp.figures.dates import figure_date
from bot.nlp.figures.places import text_scope
from bot.nlp.stage_records import Word

ARTICLE = (
    "Bei dem Hochwasser in Slowenien sind mindestens 20 Menschen gestorben.  Das teilte "
    "die Regierung am Montag mit.\n\n"
    "„Wir tun alles, um zu helfen“, sagte Ministerpräsident Robert Golob. Er kündigte "
    "Hilfen an.\n\n"
    "Zwischentitel\n\n"
    "Im Juni 2022 waren bei einem Unwetter in Kroatien 12 Menschen ums Leben gekommen, "
    "am Dienstag meldete die Polizei weitere 3 Tote."
)


def test_sentence_offsets_match_a_walk_over_the_tokens(
    extractor: Extractor, extract: Callable[..., ArticleExtraction]
) -> None:
    doc = extractor.nlp(ARTICLE)
    walked = sentence_spans(doc)
    assert len(walked) == 6  # the heading is a sentence of its own
    extraction = extract(ARTICLE)
    body = extraction.article.body
    assert [(s.start_char, s.end_char) for s in extraction.sentences] == sentence_spans(
        extractor.nlp(body)
    )
    assert extraction.sentences[2].text.startswith("„Wir tun alles")
    # the quote's sentence index points at its sentence's text
    quote = next(q for q in extraction.quotes if q.speaker == "Robert Golob")
    assert "Wir tun alles" in extraction.sentences[quote.sentence_index].text


def test_each_figure_of_a_sentence_keeps_its_own_date() -> None:
    sentence = "Im Juni 2022 starben 12 Menschen, am Dienstag meldete die Polizei weitere 3 Tote"
    first = (sentence.index("12"), sentence.index("12") + 2)
    second = (sentence.index("3 Tote"), sentence.index("3 Tote") + 1)
    for anchor in (date(2024, 5, 10), date(2024, 6, 20)):  # the cache keys on the date too
        assert figure_date(sentence, [], anchor, first) == date(2022, 6, 1)
        tuesday = figure_date(sentence, [], anchor, second)
        assert tuesday is not None and tuesday.weekday() == 1 and tuesday <= anchor
        assert (anchor - tuesday).days < 7


def test_article_scope_is_the_same_when_asked_again() -> None:
    text = "Hochwasser in Slowenien\nDas Hochwasser in Slowenien forderte Tote. In Ljubljana …"
    assert text_scope(text) == ("Hochwasser", "Slowenien")
    assert text_scope(text) == ("Hochwasser", "Slowenien")
    assert text_scope("Die Regierung in Nigeria trauert.") == (None, "Nigeria")


def _scan_all(texts: list[str], pointers: frozenset[tuple[str, ...]]) -> int:
    """The long way: every entry of the set tried against the sentence's opening."""
    opening = tuple(t.lower() for t in texts)
    return next((len(e) for e in pointers if opening[: len(e)] == e), 0)


def test_pointer_opening_found_by_its_first_word_is_the_one_a_full_scan_finds() -> None:
    from bot.nlp.quotes.marker_documents import _pointer_end

    pointers = frozenset(
        {("das",), ("dies",), ("zu", "diesem", "ergebnis"), ("zu", "dem", "schluss")}
    )
    sentences = [
        "Das geht aus dem Bericht des Ministeriums hervor .",
        "Dies ergab eine Umfrage der Universität Jena .",
        "Zu diesem Ergebnis kommt eine Studie der Stiftung .",
        "Zu dem Schluss gelangte auch der Rechnungshof .",
        "Zu den Gründen äußerte sich die Polizei nicht .",  # "zu" opens no entry here
        "Die Gemeinde hatte den Plan am Montag vorgestellt .",
        "Zu",  # shorter than every "zu" entry
    ]
    found = [_pointer_end(s.split(), pointers) for s in sentences]
    assert found == [1, 1, 3, 3, 0, 0, 0]
    assert found == [_scan_all(s.split(), pointers) for s in sentences]
    assert _pointer_end([], pointers) == 0


def test_konjunktiv_one_answers_alike_when_asked_again(extractor: Extractor) -> None:
    rules = extractor.nlp.get_pipe("lagebild_mentions").rules
    forms = {"sei": True, "habe": True, "handle": True, "ändere": True, "werde": True,
             "sagte": False, "Seite": False, "die": False, "ist": False}  # fmt: skip
    for _ in range(2):  # the second round reads the remembered verdicts
        assert {w: rules.is_konj1(w) for w in forms} == forms


def test_reported_speech_goes_on_in_konjunktiv_across_articles(
    extract: Callable[..., ArticleExtraction],
) -> None:
    text = (
        "Die Bürgermeisterin Anna Berg sagte am Dienstag, die Brücke sei nicht mehr sicher. "
        "Man handle jetzt schnell und ändere den Plan."
    )
    for _ in range(2):  # the same article again, with the verdicts remembered
        quotes = extract(text).quotes
        assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]
        assert quotes[1].text.startswith("Man handle")


def _words(sentence: str) -> list[Word]:
    """Words as the mentions stage reads them: the words between „ and “ are quoted."""
    out: list[Word] = []
    at = 0
    inside = False
    for t in sentence.split():
        inside = inside and t != "“"
        out.append(Word(t, at, at + len(t), inside))
        inside = inside or t == "„"
        at += len(t) + 1
    return out


def test_sentence_prechecks_find_parentheses_and_quote_marks_anywhere() -> None:
    from bot.nlp.quotes.quoted_names import merge_quoted_names
    from bot.nlp.quotes.records import without_short_parentheses

    plain = _words("Der Abgeordnete Jan Vogt sagte am Montag , die Lage sei ernst .")
    assert without_short_parentheses(plain) is plain  # nothing to drop: the same list
    bracketed = _words("Der Abgeordnete Jan Vogt ( SPD ) sagte , die Lage sei ernst .")
    assert [w.text for w in without_short_parentheses(bracketed)][3:6] == ["Vogt", "sagte", ","]
    merged = merge_quoted_names(
        _words("Der Verein „ Pro Wald “ kritisierte den Plan ."), lambda w: w == "Verein"
    )
    assert [w.text for w in merged][:3] == ["Der", "Verein", "„Pro Wald“"]
    assert merge_quoted_names(plain, lambda w: w == "Verein") == plain


def test_a_condition_word_anywhere_makes_a_conditional_sentence() -> None:
    from bot.nlp.attribution.continuation import is_conditional

    assert is_conditional(["Es", "wäre", "besser", ",", "WENN", "alle", "mitmachten", "."])
    assert is_conditional(["Sonst", "hätte", "die", "Stadt", "gezahlt", "."])
    assert not is_conditional(["Die", "Stadt", "hätte", "gezahlt", ",", "sagte", "sie", "."])
    assert not is_conditional([])


def test_name_keys_fold_accents_and_keep_plain_names() -> None:
    from bot.nlp.names import same_person, strip_accents

    assert strip_accents("Jan Vogt") == "Jan Vogt"  # plain ASCII: as written
    assert strip_accents("Müller-Lüdenscheidt") == "Mueller-Luedenscheidt"
    assert strip_accents("Zoë Ćosić") == "Zoe Cosic"  # combining marks dropped
    assert same_person("Zoe Cosic", "Zoë Ćosić")
    assert not same_person("Jan Vogt", "Jana Voss")


def test_figure_subject_mentions_are_every_form_of_the_noun_in_text_order(
    extractor: Extractor,
) -> None:
    from spacy.attrs import IDX, IS_SPACE, ORTH

    from bot.nlp.figures.component import _Mentions

    doc = extractor.nlp.make_doc(
        "Die Armee hat 500 ukrainische Soldaten verlegt. Später kamen 200 Soldaten hinzu, "
        "dazu ein Soldat und 300 Soldaten aus Polen sowie einige belarussische Soldaten."
    )
    mentions = _Mentions(doc.to_array([ORTH, IDX, IS_SPACE]).tolist(), doc.vocab.strings)
    want = ["ukrainische Soldaten", "Soldaten", "polnische Soldaten", "belarussische Soldaten"]
    for _ in range(2):  # the second question reads the word ids the first one listed
        assert mentions("Soldaten") == want
    assert mentions("Soldat") == ["Soldat"]  # the singular alone: "Soldatn" is no form
    assert mentions("Panzer") == []  # a noun the article never writes


def test_adjective_word_classes_answer_alike_when_asked_again() -> None:
    from bot.nlp.speakers.word_classes import is_adj, is_cap_adj

    adjectives = {"britische": True, "33-jährige": True, "US-amerikanische": True,
                  "Sprecher": False, "und": False, "nicht": False}  # fmt: skip
    capitalised = {"Russische": True, "Nationalen": True, "russische": False, "Polizei": False}
    for _ in range(2):  # the second round reads the remembered answers
        assert {w: is_adj(w) for w in adjectives} == adjectives
        assert {w: is_cap_adj(w) for w in capitalised} == capitalised
