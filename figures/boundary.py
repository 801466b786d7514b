"""The neuron learning to separate two classes, animated over the training steps.

Two features (x₁, x₂): the samples as points (class 0 blue circles, class 1 vermillion
diamonds: colour and shape), the neuron's output ``a`` as a background map, the decision line
where ``a`` crosses `THRESHOLD` (for the sigmoid ``w₁x₁ + w₂x₂ + b = 0``) and rings around the
mini-batch of the step shown. One feature: the points at y = 0 and y = 1, the curve
``a = g(x·w + b)`` over them and the threshold x where ``a = THRESHOLD``.

Step ``k`` shows the parameters *before* step k's update and step k's batch (the batch about to
be used); step ``n_steps`` shows the final parameters and no batch. Each frame sends only what
moves (the map or curve, the line, the rings); the points are sent once. Frames are sampled
(`frame_steps`) so that the figure stays under ~1.5 MB at the largest settings. A run's
animation is built once (`boundary_animation`); the figure that opens at a given step
(`BoundaryAnimation.at`) changes only its first picture and the controls' position.

Colour of the map: bands of a = 0 … 1 (`MAP_BANDS` of them, from see-through to a tint of
``a``'s colour) for every activation; outputs beyond (tanh below 0, identity and ReLU above 1)
take the end bands, so the map always reads "how close to class 0 or class 1". z = x·w + b is
linear in (x₁, x₂), so each band is the view cut between two parallel lines: a filled polygon
of at most six corners, sent as a scatter trace. Scatters, not a heatmap: Plotly draws a
frame's scatters first and only then redraws the rest, so a heatmap vanished for a moment in
every frame while the animation played.
"""

from __future__ import annotations

import hashlib
from bisect import bisect, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np
import orjson
import plotly.graph_objects as go

from figures.animation import (
    CONTROLS_HEIGHT,
    moved_controls,
    play_controls,
    round_labels,
    round_steps,
    scrubber_marks,
    strided_steps,
    trace_indices,
)
from figures.style import (
    COLORS,
    NORMAL,
    from_spec,
    layout,
    look,
    prepared,
    typed,
    written,
    written_array,
)
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
# The map's bands: a in [k/MAP_BANDS, (k+1)/MAP_BANDS), each filled with MAP_SCALE's colour
# at its middle. Even, so that the decision line (a = 0.5) is a band's edge.
MAP_BANDS = 8
CURVE_POINTS = 121  # points of a(x) on the 1-D curve
MAX_FRAMES = 100
# What a moving trace shows when it has nothing to show: a point that is not drawn. An empty
# trace would also drop out of the legend, which then reflows while the animation plays.
NOWHERE = (None,)
RING_BUDGET = 50_000  # ringed points over all frames (~10.7 bytes each in the JSON)
PAD = 0.08  # share of the data's span added on each side of the view
JITTER = 0.04  # 1-D: points are spread up to this far above and below their label
CONTROLS_GAP = 62  # px from the plot's bottom to the Play button: tick labels, axis title
PRESENT_TITLE = 44  # projector mode: px from the top to the legend, under the title
PRESENT_TOP = 96  # projector mode: px above the plot, for the title and one legend row
MAP_NAMES = tuple(f"map{k}" for k in range(MAP_BANDS))
TRACES_2D = (*MAP_NAMES, "line", "class0", "class1", "ring")
MOVING_2D = (*MAP_NAMES, "line", "ring")
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


@cache  # one per activation (a handful): bisection is slow, and every figure asks
def decision_z(activation: str) -> float:
    """The z at which ``a = g(z)`` reaches `THRESHOLD` (0 for the sigmoid, atanh(0.5) for tanh,
    0.5 for identity and the ReLUs): the decision line is ``x·w + b = decision_z``."""
    return _z_where(get_activation(activation).fn, THRESHOLD)


def _z_where(g, a: float) -> float:
    """The z at which the non-decreasing `g` reaches `a` (bisection over -60 … 60)."""
    low, high = -60.0, 60.0
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if float(g(np.float64(mid))) < a else (low, mid)
    z = (low + high) / 2
    return 0.0 if abs(z) < 1e-12 else z


def _tint(a: float) -> str:
    """MAP_SCALE's colour at a (0 … 1): its stops differ in alpha only."""
    positions = [stop for stop, _ in MAP_SCALE]
    alphas = [float(colour.rsplit(",", 1)[1].rstrip(")")) for _, colour in MAP_SCALE]
    rgb = MAP_SCALE[0][1].rsplit(",", 1)[0]
    return f"{rgb}, {float(np.interp(a, positions, alphas)):.4g})"


@cache  # one per activation (a handful)
def band_edges(activation: str) -> tuple[float, ...]:
    """The z where ``a = g(z)`` crosses k / MAP_BANDS, k = 1 … MAP_BANDS - 1: the edges
    between the map's bands (band k lies between edges k - 1 and k; the first and the last
    reach out without end)."""
    g = get_activation(activation).fn
    return tuple(_z_where(g, k / MAP_BANDS) for k in range(1, MAP_BANDS))


def band_colours() -> tuple[str, ...]:
    """MAP_SCALE's colour at each band's middle a."""
    return tuple(_tint((k + 0.5) / MAP_BANDS) for k in range(MAP_BANDS))


def clip_band(w1: float, w2: float, b: float, low: float, high: float,
              box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """The corners of the part of ``box`` where ``low <= w1·x1 + w2·x2 + b < high`` (a
    convex polygon, in order; empty if the band misses the box). ``low`` may be -inf and
    ``high`` inf."""
    x1_lo, x1_hi, x2_lo, x2_hi = box
    polygon = [(x1_lo, x2_lo), (x1_hi, x2_lo), (x1_hi, x2_hi), (x1_lo, x2_hi)]
    # Scaled so that huge weights (up to 1e300) neither overflow nor lose the band.
    scale = max(abs(w1), abs(w2), abs(b), 1.0)
    w1, w2, b = w1 / scale, w2 / scale, b / scale
    # Keep where low <= z, then where z < high (Sutherland–Hodgman against one line each):
    # a band owns its lower edge, so a flat z (w = 0) falls in exactly one band.
    for sign, edge, strict in ((1.0, low, False), (-1.0, high, True)):
        if not np.isfinite(edge):
            continue
        c = edge / scale
        side = [sign * (w1 * p + w2 * q + b - c) for p, q in polygon]
        keep = [v > 0 if strict else v >= 0 for v in side]
        cut = []
        for i, (p, q) in enumerate(polygon):
            r, s = polygon[i - 1]
            if keep[i] != keep[i - 1]:
                t = side[i - 1] / (side[i - 1] - side[i])
                cut.append((r + t * (p - r), s + t * (q - s)))
            if keep[i]:
                cut.append((p, q))
        polygon = cut
        if not polygon:
            return []
    return polygon


def clip_bands(w1: float, w2: float, b: float, edges: tuple[float, ...],
               box: tuple[float, float, float, float]) -> list[list[tuple[float, float]]]:
    """Every band of `clip_band` at once: the corners of the part of ``box`` where ``z = w1·x1
    + w2·x2 + b`` lies between consecutive `edges` (increasing; the first band reaches down
    without end, the last up), one list per band (``len(edges) + 1``), each in order around
    it (empty if the band misses the box).

    One walk round the box: z is linear, so along each side it passes the edges in order;
    each corner goes to its band, each crossing to the two bands it separates. A band owns
    its lower edge, as in `clip_band`. Eight bands cost one walk instead of eight clips
    (every frame of the Learn page's animation has them)."""
    x1_lo, x1_hi, x2_lo, x2_hi = box
    corners = ((x1_lo, x2_lo), (x1_hi, x2_lo), (x1_hi, x2_hi), (x1_lo, x2_hi))
    scale = max(abs(w1), abs(w2), abs(b), 1.0)  # as in clip_band: huge weights stay finite
    w1, w2, b = w1 / scale, w2 / scale, b / scale
    levels = [edge / scale for edge in edges]
    z = [w1 * p + w2 * q + b for p, q in corners]
    bands = [bisect_right(levels, v) for v in z]
    polygons: list[list[tuple[float, float]]] = [[] for _ in range(len(levels) + 1)]
    for i in range(4):
        (p0, q0), z0, k0 = corners[i], z[i], bands[i]
        (p1, q1), z1, k1 = corners[i - 3], z[i - 3], bands[i - 3]  # the next corner
        if not polygons[k0] or polygons[k0][-1] != (p0, q0):
            polygons[k0].append((p0, q0))
        # The edges crossed going from this corner to the next, in the order met.
        crossed = range(k0, k1) if k1 > k0 else range(k0 - 1, k1 - 1, -1)
        for j in crossed:
            t = (levels[j] - z0) / (z1 - z0)
            point = (p0 + t * (p1 - p0), q0 + t * (q1 - q0))
            for band in (j, j + 1):
                if not polygons[band] or polygons[band][-1] != point:
                    polygons[band].append(point)
    # A walk that began on a crossing may end on it: a band's corners are each there once.
    return [polygon[:-1] if len(polygon) > 1 and polygon[0] == polygon[-1] else polygon
            for polygon in polygons]


def frame_steps(history: HistoryLike, step: int, n_samples: int) -> list[int]:
    """The steps to send as frames: every step if few, else up to `MAX_FRAMES` of them, every
    s-th (`strided_steps`, with the first, the last, `step` and the scrubber's round labels),
    fewer for large batches so that their rings stay within `RING_BUDGET` points."""
    # An epoch's first batch is a full one (only the last can be shorter): the largest.
    batch = len(history.batches[0]) if history.batches else 0
    limit = MAX_FRAMES
    if 0 < batch < n_samples:
        limit = max(4, min(MAX_FRAMES, RING_BUDGET // batch))
    # A whole stride, one frame fewer than the limit (`step` may add one): a run longer or
    # shorter by an epoch mostly keeps the same steps, whose frames are then built once.
    steps = strided_steps(history.n_steps, limit - 1)
    # The scrubber's round labels sit on frames: each takes the place of the sampled step
    # nearest to it (never the first or the last), so the count stays; then `step`.
    labelled = round_steps(history.n_steps)
    for k in labelled:
        free = [j for j in steps if j not in labelled]
        if k not in steps and free:
            steps.remove(min(free, key=lambda j: abs(j - k)))
            steps.append(k)
    return sorted({*steps, step})


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
    animation = boundary_animation(X, y, history, frame_steps=frame_steps, text=text,
                                   activation=activation, frame_ms=frame_ms, height=height,
                                   present=present)
    return animation.at(step, text.frame_titles[list(frame_steps).index(step)])


def boundary_animation(X: np.ndarray, y: np.ndarray, history: HistoryLike, *,
                       frame_steps: list[int], text: BoundaryText, activation: str,
                       frame_ms: int = 200, height: int = 620, present: bool = False,
                       parts=None) -> BoundaryAnimation:
    """The whole run's animation over the steps `frame_steps`, built once; its `at(step,
    title)` is `boundary_figure` opening at any step (the arguments as there). `parts`: a
    store of frames' moving parts shared with other animations (see `_Scene.moving_part`),
    so that a run one epoch longer builds only its new frames."""
    if len(text.frame_titles) != len(frame_steps):
        raise ValueError(f"Expected one title per frame ({len(frame_steps)}), "
                         f"got {len(text.frame_titles)}.")
    labels = np.asarray(y).reshape(-1)
    scene = _Scene2D if X.shape[0] == 2 else _Scene1D
    return BoundaryAnimation(scene(np.asarray(X, dtype=float), labels, history, activation,
                                   present, text, parts), list(frame_steps), frame_ms, height)


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

    def __init__(self, X, labels, history, activation, present, text, parts=None):
        self.X, self.labels, self.history = X, labels, history
        self.present, self.text = present, text
        self.scale = look(present).line / NORMAL.line  # line widths and marker sizes
        self.g = get_activation(activation).fn
        self.z_line = decision_z(activation)
        self.moving_traces = tuple(trace_indices(self.TRACES, self.MOVING))  # in every frame
        self.parts = parts
        # What a frame's moving part is drawn from besides its step's parameters and batch:
        # the samples and the activation (`moving` reads nothing else).
        self.drawn_on = (type(self).__name__, activation, X.shape, hashlib.blake2b(
            X.tobytes() + labels.tobytes(), digest_size=16).digest())

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
            return {"x": NOWHERE, "y": NOWHERE}
        return typed({"x": _f32(self.X[0, chosen]), "y": _f32(ys[chosen])})

    def ring_trace(self, text: BoundaryText) -> dict:
        n = self.X.shape[1]
        rings = any(0 < len(batch) < n for batch in self.history.batches)
        return {"type": "scatter", "mode": "markers", "name": text.batch, "showlegend": rings,
                "marker": {"symbol": "circle", "size": 17 * self.scale, "color": RING_FILL,
                           "line": {"width": 2 * self.scale, "color": RING_RIM}},
                "hoverinfo": "skip"}

    def moving_part(self, k: int) -> tuple[tuple, bytes]:
        """What step k's frame moves (the `MOVING` traces' values, in order) and its JSON
        (`written`). Built once for all the runs sharing `parts` (a store with
        `get(key, compute)`, bounded by its owner): runs that differ only in length have
        the same parameters and batches at their common steps, and the key is what the
        part is drawn from, so a store may serve any runs."""
        if self.parts is None:
            return self._moving_part(k)
        key = (self.drawn_on, self.history.w[k].tobytes(), float(self.history.b[k]),
               self.batch(k).tobytes())
        return self.parts.get(key, lambda: self._moving_part(k))

    def _moving_part(self, k: int) -> tuple[tuple, bytes]:
        values = self.moving(k)
        # Its arrays are typed where made (the ring, the curve): typing the whole frame
        # walked every number of the map. Tuples, not lists, and dicts of nothing else: a
        # run's frames stay cached, and the garbage collector then stops tracking them
        # (~3,600 objects a run, walked by every full collection).
        data = tuple([values[name] for name in self.MOVING])
        return data, written(data)

    def frame(self, k: int, title: str) -> tuple[dict, bytes]:
        """Step k's frame, titled `title`, and its JSON (`written`)."""
        data, data_json = self.moving_part(k)
        # The legend keeps one text (a longer one reflowed it while playing); the title
        # says when the line is out of view.
        line = data[self.MOVING.index("line" if "line" in self.MOVING else "threshold")]
        if self.text.line_off and line["x"] is NOWHERE:
            title = f"{title} · {self.text.line_off}"
        # No "type" in a frame's traces: Plotly.js merges each into the figure's trace it
        # names (`traces`), whose type stays (10 words a frame, 13 % of the animation).
        # Bold, as Streamlit's theme sets the first title: frames that dropped it made the
        # title change weight when Play began.
        frame = {"name": str(k), "traces": self.moving_traces, "data": data,
                 "layout": {"title": {"text": f"<b>{title}</b>"}}}
        return frame, written({**frame, "data": orjson.Fragment(data_json)})


class BoundaryAnimation:
    """A run's animation, built once: the points, every frame, the layout. `at(step, title)`
    is the figure that opens at `step`; only its first picture, its title and the controls'
    position depend on the step, so a reader stepping through the run pays for those alone
    (a shallow copy of the rest)."""

    def __init__(self, scene: _Scene, steps: list[int], frame_ms: int, height: int) -> None:
        text, self._scene, self.steps = scene.text, scene, steps
        # Written once: the frames are most of the figure, and the same at every step.
        built = [scene.frame(k, title) for k, title in zip(steps, text.frame_titles, strict=True)]
        self._frames = [frame for frame, _ in built]
        self._frames_json = [frame_json for _, frame_json in built]
        self._all_frames_json = written_array(self._frames_json)
        base = scene.base(text)
        self._traces = [prepared(base[name]) for name in scene.TRACES]
        self._moving = trace_indices(scene.TRACES, scene.MOVING)
        font = look(scene.present).font
        # Room above the plot for the title and a legend of one row (wide) to four (390 px).
        # Projector mode: room for one row (a 1280 px screen); the legend hangs from just
        # under the title, and Plotly pushes the plot down if it needs more rows.
        top, bottom = (PRESENT_TOP if font else 100), CONTROLS_HEIGHT + (30 if font else 0)
        gap = CONTROLS_GAP * (1.3 if font else 1)  # taller tick labels and axis title
        self._controls = prepared(play_controls(
            [str(k) for k in steps], frame_ms=frame_ms, active=0, text_play=text.play,
            text_pause=text.pause, prefix=text.slider_prefix,
            top=-gap / (height - top - bottom), font=font,
            # No labels of its own: round numbers are marked under it (`at`), and the title
            # says the step shown.
            # A blank label keeps the room for the marks under the slider.
            labels=[" "] * len(steps), show_value=False))
        self._marks = {"top": -gap / (height - top - bottom), "font": font}
        fig_layout = layout(
            height=height, present=scene.present, title="-", **scene.axes(text),
            showlegend=True, dragmode=False, hovermode="closest",
            legend={"orientation": "h", "x": 0.0, "xanchor": "left",
                    "font": {"size": font or 13}, "itemclick": False,
                    "itemdoubleclick": False,
                    **({"y": 1 - PRESENT_TITLE / height, "yanchor": "top", "yref": "container"}
                       if font else {"y": 1.0, "yanchor": "bottom"})})
        fig_layout["title"] |= {"font": {"size": (font or 13) + 2}, "y": 0.99,
                                "yanchor": "top", "x": 0.0, "xanchor": "left", "xref": "paper"}
        fig_layout["margin"] = {"l": 10, "r": 10, "t": top, "b": bottom}
        self._layout = prepared(fig_layout)

    def frame_steps(self, step: int) -> list[int]:
        """The steps of the frames of the figure opening at `step`: the run's, and `step`."""
        i = bisect(self.steps, step)
        return self.steps if self.steps[i - 1:i] == [step] else [*self.steps[:i], step,
                                                               *self.steps[i:]]

    def at(self, step: int, title: str) -> go.Figure:
        """The figure showing `step` first (0 … n_steps), titled `title`: the slider starts
        there and Play goes on from there. A step that is not among the sampled frames gets
        its own frame."""
        i = bisect(self.steps, step)
        if self.steps[i - 1:i] == [step]:
            i, frames, frames_json = i - 1, self._frames, self._all_frames_json
        else:
            frame, frame_json = self._scene.frame(step, title)
            frames = [*self._frames[:i], frame, *self._frames[i:]]
            frames_json = written_array([*self._frames_json[:i], frame_json,
                                         *self._frames_json[i:]])
        data = list(self._traces)
        for position, values in zip(self._moving, frames[i]["data"], strict=True):
            data[position] = data[position] | values
        names = [frame["name"] for frame in frames]
        controls = moved_controls(self._controls, names, i)
        marks = scrubber_marks(round_labels([int(name) for name in names]), **self._marks)
        fig_layout = {**self._layout, **controls, "annotations": marks,
                      "title": self._layout["title"] | frames[i]["layout"]["title"]}
        return from_spec({"data": data, "layout": fig_layout, "frames": frames},
                         frames_json=frames_json)


class _Scene2D(_Scene):
    TRACES, MOVING = TRACES_2D, MOVING_2D

    def __init__(self, X, labels, history, activation, present, text, parts=None):
        super().__init__(X, labels, history, activation, present, text, parts)
        self.box = (*_span(X[0]), *_span(X[1]))
        self.corners = np.array(np.meshgrid(self.box[:2], self.box[2:]))  # (2, 2, 2): x₁, x₂
        digits = [6 - int(np.ceil(np.log10(high - low)))
                  for low, high in (self.box[:2], self.box[2:])]
        # Decimals kept of x₁ and x₂: the line's ends, the bands' corners (at least whole
        # numbers, so that the scales are exact).
        self.scales = (tuple(10.0 ** max(d, 0) for d in digits),
                       tuple(10.0 ** max(d - 2, 0) for d in digits))
        self.edges = band_edges(activation)

    def moving(self, k: int) -> dict[str, dict]:
        w, b = self.params(k)
        xs, ys = clip_line(w[0], w[1], self.z_line - b, self.box)
        # Short numbers (every frame has them): the line's ends to a millionth of the view,
        # the map's four z to 1e-4 (a millionth of the view for any |w| above 0.01).
        # (round(x * s) / s: round(x, d)'s numbers at 2.4 times its speed, for s = 10^d.)
        (s1, s2), (c1, c2) = self.scales
        xs, ys = tuple([round(x * s1) / s1 for x in xs]), tuple([round(y * s2) / s2 for y in ys])
        # The bands' corners to a ten-thousandth of the view: a tenth of a pixel.
        bands = {}
        polygons = clip_bands(float(w[0]), float(w[1]), b, self.edges, self.box)
        for name, corners in zip(MAP_NAMES, polygons, strict=True):
            bands[name] = {"x": tuple([round(p * c1) / c1 for p, _ in corners]) or NOWHERE,
                           "y": tuple([round(q * c2) / c2 for _, q in corners]) or NOWHERE}
        return {**bands,
                "line": {"x": xs or NOWHERE, "y": ys or NOWHERE},
                "ring": self.ring(k, self.X[1])}

    def base(self, text: BoundaryText) -> dict[str, dict]:
        bands = {name: {"type": "scatter", "mode": "none", "fill": "toself",
                        "fillcolor": colour, "name": text.output, "showlegend": False,
                        "hoverinfo": "skip"}
                 for name, colour in zip(MAP_NAMES, band_colours(), strict=True)}
        return {
            **bands,
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

    def __init__(self, X, labels, history, activation, present, text, parts=None):
        super().__init__(X, labels, history, activation, present, text, parts)
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
        return {"threshold": {"x": (x_star, x_star) if inside else NOWHERE,
                              "y": (low, high) if inside else NOWHERE},
                # The curve's x never moves: it is sent once, with the base trace.
                "curve": typed({"y": _f32(np.clip(self.curve(k), -1e3, 1e3))}),
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
                      "x": _f32(self.grid),
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
