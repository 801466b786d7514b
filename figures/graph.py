"""The computation graph of one neuron: x, w, b → affine → z → activation → a."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from figures.style import COLORS, figure, layout


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


_FONT_SIZE = 15
_PAD = 9  # px between a node's text and the edge of its box


def _lines(label: str) -> list[str]:
    """A value node shows its symbol over its value (``"a = 0.99999917"`` on two lines), so
    long numbers make the box taller, not wider, and the graph fits a narrow screen."""
    symbol, equals, value = label.partition(" = ")
    return [f"{symbol} =", value] if equals else [label]


def _half_size(label: str) -> tuple[float, float]:
    """About half the width and height, in px, of the box drawn around `label`.

    Bold digits and symbols at 15 px are ~0.5 em wide; too wide is safe (a shorter arrow).
    """
    lines = _lines(label)
    width = 0.5 * _FONT_SIZE * max(len(line) for line in lines) / 2 + _PAD + 2
    return width, 0.65 * _FONT_SIZE * len(lines) + _PAD + 2


def _arrow(start: str, end: str, text: GraphText) -> dict:
    """An arrow from node `start` to node `end`, its ends pulled back (in px) to the boxes'
    edges: box widths follow their text, so the heads stay visible at any chart width."""
    (x0, y0), (x1, y1) = _POSITIONS[start], _POSITIONS[end]
    (start_w, start_h), (end_w, end_h) = (_half_size(getattr(text, start)),
                                          _half_size(getattr(text, end)))
    from_above = y0 > y1  # w and b sit above the affine box: the arrow leaves and enters
    return {                # through the boxes' bottom and top edges (plus a margin)
        "x": x1, "y": y1, "ax": x0, "ay": y0,
        "standoff": end_h + 4 if from_above else end_w + 2,
        "startstandoff": start_h + 4 if from_above else start_w + 2,
        "xref": "x", "yref": "y", "axref": "x", "ayref": "y", "text": "",
        "showarrow": True, "arrowhead": 3, "arrowsize": 1.2, "arrowwidth": 1.6,
        "arrowcolor": COLORS["muted"],
    }


def _node(name: str, label: str) -> dict:
    """A node: its label in white on its quantity's colour."""
    x, y = _POSITIONS[name]
    return {
        "x": x, "y": y, "text": "<br>".join(f"<b>{line}</b>" for line in _lines(label)),
        "showarrow": False,
        "font": {"size": _FONT_SIZE, "color": "#ffffff"},
        "bgcolor": _NODE_COLOR[name], "bordercolor": _NODE_COLOR[name], "borderpad": _PAD,
    }


def neuron_graph(text: GraphText, *, height: int = 230) -> go.Figure:
    """Draw the graph with `text` on its nodes; arrows show the direction of the computation."""
    annotations = [_arrow(start, end, text) for start, end in _EDGES]
    annotations += [_node(name, getattr(text, name)) for name in _POSITIONS]
    return figure([], layout(
        height=height,
        annotations=annotations,
        xaxis={"visible": False, "range": [-0.9, 9.3], "fixedrange": True},
        yaxis={"visible": False, "range": [-0.7, 1.6], "fixedrange": True},
        dragmode=False,
    ))
