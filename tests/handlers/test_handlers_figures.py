"""figures on a real store: current value, history, conflicts, undated reports, chart."""

from __future__ import annotations

import pytest

from handlers.figures import summarize
from handlers.format import fmt_figure_value, fmt_number


async def test_subject_shows_current_conflict_history_and_undated(ask, text_of) -> None:
    reply = await ask("figures", subject="nordkoreanische Soldaten")
    assert reply.kind == "ok"
    body = text_of(reply)
    current = body.split("Verlauf")[0]
    # the newest dated reports (15.11.2024) differ in words but agree: one span, both sources
    assert "mehr als 10.000 bis rund 11.000 (US-Außenministerium; Wolodymyr Selenskyj)" in current
    assert "15.11.2024" in current and "widersprüchlich" not in current
    # "tausenden" on the same day is vague: shown in the history, never as a contradiction
    assert "Tausende" not in current
    history = body.split("Verlauf")[1].split("Undatierte Meldungen")[0]
    assert history.index("18.10.2024: 1.500 (Südkorea)") < history.index(
        "24.10.2024: mindestens 3.000 (John Kirby)"
    )
    assert "15.11.2024: mehr als 10.000 (US-Außenministerium) vs. rund 11.000" in history
    # intervals (10.000, ∞) and [9.900, 12.100] overlap: no conflict on 15.11.2024
    assert "Widersprüchliche Angaben" not in body
    undated = body.split("Undatierte Meldungen")[1]
    assert "mindestens 12.000" in undated and "Regionalblatt" in undated
    titles = {p.title for p in reply.provenance}
    assert {
        "Mehr als 10.000 Nordkoreaner an der Front",
        "Nordkoreas Truppen in Wladiwostok",
    } <= titles
    assert all(
        p.published or p.title == "Nordkoreas Truppen in Wladiwostok" for p in reply.provenance
    )


async def test_without_subject_lists_subjects_and_details_the_main_one(ask, text_of) -> None:
    reply = await ask("figures")
    body = text_of(reply)
    assert "nordkoreanische Soldaten in Russland:" in body
    assert "mehr als 10.000 bis rund 11.000" in body and "Verlauf" in body
    assert reply.provenance


async def test_subject_lookup_is_forgiving_and_unknown_is_explained(ask, text_of) -> None:
    reply = await ask("figures", subject="soldaten")
    assert "nordkoreanische Soldaten in Russland" in reply.title
    unknown = await ask("figures", subject="Bananenpreise")
    assert unknown.kind == "error"
    assert "Bananenpreise" in text_of(unknown)


async def test_chart_is_a_png_attachment(ask) -> None:
    reply = await ask("figures", subject="nordkoreanische Soldaten", chart="ja")
    assert len(reply.attachments) == 1
    png = reply.attachments[0]
    assert png.filename == "chart.png" and png.data.startswith(b"\x89PNG")
    assert len(png.data) > 5000


async def test_english_wording(ask, text_of) -> None:
    body = text_of(await ask("figures", locale="en", subject="nordkoreanische Soldaten"))
    assert "more than 10,000 to about 11,000 (US-Außenministerium; Wolodymyr Selenskyj)" in body
    assert "2024-11-15" in body and "History" in body


@pytest.mark.parametrize(
    ("qualifier", "value", "value_max", "text", "expected"),
    [
        ("exact", 3000, None, "3.000 Soldaten", "3.000"),
        ("at_least", 3000, None, "mindestens 3.000", "mindestens 3.000"),
        ("more_than", 10000, None, "mehr als 10.000", "mehr als 10.000"),
        ("approx", 11000, None, "rund 11.000", "rund 11.000"),
        ("at_most", 3000, None, "bis zu 3000", "bis zu 3.000"),
        ("range", 10000, 12000, "10.000 bis 12.000", "10.000–12.000"),
        ("vague", 1000, None, "Tausende Soldaten", "Tausende"),
    ],
)
def test_qualifier_in_words(qualifier, value, value_max, text, expected) -> None:
    from datetime import UTC, datetime

    from bot.store.records import FigureRecord

    fig = FigureRecord(
        1, 1, value, value_max, qualifier, "Soldat", "s", "s", text, None, text, None, False,
        "T", None, None, datetime(2024, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    assert fmt_figure_value(fig, "de") == expected
    assert summarize([fig], "de").current[0].value == expected


def test_german_and_english_numbers() -> None:
    assert fmt_number(3000, "de") == "3.000"
    assert fmt_number(1234567, "de") == "1.234.567"
    assert fmt_number(1.5, "de") == "1,5"
    assert fmt_number(3000, "en") == "3,000"


async def test_english_reply_quotes_titles_the_english_way(ask, text_of) -> None:
    # "from „Nordkoreas Truppen …“" put German quotation marks into an English reply
    body = text_of(await ask("figures", subject="nordkoreanische Soldaten", locale="en"))
    assert "from “" in body and "„" not in body
    german = text_of(await ask("figures", subject="nordkoreanische Soldaten"))
    assert "aus „" in german


async def test_subject_typo_is_found_but_unrelated_words_are_not(ask, text_of) -> None:
    # whole-string fuzzy matching answered "/figures Osten" (or "Euro") with any subject that
    # shares a few letters; a typo of a subject's word still finds it
    typo = await ask("figures", subject="Rassland")
    assert "nordkoreanische Soldaten in Russland" in typo.title
    for word in ("Osten", "Kanada"):
        unrelated = await ask("figures", subject=word)
        assert unrelated.kind == "error" and word in text_of(unrelated)
