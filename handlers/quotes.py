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

from bot.store.curated import newest_first
from bot.store.folding import fold_key
from bot.store.records import QuoteRecord, SpeakerRecord
from handlers.examples import corpus_examples
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
from handlers.i18n import LOCALES, count, t
from handlers.paging import page_of
from handlers.speakers_lookup import (
    SpeakerMatch,
    distinct_roles,
    match_speakers,
    resolve_speaker,
)
from handlers.syntax import typed_command
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


def _with_unnamed_labels(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names plus what replies call the unnamed-source speaker ("ungenannte Quelle",
    "unnamed source"): a user asks for what /speakers shows, not for the marker "anonymous"."""
    ids = {sid for sid, n in names if n == ANONYMOUS}
    labels = {t(loc, "figure.anonymous_source") for loc in LOCALES}
    return [*names, *((sid, label) for sid in ids for label in sorted(labels))]


async def _find_speaker(
    speaker: str, about: str | None, services: Services
) -> tuple[SpeakerMatch, str | None]:
    """The speaker meant, and the topic left over.

    Text transports split `/who_said Lloyd Austin Beweise` into speaker "Lloyd" and about
    "Austin Beweise". The longest run of leading words that is exactly a known name or alias
    is the speaker ("Lloyd Austin"), the rest the topic. Without such a run the speaker
    option alone is looked up as usual, and only when that finds nobody do the leading words
    get the looser rules ("Angela Merkel" finds "Merkel")."""
    names = _with_unnamed_labels(await services.store.speakers.names())
    words = speaker.split()
    rest = about.split() if about else []
    everything = words + rest
    for n in range(len(everything), len(words), -1):
        exact = match_speakers(" ".join(everything[:n]), names, exact_only=True)
        if len({m.speaker_id for m in exact}) == 1:
            return exact[0], " ".join(everything[n:]) or None
    matches = match_speakers(speaker, names)
    if not matches:
        for n in range(len(everything), len(words), -1):
            longer = match_speakers(" ".join(everything[:n]), names)
            if len({m.speaker_id for m in longer}) == 1:
                return longer[0], " ".join(everything[n:]) or None
    canonical: dict[int, str] = {}
    if len(matches) > 1:
        found = await services.store.speakers.get_many([m.speaker_id for m in matches[:10]])
        canonical = {sid: rec.name for sid, rec in found.items()}
    return resolve_speaker(speaker, names, canonical, matches), about


_SPOKES = frozenset(
    {"sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "spokesman", "spokeswoman"}
)
_CONTEXT_SENTENCES = 2  # "Auch die Nato äußerte sich. Sprecherin Farah Dakhlallah erklärte, …"
_CONTEXT_HITS = 50  # sentences naming the organisation that are looked at (bounded work)


# Words just before an organisation's name that make it the object of the sentence, not its
# subject: "wirft dem Landratsamt vor", "Klage gegen die Stadt", "vom Landratsamt gefordert".
# A spokesperson named after such a sentence speaks for someone else (issue 15: a citizens'
# group's spokeswoman was listed as speaking for the office it accused).
_OBJECT_WORDS = frozenset(
    {"dem", "den", "gegen", "gegenuber", "vom", "zum", "zur", "beim", "an", "auf", "uber", "mit"}
)
_LOOK_BACK = 2  # "dem" + one adjective: "wirft dem sächsischen Landratsamt vor"


def _words(text: str) -> set[str]:
    return set(fold_key(text).split())


_QUOTED = re.compile(r"„[^“”]*[“”]|»[^«]*«|\"[^\"]*\"")


def names_as_subject(organisation: str, text: str) -> bool:
    """Whether `text` names the organisation other than as an object: at least one mention
    outside quotation marks (in someone's quoted words it is talked about: „Wir sind mehr,
    als die Polizei zählen will“) not preceded (within _LOOK_BACK words) by a
    dative/accusative article or a preposition."""
    wanted = fold_key(organisation).split()
    words = fold_key(_QUOTED.sub(" ", text)).split()
    if not wanted:
        return False
    for i in range(len(words) - len(wanted) + 1):
        if words[i : i + len(wanted)] != wanted:
            continue
        if not _OBJECT_WORDS.intersection(words[max(0, i - _LOOK_BACK) : i]):
            return True
    return False


ANONYMOUS = "anonymous"  # the pipeline's one speaker for every unnamed source


@dataclass(slots=True)
class Spokes:
    """Who speaks for an organisation: named people (all their statements count), and the
    statements of unnamed spokespeople ("ein Polizeisprecher"), taken one by one: the
    unnamed-source speaker pools every unnamed source of the corpus, so linking it whole
    made each of them speak for the organisation."""

    people: list[SpeakerRecord] = field(default_factory=list)
    unnamed: list[QuoteRecord] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.people or self.unnamed)


def _as_spokesperson(q: QuoteRecord, organisation: str) -> str | None:
    """How the quote's own role makes its speaker a spokesperson: "named" for a role naming
    the organisation ("Polizeisprecher" for "Polizei"), "bare" for a bare "Sprecherin" (then
    the sentences before must name the organisation), None otherwise (a person quoted
    without that role, in that article, speaks for themselves)."""
    role = fold_key(q.speaker_role or "")
    if not role:
        return None
    if set(role.split()) <= _SPOKES:
        return "bare"
    org = fold_key(organisation).replace(" ", "")
    if org and role.replace(" ", "").startswith(org) and role.endswith(("sprecher", "sprecherin")):
        return "named"
    return None


async def _spokespeople(query: str, services: Services) -> Spokes:
    """Who speaks for the organisation `query`: people whose role names it ("Nato-Sprecherin"
    for "Nato"), people quoted as a bare "Sprecherin" where the organisation is named in the
    quote's sentence or the sentences just before it, and unnamed spokespeople quoted so."""
    wanted = _words(query)
    if not wanted or len(fold_key(query)) < 3:
        return Spokes()
    spokes = Spokes()
    bare: dict[str, SpeakerRecord] = {}
    for s in await services.store.speakers.all():
        role_words = [_words(r) for r in s.roles]
        if s.name == ANONYMOUS:
            bare[s.name] = s  # never linked whole: its quotes are looked at one by one
        elif any(wanted <= words for words in role_words):
            spokes.people.append(s)
        # only a bare "Sprecherin": "Pentagon-Sprecher" already says whom it speaks for
        elif any(words and words <= _SPOKES for words in role_words):
            bare[s.name] = s
    if bare:
        nearby = await _speaking_near(wanted, query, set(bare), services)
        spokes.people.extend(bare[n] for n in bare if n != ANONYMOUS and n in nearby)
        spokes.unnamed = nearby.get(ANONYMOUS, [])
    return spokes


async def _speaking_near(
    wanted: set[str], query: str, names: set[str], services: Services
) -> dict[str, list[QuoteRecord]]:
    """The statements of `names` made as the organisation's spokesperson: with a role naming
    it, or with a bare "Sprecherin" in a sentence naming it as its subject or in one of the
    _CONTEXT_SENTENCES after such a sentence. Starts from the full-text hits of the
    organisation (at most _CONTEXT_HITS), so the work does not grow with the corpus."""
    hits = await services.store.search.search(query, limit=_CONTEXT_HITS)
    articles = {h.article_id for h in hits if wanted <= _words(h.text)}
    found: dict[str, list[QuoteRecord]] = {}
    for article_id in sorted(articles):
        quotes = [
            (q, how)
            for q in await services.store.quotes.for_article(article_id)
            if q.speaker in names and (how := _as_spokesperson(q, query))
        ]
        if not quotes:
            continue
        sentences = [x.text for x in await services.store.articles.sentences(article_id)]
        for q, how in quotes:
            if how == "bare":
                if q.sentence not in sentences:
                    continue
                i = sentences.index(q.sentence)
                context = " ".join(sentences[max(0, i - _CONTEXT_SENTENCES) : i + 1])
                if not names_as_subject(query, context):
                    continue
            found.setdefault(q.speaker or "", []).append(q)
    return found


def _about(quotes: list[QuoteRecord], about: str | None) -> list[QuoteRecord]:
    """The quotes whose words or sentence mention the topic (as by_speaker's about does)."""
    if not about:
        return quotes
    topic = fold_key(about)
    return [q for q in quotes if topic in fold_key(q.text) or topic in fold_key(q.sentence)]


async def _quotes_of(
    speakers: list[SpeakerRecord], about: str | None, services: Services
) -> list[QuoteRecord]:
    found: list[QuoteRecord] = []
    for s in speakers:
        found.extend(await services.store.quotes.by_speaker(s.id, about=about, limit=QUOTE_LIMIT))
    return sorted(found, key=newest_first)[:QUOTE_LIMIT]


async def _typed_example(req: Request, services: Services) -> dict[str, str]:
    """/who_said with this corpus' most quoted person, as the asking user types it."""
    person = (await corpus_examples(services, req.locale)).person
    return {
        "person": person,
        "typed": typed_command(req, services, "who_said", speaker=inert(person)),
    }


async def who_said(req: Request, services: Services) -> Reply:
    speaker_q = req.arg("speaker")
    about = req.arg("about")
    if not speaker_q and not about:
        raise UserError(
            "who_said.need_input",
            command="who_said",
            suggestion="who_said.try_speakers",
            **await _typed_example(req, services),
        )
    if not speaker_q:
        assert about is not None
        return await _who_said_about(about, req, services)

    try:
        match, about = await _find_speaker(speaker_q, about, services)
    except UserError as err:
        # An organisation that is never quoted itself may still speak through its spokespeople.
        linked = (
            await _spokespeople(speaker_q, services)
            if err.key.endswith("unknown_speaker")
            else Spokes()
        )
        if not linked:
            raise
        return await _answer(speaker_q, None, linked, about, req, services)
    speaker = await services.store.speakers.get(match.speaker_id)
    name = speaker.name if speaker else match.matched_name
    linked = Spokes()
    if speaker is not None and speaker.kind == "organisation":
        linked = await _spokespeople(name, services)
        linked.people = [s for s in linked.people if s.id != speaker.id]
    return await _answer(name, speaker, linked, about, req, services, match.speaker_id)


async def _answer(
    name: str,
    speaker: SpeakerRecord | None,
    linked: Spokes,
    about: str | None,
    req: Request,
    services: Services,
    speaker_id: int | None = None,
) -> Reply:
    """The statements of one speaker and, for an organisation, of its spokespeople."""
    locale = req.locale
    quotes: list[QuoteRecord] = []
    if speaker_id is not None:
        quotes = await services.store.quotes.by_speaker(speaker_id, about=about, limit=QUOTE_LIMIT)
    if linked:
        theirs = await _quotes_of(linked.people, about, services)
        seen = {q.id for q in [*quotes, *theirs]}
        unnamed = [q for q in _about(linked.unnamed, about) if q.id not in seen]
        quotes = sorted([*quotes, *theirs, *unnamed], key=newest_first)
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
        roles = distinct_roles(speaker.roles)[:4]
        intro.append(t(locale, "who_said.roles", roles=", ".join(inert(r) for r in roles)))
    if linked:
        named = [
            inert(s.name) + (f" ({inert(distinct_roles(s.roles)[0])})" if s.roles else "")
            for s in linked.people[:5]
        ]
        unnamed_roles = dict.fromkeys(q.speaker_role or "" for q in linked.unnamed)
        named += [
            f"{speaker_name(ANONYMOUS, locale)} ({inert(role)})"
            if role
            else speaker_name(ANONYMOUS, locale)
            for role in list(unnamed_roles)[:3]
        ]
        people = ", ".join(named)
        intro.append(t(locale, "who_said.spokespeople", organisation=inert(name), people=people))
    intro.append(
        t(
            locale,
            "who_said.count_about" if about else "who_said.count",
            statements=count(locale, "statements", len(statements)),
            articles=count(locale, "articles", len({q.article_id for q in quotes})),
            about=inert(about or ""),
        )
    )
    if len(quotes) >= QUOTE_LIMIT:
        intro.append(t(locale, "who_said.limited", n=QUOTE_LIMIT))
    option = t(locale, "cmd.who_said.optname.about")
    again = f'"{name}"' + (f' {option}:"{about}"' if about else "")
    page = page_of(statements, req, "who_said", args=again)
    blocks = [
        Block("\n".join(intro)),
        *_statement_blocks(list(page.items), locale, with_speaker=bool(linked)),
        *page.footer(locale),
    ]
    return Reply(
        title=t(locale, "who_said.title", speaker=speaker_name(name, locale)),
        blocks=blocks,
        provenance=unique_provenance(quote_provenance(q) for s in page.items for q in s.reports),
    )


async def _who_said_about(about: str, req: Request, services: Services) -> Reply:
    locale = req.locale
    if not _WORD.search(about):
        raise UserError(
            "who_said.need_input", command="who_said", **await _typed_example(req, services)
        )
    quotes = await services.store.quotes.about(about, limit=QUOTE_LIMIT)
    if not quotes:
        raise UserError("who_said.nobody_about", about=about, suggestion="who_said.try_search")
    by_speaker: dict[str, list[QuoteRecord]] = {}
    for q in quotes:
        by_speaker.setdefault(speaker_name(q.speaker, locale), []).append(q)
    key = "who_said.speakers_about_one" if len(by_speaker) == 1 else "who_said.speakers_about_other"
    blocks = [Block(t(locale, key, n=len(by_speaker), about=inert(about)))]
    for name, qs in by_speaker.items():
        statements = group_statements(qs)
        lines = [
            f"**{inert(name)}** — "
            + t(
                locale,
                "who_said.n_statements",
                statements=count(locale, "statements", len(statements)),
            )
        ]
        for s in statements[:3]:
            lines.extend(_statement_lines(s, locale, with_speaker=False))
        if len(statements) > 3:
            more = typed_command(req, services, "who_said", speaker=inert(name))
            lines.append(t(locale, "who_said.more", n=len(statements) - 3, typed=more))
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
    page = page_of(records, req, "speakers")
    lines = []
    for s in page.items:
        roles = ", ".join(distinct_roles(s.roles)[:3]) if s.roles else t(locale, "speakers.no_role")
        lines.append(
            t(
                locale,
                "speakers.line",
                name=inert(speaker_name(s.name, locale)),
                roles=inert(roles),
                quotes=count(locale, "quotes", s.quote_count),
                articles=count(locale, "articles", s.article_count),
                latest=fmt_date(s.latest, locale),
            )
        )
    intro = t(locale, "speakers.intro", speakers=count(locale, "speakers", len(records)))
    blocks = [Block(intro), *chunk_lines(lines), *page.footer(locale)]
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
