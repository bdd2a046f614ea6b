"""PNG timeline of a subject's reported figures (called in a worker thread).

Uses matplotlib's object API with the Agg canvas, never pyplot: pyplot keeps global figure
state, which is neither thread-safe nor allowed here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateFormatter, AutoDateLocator, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from bot.store.records import FigureRecord
from handlers.format import figure_date, figure_source, fmt_figure_value, fmt_number
from handlers.i18n import t

# Marker per qualifier: the shape says how exact the number is.
_MARKERS = {
    "exact": "o",
    "approx": "D",
    "at_least": "^",
    "more_than": "^",
    "at_most": "v",
    "range": "s",
    "vague": "x",
}


def render_chart(subject: str, figures: Sequence[FigureRecord], locale: str) -> bytes:
    fig = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    # One point per (date, value, qualifier): several sources of the same claim share a label,
    # and labels of claims on the same date are stacked instead of printed over each other.
    points: dict[tuple[float, float, str, float | None], list[str]] = {}
    for f in figures:
        when = figure_date(f)
        if when is None:
            continue
        key = (float(date2num(when)), f.value, f.qualifier, f.value_max)
        sources = points.setdefault(key, [fmt_figure_value(f, locale)])
        source = figure_source(f, locale)
        if source not in sources:
            sources.append(source)
    seen_qualifiers: set[str] = set()
    stacked: dict[float, int] = {}
    for (d, value, qualifier, value_max), texts in sorted(
        points.items(), key=lambda kv: (kv[0][0], -kv[0][1])
    ):
        label = (
            t(locale, f"figure.legend.{qualifier}") if qualifier not in seen_qualifiers else None
        )
        seen_qualifiers.add(qualifier)
        if qualifier == "range" and value_max is not None:
            ax.vlines(d, value, value_max, colors="tab:blue", linewidth=2)
        ax.plot(
            [d],
            [value],
            marker=_MARKERS.get(qualifier, "o"),
            linestyle="none",
            color="tab:blue",
            markersize=8,
            label=label,
        )
        row = stacked.get(d, 0)
        stacked[d] = row + 1
        ax.annotate(
            f"{texts[0]}\n{'; '.join(texts[1:])}",
            (d, value),
            textcoords="offset points",
            xytext=(6, 6 if row % 2 == 0 else -22),
            fontsize=7,
        )
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(AutoDateFormatter(locator))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v, locale)))
    ax.set_title(subject)
    ax.set_ylabel(t(locale, "figures.chart_ylabel"))
    ax.grid(True, alpha=0.3)
    ax.set_ylim(bottom=0)
    ax.margins(x=0.25, y=0.2)
    if seen_qualifiers:
        ax.legend(loc="upper left", fontsize=7)
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
