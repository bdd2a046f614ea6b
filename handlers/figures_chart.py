"""PNG timeline of a subject's reported figures (called in a worker thread).

Uses matplotlib's object API with the Agg canvas, never pyplot: pyplot keeps global figure
state, which is neither thread-safe nor allowed here.

Each claim is drawn as what it says: an exact number as a point, "rund" as a band of the
tolerance, a range as a band, "mindestens"/"mehr als"/"Tausende" as an arrow up from the
bound, "bis zu" as an arrow down. A vague "Tausende" drawn as a point at 1.000 would look like
a drop.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.text import Annotation
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import Bbox

from bot.nlp.figures.intervals import claim_interval
from bot.store.records import FigureRecord
from handlers.format import figure_date, figure_source, figure_value, fmt_number, is_background
from handlers.i18n import count, t

_DATE_FORMAT = {"de": "%d.%m.%Y", "en": "%Y-%m-%d"}
_UP = ("at_least", "more_than", "vague")
_ARROW = 0.25  # an open claim's arrow: a quarter of the axis height
_BAND_DAYS = 1.2  # days either side of a band, at least; wider on a long time axis


def build_chart(
    subject: str, figures: Sequence[FigureRecord], locale: str, undated: int = 0
) -> Figure:
    """The chart as a matplotlib Figure (tests read its artists; `render_chart` saves it)."""
    fig = Figure(figsize=(8, 4.8), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    figures, earlier = _without_earlier_events(figures)
    # An increment ("weitere 11 Verletzte") is no level: drawn at 11 beside a total of 25 it
    # read as a drop. It stays in the history; the chart counts it in a note.
    additions = sum(f.is_addition for f in figures)
    figures = [f for f in figures if not f.is_addition]
    # One mark per (date, value, qualifier): several sources of the same claim share a label.
    points: dict[tuple[float, float, str, float | None], list[str]] = {}
    background: set[float] = set()  # dates of background figures: drawn in grey
    for f in figures:
        when = figure_date(f)
        if when is None:
            continue
        key = (float(date2num(when)), f.value, f.qualifier, f.value_max)
        if is_background(f):
            background.add(key[0])
        labels = points.setdefault(key, [figure_value(f, locale)])
        source = figure_source(f, locale)
        if source not in labels:
            labels.append(source)
    if not points:
        raise ValueError("no dated figures to draw")
    top = max(
        max(v, vmax or 0.0, claim_interval(q, v, vmax).high if q == "approx" else 0.0)
        for (_, v, q, vmax) in points
    )
    top = top * (1 + _ARROW + 0.25) or 1.0
    xs = [d for (d, *_rest) in points]
    span = max(xs) - min(xs)
    width = max(_BAND_DAYS, span * 0.012)
    per_date = Counter(xs)
    pad = max(3.0, span * 0.08, max(per_date.values()) * width * 1.5)
    x_low, x_high = min(xs) - pad, max(xs) + pad  # marks and labels stay inside the frame
    seen: set[str] = set()
    placed: Counter[float] = Counter()
    step = (x_high - x_low) / 45  # claims of one date: close enough to read as that date
    groups: dict[float, list[tuple[float, float, str]]] = {}  # date -> (x, value, label)
    for (d, value, qualifier, value_max), labels in sorted(
        points.items(), key=lambda kv: (kv[0][0], -kv[0][1])
    ):
        kind = "background" if d in background else qualifier
        legend = t(locale, f"figure.legend.{kind}") if kind not in seen else None
        seen.add(kind)
        color = "tab:gray" if d in background else "tab:blue"
        # Claims of one date side by side, never on top of each other: a band behind an
        # arrow hid which claim was which.
        row = placed[d]
        placed[d] += 1
        w = width if per_date[d] == 1 else min(width, step * 0.42)
        x = d + (row - (per_date[d] - 1) / 2) * step
        _draw_claim(ax, x, value, value_max, qualifier, top, legend, w, color)
        label = _plain(f"{labels[0]}\n{'; '.join(labels[1:])}")
        groups.setdefault(d, []).append((x, value, label))
    columns = [_label_group(ax, marks, top, step) for marks in groups.values()]
    # where each date's column of labels goes when it cannot fit on the right
    lefts = [min(x for x, _, _ in marks) - step * 0.6 for marks in groups.values()]
    ax.set_xlim(x_low, x_high)
    ax.set_ylim(0, top)
    # Without interval multiples the ticks step evenly across month ends ("29.02." and
    # "01.03." side by side overlapped).
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7, interval_multiples=False))
    ax.xaxis.set_major_formatter(FuncFormatter(date_axis_formatter(span, locale)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v, locale)))
    ax.set_title(_plain(subject))
    ax.set_ylabel(t(locale, "figures.chart_ylabel"))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize=7)
    fig.autofmt_xdate()
    notes = [chart_note(undated, locale)] if undated else []
    if earlier:
        notes.append(t(locale, "figures.chart_earlier", reports=count(locale, "reports", earlier)))
    if additions:
        reports = count(locale, "reports", additions)
        notes.append(t(locale, "figures.chart_additions", reports=reports))
    # room for a note line always: how many labels crowding leaves out is known only once
    # the layout is done
    fig.tight_layout(rect=(0, _NOTE_ROOM, 1, 1))
    _labels_inside(fig, ax, columns, lefts)
    thinned = _separate_labels(fig, ax, columns)
    if thinned:
        notes.append(t(locale, "figures.chart_thinned", n=thinned))
    if notes:
        # wrapped inside the figure: three notes on one line ran off its right edge
        fig.text(0.01, 0.01, " · ".join(notes), fontsize=8, color="dimgray", wrap=True, va="bottom")
    return fig


_NOTE_ROOM = 0.075  # of the figure's height under the chart: two lines of notes
_GAP_PX = 2.0
_MAX_SHIFT_PX = 48.0  # a label moved further than about four lines no longer reads as its mark's


def _separate_labels(fig: Figure, ax: Axes, columns: Sequence[list[Annotation]] = ()) -> int:
    """Move labels apart from each other and from the marks: each date's labels are stacked,
    but reports a few days apart on a year's axis ("128" on 19.09., "131" on 20.09.) were
    drawn on top of each other and of their neighbours' dots and arrows. Left to right, a
    label that overlaps a mark or a label placed before moves up or down by the least
    distance that frees it and keeps it inside the frame and near its mark; the labels of
    one date's column keep their order (a higher value's label above a lower one's: swapped,
    "mindestens 140" stood beside the dot of 128). A label that finds no such place is left
    out (its mark stays). Returns how many were left out."""
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    renderer = canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    labels = [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is None]
    below: dict[int, Annotation] = {
        id(upper): lower for column in columns for lower, upper in pairwise(column)
    }
    marks = _mark_boxes(ax, renderer)
    placed: list[Bbox] = []
    kept: dict[int, Bbox] = {}
    thinned = 0
    for label in sorted(labels, key=lambda a: a.get_window_extent(renderer).x0):
        box = label.get_window_extent(renderer)
        taken = [*placed, *marks]
        lower = below.get(id(label))
        floor = kept[id(lower)].y1 if lower is not None and id(lower) in kept else -math.inf
        moves = [0.0]
        for b in taken:
            moves += [b.y0 - box.y1 - _GAP_PX, b.y1 - box.y0 + _GAP_PX]
        for dy in sorted((m for m in moves if abs(m) <= _MAX_SHIFT_PX), key=abs):
            moved = box.translated(0, dy)
            inside = frame.y0 <= moved.y0 and moved.y1 <= frame.y1 and moved.y0 >= floor
            if inside and not any(moved.overlaps(b) for b in taken):
                if dy:
                    _shift(label, ax, dy)
                kept[id(label)] = label.get_window_extent(renderer)
                placed.append(kept[id(label)])
                break
        else:
            label.remove()
            thinned += 1
    return thinned


def _mark_boxes(ax: Axes, renderer: RendererBase) -> list[Bbox]:
    """Where the claims and the legend are drawn, in display pixels: dots, bound bars,
    arrows, bands and the legend box."""
    boxes = [line.get_window_extent(renderer) for line in ax.lines]
    boxes += [
        a.arrow_patch.get_window_extent(renderer)
        for a in ax.texts
        if isinstance(a, Annotation) and a.arrow_patch is not None
    ]
    boxes += [c.get_window_extent(renderer) for c in ax.collections]
    legend = ax.get_legend()
    if legend is not None:  # a label under the legend box cannot be read
        boxes.append(legend.get_window_extent(renderer))
    return [b.expanded(1.0, 1.0) for b in boxes if b.width >= 0 and b.height >= 0]


def _shift(label: Annotation, ax: Axes, dy: float) -> None:
    """Move a label by dy display pixels, whatever coordinates its text position uses."""
    x, y = label.xyann
    if label.anncoords == "offset points":
        label.xyann = (x, y + dy * 72 / ax.figure.dpi)
        return
    dx_px, dy_px = ax.transData.transform((x, y))
    label.xyann = tuple(ax.transData.inverted().transform((dx_px, dy_px + dy)))


EARLIER_DAYS = 180  # background this long before a story's first report is another event


def _without_earlier_events(
    figures: Sequence[FigureRecord],
) -> tuple[list[FigureRecord], int]:
    """The figures to draw and how many were left out: background reports dated long before
    the story's first current report ("2014 starben 79 Menschen" on a 2025 flood) stretched
    the time axis over a decade and piled the story's labels on top of each other."""
    current = [d for f in figures if not is_background(f) and (d := figure_date(f)) is not None]
    if not current:
        return list(figures), 0
    first = min(current).toordinal()
    keep = [
        f
        for f in figures
        if not is_background(f)
        or (d := figure_date(f)) is None
        or first - d.toordinal() <= EARLIER_DAYS
    ]
    return keep, len(figures) - len(keep)


def render_chart(
    subject: str, figures: Sequence[FigureRecord], locale: str, undated: int = 0
) -> bytes:
    buf = io.BytesIO()
    build_chart(subject, figures, locale, undated).savefig(buf, format="png")
    return buf.getvalue()


_MONTHS = {
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip


def date_axis_formatter(span_days: float, locale: str) -> Callable[[float, object], str]:
    """Tick labels that fit the time span, in the reader's language and without the system
    locale: days ("15.11.2024") within a few months, months ("Mai 2006") within a few years,
    else years; "01.01.2000" on a decade-long axis said nothing."""
    months = _MONTHS.get(locale, _MONTHS["de"])

    def label(value: float, _pos: object) -> str:
        day = num2date(value)
        if span_days > 4 * 365:
            return str(day.year)
        if span_days > 120:
            return f"{months[day.month - 1]} {day.year}"
        return day.strftime(_DATE_FORMAT.get(locale, "%Y-%m-%d"))

    return label


def _label_group(
    ax: Axes, marks: list[tuple[float, float, str]], top: float, step: float
) -> list[Annotation]:
    """Label the claims of one date right of their marks, where a reader looks for a mark's
    label (placed towards the middle, the right half's labels sat left of their dots, nearer
    the previous report's dot: "131 laut Stern" read as the January value's label;
    `_labels_inside` moves the ones that cannot fit). A single claim gets its label beside
    and above its mark. Several claims get one column of labels beside the group, each at
    its claim's height but spread apart, so no label lies across another claim's mark or
    label (police, organisers and "Tausende" on one day). Returns the labels from the lowest
    value up."""
    xs = [x for x, _, _ in marks]
    if len(marks) == 1:
        x, value, label = marks[0]
        below = value > top * 0.85  # above a mark, except at the top of the frame
        one = ax.annotate(
            label,
            (x, value),
            textcoords="offset points",
            xytext=(_SIDE_PT, -24 if below else 6),
            ha="left",
            fontsize=7,
            annotation_clip=True,
            clip_on=True,
        )
        return [one]
    column = max(xs) + step * 0.6
    gap = top * 0.09  # two lines of 7-point text
    ys: list[float] = []
    for _, value, _ in sorted(marks, key=lambda m: m[1]):
        y = max(value, top * 0.03, ys[-1] + gap if ys else 0.0)
        ys.append(y)
    overflow = ys[-1] - top * 0.9
    if overflow > 0:
        ys = [max(y - overflow, top * 0.03) for y in ys]
    return [
        ax.annotate(
            label,
            (column, y),
            ha="left",
            va="bottom",
            fontsize=7,
            annotation_clip=True,
            clip_on=True,
        )
        for (_, _, label), y in zip(sorted(marks, key=lambda m: m[1]), ys, strict=True)
    ]


_SIDE_PT = 6  # points between a single mark and its label


def _labels_inside(
    fig: Figure, ax: Axes, columns: Sequence[list[Annotation]], lefts: Sequence[float]
) -> None:
    """Move a date's labels to the left of its marks when they do not fit on the right (the
    last reports of the time axis): inside the frame, and never beside the previous
    report's dot for a label that has room on its own side."""
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    renderer = canvas.get_renderer()
    right = ax.get_window_extent(renderer).x1
    for column, left in zip(columns, lefts, strict=True):
        if any(a.get_window_extent(renderer).x1 > right for a in column):
            for label in column:
                _to_left(label, left)


def _to_left(label: Annotation, left: float) -> None:
    """Put a label on the left of its mark, or of its date's marks at data x `left`."""
    _x, y = label.xyann
    label.set_horizontalalignment("right")
    label.xyann = (-_SIDE_PT, y) if label.anncoords == "offset points" else (left, y)


def _plain(text: str) -> str:
    """Article text as literal text: a "$" pair would otherwise start matplotlib mathtext."""
    return text.replace("$", r"\$")


def chart_note(undated: int, locale: str) -> str:
    """The line under the chart: how many reports it cannot place on the time axis."""
    return t(locale, "figures.chart_undated", reports=count(locale, "undated_reports", undated))


def _draw_claim(
    ax: object,
    d: float,
    value: float,
    value_max: float | None,
    qualifier: str,
    top: float,
    legend: str | None,
    width: float,
    color: str,
) -> None:
    """One claim as what it says: point, band or arrow."""
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    if qualifier in ("approx", "range"):
        iv = claim_interval(qualifier, value, value_max)
        ax.fill_between(
            [d - width, d + width],
            iv.low,
            iv.high,
            color=color,
            alpha=0.25,
            label=legend,
        )
        ax.plot([d - width, d + width], [value, value], color=color, linewidth=1)
        return
    if qualifier in _UP or qualifier == "at_most":
        length = top * _ARROW * (1 if qualifier in _UP else -1)
        end = max(value + length, 0.0)
        ax.annotate(
            "",
            xy=(d, end),
            xytext=(d, value),
            arrowprops={"arrowstyle": "-|>", "color": color, "linewidth": 1.5},
            annotation_clip=True,
        )
        # "mindestens" solid, "mehr als" dotted, "Tausende" dashed: the legend's entries differ
        # as the marks do (the two bounds looked alike)
        style = {"vague": "--", "more_than": ":"}.get(qualifier, "-")
        ax.plot(
            [d - width, d + width],
            [value, value],
            color=color,
            linewidth=2,
            linestyle=style,
            label=legend,
        )
        return
    ax.plot(
        [d],
        [value],
        marker="o",
        linestyle="none",
        color=color,
        markersize=7,
        label=legend,
        clip_on=False,  # a small value sits on the axis: a whole dot, not half of one
    )
