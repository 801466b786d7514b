"""Colours and layout shared by every figure.

One colour per quantity, the same on every page (Okabe–Ito, safe for colour-blind readers):
inputs `x` blue, weights `w` orange, bias `b` purple, pre-activation `z` green, output `a`
vermillion. Heatmaps use a diverging scale centred at zero.
"""

from __future__ import annotations

import plotly.graph_objects as go

COLORS = {
    "x": "#0072B2",
    "w": "#E69F00",
    "b": "#CC79A7",
    "z": "#009E73",
    "a": "#D55E00",
    "derivative": "#56B4E9",
    "muted": "#8C8C8C",
}

# Diverging and colour-blind safe; zero is white-ish in the middle.
DIVERGING = "RdBu_r"


def layout(*, height: int = 320, title: str | None = None, **extra: object) -> dict:
    """The shared layout as a plain dict; `extra` adds or overrides keys.

    Figures are built in one `go.Figure(data=..., layout=...)` call from plain dicts: Plotly
    validates the whole figure once, which is far cheaper than many ``add_*``/``update_*``
    calls (each of those validates again), and keeps a slider rerun fast.
    """
    return {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
        "title": {"text": title} if title else None,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,
        **extra,
    }


def base_layout(fig: go.Figure, *, height: int = 320, title: str | None = None) -> go.Figure:
    """Margins, font and transparent background; Streamlit's theme fills in the rest."""
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
        title={"text": title} if title else None,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        showlegend=False,
    )
    return fig
