"""/subscribe, /unsubscribe, /subscriptions: the daily digest of a channel or room.

Times and zones are validated here with answers a user can act on ("Europe/Berln" suggests
"Europe/Berlin"), because a wrong zone silently posting at 3 a.m. is worse than an error.
Local times that daylight saving skips or repeats (02:00-02:59 in Europe) are accepted: the
scheduler posts once on those days too (an hour late in spring, once in autumn), and the reply
says so.

A channel may hold several subscriptions: different topics, or the same topic at different
times (`/subscribe 07:00` and `/subscribe 18:00` are two). The same topic at the same time is
one subscription: subscribing to it again changes its zone and mention (and re-enables it)
instead of adding a duplicate. `/unsubscribe N` ends the N-th line of `/subscriptions`;
`/unsubscribe` without a number ends all of the channel's subscriptions and lists them. Each
digest covers what is new since the channel's last digest on its topic, so a morning and an
evening digest do not repeat each other.

Who may subscribe: a channel admin of this channel (Discord Manage Server or an admin role in
this guild, Matrix power level in this room) or a bot admin. `/subscriptions` shows the channel's
subscription; a Discord server's channel admins also see that server's other channels; only bot
admins see every channel's subscriptions (a room's or another server's rights never reach them).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from zoneinfo import ZoneInfo, available_timezones

from rapidfuzz import fuzz, process

from bot.scheduler.slots import (
    DstQuirk,
    dst_quirks,
    format_time,
    make_trigger,
    next_slot,
    parse_time,
)
from bot.store.records import Subscription
from handlers.format import chunk_lines, fmt_date, inert
from handlers.i18n import count, t
from handlers.syntax import syntax_of, typed_command, typed_text
from handlers.types import Block, Handler, Reply, Request, Services, UserError


@cache
def _zones() -> frozenset[str]:
    """The IANA zone names (read from tzdata once; immutable)."""
    return frozenset(
        z
        for z in available_timezones()
        if not z.startswith(("posix/", "right/")) and z != "localtime"
    )


@cache
def _zones_by_folded() -> dict[str, tuple[str, ...]]:
    """Case-insensitive full names and city names ("berlin") -> zones, for forgiving input."""
    out: dict[str, list[str]] = {}
    for zone in _zones():
        for key in {zone.lower(), zone.rsplit("/", 1)[-1].lower().replace("_", " ")}:
            out.setdefault(key, []).append(zone)
    return {k: tuple(sorted(v)) for k, v in out.items()}


# "UTC+1", "GMT-5", "+01:00": a fixed offset from UTC, east positive as people write it.
_OFFSET_RE = re.compile(r"^(?:UTC|GMT|Z)?\s*([+-])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)


@cache
def _german_zone_names() -> dict[str, str]:
    """German zone and place names ("MEZ", "Wien", "München") -> IANA zones, from
    i18n/zone_names.tsv: tzdata knows only English city names."""
    text = (files("handlers.i18n") / "zone_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name.strip().casefold(): zone.strip() for name, zone in rows}


def offset_zone(text: str) -> str | None:
    """ "UTC+1" -> "Etc/GMT-1". The IANA Etc zones count west as positive (POSIX), so the
    bare tzdata name "GMT+2" is two hours *behind* UTC: taken literally, a user meaning
    summer time in Berlin got the digest four hours late."""
    m = _OFFSET_RE.match(text.strip())
    if m is None or int(m[2]) > 14:
        return None
    hours = int(m[2])
    if hours == 0:
        return "Etc/UTC"
    return f"Etc/GMT{'-' if m[1] == '+' else '+'}{hours}"


def zone_label(zone: str) -> str:
    """The zone as a user reads it: "Etc/GMT-1" (what offset_zone stores for "UTC+1") is
    shown as "UTC+1" again. Its POSIX sign is the opposite of what the user typed, and a
    reply saying "Etc/GMT-1" to someone who asked for UTC+1 reads as an hour off."""
    m = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    if m is None:
        return "UTC" if zone in ("Etc/UTC", "Etc/GMT", "Etc/GMT0", "Etc/Zulu") else zone
    return f"UTC{'-' if m[1] == '+' else '+'}{int(m[2])}"


def resolve_zone(text: str) -> str:
    """An IANA zone for the user's input: exact, a UTC offset ("UTC+1"), a German name
    ("MEZ", "Wien"), case-insensitive, or a unique city name ("berlin", "new york");
    otherwise a UserError suggesting the closest names."""
    name = text.strip().replace(" ", "_") if "/" in text else text.strip()
    offset = offset_zone(name) if "/" not in name else None
    if offset is not None:
        return offset
    if name in _zones():
        return name
    german = _german_zone_names().get(" ".join(name.split()).casefold())
    if german is not None:
        return german
    matches = _zones_by_folded().get(name.lower()) or _zones_by_folded().get(
        name.lower().replace("_", " ")
    )
    if matches and len(matches) == 1:
        return matches[0]
    candidates = list(matches or ())
    if not candidates:
        folded = _zones_by_folded()
        found = process.extract(
            name.lower(), list(folded), scorer=fuzz.WRatio, limit=5, score_cutoff=80
        )
        for key, _score, _i in found:
            candidates.extend(z for z in folded[key] if z not in candidates)
    if candidates:
        raise UserError(
            "subscribe.bad_zone",
            command="subscribe",
            value=text,
            zones=", ".join(candidates[:3]),
            suggestion="subscribe.bad_zone_hint",
        )
    raise UserError(
        "subscribe.bad_zone", command="subscribe", value=text, suggestion="subscribe.zone_example"
    )


def clock_word_to_time(time: str | None, zone: str | None) -> tuple[str | None, str | None]:
    """("7", "Uhr Wien") -> ("7 Uhr", "Wien"): in a text command "/subscribe 7 Uhr Wien" the
    clock word lands in the time-zone words, and "Uhr" was then refused as an unknown zone."""
    words = (zone or "").split()
    if time is None or not words or words[0].casefold() != "uhr":
        return time, zone
    return f"{time} {words[0]}", " ".join(words[1:]) or None


def resolve_time(text: str) -> str:
    parsed = parse_time(text)
    if parsed is None:
        raise UserError("subscribe.bad_time", command="subscribe", value=text)
    return format_time(*parsed)


def _may_manage(req: Request, services: Services) -> bool:
    return services.can_manage_channel(req.user, req.channel)


_ROLE = re.compile(r"^(?:<@&)?(\d{5,25})>?$")


def resolve_mention(text: str | None, req: Request) -> str | None:
    """A Discord role id from the option (Discord passes the id; typed as <@&id> or id)."""
    if not text:
        return None
    m = _ROLE.match(text.strip())
    if m is None or req.channel.transport != "discord":
        raise UserError("subscribe.bad_mention", command="subscribe", value=text)
    return m.group(1)


def _now(services: Services) -> datetime:
    return services.clock().astimezone(UTC)


def _local(moment: datetime, zone: str, locale: str) -> str:
    local = moment.astimezone(ZoneInfo(zone))
    return f"{fmt_date(local.date(), locale)} {local:%H:%M}"


def _dst_note(quirks: list[DstQuirk], time: str, locale: str) -> str | None:
    """Say how the scheduler treats the days on which this local time is skipped or doubled."""
    notes = []
    for q in quirks[:2]:
        key = "subscribe.dst_gap" if q.kind == "gap" else "subscribe.dst_overlap"
        notes.append(t(locale, key, time=time, day=fmt_date(q.day, locale)))
    return " ".join(notes) if notes else None


async def subscribe(req: Request, services: Services) -> Reply:
    locale = req.locale
    if not _may_manage(req, services):
        raise UserError("subscribe.not_allowed")
    cfg = services.config.digest
    typed_time, typed_zone = clock_word_to_time(req.arg("time"), req.arg("timezone"))
    time = resolve_time(typed_time or cfg.default_time)
    zone = resolve_zone(typed_zone or cfg.timezone)
    topic = " ".join((req.arg("topic") or "").split())
    mention = resolve_mention(req.arg("mention"), req)
    now = _now(services)
    repo = services.store.subscriptions
    before = await repo.in_channel(req.channel.transport, req.channel.id)
    existed = any(_same_slot(s, topic, time) for s in before)
    sub = await repo.upsert(
        req.channel.transport,
        req.channel.id,
        time,
        zone,
        created_by=req.user.id,
        guild_id=req.channel.guild_id,
        now=now,
        topic=topic,
        mention_role=mention,
    )
    if services.scheduler is not None:
        await services.scheduler.add_or_update(sub.id)
    hour, minute = (int(p) for p in time.split(":"))
    if topic:
        lines = [
            t(locale, "subscribe.done_topic", time=time, zone=zone_label(zone), topic=inert(topic))
        ]
    else:
        lines = [t(locale, "subscribe.done", time=time, zone=zone_label(zone))]
    if existed:
        lines.append(t(locale, "subscribe.updated"))
    elif before:
        lines.append(
            t(
                locale,
                "subscribe.count_here",
                count=len(before) + 1,
                typed_list=typed_command(req, services, "subscriptions"),
                typed=typed_command(req, services, "unsubscribe", number="N"),
            )
        )
    upcoming = next_slot(make_trigger(time, zone), now)
    if upcoming is not None:
        lines.append(t(locale, "subscribe.next", when=_local(upcoming, zone, locale)))
    note = _dst_note(
        dst_quirks(hour, minute, zone, now.astimezone(ZoneInfo(zone)).date()), time, locale
    )
    blocks = [Block("\n".join(lines))]
    if note:
        blocks.append(Block(note, t(locale, "subscribe.dst_heading")))
    return Reply(title=t(locale, "subscribe.title"), blocks=blocks)


def _same_slot(sub: Subscription, topic: str, time: str) -> bool:
    """Whether `sub` is the channel's subscription for this topic and time (the store's unique
    key): subscribing again to it changes it instead of adding a second one."""
    return sub.time == time and sub.topic.lower() == topic.lower()


async def unsubscribe(req: Request, services: Services) -> Reply:
    """Without a number: every subscription of the channel; with one: that line of
    /subscriptions."""
    locale = req.locale
    if not _may_manage(req, services):
        raise UserError("subscribe.not_allowed")
    repo = services.store.subscriptions
    here = await repo.in_channel(req.channel.transport, req.channel.id)
    if not here:
        return Reply(
            title=t(locale, "subscribe.title"),
            blocks=[Block(typed_text(syntax_of(req, services), locale, "subscribe.none_here"))],
            kind="info",
        )
    number = req.arg("number")
    if number is not None:
        index = int(number)
        if index > len(here):
            raise UserError(
                "subscribe.no_number",
                number=index,
                count=count(locale, "subscriptions", len(here)),
            )
        here = [here[index - 1]]
        await repo.remove(req.channel.transport, req.channel.id, here[0].id)
        text = t(locale, "subscribe.removed_one", what=_what(here[0], locale))
    else:
        await repo.remove(req.channel.transport, req.channel.id)
        text = t(locale, "subscribe.removed")
        if len(here) > 1:
            text += "\n" + "\n".join(f"- {_what(sub, locale)}" for sub in here)
    if services.scheduler is not None:
        for sub in here:
            await services.scheduler.remove(sub.id)
    return Reply(title=t(locale, "subscribe.title"), blocks=[Block(text)])


def _what(sub: Subscription, locale: str) -> str:
    when = t(locale, "subscribe.when", time=sub.time, zone=zone_label(sub.timezone))
    if sub.topic:
        when += ", " + t(locale, "subscribe.topic", topic=inert(sub.topic))
    return when


def _describe(
    sub: Subscription,
    services: Services,
    locale: str,
    seen_from: str | None = None,
    number: int = 0,
) -> str:
    """One subscription as a list line (numbered for /unsubscribe N); with `seen_from` (the
    asker's transport) it names the channel, and the transport too when it is another one
    (bot admins see all)."""
    parts = []
    if seen_from is not None:
        label = (
            sub.channel_id if sub.transport == seen_from else f"{sub.transport}:{sub.channel_id}"
        )
        parts.append(t(locale, "subscribe.channel", channel=inert(label)))
    parts.append(_what(sub, locale))
    if sub.last_sent_at is not None:
        parts.append(
            t(locale, "subscribe.last", when=_local(sub.last_sent_at, sub.timezone, locale))
        )
    if not sub.enabled:
        parts.append(t(locale, "subscribe.disabled", reason=inert(sub.disabled_reason or "?")))
    else:
        upcoming = next_slot(make_trigger(sub.time, sub.timezone), _now(services))
        if upcoming is not None:
            parts.append(t(locale, "subscribe.next", when=_local(upcoming, sub.timezone, locale)))
    return (f"{number}. " if number else "- ") + "; ".join(parts)


async def subscriptions(req: Request, services: Services) -> Reply:
    """This channel's subscriptions (numbered for /unsubscribe N), plus what the asker may see
    of the others."""
    locale = req.locale
    repo = services.store.subscriptions
    here = await repo.in_channel(req.channel.transport, req.channel.id)
    blocks: list[Block] = []
    if not here:
        none_here = typed_text(syntax_of(req, services), locale, "subscribe.none_here")
        blocks.append(Block(none_here, t(locale, "subscribe.this_channel")))
    else:
        lines = [_describe(s, services, locale, number=i) for i, s in enumerate(here, 1)]
        blocks.extend(chunk_lines(lines, t(locale, "subscribe.this_channel")))
    others = await _visible_others(req, services)
    if others is not None:
        lines = [_describe(s, services, locale, req.channel.transport) for s in others]
        if lines:
            blocks.extend(chunk_lines(lines, t(locale, "subscribe.others", count=len(lines))))
        else:
            blocks.append(Block(t(locale, "subscribe.no_others")))
    return Reply(title=t(locale, "subscribe.list_title"), blocks=blocks, kind="info")


async def _visible_others(req: Request, services: Services) -> list[Subscription] | None:
    """The other channels' subscriptions the asker may see, None for "not your business".

    Bot admins see every channel of every transport. A channel admin of a Discord server sees
    that server's other channels (Manage Server is a right over the whole server); a Matrix
    room's admins, a DM's owner and everyone else see only their own channel."""
    channel = req.channel
    if services.is_bot_admin(req.user):
        subs = await services.store.subscriptions.list()
    elif req.user.can_manage_channel and channel.guild_id is not None:
        subs = [
            s
            for s in await services.store.subscriptions.list(transport=channel.transport)
            if s.guild_id == channel.guild_id
        ]
    else:
        return None
    return [
        s for s in subs if not (s.transport == channel.transport and s.channel_id == channel.id)
    ]


def zone_names() -> list[str]:
    """All accepted zone names (for a transport's autocomplete of the timezone option)."""
    return sorted(_zones())


HANDLERS: dict[str, Handler] = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "subscriptions": subscriptions,
}
