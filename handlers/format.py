"""Shared wording of answers: numbers, dates, qualifiers, quote kinds, provenance lines.

Every handler formats through these helpers so that "mindestens 3.000" or "undatiert" read the
same in every command and every language, and the wording lives in the catalogues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from bot.nlp.dates import MONTHS
from bot.nlp.figures.lexicon import is_measure_unit, lexicon
from bot.nlp.figures.sources import is_unnamed_source
from bot.nlp.figures.subjects import unit_text
from bot.nlp.lexicons import fraction_denominators
from bot.render.links import link_target, markdown_target
from bot.store.records import FigureRecord, QuoteRecord, SearchHit
from handlers.i18n import has, normalize_locale, t
from handlers.types import Block, Provenance

BLOCK_LIMIT = 900  # characters per Block: renderers never split inside one


def fmt_number(value: float, locale: str, decimals: int = 2) -> str:
    """German "3.000" / "1,5", English "3,000" / "1.5"."""
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    if normalize_locale(locale) == "de":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


_SCALES = ((1e9, "figure.billion"), (1e6, "figure.million"))


def fmt_amount(value: float, locale: str) -> str:
    """A reported amount as a newsroom writes it: "300 Mio.", "8,6 Mrd." rather than
    "300.000.000" (nine digits an editor has to count). Only round amounts are scaled, the
    way articles state them; an exact count such as 1.234.567 keeps every digit."""
    for scale, key in _SCALES:
        scaled = value / scale
        if abs(scaled) >= 1 and round(scaled, 3) == round(scaled, 9):
            return t(locale, key, value=fmt_number(scaled, locale, decimals=3))
    return fmt_number(value, locale)


def fmt_date(d: date | None, locale: str) -> str:
    if d is None:
        return t(locale, "common.undated")
    if normalize_locale(locale) == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return d.isoformat()


_MONTH_NAMES = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
_MONTH_WORDS = "|".join(MONTHS)
# A day the text states: "1. August", "01.08.", "1.8.2002".
_STATED_DAY_RE = re.compile(rf"\b0?1\.\s*(?:{_MONTH_WORDS}|0?\d\.|1[0-2]\.)", re.IGNORECASE)
_JANUARY_RE = re.compile(r"\b(?:januar|jänner)\b", re.IGNORECASE)


def fmt_figure_date(d: date | None, figs: Iterable[FigureRecord], locale: str) -> str:
    """The date figures refer to, only as precisely as their sentences state it. A year
    ("2009 starben dort 28 Menschen") or a month ("im August 2002") is kept as its first day;
    shown as "01.01.2009" it would claim a day nobody reported, so it reads "2009" or
    "August 2002". A date that is the article's own, or whose day the text names, stays a day."""
    stated = [f for f in figs if figure_date(f) == d]
    if (
        d is None
        or d.day != 1
        or not stated
        or any(
            f.refers_to != d or f.published == d or _STATED_DAY_RE.search(f.sentence)
            for f in stated
        )
    ):
        return fmt_date(d, locale)
    if d.month == 1 and not any(_JANUARY_RE.search(f.sentence) for f in stated):
        return str(d.year)
    names = _MONTH_NAMES["de" if normalize_locale(locale) == "de" else "en"]
    return f"{names[d.month - 1]} {d.year}"


_ZONE_NAMES_DE = {"CET": "MEZ", "CEST": "MESZ"}


def fmt_moment(moment: datetime, zone: str, locale: str) -> str:
    """A moment in the bot's display zone (config digest.timezone), to the minute, with the
    zone named: "30.11.2026 13:19 MEZ". /status used to show the server's zone ("12:16 UTC")
    while /feeds and the digest showed Berlin time without saying so; now every command
    shows the same moment the same way. A naive moment is UTC (as the store writes it)."""
    local = moment.replace(tzinfo=moment.tzinfo or UTC).astimezone(ZoneInfo(zone))
    name = local.tzname() or ""
    if normalize_locale(locale) == "de":
        name = _ZONE_NAMES_DE.get(name, name)
    return f"{fmt_date(local.date(), locale)} {local:%H:%M} {name}".strip()


def fmt_figure_value(fig: FigureRecord, locale: str) -> str:
    """The value with its qualifier in words: "mehr als 10.000", "10.000–12.000", "Tausende"."""
    value = fmt_share(fig.value, fig.unit, locale) or fmt_amount(fig.value, locale)
    if fig.qualifier == "range" and fig.value_max is not None:
        return t(locale, "figure.range", value=value, value_max=fmt_amount(fig.value_max, locale))
    if fig.qualifier == "vague":
        word = _vague_word(fig.text, locale)
        return word if word else t(locale, "figure.vague", value=value)
    return t(locale, f"figure.{fig.qualifier}", value=value)


# A share stated as a fraction is stored as that fraction (0.667 for "zwei Drittel", so that
# claims compare) with the fraction noun as its unit: shown as the article wrote it. The
# nouns are the figures' lexicon (one source), read once per process.
@cache
def _denominators() -> dict[str, int]:
    return {noun.lower(): d for noun, d in fraction_denominators().items()}


def fmt_share(value: float, unit: str | None, locale: str) -> str | None:
    """ "zwei Drittel", "die Hälfte", "drei Viertel" (English "2/3", "1/2") for a fraction
    value whose unit is its fraction noun; None for anything else (shown as a number)."""
    d = _denominators().get((unit or "").lower())
    n = round(value * d) if d else 0
    if not d or not 0 < n <= d or abs(value * d - n) > 0.05:
        return None
    if d == 2:
        return t(locale, "figure.share_half")
    numerator = t(locale, f"figure.numerals.n{n}")
    return t(locale, "figure.share", numerator=numerator, noun=unit, denominator=d)


_VAGUE = re.compile(
    r"\b(zehntausende|hunderttausende|tausende|hunderte|dutzende|mehrere tausend|einige tausend)n?\b",
    re.IGNORECASE,
)


def _vague_word(text: str, locale: str) -> str | None:
    """The article's vague amount ("Tausende") in the reply's language: an English reply
    said "Demonstrators: Tausende"."""
    m = _VAGUE.search(text)
    if not m:
        return None
    key = "figure.vague_word." + m.group(1).lower().replace(" ", "_")
    return t(locale, key) if has(locale, key) else m.group(1).capitalize()


def speaker_name(name: str | None, locale: str) -> str:
    """Display name; the pipeline's "anonymous" marker reads as words."""
    if not name:
        return t(locale, "who_said.unknown_speaker_label")
    if name == "anonymous":
        return t(locale, "figure.anonymous_source")
    return name


def figure_source(fig: FigureRecord, locale: str) -> str:
    """Who reported a figure; an unnamed source's description ("Sicherheitskreise") reads as
    an unnamed source with that description, as quotes show their speaker_role."""
    if fig.source and is_unnamed_source(fig.source):
        return t(locale, "figure.unnamed_source", description=fig.source)
    if fig.source and fig.source != "anonymous":
        return fig.source
    if fig.source == "anonymous":
        return t(locale, "figure.anonymous_source")
    if fig.outlet:
        return t(locale, "figure.no_source", outlet=fig.outlet)
    return t(locale, "figure.no_source_article")


def figure_date(fig: FigureRecord) -> date | None:
    return fig.refers_to or fig.published


def quote_text(q: QuoteRecord, locale: str) -> str:
    """The statement with its kind and act visible: only direct speech stands in „…“; a
    denial, an accusation or a demand says so ("bestreitet: …", "wirft X vor: …"), so that
    what a speaker rejected is never shown as what they said."""
    if q.kind == "direct":
        body = t(locale, "quote.direct", text=balanced_quotes(_strip_outer_marks(q.text)))
    elif q.act != "claim":
        body = balanced_quotes(q.text.strip())  # the act's label already says it is reported
    else:
        body = t(locale, f"quote.{q.kind}", text=balanced_quotes(q.text.strip()))
    if q.act == "claim":
        return body
    if q.act == "accusation" and q.target:
        return t(locale, "quote.act.accusation_of", target=q.target, text=body)
    if q.act == "warning" and q.target:  # a threat names the threatened ("droht Ungarn: …")
        return t(locale, "quote.act.threat_to", target=q.target, text=body)
    return t(locale, f"quote.act.{q.act}", text=body)


OPENERS = "„"
CLOSERS = "“”"


def _strip_outer_marks(text: str) -> str:
    return text.strip().strip('„“”"')


def balanced_quotes(text: str) -> str:
    """Quotation marks inside a statement come in pairs: a mark whose partner lies outside
    the extracted words is completed at the text's edge ("… „Ende des Weges" -> "… „Ende des
    Weges“"), so a reply never opens a quotation it does not close."""
    depth = 0
    lead = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            if depth:
                depth -= 1
            else:
                lead += 1
    if text.count('"') % 2:
        text = text + '"' if text.lstrip().startswith('"') else '"' + text
    return OPENERS * lead + text + "“" * depth


# The quotation marks of a title that is itself put in quotes become the inner pair:
# „Schuster: ‚Wir lassen Grimma nicht allein‘“, not „Schuster: „Wir lassen …““.
_INNER_DE = str.maketrans({"„": "‚", "“": "‘", "»": "›", "«": "‹"})
_INNER_EN_FROM_DE = str.maketrans({"„": "‘", "“": "’"})  # a German title in an English answer
_INNER_EN = str.maketrans({"“": "‘", "”": "’"})


def inner_quotes(title: str, locale: str) -> str:
    """A title's own quotation marks as the inner pair, for placing it inside quotes.
    Straight '"' marks alternate: opening, closing."""
    if not any(c in title for c in '„“”»«"'):
        return title
    english = locale == "en"
    if '"' in title:
        opening, closing = ("‘", "’") if english else ("‚", "‘")
        parts = title.split('"')
        title = parts[0] + "".join(
            (opening if i % 2 else closing) + part for i, part in enumerate(parts[1:], 1)
        )
    if not english:
        return title.translate(_INNER_DE)
    return title.translate(_INNER_EN_FROM_DE if "„" in title else _INNER_EN)


def provenance_line(title: str, outlet: str | None, published: date | None, locale: str) -> str:
    return t(
        locale,
        "common.provenance",
        title=inner_quotes(title, locale),
        outlet=outlet or t(locale, "common.unknown_outlet"),
        date=fmt_date(published, locale),
    )


def provenance_markup(title: str, outlet: str | None, published: date | None, locale: str) -> str:
    """`provenance_line` for Block text: the title and outlet are data, so made inert."""
    return provenance_line(inert(title), inert(outlet) if outlet else None, published, locale)


def quote_provenance(q: QuoteRecord) -> Provenance:
    return Provenance(q.article_id, q.article_title, q.outlet, q.published, q.sentence, q.url)


def figure_provenance(f: FigureRecord) -> Provenance:
    return Provenance(f.article_id, f.article_title, f.outlet, f.published, f.sentence, f.url)


def hit_provenance(h: SearchHit) -> Provenance:
    return Provenance(h.article_id, h.article_title, h.outlet, h.published, h.text, h.url)


def unique_provenance(items: Iterable[Provenance]) -> list[Provenance]:
    """One entry per article, in first-seen order (replies list articles, not sentences)."""
    seen: set[int] = set()
    out: list[Provenance] = []
    for p in items:
        if p.article_id not in seen:
            seen.add(p.article_id)
            out.append(p)
    return out


# Characters that our Markdown subset (bold, italic, code, links) or Discord's richer Markdown
# (underline, strike-through, spoilers, headings, <@mentions>, <#channels>, <t:timestamps>) read
# as markup anywhere in a line. A backslash before them is Markdown's own escape, which Discord
# honours and the Matrix and console renderers undo (bot.render.markup).
_INLINE_MARKUP = re.compile(r"([\\`*_~|\[\]<>#])")
# Markup that only counts at the start of a line: quote, list and heading markers, "1." lists.
_LINE_START = re.compile(r"^(\s*)([-+•>]|\d{1,9}(?=[.)]))")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")
# ESC-introduced sequences: CSI (colours, cursor moves, clear screen), OSC (window title,
# hyperlinks; ended by BEL or ST), DCS/SOS/PM/APC strings (ended by ST), and two-character
# escapes; the 8-bit C1 forms (0x9b CSI, 0x9d OSC, ...) the same way.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# What is left of C0 and C1 after the sequences, except newline and tab (a carriage return
# alone would let text overwrite the line before it on a terminal).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Text without terminal control sequences or control characters (newline, tab kept).
    Corpus text may carry them; a terminal would obey them (an OSC 8 hyperlink, a cleared
    screen, a retitled window) and chat clients show them as junk."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def inert(text: str) -> str:
    """Corpus or user text made safe to put into a Block: it shows exactly as written and never
    becomes a link, emphasis, quote, list, heading or Discord mention, and carries no control
    characters.

    Every handler passes data (titles, sentences, names, user arguments) through this before it
    goes into Block text, Block headings, Field values or a footer; only the bot's own markup
    stays live. Line breaks become spaces, so data cannot start a line of its own (a "> " or
    "- " line) inside the bot's layout."""
    s = strip_controls(_LINE_BREAKS.sub(" ", text))
    s = _INLINE_MARKUP.sub(r"\\\1", s)
    m = _LINE_START.match(s)
    if m and m.group(2):
        if m.group(2)[0].isdigit():
            end = m.end()
            s = s[:end] + "\\" + s[end:]
        else:
            s = s[: m.start(2)] + "\\" + s[m.start(2) :]
    return s


def linked_title(title: str, url: str | None, emphasis: str = "*") -> str:
    """An article title for a line of a digest or post: emphasised, and a link the bot makes to
    the original when the article has a plain http(s) URL, so every item leads to its source.
    The title is data and stays inert; a title with square brackets is shown as written but not
    made the link's label (an escaped bracket could end the label early in some clients), the
    sources list below still links it."""
    label = f"{emphasis}{inert(title)}{emphasis}"
    target = link_target(url)
    if target is None or "[" in title or "]" in title:
        return label
    return f"[{label}]({markdown_target(target)})"


def chunk_lines(
    lines: list[str], heading: str | None = None, limit: int = BLOCK_LIMIT
) -> list[Block]:
    """Pack lines into Blocks under `limit` characters; the heading goes on the first block
    only, so a long list paginates without repeating or dropping anything."""
    blocks: list[Block] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and size + len(line) + 1 > limit:
            blocks.append(
                Block("\n".join(current), heading if not blocks else None, continues=bool(blocks))
            )
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        blocks.append(
            Block("\n".join(current), heading if not blocks else None, continues=bool(blocks))
        )
    return blocks


# -- figures shared by /figures, its chart and /article -----------------------------------

BACKGROUND_DAYS = 31
"""A figure that refers to a date more than a month before its article ("Im April 2013 ...")
is background: history, never the current value."""


def is_background(f: FigureRecord) -> bool:
    return (
        f.refers_to is not None
        and f.published is not None
        and (f.published - f.refers_to).days > BACKGROUND_DAYS
    )


def is_forecast(f: FigureRecord) -> bool:
    """Whether the figure refers to a date after its article's ("Bis 2030 sollen 15.000
    Stellen entstehen"): a forecast or goal for a target date, which is never the current
    value of what is reported now, however late its date."""
    return f.refers_to is not None and f.published is not None and f.refers_to > f.published


def figure_value(f: FigureRecord, locale: str) -> str:
    """The value in words, with its unit when the unit measures ("35 Prozent", "2,1 Mrd.
    Euro") or is a time ("24 Monate" of a term: "Laufzeit: 24" says nothing); a count
    stands alone, its subject names what is counted."""
    value = fmt_figure_value(f, locale)
    if f.unit and (is_measure_unit(f.unit) or f.unit in lexicon().time_units):
        return f"{value} {unit_text(f.unit, f.value_max or f.value)}"
    return value
