"""Recognise a chat message as a command for the bot, before the shared parser reads it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def strip_reply_fallback(body: str) -> str:
    """Drop the '> <@user> quoted text' lines that older clients put before a reply's text, so
    `!lagebild …` written as a reply to another message is still recognised."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    return "\n".join(lines[i:]).strip()


def command_line(text: str, prefix: str, direct: bool) -> str | None:
    """The command text if the message is addressed to the bot, else None.

    In rooms the message must start with the prefix as a word of its own (`!lagebild who_said`,
    not `!lagebildchen`); in a direct chat the bare command is enough."""
    s = text.strip()
    if not s:
        return None
    p = prefix.strip()
    if s.lower().startswith(p.lower()):
        rest = s[len(p) :]
        if not rest or rest[0].isspace() or rest[0] in ":,":
            return s
    return s if direct else None


def relation(content: Mapping[str, Any]) -> Mapping[str, Any]:
    rel = content.get("m.relates_to")
    return rel if isinstance(rel, Mapping) else {}


def thread_root(content: Mapping[str, Any]) -> str | None:
    """The thread a message was sent in (its root event id), or None outside threads."""
    rel = relation(content)
    if rel.get("rel_type") == "m.thread" and isinstance(rel.get("event_id"), str):
        return str(rel["event_id"])
    return None


def is_edit(content: Mapping[str, Any]) -> bool:
    """Edits repeat the original command; answering them would answer it twice."""
    return relation(content).get("rel_type") == "m.replace"


def is_reply(content: Mapping[str, Any]) -> bool:
    in_reply = relation(content).get("m.in_reply_to")
    return isinstance(in_reply, Mapping) and "event_id" in in_reply


def reply_relation(
    event_id: str, thread: str | None, *, first: bool, previous: str | None
) -> dict[str, Any]:
    """m.relates_to for one message of an answer.

    The first message replies to the command; later pages of a long answer follow the previous
    page. Inside a thread every message stays in the thread; later pages mark their reply as a
    fallback only (is_falling_back), as the spec asks for plain thread messages."""
    target = event_id if first or previous is None else previous
    if thread is None:
        return {"m.in_reply_to": {"event_id": target}} if first else {}
    return {
        "rel_type": "m.thread",
        "event_id": thread,
        "is_falling_back": not first,
        "m.in_reply_to": {"event_id": target},
    }
