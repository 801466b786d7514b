"""The computation graph of one neuron: x, w, b → affine → z → activation → a."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from figures.style import COLORS, base_layout


@dataclass(frozen=True)
class GraphText:
    """The text on each node: a symbol alone (home page) or a symbol with its value."""

    x: str = "x"
    w: str = "w"
    b: str = "b"
    affine: str = "x·w + b"
    z: str = "z"
    activation: str = "g(z)"
    a: str = "a"


# (column, row) of each node; operations are boxes, values are circles.
_POSITIONS = {
    "x": (0.0, 0.0),
    "w": (1.3, 1.0),
    "b": (2.9, 1.0),
    "affine": (2.1, 0.0),
    "z": (4.2, 0.0),
    "activation": (6.2, 0.0),
    "a": (8.2, 0.0),
}
_EDGES = [("x", "affine"), ("w", "affine"), ("b", "affine"), ("affine", "z"),
          ("z", "activation"), ("activation", "a")]
_OPERATIONS = {"affine", "activation"}
_NODE_COLOR = {"x": COLORS["x"], "w": COLORS["w"], "b": COLORS["b"], "z": COLORS["z"],
               "a": COLORS["a"], "affine": COLORS["muted"], "activation": COLORS["muted"]}


def neuron_graph(text: GraphText, *, height: int = 230) -> go.Figure:
    """Draw the graph with `text` on its nodes; arrows show the direction of the computation."""
    fig = go.Figure()
    for start, end in _EDGES:
        (x0, y0), (x1, y1) = _POSITIONS[start], _POSITIONS[end]
        fig.add_annotation(
            x=x1 - 0.55 * (x1 - x0) / max(abs(x1 - x0) + abs(y1 - y0), 1e-9) * 1.0,
            y=y1 + (0.32 if y0 > y1 else 0.0),
            ax=x0, ay=y0 - (0.25 if y0 > y1 else 0.0),
            xref="x", yref="y", axref="x", ayref="y",
            showarrow=True, arrowhead=3, arrowsize=1.2, arrowwidth=1.6,
            arrowcolor=COLORS["muted"], text="",
        )
    for name, (px, py) in _POSITIONS.items():
        label = getattr(text, name)
        is_op = name in _OPERATIONS
        fig.add_annotation(
            x=px, y=py, text=f"<b>{label}</b>", showarrow=False,
            font={"size": 15, "color": "#ffffff"},
            bgcolor=_NODE_COLOR[name], bordercolor=_NODE_COLOR[name],
            borderpad=8 if is_op else 10, borderwidth=1,
        )
    fig.update_xaxes(visible=False, range=[-0.9, 9.1], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-0.6, 1.5], fixedrange=True)
    base_layout(fig, height=height)
    fig.update_layout(dragmode=False)
    return fig
