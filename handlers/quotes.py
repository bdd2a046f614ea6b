"""Handlers: who_said, speakers.

Statements are grouped so that one statement reported by several articles is shown once with
"berichtet von N Artikeln": readers want to know what was said, and how widely it was reported,
not to read the same sentence five times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from bot.store.records import QuoteRecord
from handlers.format import (
    chunk_lines,
    fmt_date,
    inert,
    provenance_markup,
    quote_provenance,
    quote_text,
    speaker_name,
    unique_provenance,
)
from handlers.i18n import t
from handlers.speakers_lookup import SpeakerMatch, fold_name, match_speakers, resolve_speaker
from handlers.types import Block, Handler, Provenance, Reply, Request, Services, UserError

QUOTE_LIMIT = 100  # statements fetched per answer; more are counted, never silently dropped
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Statement:
    """One statement and every article that reported it."""

    first: QuoteRecord
    reports: list[QuoteRecord] = field(default_factory=list)

    @property
    def newest(self) -> date | None:
        dated = [q.published for q in self.reports if q.published]
        return max(dated) if dated else None

    @property
    def article_ids(self) -> list[int]:
        return list(dict.fromkeys(q.article_id for q in self.reports))


def _statement_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def group_statements(quotes: list[QuoteRecord]) -> list[Statement]:
    """Merge the same statement (same speaker, same or nearly same words) across articles.

    Exact matches go through a dict; near matches (one article quoting a word more or less)
    through rapidfuzz over the same speaker's earlier statements. Newest first, undated last."""
    groups: list[Statement] = []
    exact: dict[tuple[int | str | None, str], Statement] = {}
    fuzzy_keys: dict[int | str | None, list[str]] = {}
    fuzzy_groups: dict[int | str | None, list[Statement]] = {}
    for q in quotes:
        key = _statement_key(q.text)
        who: int | str | None = q.speaker_id if q.speaker_id is not None else q.speaker
        group = exact.get((who, key))
        if group is None and len(key) >= 25 and fuzzy_keys.get(who):
            found = process.extractOne(
                key, fuzzy_keys[who], scorer=fuzz.token_set_ratio, score_cutoff=92
            )
            if found is not None:
                group = fuzzy_groups[who][found[2]]
        if group is None:
            group = Statement(q, [])
            groups.append(group)
            if len(key) >= 25:
                fuzzy_keys.setdefault(who, []).append(key)
                fuzzy_groups.setdefault(who, []).append(group)
        exact.setdefault((who, key), group)
        group.reports.append(q)
    groups.sort(key=lambda s: (s.newest is None, -(s.newest.toordinal() if s.newest else 0)))
    return groups


def _statement_lines(s: Statement, locale: str, with_speaker: bool) -> list[str]:
    q = s.first
    head = f"**{fmt_date(s.newest, locale)}**"
    if with_speaker and q.speaker:
        head += f" · {inert(speaker_name(q.speaker, locale))}"
    lines = [f"{head} — {inert(quote_text(q, locale))}"]
    if len(s.article_ids) > 1:
        lines.append(t(locale, "who_said.reported_by", n=len(s.article_ids)))
    seen: set[int] = set()
    for r in s.reports:
        if r.article_id in seen:
            continue
        seen.add(r.article_id)
        lines.append("  " + provenance_markup(r.article_title, r.outlet, r.published, locale))
    return lines


def _statement_blocks(statements: list[Statement], locale: str, with_speaker: bool) -> list[Block]:
    blocks: list[Block] = []
    for s in statements:
        blocks.extend(chunk_lines(_statement_lines(s, locale, with_speaker)))
    return blocks


async def _find_speaker(
    speaker: str, about: str | None, services: Services
) -> tuple[SpeakerMatch, str | None]:
    """The speaker meant, and the topic left over.

    Text transports split `/who_said Lloyd Austin` into speaker "Lloyd" and about "Austin";
    when speaker and topic together name exactly one speaker, that is what was meant."""
    names = await services.store.speakers.names()
    if about:
        combined = f"{speaker} {about}"
        qf = fold_name(combined)
        hits = {sid for sid, n in names if fold_name(n) == qf}
        if len(hits) == 1:
            return SpeakerMatch(hits.pop(), combined), None
    matches = match_speakers(speaker, names)
    canonical: dict[int, str] = {}
    if len(matches) > 1:
        for m in matches[:10]:
            rec = await services.store.speakers.get(m.speaker_id)
            if rec is not None:
                canonical[m.speaker_id] = rec.name
    return resolve_speaker(speaker, names, canonical, matches), about


async def who_said(req: Request, services: Services) -> Reply:
    locale = req.locale
    speaker_q = req.arg("speaker")
    about = req.arg("about")
    if not speaker_q and not about:
        raise UserError(
            "who_said.need_input", command="who_said", suggestion="who_said.try_speakers"
        )
    if not speaker_q:
        assert about is not None
        return await _who_said_about(about, req, services)

    match, about = await _find_speaker(speaker_q, about, services)
    speaker = await services.store.speakers.get(match.speaker_id)
    name = speaker.name if speaker else match.matched_name
    quotes = await services.store.quotes.by_speaker(
        match.speaker_id, about=about, limit=QUOTE_LIMIT
    )
    if not quotes:
        if about:
            raise UserError(
                "who_said.none_about",
                speaker=name,
                about=about,
                suggestion="who_said.try_without_about",
            )
        raise UserError("who_said.none", speaker=name)
    statements = group_statements(quotes)
    intro: list[str] = []
    if speaker and speaker.roles:
        intro.append(
            t(locale, "who_said.roles", roles=", ".join(inert(r) for r in speaker.roles[:4]))
        )
    intro.append(
        t(
            locale,
            "who_said.count_about" if about else "who_said.count",
            n=len(statements),
            articles=len({q.article_id for q in quotes}),
            about=inert(about or ""),
        )
    )
    if len(quotes) >= QUOTE_LIMIT:
        intro.append(t(locale, "who_said.limited", n=QUOTE_LIMIT))
    blocks = [Block("\n".join(intro)), *_statement_blocks(statements, locale, with_speaker=False)]
    return Reply(
        title=t(locale, "who_said.title", speaker=name),
        blocks=blocks,
        provenance=unique_provenance(quote_provenance(q) for s in statements for q in s.reports),
    )


async def _who_said_about(about: str, req: Request, services: Services) -> Reply:
    locale = req.locale
    if not _WORD.search(about):
        raise UserError("who_said.need_input", command="who_said")
    quotes = await services.store.quotes.about(about, limit=QUOTE_LIMIT)
    if not quotes:
        raise UserError("who_said.nobody_about", about=about, suggestion="who_said.try_search")
    by_speaker: dict[str, list[QuoteRecord]] = {}
    for q in quotes:
        by_speaker.setdefault(speaker_name(q.speaker, locale), []).append(q)
    blocks = [Block(t(locale, "who_said.speakers_about", n=len(by_speaker), about=inert(about)))]
    for name, qs in by_speaker.items():
        statements = group_statements(qs)
        lines = [f"**{inert(name)}** — " + t(locale, "who_said.n_statements", n=len(statements))]
        for s in statements[:3]:
            lines.extend(_statement_lines(s, locale, with_speaker=False))
        if len(statements) > 3:
            lines.append(t(locale, "who_said.more", n=len(statements) - 3, speaker=inert(name)))
        blocks.extend(chunk_lines(lines))
    return Reply(
        title=t(locale, "who_said.title_about", about=about),
        blocks=blocks,
        provenance=unique_provenance(quote_provenance(q) for q in quotes),
    )


async def speakers(req: Request, services: Services) -> Reply:
    locale = req.locale
    records = await services.store.speakers.all()
    if not records:
        return Reply(
            title=t(locale, "speakers.title"),
            blocks=[Block(t(locale, "speakers.none"))],
            kind="info",
        )
    lines = []
    for s in records:
        roles = ", ".join(s.roles[:3]) if s.roles else t(locale, "speakers.no_role")
        lines.append(
            t(
                locale,
                "speakers.line",
                name=inert(speaker_name(s.name, locale)),
                roles=inert(roles),
                quotes=s.quote_count,
                articles=s.article_count,
                latest=fmt_date(s.latest, locale),
            )
        )
    blocks = [Block(t(locale, "speakers.intro", n=len(records))), *chunk_lines(lines)]
    # Provenance: the articles these counts come from (the corpus list, newest first).
    articles = await services.store.articles.list(limit=100)
    prov = [
        Provenance(a.id, a.title, a.outlet, a.published, url=a.url)
        for a in articles
        if a.quote_count
    ]
    return Reply(title=t(locale, "speakers.title"), blocks=blocks, provenance=prov)


HANDLERS: dict[str, Handler] = {
    "who_said": who_said,
    "speakers": speakers,
}
