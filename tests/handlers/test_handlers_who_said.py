"""who_said and speakers on a real store: forgiving lookup, provenance, dedupe, kinds."""

from __future__ import annotations

from bot.render.text import plain
from handlers.dispatch import dispatch
from handlers.types import Handler, Reply, Request, Services


def text_of(reply: Reply) -> str:
    """What a reader sees, without the Markdown markers."""
    parts = [
        reply.title,
        *(b.text for b in reply.blocks),
        *(f"{f.name} {f.value}" for f in reply.fields),
    ]
    return plain("\n".join(parts))


async def ask(services: Services, handlers: dict[str, Handler], req: Request) -> Reply:
    return await dispatch(req, services, handlers)


async def test_kirby_shows_wladiwostok_with_title_and_date(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("who_said", speaker="Kirby"))
    assert reply.kind == "ok"
    assert "John Kirby" in reply.title
    body = text_of(reply)
    assert "Wladiwostok" in body
    assert "„USA bestätigen Entsendung von 3.000 Soldaten“ — Tagesschau, 24.10.2024" in body
    titles = {p.title for p in reply.provenance}
    assert "USA bestätigen Entsendung von 3.000 Soldaten" in titles


async def test_same_statement_in_two_articles_is_shown_once(
    services, handlers, request_for
) -> None:
    reply = await ask(services, handlers, request_for("who_said", speaker="Kirby"))
    body = text_of(reply)
    assert body.count("Wladiwostok gebracht") == 1
    assert "berichtet von 2 Artikeln" in body
    # the undated second report is named as such
    assert "„Nordkoreas Truppen in Wladiwostok“ — Regionalblatt, undatiert" in body


async def test_surname_lower_case_finds_lloyd_austin(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("who_said", speaker="austin"))
    assert "Lloyd Austin" in reply.title
    body = text_of(reply)
    assert "„Das ist eine gefährliche Entwicklung“" in body  # direct quote in „…“
    assert "(indirekt) die Soldaten würden bald an der Front kämpfen" in body
    # newest first: the 15.11. statement comes before the 24.10. one
    assert body.index("15.11.2024") < body.index("24.10.2024")


async def test_spelling_variant_and_typo(services, handlers, request_for) -> None:
    variant = await ask(services, handlers, request_for("who_said", speaker="Selenskij"))
    assert "Wolodymyr Selenskyj" in variant.title
    assert "Wir brauchen mehr Unterstützung" in text_of(variant)
    typo = await ask(services, handlers, request_for("who_said", speaker="Kriby"))
    assert "John Kirby" in typo.title
    typo2 = await ask(services, handlers, request_for("who_said", speaker="Selenksyj"))
    assert "Wolodymyr Selenskyj" in typo2.title


async def test_full_name_split_by_text_transport_still_resolves(
    services, handlers, request_for
) -> None:
    # "/who_said Lloyd Austin" typed in a text transport arrives as speaker=Lloyd, about=Austin.
    reply = await ask(services, handlers, request_for("who_said", speaker="Lloyd", about="Austin"))
    assert "Lloyd Austin" in reply.title
    assert reply.kind == "ok"


async def test_ambiguous_surname_lists_candidates(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("who_said", speaker="Scholz"))
    assert reply.kind == "error" and reply.ephemeral
    body = text_of(reply)
    assert "Olaf Scholz" in body and "Hans Scholz" in body


async def test_unknown_speaker_is_a_helpful_error(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("who_said", speaker="Merkel"))
    assert reply.kind == "error"
    assert "Merkel" in text_of(reply)
    assert "/sprecher" in text_of(reply)  # asked on Discord: its German name


async def test_speaker_with_topic_and_topic_only(services, handlers, request_for) -> None:
    reply = await ask(
        services, handlers, request_for("who_said", speaker="Kirby", about="Wladiwostok")
    )
    assert "Wladiwostok" in text_of(reply)
    nothing = await ask(
        services, handlers, request_for("who_said", speaker="Kirby", about="Eskalation")
    )
    assert nothing.kind == "error" and "Eskalation" in text_of(nothing)
    topic = await ask(services, handlers, request_for("who_said", about="Eskalation"))
    assert "Wolodymyr Selenskyj" in text_of(topic)
    assert topic.provenance and topic.provenance[0].title == "Kommentar: Kims Kalkül"


async def test_anonymous_source_is_shown_in_words(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("speakers"))
    body = text_of(reply)
    assert "ungenannte Quelle — Pentagon-Sprecher" in body
    assert "anonymous" not in body
    assert "Lloyd Austin" in body and reply.provenance


async def test_english_locale(services, handlers, request_for) -> None:
    reply = await ask(services, handlers, request_for("who_said", locale="en", speaker="Kirby"))
    body = text_of(reply)
    assert reply.title.startswith("Who said what")
    assert "reported by 2 articles" in body
    assert "2024-10-24" in body and "undated" in body
