"""A forecast in a subject's reports is no current value (issue 12): its date is its target
year ("Für 2030 rechnet die Kammer mit 9.000 Azubis"), the newest date of the subject, but
it says nothing about now."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.store.records import FigureRecord
from handlers.figures import detail_blocks, summarize


def _report(n: int, value: float, text: str, published: date, refers: date) -> FigureRecord:
    return FigureRecord(
        n, n, value, None, "exact", "Azubi", "Azubis in Sachsen", "azubis in sachsen", text,  # type: ignore[arg-type]
        "Kammer", f"Die Kammer nennt {text}.", refers, False, f"Artikel {n}", "Blatt", published,
        datetime(published.year, published.month, published.day, tzinfo=UTC),
    )  # fmt: skip


def test_a_forecast_stays_in_the_history_and_the_count_is_current() -> None:
    count = _report(1, 7200, "7.200 Azubis", date(2026, 3, 2), date(2026, 3, 2))
    forecast = _report(2, 9000, "9.000 Azubis", date(2026, 3, 4), date(2030, 1, 1))
    summary = summarize([count, forecast], "de")
    assert [c.value for c in summary.current] == ["7.200"]
    assert summary.current_date == date(2026, 3, 2)
    assert [d for d, _ in summary.history] == [date(2026, 3, 2), date(2030, 1, 1)]
    text = "\n".join(b.text for b in detail_blocks("Azubis in Sachsen", summary, "de"))
    assert "Stand 02.03.2026" in text, text
    assert "(Prognose: bezieht sich auf ein späteres Datum)" in text, text


def test_forecasts_alone_show_the_newest_as_a_forecast() -> None:
    first = _report(1, 9000, "9.000 Azubis", date(2026, 3, 4), date(2030, 1, 1))
    later = _report(2, 9500, "9.500 Azubis", date(2026, 3, 9), date(2030, 1, 1))
    summary = summarize([first, later], "de")
    text = "\n".join(b.text for b in detail_blocks("Azubis in Sachsen", summary, "de"))
    assert "Prognose für 2030" in text and "Stand" not in text, text
