"""The neuron learning to separate two classes, animated over the training steps.

Two features (x₁, x₂): the samples as points (class 0 blue circles, class 1 vermillion
diamonds: colour and shape), the neuron's output ``a`` as a background map, the decision line
where ``a`` crosses `THRESHOLD` (for the sigmoid ``w₁x₁ + w₂x₂ + b = 0``) and rings around the
mini-batch of the step shown. One feature: the points at y = 0 and y = 1, the curve
``a = g(x·w + b)`` over them and the threshold x where ``a = THRESHOLD``.

Step ``k`` shows the parameters *before* step k's update and step k's batch (the batch about to
be used); step ``n_steps`` shows the final parameters and no batch. Each frame sends only what
moves (the map or curve, the line, the rings); the points are sent once. Frames are sampled
(`frame_steps`) so that the figure stays under ~1.5 MB at the largest settings.

Colour of the map: a sequential scale over a = 0 … 1 (pale to the colour of ``a``) for every
activation; outputs beyond (tanh below 0, identity and ReLU above 1) take the end colours, so
the map always reads "how close to class 0 or class 1".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import plotly.graph_objects as go

from figures.animation import CONTROLS_HEIGHT, play_controls, sample_steps, trace_indices
from figures.style import COLORS, NORMAL, figure, layout, look
from neuron.activations import get_activation

THRESHOLD = 0.5  # a sample counts as class 1 when a >= THRESHOLD (as neuron.train counts)
CLASS_COLORS = (COLORS["x"], COLORS["a"])  # Okabe–Ito blue and vermillion
CLASS_SYMBOLS = ("circle", "diamond")
# A see-through tint of a's vermillion over the page, light or dark: an opaque pale map
# glared on the dark page. Faint, so that the points read over it.
MAP_SCALE = [[0.0, "rgba(213, 94, 0, 0.0)"], [0.5, "rgba(213, 94, 0, 0.14)"],
             [1.0, "rgba(213, 94, 0, 0.32)"]]
# The decision line is where z = x·w + b reaches its threshold: z's colour. It always runs
# through the map's middle colour, and reads on the dark page too (the legend is there).
LINE_COLOR = COLORS["z"]
# The batch: a see-through ring around each of its points, its rim reddish purple (3:1 on
# the light page and on the dark one), so the legend's ring looks like the plot's rings.
RING_FILL, RING_RIM = "rgba(0, 0, 0, 0)", "#CC79A7"
GRID = 30  # map cells per side (smoothed in the browser)
# The map sends a as one byte per cell (a·250, rounded): a quarter of float32's bytes. Not
# 255: the JSON escapes every "/" as 6 characters, and base64 writes bytes 0xFF as "////"
# (a saturated map is all 0xFF), while 0xFA comes out as "+vr6". Float32 values near 1 are
# full of "/" too. The map has no hover (it would show the byte); its colour is the point.
MAP_LEVELS = 250
CURVE_POINTS = 121  # points of a(x) on the 1-D curve
MAX_FRAMES = 100
# What a moving trace shows when it has nothing to show: a point that is not drawn. An empty
# trace would also drop out of the legend, which then reflows while the animation plays.
NOWHERE = [None]
RING_BUDGET = 50_000  # ringed points over all frames (~10.7 bytes each in the JSON)
PAD = 0.08  # share of the data's span added on each side of the view
JITTER = 0.04  # 1-D: points are spread up to this far above and below their label
CONTROLS_GAP = 62  # px from the plot's bottom to the Play button: tick labels, axis title
TRACES_2D = ("map", "line", "class0", "class1", "ring")
MOVING_2D = ("map", "line", "ring")
TRACES_1D = ("threshold", "class0", "class1", "curve", "ring")
MOVING_1D = ("threshold", "curve", "ring")


class HistoryLike(Protocol):
    """What the figure reads of `neuron.History`."""

    w: np.ndarray  # (n_steps + 1, n_features)
    b: np.ndarray  # (n_steps + 1,)
    batches: list[np.ndarray]  # n_steps index arrays into the columns of X

    @property
    def n_steps(self) -> int: ...


@dataclass(frozen=True)
class BoundaryText:
    """Every reader-visible string of the figure, already translated."""

    x1: str  # axis title, e.g. "x₁" (1-D: "x")
    x2: str  # axis title, e.g. "x₂" (1-D: the vertical axis, e.g. "y, a")
    class0: str  # legend, e.g. "class 0 (y = 0)"
    class1: str
    batch: str  # legend of the rings, e.g. "this step's batch"
    line: str  # legend of the decision line (1-D: of the threshold)
    curve: str  # 1-D legend of the curve, e.g. "a = σ(x·w + b)"
    output: str  # name of the map's value in hovers and its colour bar, e.g. "a"
    frame_titles: tuple[str, ...]  # one per frame step
    play: str
    pause: str
    slider_prefix: str
    # Legend of the line while it lies outside the view, e.g. "decision line: outside the
    # view"; empty: the legend keeps `line` at every step.
    line_off: str = ""


def decision_z(activation: str) -> float:
    """The z at which ``a = g(z)`` reaches `THRESHOLD` (0 for the sigmoid, atanh(0.5) for tanh,
    0.5 for identity and the ReLUs): the decision line is ``x·w + b = decision_z``."""
    g = get_activation(activation).fn
    low, high = -60.0, 60.0
    for _ in range(200):  # bisection: every activation here is non-decreasing
        mid = (low + high) / 2
        low, high = (mid, high) if float(g(np.float64(mid))) < THRESHOLD else (low, mid)
    z = (low + high) / 2
    return 0.0 if abs(z) < 1e-12 else z


def frame_steps(history: HistoryLike, step: int, n_samples: int) -> list[int]:
    """The steps to send as frames: every step if few, else up to `MAX_FRAMES` evenly spaced
    ones (with the first, the last and `step`), fewer for large batches so that their rings
    stay within `RING_BUDGET` points."""
    # An epoch's first batch is a full one (only the last can be shorter): the largest.
    batch = len(history.batches[0]) if history.batches else 0
    limit = MAX_FRAMES
    if 0 < batch < n_samples:
        limit = max(3, min(MAX_FRAMES, RING_BUDGET // batch))
    return sample_steps(history.n_steps, step, limit)


def boundary_figure(X: np.ndarray, y: np.ndarray, history: HistoryLike, *, step: int,
                    frame_steps: list[int], text: BoundaryText, activation: str,
                    frame_ms: int = 200, height: int = 620, present: bool = False
                    ) -> go.Figure:
    """The animated decision boundary (2 features) or output curve (1 feature).

    X : ndarray of shape (n_features, n_samples), n_features 1 or 2
    y : ndarray of shape (n_samples, 1), labels 0. or 1.
    history : the training run (`neuron.History`)
    step : the step shown first (0 … history.n_steps); must be one of `frame_steps`
    frame_steps : the steps sent as frames, increasing (see `frame_steps`)
    activation : name of the neuron's activation (in `neuron.ACTIVATIONS`)
    present : draw for a projector (thicker lines, bigger points and type)
    """
    if step not in frame_steps:
        raise ValueError(f"Expected step={step} among the frame steps {frame_steps[:5]}….")
    if len(text.frame_titles) != len(frame_steps):
        raise ValueError(f"Expected one title per frame ({len(frame_steps)}), "
                         f"got {len(text.frame_titles)}.")
    labels = np.asarray(y).reshape(-1)
    scene = _Scene2D if X.shape[0] == 2 else _Scene1D
    return scene(np.asarray(X, dtype=float), labels, history, activation, present).figure(
        step, list(frame_steps), text, frame_ms, height)


def _span(values: np.ndarray) -> tuple[float, float]:
    low, high = float(values.min()), float(values.max())
    pad = PAD * (high - low) if high > low else 1.0
    return low - pad, high + pad


def _f32(values) -> np.ndarray:
    return np.asarray(values, dtype=np.float32)


def clip_line(w1: float, w2: float, c: float, box: tuple[float, float, float, float]
              ) -> tuple[list[float], list[float]]:
    """The segment of the line ``w1·x1 + w2·x2 = c`` inside ``box = (x1_lo, x1_hi, x2_lo,
    x2_hi)``: its two end points as ([x1, x1'], [x2, x2']), or two empty lists if the line
    misses the box or does not exist (w1 = w2 = 0)."""
    x1_lo, x1_hi, x2_lo, x2_hi = box
    points = []
    with np.errstate(all="ignore"):  # a weight near 0 gives inf: filtered just below
        if w2 != 0:
            points += [(x1, (c - w1 * x1) / w2) for x1 in (x1_lo, x1_hi)]
        if w1 != 0:
            points += [((c - w2 * x2) / w1, x2) for x2 in (x2_lo, x2_hi)]
    tol1, tol2 = 1e-9 * (x1_hi - x1_lo), 1e-9 * (x2_hi - x2_lo)
    inside = [(float(p), float(q)) for p, q in points
              if np.isfinite(p) and np.isfinite(q) and x1_lo - tol1 <= p <= x1_hi + tol1
              and x2_lo - tol2 <= q <= x2_hi + tol2]
    if len(inside) < 2:
        return [], []
    first, second = max(((a, b) for a in inside for b in inside),
                        key=lambda pair: (pair[0][0] - pair[1][0]) ** 2
                        + (pair[0][1] - pair[1][1]) ** 2)
    return [first[0], second[0]], [first[1], second[1]]


class _Scene:
    """What both variants share: the points, the rings, the frames and the controls."""

    TRACES: tuple[str, ...]
    MOVING: tuple[str, ...]

    def __init__(self, X, labels, history, activation, present):
        self.X, self.labels, self.history = X, labels, history
        self.present = present
        self.scale = look(present).line / NORMAL.line  # line widths and marker sizes
        self.g = get_activation(activation).fn
        self.z_line = decision_z(activation)

    def batch(self, k: int) -> np.ndarray:
        """Step k's batch (none after the last step, or when every step takes all samples)."""
        if k >= self.history.n_steps or len(self.history.batches[k]) == self.X.shape[1]:
            return np.zeros(0, dtype=int)
        return np.asarray(self.history.batches[k])

    def params(self, k: int) -> tuple[np.ndarray, float]:
        return np.asarray(self.history.w[k], dtype=float), float(self.history.b[k])

    def points(self, cls: int, ys: np.ndarray, text: BoundaryText) -> dict:
        chosen = self.labels == cls
        name = (text.class0, text.class1)[cls]
        many = self.X.shape[1] > 500
        return {"type": "scatter", "mode": "markers", "name": name,
                "x": _f32(self.X[0, chosen]), "y": _f32(ys[chosen]),
                "marker": {"color": CLASS_COLORS[cls], "symbol": CLASS_SYMBOLS[cls],
                           "size": (6 if many else 9) * self.scale,
                           "opacity": 0.75 if many else 0.95,
                           "line": {"color": "#FFFFFF", "width": 0.5 if many else 1}},
                "hovertemplate": f"{name}<br>{text.x1} = %{{x:.3g}}"
                                 + (f", {text.x2} = %{{y:.3g}}" if self.X.shape[0] == 2 else "")
                                 + "<extra></extra>"}

    def ring(self, k: int, ys: np.ndarray) -> dict:
        chosen = self.batch(k)
        if not len(chosen):
            return {"type": "scatter", "x": NOWHERE, "y": NOWHERE}
        return {"type": "scatter", "x": _f32(self.X[0, chosen]), "y": _f32(ys[chosen])}

    def ring_trace(self, text: BoundaryText) -> dict:
        n = self.X.shape[1]
        rings = any(0 < len(batch) < n for batch in self.history.batches)
        return {"type": "scatter", "mode": "markers", "name": text.batch, "showlegend": rings,
                "marker": {"symbol": "circle", "size": 17 * self.scale, "color": RING_FILL,
                           "line": {"width": 2 * self.scale, "color": RING_RIM}},
                "hoverinfo": "skip"}

    def line_name(self, shown: bool) -> dict:
        """The line's legend entry for one step: `line_off` while it is out of view."""
        if not self.text.line_off:
            return {}
        return {"name": self.text.line if shown else self.text.line_off}

    def frame_data(self, k: int) -> list[dict]:
        values = self.moving(k)  # each with its "type", as validation would add
        return [values[name] for name in self.MOVING]

    def figure(self, step, steps, text, frame_ms, height) -> go.Figure:
        self.text = text
        traces = self.base(text)
        for name, values in self.moving(step).items():
            traces[name] = traces[name] | values
        moving = trace_indices(self.TRACES, self.MOVING)
        frames = [{"name": str(k), "traces": moving, "data": self.frame_data(k),
                   "layout": {"title": {"text": title}}}
                  for k, title in zip(steps, text.frame_titles, strict=True)]
        font = look(self.present).font
        # Room above the plot for the title and a legend of one row (wide) to four (390 px).
        top, bottom = (160 if font else 100), CONTROLS_HEIGHT + (30 if font else 0)
        gap = CONTROLS_GAP * (1.3 if font else 1)  # taller tick labels and axis title
        fig_layout = layout(
            height=height, present=self.present, title=text.frame_titles[steps.index(step)],
            **self.axes(text),
            showlegend=True, dragmode=False, hovermode="closest",
            legend={"orientation": "h", "x": 0.0, "y": 1.0, "yanchor": "bottom",
                    "xanchor": "left", "font": {"size": font or 13}, "itemclick": False,
                    "itemdoubleclick": False},
            **play_controls([str(k) for k in steps], frame_ms=frame_ms,
                            active=steps.index(step), text_play=text.play,
                            text_pause=text.pause, prefix=text.slider_prefix,
                            top=-gap / (height - top - bottom), font=font))
        fig_layout["title"] |= {"font": {"size": (font or 13) + 2}, "y": 0.99,
                                "yanchor": "top", "x": 0.0, "xanchor": "left", "xref": "paper"}
        fig_layout["margin"] = {"l": 10, "r": 10, "t": top, "b": bottom}
        return figure([traces[name] for name in self.TRACES], fig_layout, frames)


class _Scene2D(_Scene):
    TRACES, MOVING = TRACES_2D, MOVING_2D

    def __init__(self, X, labels, history, activation, present):
        super().__init__(X, labels, history, activation, present)
        self.box = (*_span(X[0]), *_span(X[1]))
        self.g1 = np.linspace(self.box[0], self.box[1], GRID)
        self.g2 = np.linspace(self.box[2], self.box[3], GRID)

    def moving(self, k: int) -> dict[str, dict]:
        w, b = self.params(k)
        with np.errstate(all="ignore"):  # a huge w saturates a; inf - inf gives NaN: a = ½
            a = self.g(w[0] * self.g1[None, :] + w[1] * self.g2[:, None] + b)
        a = np.where(np.isnan(a), THRESHOLD, a)
        xs, ys = clip_line(w[0], w[1], self.z_line - b, self.box)
        level = np.rint(np.clip(a, 0.0, 1.0) * MAP_LEVELS).astype(np.uint8)
        return {"map": {"type": "heatmap", "z": level},
                "line": {"type": "scatter", "x": xs or NOWHERE, "y": ys or NOWHERE,
                         **self.line_name(bool(xs))},
                "ring": self.ring(k, self.X[1])}

    def base(self, text: BoundaryText) -> dict[str, dict]:
        return {
            "map": {"type": "heatmap", "x": _f32(self.g1), "y": _f32(self.g2),
                    "zmin": 0, "zmax": MAP_LEVELS, "colorscale": MAP_SCALE, "zsmooth": "best",
                    "name": text.output, "showscale": False, "hoverinfo": "skip"},
            "line": {"type": "scatter", "mode": "lines", "name": text.line,
                     "line": {"color": LINE_COLOR, "width": 3.5 * self.scale},
                     "hoverinfo": "skip"},
            "class0": self.points(0, self.X[1], text),
            "class1": self.points(1, self.X[1], text),
            "ring": self.ring_trace(text),
        }

    def axes(self, text: BoundaryText) -> dict:
        x1_lo, x1_hi, x2_lo, x2_hi = self.box
        # No fixed aspect ratio: on a wide screen a square plot left most of the width empty.
        common = {"showgrid": False, "zeroline": False}
        return {"xaxis": {**common, "range": [x1_lo, x1_hi], "title": {"text": text.x1}},
                "yaxis": {**common, "range": [x2_lo, x2_hi], "title": {"text": text.x2}}}


class _Scene1D(_Scene):
    TRACES, MOVING = TRACES_1D, MOVING_1D

    def __init__(self, X, labels, history, activation, present):
        super().__init__(X, labels, history, activation, present)
        self.x_lo, self.x_hi = _span(X[0])
        self.grid = np.linspace(self.x_lo, self.x_hi, CURVE_POINTS)
        # Spread a little, so that samples on top of each other still show (hover: the label).
        spread = np.random.default_rng(0).uniform(-JITTER, JITTER, labels.shape)
        self.ys = labels.astype(float) + spread

    def curve(self, k: int) -> np.ndarray:
        w, b = self.params(k)
        with np.errstate(all="ignore"):
            return self.g(w[0] * self.grid + b)

    def moving(self, k: int) -> dict[str, dict]:
        w, b = self.params(k)
        with np.errstate(all="ignore"):  # w near 0: the threshold is far away (or nowhere)
            x_star = float((self.z_line - b) / w[0]) if w[0] != 0 else np.inf
        inside = bool(np.isfinite(x_star) and self.x_lo <= x_star <= self.x_hi)
        low, high = self.y_range
        return {"threshold": {"type": "scatter", "x": [x_star, x_star] if inside else NOWHERE,
                              "y": [low, high] if inside else NOWHERE,
                              **self.line_name(inside)},
                "curve": {"type": "scatter", "x": _f32(self.grid),
                          "y": _f32(np.clip(self.curve(k), -1e3, 1e3))},
                "ring": self.ring(k, self.ys)}

    @property
    def y_range(self) -> tuple[float, float]:
        return (-0.15, 1.15) if self.g(np.float64(-60.0)) >= 0 else (-1.15, 1.15)

    def base(self, text: BoundaryText) -> dict[str, dict]:
        return {
            "threshold": {"type": "scatter", "mode": "lines", "name": text.line,
                          "line": {"color": LINE_COLOR, "width": 2.5 * self.scale,
                                   "dash": "dash"},
                          "hoverinfo": "skip"},
            "class0": self.points(0, self.ys, text),
            "class1": self.points(1, self.ys, text),
            "curve": {"type": "scatter", "mode": "lines", "name": text.curve,
                      "line": {"color": COLORS["a"], "width": 3 * self.scale},
                      "hovertemplate": f"{text.x1} = %{{x:.3g}}<br>{text.output} = "
                                       f"%{{y:.3f}}<extra></extra>"},
            "ring": self.ring_trace(text),
        }

    def axes(self, text: BoundaryText) -> dict:
        return {"xaxis": {"range": [self.x_lo, self.x_hi], "title": {"text": text.x1},
                          "zeroline": False},
                "yaxis": {"range": list(self.y_range), "title": {"text": text.x2},
                          "tickvals": [0, THRESHOLD, 1], "zeroline": False}}
