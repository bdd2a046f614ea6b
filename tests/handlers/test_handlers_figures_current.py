"""The current value of a subject: a vague word reported after a count does not replace it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.store.records import FigureRecord
from handlers.figures import summarize


def _report(n: int, value: float, qualifier: str, text: str, day: date) -> FigureRecord:
    return FigureRecord(
        n, n, value, None, qualifier, None, "Tote", "tote", text, "Polizei",  # type: ignore[arg-type]
        f"Es gab {text}.", None, False, f"Artikel {n}", "Blatt", day,
        datetime(day.year, day.month, day.day, tzinfo=UTC),
    )  # fmt: skip


def test_later_vague_word_does_not_replace_the_count() -> None:
    # "35 Tote" on Wednesday, the headline "Dutzende Tote" on Sunday: 35 stays current
    count = _report(1, 35, "exact", "35 Tote", date(2013, 6, 26))
    vague = _report(2, 12, "vague", "Dutzende Tote", date(2013, 6, 30))
    summary = summarize([count, vague], "de")
    assert [c.value for c in summary.current] == ["35"]
    assert summary.current_date == date(2013, 6, 26)
    assert [d for d, _ in summary.history] == [date(2013, 6, 26), date(2013, 6, 30)]


def test_later_vague_word_that_says_more_leads() -> None:
    # "Tausende" after "mehr als 200": the lower bound 1.000 exceeds what was counted
    count = _report(1, 200, "more_than", "mehr als 200 Tote", date(2013, 6, 26))
    vague = _report(2, 1000, "vague", "Tausende Tote", date(2013, 6, 30))
    summary = summarize([count, vague], "de")
    assert [c.value for c in summary.current] == ["Tausende"]
    assert summary.current_date == date(2013, 6, 30)


def test_vague_only_subject_keeps_its_newest_report() -> None:
    first = _report(1, 100, "vague", "Hunderte Tote", date(2013, 6, 26))
    later = _report(2, 12, "vague", "Dutzende Tote", date(2013, 6, 30))
    assert summarize([first, later], "de").current_date == date(2013, 6, 30)


def test_a_year_or_month_is_shown_as_stated_not_as_its_first_day() -> None:
    from handlers.format import fmt_figure_date

    def dated(sentence: str, refers: date) -> FigureRecord:
        return FigureRecord(
            1, 1, 28, None, "exact", None, "Tote", "tote", "28", None,  # type: ignore[arg-type]
            sentence, refers, False, "T", "Blatt", date(2013, 6, 30),
            datetime(2013, 6, 30, tzinfo=UTC),
        )  # fmt: skip

    year = dated("2009 starben dort 28 Menschen.", date(2009, 1, 1))
    assert fmt_figure_date(date(2009, 1, 1), [year], "de") == "2009"
    month = dated("Im August 2002 starben 28 Menschen.", date(2002, 8, 1))
    assert fmt_figure_date(date(2002, 8, 1), [month], "de") == "August 2002"
    assert fmt_figure_date(date(2002, 8, 1), [month], "en") == "August 2002"
    day = dated("Am 1. August 2002 starben 28 Menschen.", date(2002, 8, 1))
    assert fmt_figure_date(date(2002, 8, 1), [day], "de") == "01.08.2002"
    january = dated("Im Januar 2009 starben 28 Menschen.", date(2009, 1, 1))
    assert fmt_figure_date(date(2009, 1, 1), [january], "de") == "Januar 2009"
