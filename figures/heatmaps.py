"""Heatmaps of the neuron's arrays (x, w, X, Z, A…): one builder for every page.

A diverging, colour-blind-safe scale centred at zero with symmetric limits, so a colour means
the same sign and size everywhere in one figure (values of one sign, such as sigmoid outputs,
get a sequential scale over their range instead); the colour bar names the symbol and its
shape (``w ∈ ℝ^{5×1}``); numbers are printed on the cells while they fit (one
``texttemplate``, not a text array per cell); hovering always shows the value. Values are
sent as float32 to keep big heatmaps light.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from figures.style import DIVERGING, SEQUENTIAL, figure, layout

# Up to this many cells, each gets its own clickable marker (`pick`); beyond, each column.
MAX_PICK_CELLS = 4096
# Every index gets a tick label up to this many columns/rows (above it Plotly picks a few).
ALL_TICKS = 16
# Numbers are printed on cells only while the heatmap is at most this many cells wide/high.
MAX_TEXT_COLUMNS = 16
MAX_TEXT_ROWS = 32
# Heatmaps at most this many columns wide are drawn narrow; they keep this many pixels on the
# right for the colour bar (bar, tick labels like "−0.5", and the sideways title).
NARROW_COLUMNS = 2
NARROW_RIGHT_MARGIN = 64


@dataclass(frozen=True)
class Highlight:
    """Outline one column (`column`) or one row (`row`) of the heatmap."""

    column: int | None = None
    row: int | None = None


def numbers_fit(n_rows: int, n_columns: int) -> bool:
    """Whether cell numbers stay readable at this size."""
    return n_rows <= MAX_TEXT_ROWS and n_columns <= MAX_TEXT_COLUMNS


def space_name(symbol: str, shape: tuple[int, int]) -> str:
    """``w ∈ ℝ<sup>5×1</sup>``: the colour-bar title (Plotly's own superscript markup)."""
    return f"{symbol} ∈ ℝ<sup>{shape[0]}×{shape[1]}</sup>"


def heatmap(
    values: np.ndarray,
    symbol: str,
    *,
    limit: float | None = None,
    column_labels: list[str] | None = None,
    row_title: str | None = None,
    column_title: str | None = None,
    highlight: Highlight | None = None,
    height: int = 260,
    digits: int = 2,
    title: str | None = None,
    max_text_columns: int = MAX_TEXT_COLUMNS,
    max_text_rows: int = MAX_TEXT_ROWS,
    pick: bool = False,
    value_range: tuple[float, float] | None = None,
    present: bool = False,
) -> go.Figure:
    """A heatmap of `values`, row 0 at the top, as the matrix is written.

    values : ndarray of shape (n_rows, n_columns)
    symbol : how the array is named in the colour bar and on hover (``"w"``, ``"xᵀ"``).
    limit : the colour scale runs from −limit to +limit (default: the largest |value|).
    column_labels : labels of the columns (default: their 0-based index).
    max_text_columns : print numbers on cells only up to this many columns (narrow charts).
    max_text_rows : print numbers on cells only up to this many rows (short charts).
    pick : make every cell clickable: Plotly cannot select heatmap cells (and Streamlit
        reports clicks only on treemap-like charts), but it can select scatter markers, so an
        invisible marker sits on each cell; a click selects it, with the cell's column as its
        ``x`` and its row as its ``y``.
    value_range : (lo, hi) for values of a known sign (a sigmoid's 0…1): a sequential scale
        over that range instead of the diverging one centred at zero.
    present : draw for a projector (cell numbers 16 px, other type 20 px).
    """
    values = np.asarray(values)
    if values.ndim != 2:
        raise ValueError(f"values must be 2-D (n_rows, n_columns); got shape {values.shape}")
    n_rows, n_columns = values.shape
    if limit is None:
        limit = float(np.max(np.abs(values))) if values.size else 1.0
    limit = limit if limit > 0 else 1.0
    narrow = n_columns <= NARROW_COLUMNS
    # A narrow column (w, Z, A) has no room for a title on top, and over a one-row strip (xᵀ)
    # the bar is too short for one: write it sideways.
    sideways = narrow or n_rows == 1
    show_numbers = (numbers_fit(n_rows, n_columns) and n_columns <= max_text_columns
                    and n_rows <= max_text_rows)
    if value_range is None:
        scale = {"zmin": -limit, "zmax": limit, "zmid": 0.0, "colorscale": DIVERGING}
    else:
        scale = {"zmin": value_range[0], "zmax": value_range[1], "colorscale": SEQUENTIAL}
    traces = [{
        "type": "heatmap",
        "z": values.astype(np.float32),
        "x": np.arange(n_columns, dtype=np.int16),
        "y": np.arange(n_rows, dtype=np.int16),
        **scale,
        "colorbar": {"title": {"text": space_name(symbol, (n_rows, n_columns)),
                               "side": "right" if sideways else "top"},
                     "thickness": 10 if narrow else 12, "xpad": 4 if narrow else 10,
                     "len": 1.0, "outlinewidth": 0,
                     # (a projector's 20 px tick labels: five overlapped on a short bar)
                     "nticks": 3 if sideways or present else 5},
        # "~" drops trailing zeros, as `lesson.numbers.fmt` does in the text beside the chart.
        "texttemplate": f"%{{z:.{digits}~f}}" if show_numbers else None,
        "textfont": {"size": 16 if present else 13},
        "xgap": 1 if n_columns <= 64 else 0,
        "ygap": 1 if n_rows <= 64 else 0,
        "hovertemplate": f"{symbol}[%{{y}}, %{{x}}] = %{{z:.4g}}<extra></extra>",
        "name": symbol,
    }]
    # An axis without labels gets no tick marks either: a lone one read as a stray "-".
    y_labels, x_labels = n_rows > 1, n_columns > 1 or column_labels is not None
    yaxis = {"autorange": "reversed", "title": _title(row_title), "showgrid": False,
             "zeroline": False, "showticklabels": y_labels, **_ticks(n_rows, 12),
             "ticks": None if y_labels else ""}
    xaxis = {"title": _title(column_title), "showgrid": False, "zeroline": False,
             "showticklabels": x_labels, "side": "bottom", **_ticks(n_columns, 16),
             "ticks": None if x_labels else ""}
    if column_labels is not None:
        xaxis |= {"tickmode": "array", "tickvals": list(range(n_columns)),
                  "ticktext": list(column_labels)}
    if pick:
        traces[0]["hoverinfo"] = "skip"  # the markers say the same, and take the click
        traces.append(_pick_markers(values, symbol))
    shapes = _outline(highlight, n_rows, n_columns) if highlight is not None else None
    extra = {}
    if narrow:
        # A narrow chart (w, Z, A) sits in a narrow page column. Plotly gives the colour bar
        # the margin it asks for only while the plot keeps `minreducedwidth` (64 px by
        # default); past that it squeezes the margin and clips the tick labels ("-0.") and
        # the sideways title. Reserve the colour bar's width up front, and let the cells
        # shrink further before the margin is cut.
        extra = {"margin": {"l": 10, "r": NARROW_RIGHT_MARGIN + (16 if present else 0),
                            "t": (48 if present else 40) if title else 10, "b": 10},
                 "minreducedwidth": 40}
    if pick:
        extra["hoverdistance"] = -1  # any point of a cell is nearest to that cell's marker
    return figure(data=traces, layout=layout(
        height=height, title=title, xaxis=xaxis, yaxis=yaxis, shapes=shapes, dragmode=False,
        present=present, **extra))


def _ticks(count: int, most: int) -> dict:
    """Every index labelled while there are at most `ALL_TICKS`; else about `most` of them."""
    if count <= ALL_TICKS:
        return {"tickmode": "array", "tickvals": list(range(count))}
    return {"tickmode": "auto", "nticks": most}


def _pick_markers(values: np.ndarray, symbol: str) -> dict:
    """Invisible markers, one at the centre of each cell, that a click selects: its ``x`` is
    the column, its ``y`` the row. They carry the heatmap's hover text too (the heatmap's
    own hover would lose to them); past `MAX_PICK_CELLS` one marker per column is enough."""
    n_rows, n_columns = values.shape
    if values.size <= MAX_PICK_CELLS:
        columns, rows = np.meshgrid(np.arange(n_columns), np.arange(n_rows))
        hover = {"customdata": values.astype(np.float32).ravel(),
                 "hovertemplate": f"{symbol}[%{{y}}, %{{x}}] = %{{customdata:.4g}}<extra></extra>"}
    else:
        columns, rows = np.arange(n_columns), np.full(n_columns, (n_rows - 1) / 2)
        hover = {"hovertemplate": "%{x}<extra></extra>"}
    hidden = {"marker": {"opacity": 0}}
    return {"type": "scatter", "mode": "markers", "x": columns.ravel().astype(np.int16),
            "y": rows.ravel().astype(np.float32), "marker": {"size": 12, "opacity": 0},
            "selected": hidden, "unselected": hidden, "showlegend": False, "name": "pick",
            **hover}


def _title(text: str | None) -> dict | None:
    return {"text": text} if text else None


def _outline(highlight: Highlight, n_rows: int, n_columns: int) -> list[dict]:
    """A thick dark frame with a thin white one inside: visible on every cell colour."""
    if highlight.column is not None:
        j = highlight.column
        box = {"x0": j - 0.5, "x1": j + 0.5, "y0": -0.5, "y1": n_rows - 0.5}
    elif highlight.row is not None:
        i = highlight.row
        box = {"x0": -0.5, "x1": n_columns - 0.5, "y0": i - 0.5, "y1": i + 0.5}
    else:
        return []
    return [{"type": "rect", **box, "line": {"color": "#111111", "width": 5}},
            {"type": "rect", **box, "line": {"color": "#FFFFFF", "width": 2}}]
