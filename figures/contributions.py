"""The dot product unfolded: each ``x_j·w_j`` as a step, then ``+ b``, ending at ``z``.

A waterfall: every step starts where the previous one ended, so the bars add up to `z` before
the reader's eyes. Steps up and down differ by direction and by colour (colour is never the
only cue).
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from figures.style import COLORS, figure, layout, look

UP = "#B2182B"  # the red end of the diverging scale: pushes z up
DOWN = "#2166AC"  # the blue end: pushes z down
MAX_TEXT_STEPS = 8  # numbers on the bars while there are at most this many features


def contribution_waterfall(
    contributions: np.ndarray, b: float, z: float, *, labels: list[str], b_label: str,
    z_label: str, title: str | None = None, height: int = 300, present: bool = False,
) -> go.Figure:
    """Steps ``x_j·w_j`` (one per feature), then `b`, then the total bar `z`.

    contributions : ndarray of shape (n_features,), the neuron's ``Trace.contributions``
    b, z : the neuron's bias and pre-activation (the last bar is drawn at `z`)
    labels : one label per feature (e.g. ``"x₀·w₀"``)
    present : draw for a projector (thicker lines, bigger type)
    """
    sizes = look(present)
    steps = [float(c) for c in np.asarray(contributions, dtype=float)] + [float(b)]
    n = len(steps)
    measure = ["relative"] * n + ["total"]
    text = None
    if len(contributions) <= MAX_TEXT_STEPS:
        text = [f"{v:+.3g}" for v in steps] + [f"{float(z):.4g}"]
    waterfall = {
        "type": "waterfall",
        "x": [*labels, b_label, z_label],
        "y": [*steps, float(z)],
        "measure": measure,
        "text": text,
        "textposition": "outside",
        "increasing": {"marker": {"color": UP}},
        "decreasing": {"marker": {"color": DOWN}},
        "totals": {"marker": {"color": COLORS["z"]}},
        "connector": {"line": {"color": COLORS["muted"], "width": sizes.guide,
                               "dash": "dot"}},
        "hovertemplate": "%{x}: %{y:.4g}<extra></extra>",
    }
    zero = {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 0, "y1": 0,
            "line": {"color": COLORS["muted"], "width": sizes.guide}}
    return figure(data=[waterfall], layout=layout(
        height=height, title=title, shapes=[zero], dragmode=False, present=present,
        yaxis={"title": {"text": "z"}, "zeroline": False},
        xaxis={"tickangle": 0 if n <= 12 else -60},
    ))
