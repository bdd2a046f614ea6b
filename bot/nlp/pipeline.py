"""The extraction pipeline proper (imports spaCy; reach it through `bot.nlp`).

build_pipeline() returns spaCy's blank("de") (or an installed trained pipeline named by config
nlp.model) with Lagebild's registered components; Extractor.extract() turns a ParsedArticle into
plain dataclasses (bot.models.ArticleExtraction). Blocking: call from a worker.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

import spacy

from bot.corpus.errors import ArticleFileError
from bot.corpus.reasons import Reason, SkipCode
from bot.models import (
    PARAGRAPH_SEPARATOR,
    ArticleExtraction,
    Figure,
    Paragraph,
    ParsedArticle,
    Quote,
    Sentence,
    SpeakerInfo,
    SpeakerKind,
)
from bot.nlp.doc_arrays import TEXT_KEY, sentence_spans
from bot.nlp.extensions import register_extensions
from bot.nlp.figures.headlines import BODY_KEY
from bot.nlp.figures.scopes import scope_figures
from bot.nlp.names import same_person, strip_roles
from bot.nlp.roles import nominative
from bot.nlp.speakers import DETS, INDEF, PRONOUNS, is_org
from bot.nlp.tokenizer import customize_tokenizer, lean_lexemes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# the quote stages in pipeline order (bot.nlp.stages, bot.nlp.quote_component)
QUOTE_STAGES = ("lagebild_mentions", "lagebild_attribution", "lagebild_quotes")


def build_pipeline(model: str = "blank", pos_tagger: str = "none") -> Language:
    """blank("de") + tokenizer fixes + the stages lagebild_sentences -> lagebild_mentions ->
    lagebild_attribution -> lagebild_quotes -> lagebild_figures (map: bot/nlp/attribution). A
    trained pipeline keeps its own components: our sentence rules (which know quote marks and
    paragraph breaks) run first, and a parser respects preset boundaries; the quote stages and
    figures run last. `pos_tagger` (config nlp.pos_tagger: "hanta" or "none") is the POS
    tagger the attribution stage asks about candidate sentences (bot.nlp.attribution.pos_tags)."""
    # imported for their side effect: they register the lagebild_* factories
    import bot.nlp.quote_component
    import bot.nlp.segmenter
    import bot.nlp.stages

    register_extensions()
    blank = model in ("blank", "", "de")
    nlp = spacy.blank("de") if blank else spacy.load(model)
    customize_tokenizer(nlp)
    if blank:
        lean_lexemes(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if first is not None:
        nlp.add_pipe("lagebild_sentences", before=first)
    else:
        nlp.add_pipe("lagebild_sentences")
    for stage in QUOTE_STAGES:
        config = {"pos_tagger": pos_tagger} if stage == "lagebild_attribution" else {}
        nlp.add_pipe(stage, config=config)
    with contextlib.suppress(ImportError):
        import bot.nlp.figures.component  # noqa: F401  (registers lagebild_figures)
    if "lagebild_figures" in spacy.registry.factories.get_all() or _has_factory(
        nlp, "lagebild_figures"
    ):
        nlp.add_pipe("lagebild_figures")
    _initialize_own(nlp)
    _settle_loaded()
    return nlp


def _settle_loaded() -> None:
    """Move what building the pipeline loaded (lexicons, word tables, spaCy's vocab and
    rules: some 100,000 container objects that live as long as the process) out of the
    garbage collector's generations. Every full collection walked them all again, ~2 % of
    extraction time; frozen objects are still freed by reference counting."""
    gc.collect()
    gc.freeze()


def _initialize_own(nlp: Language) -> None:
    """Let Lagebild's components read their lexicons (spaCy's `initialize()`), without
    `nlp.initialize()`, which would reset the weights of a trained pipeline."""
    for name in ("lagebild_sentences", *QUOTE_STAGES, "lagebild_figures"):
        if name in nlp.pipe_names:
            initialize = getattr(nlp.get_pipe(name), "initialize", None)
            if initialize is not None:
                initialize(lambda: [], nlp=nlp)


def _has_factory(nlp: Language, name: str) -> bool:
    try:
        return bool(nlp.has_factory(name))
    except Exception:  # pragma: no cover - older spaCy
        return False


class TextTooLong(ArticleFileError):
    """A paragraph longer than the pipeline's length limit: the article cannot be split at a
    paragraph boundary to fit, so it is skipped with this message (never spaCy's E088)."""


class Extractor:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def extract(self, article: ParsedArticle) -> ArticleExtraction:
        """The article's quotes and figures. An article longer than spaCy's `max_length` is
        processed in chunks of whole paragraphs (each within the limit) and the results are
        joined with offsets into the whole body; raises TextTooLong when one paragraph alone
        exceeds the limit."""
        limit = self.nlp.max_length
        if len(article.body) <= limit:
            return self._extract(article)
        return self._extract_chunked(article, limit)

    def _extract_chunked(self, article: ParsedArticle, limit: int) -> ArticleExtraction:
        sentences: list[Sentence] = []
        quotes: list[Quote] = []
        figures: list[Figure] = list(self._title_figures(article))
        char_offset = 0
        first_paragraph = 0
        for group in _paragraph_groups(article.paragraphs, limit):
            part = self._extract(
                dataclasses.replace(article, title="", paragraphs=group), title_figures=False
            )
            n = len(sentences)
            sentences += [
                dataclasses.replace(
                    s,
                    index=s.index + n,
                    start_char=s.start_char + char_offset,
                    end_char=s.end_char + char_offset,
                    paragraph_index=s.paragraph_index + first_paragraph,
                )
                for s in part.sentences
            ]
            quotes += [_shift(q, n, char_offset) for q in part.quotes]
            figures += [_shift(f, n, char_offset) for f in part.figures]
            char_offset += sum(len(p.text) for p in group) + len(PARAGRAPH_SEPARATOR) * len(group)
            first_paragraph += len(group)
        figures = scope_figures(figures, f"{article.title or ''}\n{article.body}")
        return ArticleExtraction(
            article=article,
            sentences=tuple(sentences),
            quotes=tuple(quotes),
            figures=tuple(figures),
            speakers=speakers_of(quotes),
        )

    def _extract(self, article: ParsedArticle, title_figures: bool = True) -> ArticleExtraction:
        body = article.body
        doc = self.nlp.make_doc(body)
        doc.user_data[TEXT_KEY] = body
        doc._.article_date = article.published
        spans = article.paragraph_spans()
        doc._.sections = [
            (s, e, p.section) for (s, e), p in zip(spans, article.paragraphs, strict=True)
        ]
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        sentences: list[Sentence] = []
        pi = 0
        for i, (start, end) in enumerate(_sentence_spans(doc)):
            while pi + 1 < len(spans) and spans[pi][1] < start:
                pi += 1
            section = article.paragraphs[pi].section if article.paragraphs else "report"
            sentences.append(Sentence(i, body[start:end], start, end, pi, section))
        # Roles in their citation form whatever path found them ("des US-Verteidigungsministers
        # Lloyd Austin" -> "US-Verteidigungsminister"): one person, one role across articles.
        quotes: list[Quote] = [
            dataclasses.replace(q, speaker_role=nominative(q.speaker_role)) if q.speaker_role else q
            for q in doc._.quotes or []
        ]
        heading = self._title_figures(article) if title_figures else []
        figures = [*heading, *(doc._.figures or [])]
        if title_figures:  # a whole article (a chunk is scoped by _extract_chunked)
            figures = scope_figures(figures, f"{article.title or ''}\n{body}")
        return ArticleExtraction(
            article=article,
            sentences=tuple(sentences),
            quotes=tuple(quotes),
            figures=tuple(figures),
            speakers=speakers_of(quotes),
        )

    def _title_figures(self, article: ParsedArticle) -> list[Figure]:
        """Figures of the headline ("USA bestätigen Entsendung von 3.000 Soldaten"): readers
        and the gold count them, and a headline often gives the plain number where the body
        qualifies it. Only the figure rules run on the title, never the quote rules (a
        headline is not a quote). Title figures carry sentence_index -1 and offsets into
        `article.title`, not into the body."""
        title = (article.title or "").strip()
        if not title or "lagebild_figures" not in self.nlp.pipe_names:
            return []
        doc = self.nlp.make_doc(title)
        doc.user_data[TEXT_KEY] = title
        doc.user_data[BODY_KEY] = article.body  # where the title's dateline place is named
        doc._.article_date = article.published
        doc._.quotes = []
        doc._.sections = [(0, len(title), "report")]
        # the title's according-to markers ("Laut UN 500 Tote"), which the figures read
        for stage in ("lagebild_mentions", "lagebild_attribution", "lagebild_figures"):
            doc = self.nlp.get_pipe(stage)(doc)
        return [dataclasses.replace(f, sentence_index=-1) for f in doc._.figures or []]


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence: read off the mentions stage's sentences, which
    hold the same non-space words between the same sentence starts (and so give the quotes'
    sentence indices), instead of another pass over every token; `sentence_spans` when the
    pipeline has no mentions stage."""
    mentions = doc._.mentions
    if mentions is None:
        return sentence_spans(doc)
    return [(r.sentence.words[0].start, r.sentence.words[-1].end) for r in mentions]


def _paragraph_groups(paragraphs: Sequence[Paragraph], limit: int) -> list[tuple[Paragraph, ...]]:
    """Consecutive paragraphs packed into groups whose joined text stays within `limit`."""
    groups: list[tuple[Paragraph, ...]] = []
    current: list[Paragraph] = []
    size = 0
    for p in paragraphs:
        if len(p.text) > limit:
            raise TextTooLong(Reason.of(SkipCode.TOO_LONG, n=len(p.text), limit=limit))
        added = len(p.text) + (len(PARAGRAPH_SEPARATOR) if current else 0)
        if current and size + added > limit:
            groups.append(tuple(current))
            current, size, added = [], 0, len(p.text)
        current.append(p)
        size += added
    if current:
        groups.append(tuple(current))
    return groups


_Located = TypeVar("_Located", Quote, Figure)


def _shift(item: _Located, sentences: int, chars: int) -> _Located:
    """A chunk's quote or figure with offsets into the whole body."""
    return dataclasses.replace(
        item,
        sentence_index=item.sentence_index + sentences,
        start_char=item.start_char + chars,
        end_char=item.end_char + chars,
    )


def speakers_of(quotes: list[Quote]) -> tuple[SpeakerInfo, ...]:
    """The article's speakers with their roles, in order of first quote."""
    order: dict[str, list[str]] = {}
    aliases: dict[str, list[str]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        roles = order.setdefault(q.speaker, [])
        if q.speaker_role and q.speaker_role not in roles:
            roles.append(q.speaker_role)
        alias = _alias(q)
        names = aliases.setdefault(q.speaker, [])
        if alias and alias != q.speaker and alias not in names:
            names.append(alias)
    out: list[SpeakerInfo] = []
    for name, roles in order.items():
        kind: SpeakerKind
        if name == "anonymous":
            kind = "anonymous"
        elif any(is_org(w) for w in name.split()):
            kind = "organisation"
        else:
            kind = "person"
        info = SpeakerInfo(name, kind, tuple(roles), tuple(aliases.get(name, ())))
        out.append(info)
    return tuple(out)


# the articles an alias drops (one set, not a union per word)
_ARTICLES = DETS | INDEF


def _alias(q: Quote) -> str | None:
    """The name as written ("Austin" for "Lloyd Austin"), without article and role words."""
    if not q.speaker_mention or not q.speaker or q.speaker == "anonymous":
        return None
    words = [w for w in q.speaker_mention.rstrip(",").split() if w.lower() not in _ARTICLES]
    if not words or words[0].lower() in PRONOUNS:
        return None
    name = strip_roles(" ".join(words).split(",")[0].strip())
    return name if name and same_person(name, q.speaker) else None


__all__ = ["Extractor", "TextTooLong", "build_pipeline"]
