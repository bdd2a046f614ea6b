"""The /figures chart (issue 12): vague and open claims as arrows, "rund" as a band, exact
values as points, claims of one date side by side, a German date axis that fits the span,
labels inside the frame and a note counting the undated reports left out. A protest story
written for these tests, run through the real pipeline into a real store (SQLite and
PostgreSQL); the chart's artists are read from the matplotlib Figure the handler renders."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from figure_story import articles_of, story_services
from matplotlib.collections import PolyCollection
from matplotlib.dates import date2num
from matplotlib.text import Annotation

from bot.nlp import Extractor
from bot.store.records import FigureRecord
from handlers.figure_groups import joined_figures, joined_subjects
from handlers.figures_chart import build_chart, date_axis_formatter
from handlers.format import figure_date

NOW = datetime(2024, 3, 20, 8, 0, tzinfo=UTC)
ARTICLES = [
    (
        "p1.txt",
        "Großdemo in Berlin",
        date(2024, 3, 3),
        [
            "Laut Polizei demonstrierten am Samstag 5.000 Menschen in Berlin gegen die Reform.",
            "Die Veranstalter sprachen von 20.000 Demonstranten.",
            "Tausende Demonstranten zogen am Samstag durch die Innenstadt.",
        ],
    ),
    (
        "p2.txt",
        "Zweite Kundgebung",
        date(2024, 3, 10),
        ["Bei der zweiten Kundgebung zählte die Polizei rund 8.000 Demonstranten."],
    ),
    (
        "p3.txt",
        "Protest wächst",
        date(2024, 3, 17),
        ["Mehr als 10.000 Menschen demonstrierten nach Polizeiangaben erneut."],
    ),
    (
        "p4.txt",
        "Gewerkschaft ruft auf",
        None,
        ["Die Gewerkschaft sprach von bis zu 50.000 Demonstranten."],
    ),
]


@pytest.fixture
async def figures(store_url: str, extractor: Extractor) -> AsyncIterator[list[FigureRecord]]:
    async with story_services(store_url, extractor, articles_of(ARTICLES), NOW) as services:
        # the protest is one topic, whichever of its reports named the city or the event
        [protest] = [s for s in await joined_subjects(services) if s.unit == "Demonstrant"]
        yield await joined_figures(services, protest.subject_key)


def chart(figures: list[FigureRecord]):
    dated = [f for f in figures if figure_date(f) is not None]
    fig = build_chart("Demonstranten", dated, "de", len(figures) - len(dated))
    fig.canvas.draw()
    return fig


def arrows(ax) -> list[Annotation]:
    return [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is not None]


def labels(ax) -> list[Annotation]:
    return [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is None]


async def test_each_claim_is_drawn_as_what_it_says(figures) -> None:
    fig = chart(figures)
    [ax] = fig.axes
    # "Tausende" and "mehr als 10.000" point up; "rund 8.000" is a band; 5.000 and 20.000 dots
    up = [a for a in arrows(ax) if a.xy[1] > a.xyann[1]]
    assert sorted(a.xyann[1] for a in up) == [1000.0, 10000.0]
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 1
    low, high = (
        bands[0].get_paths()[0].vertices[:, 1].min(),
        bands[0].get_paths()[0].vertices[:, 1].max(),
    )
    assert (round(low), round(high)) == (7200, 8800)
    dots = sorted(y for line in ax.lines if line.get_marker() == "o" for y in line.get_ydata())
    assert dots == [5000.0, 20000.0]


async def test_claims_of_one_date_stand_side_by_side(figures) -> None:
    """Police, organisers and "Tausende" on 02.03.: three marks, none on top of another."""
    [ax] = chart(figures).axes
    day = float(date2num(date(2024, 3, 2)))
    dots = [x for line in ax.lines if line.get_marker() == "o" for x in line.get_xdata()]
    xs = [*dots, *(a.xy[0] for a in arrows(ax))]
    near = [x for x in xs if abs(x - day) < 1.5]  # still read as that day
    assert len(near) == 3 and len(set(near)) == 3


async def test_labels_never_overlap(figures) -> None:
    [ax] = chart(figures).axes
    boxes = [label.get_window_extent() for label in labels(ax)]
    assert len(boxes) == 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)


async def test_labels_stay_inside_the_frame_and_undated_reports_are_counted(figures) -> None:
    fig = chart(figures)
    [ax] = fig.axes
    frame = ax.get_window_extent()
    for label in labels(ax):
        box = label.get_window_extent()
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, label.get_text()
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, label.get_text()
    notes = [t.get_text() for t in fig.texts]
    assert "1 undatierte Meldung nicht im Diagramm" in notes


async def test_the_date_axis_is_german(figures) -> None:
    [ax] = chart(figures).axes
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all(len(t) == 10 and t[2] == t[5] == "." for t in ticks), ticks


def test_the_date_axis_fits_the_span() -> None:
    may = float(date2num(date(2006, 5, 1)))
    assert date_axis_formatter(30, "de")(may, None) == "01.05.2006"
    assert date_axis_formatter(400, "de")(may, None) == "Mai 2006"
    assert date_axis_formatter(400, "en")(may, None) == "May 2006"
    assert date_axis_formatter(3000, "de")(may, None) == "2006"


def _record(k: int, day: date, value: float, qualifier: str, source: str) -> FigureRecord:
    return FigureRecord(
        id=k,
        article_id=k,
        value=value,
        value_max=None,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit="Tote",
        subject="Tote (Sturm)",
        subject_key="tote sturm",
        text=str(value),
        source=source,
        sentence=f"Es gab {value} Tote.",
        refers_to=day,
        is_addition=False,
        article_title=f"Bericht {k}",
        outlet="Zeitung",
        published=day,
        first_seen=NOW,
    )


def test_at_least_and_more_than_have_legend_entries_that_match_their_marks() -> None:
    figures = [
        _record(1, date(2024, 3, 1), 20, "at_least", "Polizei"),
        _record(2, date(2024, 3, 9), 30, "more_than", "Rotes Kreuz"),
    ]
    [ax] = build_chart("Tote (Sturm)", figures, "de").axes
    handles = {h.get_label(): h for h in ax.get_legend().legend_handles}
    assert {"mindestens", "mehr als"} <= set(handles)
    assert handles["mindestens"].get_linestyle() != handles["mehr als"].get_linestyle()
    bars = {line.get_label(): line.get_linestyle() for line in ax.lines}
    assert bars["mindestens"] == handles["mindestens"].get_linestyle()
    assert bars["mehr als"] == handles["mehr als"].get_linestyle()


def test_crowded_labels_never_cover_a_mark_and_left_out_ones_are_counted() -> None:
    # one report a day for twelve days of a month, on a year-long axis
    figures = [
        _record(k, date(2024, 3, 1 + k), 100 + 3 * k, "exact", f"Behörde Nummer {k}")
        for k in range(12)
    ]
    figures.append(_record(99, date(2025, 2, 1), 200, "exact", "Regierung"))
    fig = build_chart("Tote (Sturm)", figures, "de")
    [ax] = fig.axes
    frame = ax.get_window_extent()
    shown = [label.get_window_extent() for label in labels(ax)]
    dots = [line.get_window_extent() for line in ax.lines if line.get_marker() == "o"]
    for i, box in enumerate(shown):
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1
        assert not any(box.overlaps(d) for d in dots), box
        assert not any(box.overlaps(b) for b in shown[i + 1 :]), box
    left_out = len(figures) - len(shown)
    assert left_out > 0  # twelve labels do not fit beside twelve dots in one month
    notes = [t.get_text() for t in fig.texts]
    assert (
        f"Beschriftung ausgelassen bei {left_out} dicht liegenden Werten (Punkte gezeigt)" in notes
    )


def test_a_label_sits_right_of_its_dot_unless_the_frame_ends_there() -> None:
    """Reports over a year: a label placed left of its dot stands nearer the previous
    report's dot and reads as its label (the flood story's "131 laut Stern" under the
    January 131). Each label starts right of its own dot; only the last report, whose label
    would leave the frame, has it on the left."""
    figures = [
        _record(1, date(2025, 9, 14), 23, "exact", "Zivilschutz"),
        _record(2, date(2026, 1, 18), 131, "exact", "Innenministerium"),
        _record(3, date(2026, 4, 2), 131, "exact", "Stern"),
        _record(4, date(2026, 9, 14), 132, "exact", "Slowenische Regierung und tagesschau.de"),
    ]
    fig = build_chart("Tote (Sturm)", figures, "de")
    fig.canvas.draw()
    [ax] = fig.axes
    frame = ax.get_window_extent()
    placed = sorted(
        (ax.transData.transform(label.xy)[0], label.get_window_extent(), label.get_text())
        for label in labels(ax)
    )
    assert len(placed) == 4
    for dot_x, box, text in placed[:3]:
        assert box.x0 > dot_x, text
    dot_x, box, text = placed[3]
    assert box.x1 < dot_x and frame.x0 <= box.x0, text


def test_an_increment_is_no_point_of_the_chart() -> None:
    """ "weitere 11 Verletzte" beside a total of 25 on one day: drawn as a dot at 11 it read
    as a drop of the count. It is left out of the chart and counted under it."""
    total = _record(1, date(2024, 3, 1), 25, "exact", "Polizei")
    more = replace(_record(2, date(2024, 3, 1), 11, "exact", "Klinik"), is_addition=True)
    fig = build_chart("Verletzte", [total, more], "de")
    [ax] = fig.axes
    values = [y for line in ax.lines if line.get_marker() == "o" for y in line.get_ydata()]
    assert values == [25]
    notes = [t.get_text() for t in fig.texts]
    assert any("1 Meldung eines Zuwachses" in n for n in notes), notes


def test_the_notes_under_the_chart_stay_inside_the_picture() -> None:
    """Undated reports, an earlier event, an increment and crowded labels: four notes on one
    line ran off the picture's right edge ("Beschriftung ausge")."""
    figures = [
        _record(k, date(2024, 3, 1 + k), 100 + 3 * k, "exact", f"Behörde Nummer {k}")
        for k in range(12)
    ]
    figures.append(replace(_record(50, date(2024, 3, 5), 7, "exact", "Klinik"), is_addition=True))
    # a figure of an earlier event: 2014's toll in a 2024 report
    earlier = _record(51, date(2024, 3, 6), 79, "exact", "Archiv")
    figures.append(replace(earlier, refers_to=date(2014, 5, 1)))
    fig = build_chart("Tote (Sturm)", figures, "de", undated=2)
    fig.canvas.draw()
    width = fig.bbox.width
    notes = [t for t in fig.texts if "nicht im Diagramm" in t.get_text()]
    assert notes
    for note in notes:
        box = note.get_window_extent()
        assert box.x0 >= 0 and box.x1 <= width, (box, note.get_text())
        assert box.y0 >= 0
    [ax] = fig.axes
    ticks = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()]
    for note in notes:
        assert not any(note.get_window_extent().overlaps(t) for t in ticks)
