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
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, DateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from bot.nlp.figure_intervals import claim_interval
from bot.store.records import FigureRecord
from handlers.format import figure_date, figure_source, figure_value, fmt_number, is_background
from handlers.i18n import count, t

_DATE_FORMAT = {"de": "%d.%m.%Y", "en": "%Y-%m-%d"}
_UP = ("at_least", "more_than", "vague")
_ARROW = 0.25  # an open claim's arrow: a quarter of the axis height
_BAND_DAYS = 1.2  # days either side of a band, at least; wider on a long time axis


def render_chart(
    subject: str, figures: Sequence[FigureRecord], locale: str, undated: int = 0
) -> bytes:
    fig = Figure(figsize=(8, 4.8), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
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
    pad = max(3.0, span * 0.08)  # marks and labels stay inside the frame
    x_low, x_high = min(xs) - pad, max(xs) + pad
    width = max(_BAND_DAYS, span * 0.012)
    seen: set[str] = set()
    stacked: dict[float, int] = {}
    for (d, value, qualifier, value_max), labels in sorted(
        points.items(), key=lambda kv: (kv[0][0], -kv[0][1])
    ):
        kind = "background" if d in background else qualifier
        legend = t(locale, f"figure.legend.{kind}") if kind not in seen else None
        seen.add(kind)
        color = "tab:gray" if d in background else "tab:blue"
        _draw_claim(ax, d, value, value_max, qualifier, top, legend, width, color)
        row = stacked.get(d, 0)
        stacked[d] = row + 1
        right_half = d > (x_low + x_high) / 2
        ax.annotate(
            _plain(f"{labels[0]}\n{'; '.join(labels[1:])}"),
            (d, value),
            textcoords="offset points",
            xytext=(-6 if right_half else 6, 6 if row % 2 == 0 else -24),
            ha="right" if right_half else "left",
            fontsize=7,
            annotation_clip=True,
            clip_on=True,
        )
    ax.set_xlim(x_low, x_high)
    ax.set_ylim(0, top)
    locator = AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DateFormatter(_DATE_FORMAT.get(locale, "%Y-%m-%d")))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v, locale)))
    ax.set_title(_plain(subject))
    ax.set_ylabel(t(locale, "figures.chart_ylabel"))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize=7)
    fig.autofmt_xdate()
    if undated:
        fig.text(0.01, 0.01, chart_note(undated, locale), fontsize=8, color="dimgray")
    fig.tight_layout(rect=(0, 0.04 if undated else 0, 1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


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
        style = "--" if qualifier == "vague" else "-"
        ax.plot(
            [d - width, d + width],
            [value, value],
            color=color,
            linewidth=2,
            linestyle=style,
            label=legend,
        )
        return
    ax.plot([d], [value], marker="o", linestyle="none", color=color, markersize=7, label=legend)
