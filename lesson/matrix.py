"""The matrix page: its controls and its seeded data matrix X (one sample per column)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from lesson.controls import BoolControl, ChoiceControl, IntControl
from neuron import ACTIVATIONS, ArtificialNeuron, Trace

FEATURES = IntControl("m_features", default=4, lo=1, hi=64)
SAMPLES = IntControl("m_samples", default=6, lo=1, hi=256)
# Boxes, open or closed in the URL too: "Try it" and the code.
TRY = BoolControl("m_try", default=False)
CODE = BoolControl("m_code", default=False)
ACTIVATION = ChoiceControl("m_activation", default="sigmoid", options=tuple(ACTIVATIONS))
SAMPLE_KEY = "m_sample"
# The "Try it" experiments (see ui/experiments.py).
EXPERIMENTS = {
    "one_sample": {SAMPLES.key: 1},  # X of one column: the vector neuron
    "same_neuron": {SAMPLES.key: 6, SAMPLE_KEY: 2},  # row 2 of Z is x₂ᵀw + b
}
DATA_STREAM = 2  # X comes from default_rng([seed, DATA_STREAM]); the neuron uses `seed`


def sample_control(n_samples: int) -> IntControl:
    """The picked sample's index: 0 … n_samples − 1 (its range follows N)."""
    return IntControl(SAMPLE_KEY, default=0, lo=0, hi=max(n_samples - 1, 0))


# Outputs that cannot be negative: the A heatmap shows them on a sequential scale over their
# range (hi None: up to the largest output). Signed outputs (tanh, identity, leaky ReLU) keep
# the diverging scale centred at zero.
OUTPUT_RANGES: dict[str, tuple[float, float | None]] = {"sigmoid": (0.0, 1.0), "relu": (0.0, None)}


def output_range(activation: str, a: np.ndarray) -> tuple[float, float] | None:
    """The colour range of the A heatmap: (lo, hi) for one-signed outputs, else None."""
    if activation not in OUTPUT_RANGES:
        return None
    lo, hi = OUTPUT_RANGES[activation]
    if hi is None:  # ReLU: up to the largest output (a range of at least 1 when all are 0)
        hi = max(float(np.max(a)) if a.size else 0.0, 1.0 if not np.any(a) else 0.0)
    return lo, hi


def picked_sample(point: dict, axis: str) -> int:
    """The sample a click selected: the index along `axis` ("x" for X's columns, "y" for Z's
    rows) of the selected point."""
    return round(float(point[axis]))


@lru_cache(maxsize=64)
def draw_X(seed: int, n_features: int, n_samples: int) -> np.ndarray:
    """The seeded data: N(0, 1) rounded to 2 decimals, shape (n_features, n_samples).
    Drawn once per settings and handed out again, read-only."""
    rng = np.random.default_rng([seed, DATA_STREAM])
    X = np.round(rng.standard_normal((n_features, n_samples)), 2)
    X.flags.writeable = False
    return X


@lru_cache(maxsize=64)
def forward(seed: int, n_features: int, n_samples: int, activation: str,
            sample: int) -> tuple[Trace, Trace]:
    """``(batch, alone)``: one seeded neuron's forward pass over the whole `draw_X`, and the
    same neuron fed only column `sample` (shape (n_features, 1)).

    Computed once per settings and handed out again, read-only (a new neuron, its lazy draw
    and its input checks cost ~0.5 ms a rerun; a class asks for the same few settings). One
    entry is ~140 KB at the largest settings (64 × 256), so the 64 kept stay under 10 MB."""
    X = draw_X(seed, n_features, n_samples)
    neuron = ArtificialNeuron(activation=activation, rng=seed)
    batch = neuron.forward_trace(X)
    alone = neuron.forward_trace(X[:, sample])
    for trace in (batch, alone):
        for array in (trace.x, trace.w, trace.b, trace.z, trace.a):
            array.flags.writeable = False
    return batch, alone
