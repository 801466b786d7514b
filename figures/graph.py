"""The computation graph of one neuron: x, w, b → affine → z → activation → a."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from figures.style import COLORS, layout


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


# (column, row) of each node; operations are grey boxes, quantities have their own colour.
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
_NODE_COLOR = {"x": COLORS["x"], "w": COLORS["w"], "b": COLORS["b"], "z": COLORS["z"],
               "a": COLORS["a"], "affine": COLORS["muted"], "activation": COLORS["muted"]}


def _arrow(start: str, end: str) -> dict:
    """An arrow from node `start` to the edge of node `end`."""
    (x0, y0), (x1, y1) = _POSITIONS[start], _POSITIONS[end]
    from_above = y0 > y1
    return {
        "x": x1 - (0.18 * (x1 - x0) if from_above else 0.55), "y": y1 + (0.32 if from_above else 0),
        "ax": x0, "ay": y0 - (0.25 if from_above else 0),
        "xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": "",
        "showarrow": True, "arrowhead": 3, "arrowsize": 1.2, "arrowwidth": 1.6,
        "arrowcolor": COLORS["muted"],
    }


def _node(name: str, label: str) -> dict:
    """A node: its label in white on its quantity's colour."""
    x, y = _POSITIONS[name]
    return {
        "x": x, "y": y, "text": f"<b>{label}</b>", "showarrow": False,
        "font": {"size": 15, "color": "#ffffff"},
        "bgcolor": _NODE_COLOR[name], "bordercolor": _NODE_COLOR[name], "borderpad": 9,
    }


def neuron_graph(text: GraphText, *, height: int = 230) -> go.Figure:
    """Draw the graph with `text` on its nodes; arrows show the direction of the computation."""
    annotations = [_arrow(start, end) for start, end in _EDGES]
    annotations += [_node(name, getattr(text, name)) for name in _POSITIONS]
    return go.Figure(layout=layout(
        height=height,
        annotations=annotations,
        xaxis={"visible": False, "range": [-0.9, 9.1], "fixedrange": True},
        yaxis={"visible": False, "range": [-0.6, 1.5], "fixedrange": True},
        dragmode=False,
    ))
