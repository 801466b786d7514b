"""The scalar page's controls, its lesson example, and the grids its charts are drawn on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lesson.controls import BoolControl, ChoiceControl, FloatControl
from lesson.data import random_scalar_input, random_scalar_parameters
from neuron import ACTIVATIONS, ArtificialNeuron, Trace

X = FloatControl("x", default=3.0, lo=-10.0, hi=10.0, step=0.1)
W = FloatControl("w", default=5.0, lo=-6.0, hi=6.0, step=0.01)
B = FloatControl("b", default=-1.0, lo=-6.0, hi=6.0, step=0.01)
ACTIVATION = ChoiceControl("activation", default="sigmoid", options=tuple(ACTIVATIONS))
DERIVATIVE = BoolControl("derivative", default=False)
# Boxes, open or closed in the URL too: "Try it" and the code.
TRY = BoolControl("try", default=False)
CODE = BoolControl("code", default=False)

# The worked example of the lesson: z = 3·5 − 1 = 14, a = σ(14) ≈ 0.99999917.
LESSON_EXAMPLE = {X.key: 3.0, W.key: 5.0, B.key: -1.0, ACTIVATION.key: "sigmoid"}

# The "Try it" experiments: each sets the controls that answer one question (predict first).
EXPERIMENTS = {
    # w = 0, b = 0: z = 0 for every x, and σ(0) = 0.5 (x is left for the reader to move).
    "zero_weight": {W.key: 0.0, B.key: 0.0, ACTIVATION.key: "sigmoid"},
    # z = 32: the sigmoid is flat there, g'(32) ≈ 1.3e-14.
    "saturate": {X.key: 8.0, W.key: 4.0, B.key: 0.0, ACTIVATION.key: "sigmoid",
                 DERIVATIVE.key: True},
    # z = -2: tanh(-2) ≈ -0.96 < 0, where the sigmoid and ReLU cannot go.
    "negative_output": {X.key: -2.0, W.key: 1.0, B.key: 0.0, ACTIVATION.key: "tanh"},
    # x = 0: z = b, where the line crosses the z axis.
    "bias_is_intercept": {X.key: 0.0, W.key: 2.0, B.key: 3.0, ACTIVATION.key: "identity"},
}

# Below this |g'(z)| the page says the neuron is saturated.
SATURATION_SLOPE = 0.01
MAX_VIEWS = 512  # one view is ~20 KB (six arrays of 401 points)


@lru_cache(maxsize=4)
def x_grid(n_points: int = 401) -> np.ndarray:
    """The x values the affine line is drawn over: the x slider's whole range (made once,
    read-only)."""
    grid = np.linspace(X.lo, X.hi, n_points)
    grid.flags.writeable = False
    return grid


def z_grid(z: float, n_points: int = 401, *, minimum: float = 8.0) -> np.ndarray:
    """The z values the activation curve is drawn over: symmetric, wide enough to show
    saturation (at least ±`minimum`) and to contain the current `z` with a margin."""
    half = max(minimum, abs(float(z)) * 1.25)  # z = 14: the point 10% of the span inside
    return np.linspace(-half, half, n_points)


@dataclass(frozen=True)
class NeuronView:
    """Everything the page shows of one scalar neuron, computed by the neuron itself.

    trace : the forward pass at the input `x` (every array of shape ())
    line : the forward pass over `x_grid()` (arrays of shape (401,)), the affine line
    zs, curve, derivative : `z_grid` around the trace's z, ``g(zs)`` and ``g'(zs)``
    slope : ``g'(z)`` at the trace's z
    """

    trace: Trace
    line: Trace
    zs: np.ndarray
    curve: np.ndarray
    derivative: np.ndarray
    slope: float


@lru_cache(maxsize=MAX_VIEWS)
def neuron_view(x: float, w: float, b: float, activation: str) -> NeuronView:
    """The page's numbers for these settings, computed once: a class moves its sliders over
    the same few values, and one view serves every session (its arrays are read-only)."""
    neuron = ArtificialNeuron(w=w, b=b, activation=activation)
    trace = neuron.forward_trace(x)
    g = ACTIVATIONS[activation]
    zs = z_grid(trace.z)
    view = NeuronView(trace=trace, line=neuron.forward_trace(x_grid()), zs=zs,
                      curve=g.fn(zs), derivative=g.derivative(zs),
                      slope=float(g.derivative(trace.z)))
    for part in (view.trace, view.line):
        for array in (part.x, part.w, part.b, part.z, part.a):
            array.flags.writeable = False
    for array in (view.zs, view.curve, view.derivative):
        array.flags.writeable = False
    return view


def slider_parameters(seed: int, draw: int) -> dict[str, float]:
    """Random (w, b) for the sliders: the neuron's N(0, 1) draw, on the sliders' grid."""
    w, b = random_scalar_parameters(seed, draw)
    return {
        W.key: float(np.clip(round(w, 2), W.lo, W.hi)),
        B.key: float(np.clip(round(b, 2), B.lo, B.hi)),
    }


def random_x_note(drawn: float) -> str | None:
    """The catalogue key of the note on how a drawn x reached its slider: cut at the slider's
    end, or moved to its 0.1 grid (the neuron gets the slider's x, not the draw); None when
    the draw is already on the grid."""
    if not X.lo <= drawn <= X.hi:
        return "scalar.random_x_clipped"
    if round(drawn, 1) != drawn:
        return "scalar.random_x_snapped"
    return None


def slider_input(seed: int, draw: int) -> tuple[dict[str, float], float]:
    """A random x for its slider (on the slider's grid, within its range), and the x drawn:
    N(0, 5) reaches past ±10 about one time in twenty, and the page says so."""
    drawn = random_scalar_input(seed, draw)
    return {X.key: float(np.clip(round(drawn, 1), X.lo, X.hi)) + 0.0}, drawn  # no -0.0
