"""Heatmaps of the neuron's arrays (x, w, X, Z, A…): one builder for every page.

A diverging, colour-blind-safe scale centred at zero with symmetric limits, so a colour means
the same sign and size everywhere in one figure; the colour bar names the symbol and its
shape (``w ∈ ℝ^{5×1}``); numbers are printed on the cells while they fit (one
``texttemplate``, not a text array per cell); hovering always shows the value. Values are
sent as float32 to keep big heatmaps light.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from figures.style import DIVERGING, figure, layout

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
    pickers: bool = False,
) -> go.Figure:
    """A heatmap of `values`, row 0 at the top, as the matrix is written.

    values : ndarray of shape (n_rows, n_columns)
    symbol : how the array is named in the colour bar and on hover (``"w"``, ``"xᵀ"``).
    limit : the colour scale runs from −limit to +limit (default: the largest |value|).
    column_labels : labels of the columns (default: their 0-based index).
    max_text_columns : print numbers on cells only up to this many columns (narrow charts).
    max_text_rows : print numbers on cells only up to this many rows (short charts).
    pickers : add a row of clickable markers under the columns (Plotly cannot select heatmap
        cells, but it can select markers: a click on one picks its column).
    """
    values = np.asarray(values)
    if values.ndim != 2:
        raise ValueError(f"values must be 2-D (n_rows, n_columns); got shape {values.shape}")
    n_rows, n_columns = values.shape
    if limit is None:
        limit = float(np.max(np.abs(values))) if values.size else 1.0
    limit = limit if limit > 0 else 1.0
    narrow = n_columns <= NARROW_COLUMNS
    show_numbers = (numbers_fit(n_rows, n_columns) and n_columns <= max_text_columns
                    and n_rows <= max_text_rows)
    traces = [{
        "type": "heatmap",
        "z": values.astype(np.float32),
        "x": np.arange(n_columns, dtype=np.int16),
        "y": np.arange(n_rows, dtype=np.int16),
        "zmin": -limit, "zmax": limit, "zmid": 0.0,
        "colorscale": DIVERGING,
        # A narrow column (w, Z, A) has no room for a title on top: write it sideways.
        "colorbar": {"title": {"text": space_name(symbol, (n_rows, n_columns)),
                               "side": "right" if narrow else "top"},
                     "thickness": 10 if narrow else 12, "xpad": 4 if narrow else 10,
                     "len": 1.0, "outlinewidth": 0, "nticks": 3 if narrow else 5},
        "texttemplate": f"%{{z:.{digits}f}}" if show_numbers else None,
        "textfont": {"size": 13},
        "xgap": 1 if n_columns <= 64 else 0,
        "ygap": 1 if n_rows <= 64 else 0,
        "hovertemplate": f"{symbol}[%{{y}}, %{{x}}] = %{{z:.4g}}<extra></extra>",
        "name": symbol,
    }]
    yaxis = {"autorange": "reversed", "title": _title(row_title), "showgrid": False,
             "zeroline": False, "showticklabels": n_rows > 1, "tickmode": "auto",
             "nticks": min(n_rows, 12)}
    xaxis = {"title": _title(column_title), "showgrid": False, "zeroline": False,
             "showticklabels": n_columns > 1 or column_labels is not None, "side": "bottom",
             "tickmode": "auto", "nticks": min(n_columns, 16)}
    if column_labels is not None:
        xaxis |= {"tickmode": "array", "tickvals": list(range(n_columns)),
                  "ticktext": list(column_labels)}
    if pickers:
        traces.append({
            "type": "scatter", "x": np.arange(n_columns, dtype=np.int16),
            "y": np.full(n_columns, n_rows - 0.5 + 0.6, dtype=np.float32),
            "mode": "markers", "marker": {"symbol": "triangle-up",
                                          "size": 12 if n_columns <= 64 else 7,
                                          "color": "#8C8C8C"},
            "hovertemplate": "%{x}<extra></extra>", "showlegend": False, "cliponaxis": False})
        yaxis |= {"range": [n_rows - 0.5 + 1.1, -0.5], "autorange": False, "tickmode": "array",
                  "tickvals": list(range(0, n_rows, max(1, n_rows // 8)))}
    shapes = _outline(highlight, n_rows, n_columns) if highlight is not None else []
    extra = {}
    if narrow:
        # A narrow chart (w, Z, A) sits in a narrow page column. Plotly gives the colour bar
        # the margin it asks for only while the plot keeps `minreducedwidth` (64 px by
        # default); past that it squeezes the margin and clips the tick labels ("-0.") and
        # the sideways title. Reserve the colour bar's width up front, and let the cells
        # shrink further before the margin is cut.
        extra = {"margin": {"l": 10, "r": NARROW_RIGHT_MARGIN, "t": 40 if title else 10,
                            "b": 10},
                 "minreducedwidth": 40}
    return figure(data=traces, layout=layout(
        height=height, title=title, xaxis=xaxis, yaxis=yaxis, shapes=shapes, dragmode=False,
        **extra))


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
