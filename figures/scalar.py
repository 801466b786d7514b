"""Charts of the scalar neuron: the affine line z = x·w + b and the activation curve a = g(z).

Each marks the current point in the colour of its quantity, so the point on the line (x, z)
and the point on the curve (z, a) read as one computation.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from figures.style import COLORS, figure, layout, look
from lesson.numbers import OUTPUT_DIGITS, fmt_derivative, fmt_text

POINT_ROOM = 0.06  # share of the z axis kept between the current point and the axis' end


def affine_line(
    x_grid: np.ndarray, z_grid: np.ndarray, x: float, z: float, *, title: str,
    present: bool = False,
) -> go.Figure:
    """The line z = x·w + b over `x_grid`, with the current (x, z) marked; `present` draws
    for a projector (thicker lines, bigger marker and type).

    x_grid, z_grid : ndarray of shape (n_points,)
    """
    sizes = look(present)
    line = {"type": "scatter", "x": x_grid, "y": z_grid, "mode": "lines", "name": "z = x·w + b",
            "line": {"color": COLORS["z"], "width": sizes.line},
            "hovertemplate": "x = %{x:.3g}<br>z = %{y:.4g}<extra></extra>"}
    # A little room past the grid's ends, so a point at the slider's end is not cut in half.
    pad = 0.04 * float(x_grid[-1] - x_grid[0])
    return figure(
        data=[line, _marker(x, z, COLORS["z"], f"(x, z) = ({fmt_text(x)}, {fmt_text(z)})",
                            sizes.marker)],
        layout=layout(
            title=title, present=present,
            xaxis={"title": {"text": "x"},
                   "range": [float(x_grid[0]) - pad, float(x_grid[-1]) + pad],
                   "zeroline": True, "zerolinecolor": COLORS["muted"]},
            yaxis={"title": {"text": "z = x·w + b"}, "zeroline": True,
                   "zerolinecolor": COLORS["muted"]},
        ),
    )


def activation_curve(
    z_grid: np.ndarray,
    a_grid: np.ndarray,
    z: float,
    a: float,
    *,
    title: str,
    derivative_grid: np.ndarray | None = None,
    derivative_at_z: float | None = None,
    derivative_name: str = "g'(z)",
    a_text: str | None = None,
    present: bool = False,
) -> go.Figure:
    """The curve a = g(z) over `z_grid` with the current (z, a) marked; optionally g'(z);
    `present` draws for a projector (thicker lines, bigger markers and type).

    z_grid, a_grid, derivative_grid : ndarray of shape (n_points,)
    a_text : how the page writes `a` (default: 8 significant digits).
    """
    sizes = look(present)
    traces = [{"type": "scatter", "x": z_grid, "y": a_grid, "mode": "lines", "name": "a = g(z)",
               "line": {"color": COLORS["a"], "width": sizes.line},
               "hovertemplate": "z = %{x:.4g}<br>a = %{y:.6g}<extra></extra>"}]
    if derivative_grid is not None:
        traces.append({"type": "scatter", "x": z_grid, "y": derivative_grid, "mode": "lines",
                       "name": derivative_name,
                       "line": {"color": COLORS["derivative"], "width": sizes.line - 1,
                                "dash": "dash"},
                       "hovertemplate": "z = %{x:.4g}<br>g'(z) = %{y:.6g}<extra></extra>"})
        if derivative_at_z is not None:
            traces.append(_marker(z, derivative_at_z, COLORS["derivative"],
                                  f"{derivative_name} = {fmt_derivative(derivative_at_z)}",
                                  sizes.marker, symbol="diamond"))
    a_text = a_text or fmt_text(a, OUTPUT_DIGITS)
    traces.append(_marker(z, a, COLORS["a"], f"(z, a) = ({fmt_text(z)}, {a_text})",
                          sizes.marker))
    z_line = {"type": "line", "x0": z, "x1": z, "xref": "x", "y0": 0, "y1": 1, "yref": "paper",
              "line": {"color": COLORS["z"], "width": sizes.guide, "dash": "dot"}}
    with_legend = derivative_grid is not None
    # The curve runs edge to edge; a point within `POINT_ROOM` of an end gets room past it,
    # so that it is drawn whole (a marker is ~16 px: a few percent of a narrow chart).
    low, high = float(z_grid[0]), float(z_grid[-1])
    room = POINT_ROOM * (high - low)
    low, high = min(low, float(z) - room), max(high, float(z) + room)
    return figure(
        data=traces,
        layout=layout(
            title=title, present=present,
            shapes=[z_line],
            xaxis={"title": {"text": "z"}, "range": [low, high]},
            yaxis={"title": {"text": "a = g(z)"}},
            showlegend=with_legend,
            legend={"orientation": "h", "y": -0.25, "x": 0} if with_legend else None,
        ),
    )


def _marker(x: float, y: float, color: str, label: str, size: int,
            symbol: str = "circle") -> dict:
    """The current point: a large marker with a white rim, its values on hover."""
    return {"type": "scatter", "x": [float(x)], "y": [float(y)], "mode": "markers",
            "name": label, "showlegend": False,
            "marker": {"color": color, "size": size, "symbol": symbol,
                       "line": {"color": "white", "width": 2}},
            "hovertemplate": f"{label}<extra></extra>"}
