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

from bot.store.records import FigureRecord
from handlers.format import figure_date, figure_source, fmt_figure_value
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
    seen_qualifiers: set[str] = set()
    for f in figures:
        when = figure_date(f)
        if when is None:
            continue
        d = float(date2num(when))
        marker = _MARKERS.get(f.qualifier, "o")
        label = (
            t(locale, f"figure.legend.{f.qualifier}")
            if f.qualifier not in seen_qualifiers
            else None
        )
        seen_qualifiers.add(f.qualifier)
        if f.qualifier == "range" and f.value_max is not None:
            ax.vlines(d, f.value, f.value_max, colors="tab:blue", linewidth=2)
        ax.plot(
            [d],
            [f.value],
            marker=marker,
            linestyle="none",
            color="tab:blue",
            markersize=8,
            label=label,
        )
        ax.annotate(
            f"{fmt_figure_value(f, locale)}\n{figure_source(f, locale)}",
            (d, f.value),
            textcoords="offset points",
            xytext=(6, 6),
            fontsize=7,
        )
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(AutoDateFormatter(locator))
    ax.set_title(subject)
    ax.set_ylabel(t(locale, "figures.chart_ylabel"))
    ax.grid(True, alpha=0.3)
    ax.set_ylim(bottom=0)
    ax.margins(x=0.2, y=0.15)
    if seen_qualifiers:
        ax.legend(loc="upper left", fontsize=7)
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
