"""Charts of the scalar neuron: the affine line z = w·x + b and the activation curve a = g(z).

Each marks the current point in the colour of its quantity, so the point on the line (x, z)
and the point on the curve (z, a) read as one computation.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from figures.style import COLORS, base_layout
from lesson.numbers import fmt, fmt_out


def affine_line(
    x_grid: np.ndarray, z_grid: np.ndarray, x: float, z: float, *, title: str
) -> go.Figure:
    """The line z = w·x + b over `x_grid`, with the current (x, z) marked.

    x_grid, z_grid : ndarray of shape (n_points,)
    """
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=x_grid, y=z_grid, mode="lines", name="z = w·x + b",
                             line={"color": COLORS["z"], "width": 3},
                             hovertemplate="x = %{x:.3g}<br>z = %{y:.4g}<extra></extra>"))
    _mark(fig, x, z, COLORS["z"], f"(x, z) = ({fmt(x)}, {fmt(z)})")
    fig.add_hline(y=0, line={"color": COLORS["muted"], "width": 1})
    fig.add_vline(x=0, line={"color": COLORS["muted"], "width": 1})
    fig.update_xaxes(title_text="x", range=[float(x_grid[0]), float(x_grid[-1])])
    fig.update_yaxes(title_text="z = w·x + b")
    return base_layout(fig, title=title)


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
) -> go.Figure:
    """The curve a = g(z) over `z_grid` with the current (z, a) marked; optionally g'(z).

    z_grid, a_grid, derivative_grid : ndarray of shape (n_points,)
    """
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=z_grid, y=a_grid, mode="lines", name="a = g(z)",
                             line={"color": COLORS["a"], "width": 3},
                             hovertemplate="z = %{x:.4g}<br>a = %{y:.6g}<extra></extra>"))
    if derivative_grid is not None:
        fig.add_trace(go.Scatter(x=z_grid, y=derivative_grid, mode="lines",
                                 name=derivative_name,
                                 line={"color": COLORS["derivative"], "width": 2, "dash": "dash"},
                                 hovertemplate="z = %{x:.4g}<br>g'(z) = %{y:.6g}<extra></extra>"))
        if derivative_at_z is not None:
            _mark(fig, z, derivative_at_z, COLORS["derivative"],
                  f"{derivative_name} = {fmt_out(derivative_at_z)}", symbol="diamond")
        fig.update_layout(showlegend=True)
    _mark(fig, z, a, COLORS["a"], f"(z, a) = ({fmt(z)}, {fmt_out(a)})")
    fig.add_vline(x=z, line={"color": COLORS["z"], "width": 1.5, "dash": "dot"})
    fig.update_xaxes(title_text="z", range=[float(z_grid[0]), float(z_grid[-1])])
    fig.update_yaxes(title_text="a = g(z)")
    base_layout(fig, title=title)
    if derivative_grid is not None:
        fig.update_layout(showlegend=True,
                          legend={"orientation": "h", "y": -0.25, "x": 0})
    return fig


def _mark(fig: go.Figure, x: float, y: float, color: str, label: str, symbol: str = "circle"):
    fig.add_trace(go.Scatter(x=[x], y=[y], mode="markers", name=label, showlegend=False,
                             marker={"color": color, "size": 14, "symbol": symbol,
                                     "line": {"color": "white", "width": 2}},
                             hovertemplate=f"{label}<extra></extra>"))

